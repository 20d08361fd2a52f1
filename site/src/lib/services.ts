import { publicServicesOf } from '../../../plugins/search/query'
import { payload } from './payload'

const PUBLIC = { overrideAccess: false, user: null, locale: 'all', depth: 0, pagination: false } as const

type Doc = Record<string, any>

/**
 * A service as the public sees it, with its organisation and the organisation's other public
 * services. Names of categories, districts and target groups come from the catalogue lists.
 */
export const loadService = async (slug: string) => {
  const api = await payload()
  const [service] = (await api.find({ collection: 'services', where: { slug: { equals: slug } }, limit: 1, ...PUBLIC })).docs as Doc[]
  if (!service) return undefined
  const [organisation, others] = await Promise.all([
    api.findByID({ collection: 'organisations', id: service.organisation, ...PUBLIC }) as Promise<Doc>,
    publicServicesOf(api, service.organisation, { except: String(service.id), limit: 4 }),
  ])
  return { service, organisation, others }
}

/** An accredited organisation, by its address, with its public services. */
export const loadOrganisation = async (slug: string) => {
  const api = await payload()
  const [organisation] = (await api.find({ collection: 'organisations', where: { slug: { equals: slug } }, limit: 1, ...PUBLIC }))
    .docs as Doc[]
  if (!organisation) return undefined
  return { organisation, services: await publicServicesOf(api, String(organisation.id)) }
}
