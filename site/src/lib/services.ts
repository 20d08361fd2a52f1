import { relationId } from '../../../lib/relations'
import { publicServicesOf } from '../../../plugins/search/query'
import type { OrganisationDoc, ServiceDoc } from './content'
import { payload } from './payload'

const PUBLIC = { overrideAccess: false, user: null, locale: 'all', depth: 0, pagination: false } as const

/**
 * A service as the public sees it, with its organisation and the organisation's other public
 * services. Names of categories, districts and target groups come from the catalogue lists.
 */
export const loadService = async (slug: string) => {
  const api = await payload()
  const [service] = (await api.find({ collection: 'services', where: { slug: { equals: slug } }, limit: 1, ...PUBLIC }))
    .docs as ServiceDoc[]
  if (!service) return undefined
  const organisationId = relationId(service.organisation) ?? ''
  const [organisation, others] = await Promise.all([
    api.findByID({ collection: 'organisations', id: organisationId, ...PUBLIC }) as Promise<OrganisationDoc>,
    publicServicesOf(api, organisationId, { except: service.id, limit: 4 }),
  ])
  return { service, organisation, others }
}

/** An accredited organisation, by its address, with its public services. */
export const loadOrganisation = async (slug: string) => {
  const api = await payload()
  const [organisation] = (await api.find({ collection: 'organisations', where: { slug: { equals: slug } }, limit: 1, ...PUBLIC }))
    .docs as OrganisationDoc[]
  if (!organisation) return undefined
  return { organisation, services: await publicServicesOf(api, organisation.id) }
}
