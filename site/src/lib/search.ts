import { logSearch, PRICE_CEILINGS, type SearchResult, searchServices, type SortOrder } from '../../../plugins/search/query'
import { type Catalogue, catalogue } from './catalogue'
import type { Lang } from './i18n'
import { payload } from './payload'
import { path } from './routes'

export const TIME_BANDS = ['morning', 'afternoon', 'evening', 'night'] as const
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export const SORTS: readonly SortOrder[] = ['relevance', 'price', 'rating']

/** Everything a search page shows, as it stands in its address (which can be shared). */
export type SearchState = {
  q: string
  category?: string
  district?: string
  for?: string
  free: boolean
  shared: boolean
  /** Only services with an open group (in the district, when one is chosen). */
  groups: boolean
  maxPrice?: number
  time?: string
  day?: string
  sort: SortOrder
  page: number
}

const MAX_PAGE = 500

/** Reads the state from the address; anything unknown is dropped rather than trusted. */
export const readSearchState = (params: URLSearchParams, cat: Catalogue): SearchState => {
  const known = <T extends string>(value: string | null, allowed: readonly T[]) => (allowed.includes(value as T) ? (value as T) : undefined)
  const slug = (value: string | null, list: { slug: string }[]) => (list.some((item) => item.slug === value) ? value! : undefined)
  const maxPrice = Number(params.get('max-price'))
  const page = Number(params.get('page'))
  return {
    q: (params.get('q') ?? '').slice(0, 200).trim(),
    category: slug(params.get('category'), cat.categories),
    district: slug(params.get('district'), cat.districts),
    for: slug(params.get('for'), cat.targetGroups),
    free: params.get('free') === '1',
    shared: params.get('shared') === '1',
    groups: params.get('groups') === '1',
    maxPrice: PRICE_CEILINGS.includes((maxPrice * 100) as never) ? maxPrice : undefined,
    time: known(params.get('time'), TIME_BANDS),
    day: known(params.get('day'), DAYS),
    sort: known(params.get('sort'), SORTS) ?? 'relevance',
    page: Number.isInteger(page) && page > 1 ? Math.min(page, MAX_PAGE) : 1,
  }
}

/** The results' heading: the search form and every filter lead to it, so focus lands on what changed. */
export const RESULTS_ANCHOR = 'results-heading'

/** The address of the search with some of its state changed; any change but paging starts at page 1. */
export const searchHref = (lang: Lang, state: SearchState, change: Partial<SearchState> = {}): string => {
  const next: SearchState = { ...state, page: 1, ...change }
  const params = new URLSearchParams()
  if (next.q) params.set('q', next.q)
  if (next.category) params.set('category', next.category)
  if (next.district) params.set('district', next.district)
  if (next.for) params.set('for', next.for)
  if (next.free) params.set('free', '1')
  if (next.shared) params.set('shared', '1')
  if (next.groups) params.set('groups', '1')
  if (next.maxPrice) params.set('max-price', String(next.maxPrice))
  if (next.time) params.set('time', next.time)
  if (next.day) params.set('day', next.day)
  if (next.sort !== 'relevance') params.set('sort', next.sort)
  if (next.page > 1) params.set('page', String(next.page))
  const query = params.toString()
  return query ? `${path(lang, 'search')}?${query}` : path(lang, 'search')
}

export const isFiltered = (state: SearchState) =>
  Boolean(
    state.category ||
    state.district ||
    state.for ||
    state.free ||
    state.shared ||
    state.groups ||
    state.maxPrice ||
    state.time ||
    state.day,
  )

/** Runs the search and records it (anonymously) as evidence of demand. */
export const runSearch = async (lang: Lang, state: SearchState): Promise<{ result: SearchResult; cat: Catalogue }> => {
  const [api, cat] = await Promise.all([payload(), catalogue()])
  const district = cat.bySlug(cat.districts, state.district)
  const result = await searchServices(api, {
    terms: state.q,
    filters: {
      categoryId: cat.bySlug(cat.categories, state.category)?.id,
      districtId: district?.id,
      targetGroupId: cat.bySlug(cat.targetGroups, state.for)?.id,
      free: state.free || undefined,
      shared: state.shared || undefined,
      groups: state.groups || undefined,
      maxPriceCents: state.maxPrice ? state.maxPrice * 100 : undefined,
      band: state.time,
      day: state.day,
    },
    sort: state.sort,
    page: state.page,
  })
  if (state.q || isFiltered(state)) {
    const { q, sort, page, ...filters } = state
    const chosen = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== false))
    // The evidence is written beside the page, not before it: the visitor never waits for it.
    logSearch(api, { terms: q, filters: chosen, districtId: district?.id, resultCount: result.total, language: lang }).catch(
      (error: unknown) => api.logger.error({ err: error, msg: 'could not record a search' }),
    )
  }
  return { result, cat }
}
