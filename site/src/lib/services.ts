import type { CardService } from '../components/ServiceCard.astro'
import { payload } from './payload'

const PUBLIC = { overrideAccess: false, user: null, locale: 'all' } as const

type Doc = Record<string, any>

const idOf = (value: unknown) => (value && typeof value === 'object' ? String((value as { id: unknown }).id) : String(value))

/** A service as the public sees it, with its organisation, category and districts. */
export const loadService = async (slug: string) => {
  const api = await payload()
  const { docs } = await api.find({ collection: 'services', where: { slug: { equals: slug } }, depth: 1, limit: 1, ...PUBLIC })
  const service = docs[0] as Doc | undefined
  if (!service) return undefined
  const organisation = service.organisation as Doc
  const others = await servicesOf(organisation.id, service.id, 4)
  return { service, organisation, others }
}

/** Public services of an organisation, as cards. */
export const servicesOf = async (organisationId: string, exceptId?: string, limit = 100): Promise<CardService[]> => {
  const api = await payload()
  const { docs } = await api.find({
    collection: 'services',
    where: { organisation: { equals: organisationId }, ...(exceptId ? { id: { not_equals: exceptId } } : {}) },
    depth: 1,
    limit,
    sort: 'slug',
    ...PUBLIC,
  })
  return docs.map((doc) => toCard(doc as Doc))
}

export const toCard = (doc: Doc): CardService => ({
  slug: doc.slug,
  title: { it: doc.title?.it ?? '', en: doc.title?.en ?? null },
  summary: { it: doc.summary?.it ?? null, en: doc.summary?.en ?? null },
  organisationName: typeof doc.organisation === 'object' ? doc.organisation.name : '',
  priceModel: doc.priceModel,
  priceFromCents: doc.priceFromCents ?? 0,
  sharedPriceFromCents: doc.sharedPriceFromCents ?? null,
  isShared: doc.deliveryMode === 'shared' || doc.deliveryMode === 'both',
  districtIds: (doc.districts ?? []).map(idOf),
  ratingAverage: typeof doc.organisation === 'object' ? (doc.organisation.rating?.average ?? null) : null,
  ratingCount: typeof doc.organisation === 'object' ? (doc.organisation.rating?.count ?? 0) : 0,
})

/** An accredited organisation, by its address. */
export const loadOrganisation = async (slug: string) => {
  const api = await payload()
  const { docs } = await api.find({ collection: 'organisations', where: { slug: { equals: slug } }, depth: 1, limit: 1, ...PUBLIC })
  const organisation = docs[0] as Doc | undefined
  if (!organisation) return undefined
  return { organisation, services: await servicesOf(String(organisation.id)) }
}
