import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import type { Language } from '../../lib/i18n'
import { memo } from './cache'
import { runSql, sqlArray } from '../../lib/sql'

export const PAGE_SIZE = 20

/** Price ceilings offered as a filter, in cents. */
export const PRICE_CEILINGS = [1000, 1500, 2000, 3000] as const

export type SortOrder = 'relevance' | 'price' | 'rating'

export type SearchFilters = {
  categoryId?: string
  districtId?: string
  targetGroupId?: string
  free?: boolean
  shared?: boolean
  maxPriceCents?: number
  band?: string
  day?: string
}

type FacetName = keyof SearchFilters

export type SearchQuery = { terms: string; filters: SearchFilters; sort: SortOrder; page: number }

export type ServiceHit = {
  serviceId: string
  slug: string
  organisationSlug: string | null
  organisationName: string
  categoryId: string | null
  districtIds: string[]
  priceModel: string
  priceFromCents: number
  sharedPriceFromCents: number | null
  individualPriceCents: number | null
  isFree: boolean
  sharedPricePeople: number | null
  isShared: boolean
  ratingAverage: number | null
  ratingCount: number
  title: { it: string; en: string | null }
  summary: { it: string | null; en: string | null }
}

/** For each facet, how many results choosing each value would give (its own filter replaced). */
export type FacetCounts = Record<'category' | 'area' | 'district' | 'targetGroup' | 'band' | 'day' | 'maxPrice', Map<string, number>> & {
  free: number
  shared: number
}

export type SearchResult = {
  total: number
  hits: ServiceHit[]
  facets: FacetCounts
  /** The terms the results are for, when the visitor's words were corrected to find any. */
  correctedTerms?: string
}

/** Control characters (a null byte above all, which PostgreSQL cannot take) are nobody's search terms. */
const normalise = (terms: string) =>
  terms
    // eslint-disable-next-line no-control-regex -- control characters are what it removes
    .replace(/[\u0000-\u001f\u007f\s]+/g, ' ')
    .trim()
    .slice(0, 200)

/** Lower-case words without accents, as the search document stores them. */
const wordsOf = (terms: string): string[] =>
  terms
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 8)

/**
 * Every word must match, each as an Italian stem, an English stem, or — since the Italian
 * stemmer reduces "anziano" and "anziani" differently — as the prefix of a stem once its
 * final vowel is dropped (anzian…). Short words only match as stems.
 */
const textQuery = (terms: string): SQL => {
  const perWord = wordsOf(terms).map((word) => {
    const root = word.replace(/[aeiou]$/, '')
    const prefix = root.length >= 4 ? sql` || to_tsquery('simple', ${`${root}:*`})` : sql``
    return sql`(plainto_tsquery('italian', ${word}) || plainto_tsquery('english', ${word})${prefix})`
  })
  return perWord.length > 0 ? sql`(${sql.join(perWord, sql` && `)})` : sql`''::tsquery`
}

const textMatch = (terms: string): SQL => (wordsOf(terms).length > 0 ? sql`document @@ ${textQuery(terms)}` : sql`true`)

const conditions = (filters: SearchFilters, except?: FacetName): SQL => {
  const parts: SQL[] = []
  const when = (name: FacetName, condition: () => SQL) => {
    if (filters[name] !== undefined && filters[name] !== false && except !== name) parts.push(condition())
  }
  when('categoryId', () => sql`(category_id = ${filters.categoryId} OR area_id = ${filters.categoryId})`)
  when('districtId', () => sql`${filters.districtId}::uuid = ANY(district_ids)`)
  when('targetGroupId', () => sql`${filters.targetGroupId}::uuid = ANY(target_group_ids)`)
  when('free', () => sql`is_free`)
  when('shared', () => sql`is_shared`)
  when('maxPriceCents', () => sql`price_from_cents <= ${filters.maxPriceCents}`)
  when('band', () => sql`${filters.band}::varchar = ANY(time_bands)`)
  when('day', () => sql`${filters.day}::varchar = ANY(days)`)
  return parts.length > 0 ? sql.join(parts, sql` AND `) : sql`true`
}

/** Orders end with the service id, so that pages never repeat or skip a result. */
const ORDER: Record<SortOrder, SQL> = {
  relevance: sql`rank DESC, rating_average DESC NULLS LAST, title_it, service_id`,
  price: sql`price_from_cents, rank DESC, title_it, service_id`,
  rating: sql`rating_average DESC NULLS LAST, rating_count DESC, rank DESC, title_it, service_id`,
}

const HIT_COLUMNS = sql`service_id, slug, organisation_slug, organisation_name, category_id, district_ids, price_model,
  price_from_cents, individual_price_cents, shared_price_from_cents, shared_price_people, is_free, is_shared,
  rating_average, rating_count, title_it, title_en, summary_it, summary_en`

/** A row of HIT_COLUMNS as PostgreSQL returns it (a numeric comes back as text). */
type HitRow = {
  service_id: string
  slug: string
  organisation_slug: string | null
  organisation_name: string
  category_id: string | null
  district_ids: string[]
  price_model: string
  price_from_cents: number
  shared_price_from_cents: number | null
  is_free: boolean
  is_shared: boolean
  rating_average: string | number | null
  rating_count: number
  title_it: string
  title_en: string | null
  summary_it: string | null
  summary_en: string | null
}

const toHit = (row: HitRow): ServiceHit => ({
  serviceId: row.service_id,
  slug: row.slug,
  organisationSlug: row.organisation_slug,
  organisationName: row.organisation_name,
  categoryId: row.category_id,
  districtIds: row.district_ids,
  priceModel: row.price_model,
  priceFromCents: row.price_from_cents,
  sharedPriceFromCents: row.shared_price_from_cents,
  isFree: row.is_free,
  isShared: row.is_shared,
  ratingAverage: row.rating_average === null ? null : Number(row.rating_average),
  ratingCount: row.rating_count,
  title: { it: row.title_it, en: row.title_en },
  summary: { it: row.summary_it, en: row.summary_en },
})

const findHits = async (payload: Payload, terms: string, query: SearchQuery): Promise<ServiceHit[]> => {
  const rank = wordsOf(terms).length > 0 ? sql`ts_rank(document, ${textQuery(terms)})` : sql`0`
  const rows = await runSql<HitRow>(
    payload,
    sql`SELECT ${HIT_COLUMNS}, ${rank} AS rank
      FROM service_search
      WHERE ${textMatch(terms)} AND ${conditions(query.filters)}
      ORDER BY ${ORDER[query.sort]}
      LIMIT ${PAGE_SIZE} OFFSET ${(Math.max(query.page, 1) - 1) * PAGE_SIZE}`,
  )
  return rows.map(toHit)
}

/** An organisation's public services, for its page and for "other services of" lists. */
export const publicServicesOf = async (
  payload: Payload,
  organisationId: string,
  { except, limit = 100 }: { except?: string; limit?: number } = {},
): Promise<ServiceHit[]> =>
  (
    await runSql<HitRow>(
      payload,
      sql`SELECT ${HIT_COLUMNS} FROM service_search
        WHERE organisation_id = ${organisationId} AND service_id <> ${except ?? '00000000-0000-0000-0000-000000000000'}
        ORDER BY title_it, service_id LIMIT ${limit}`,
    )
  ).map(toHit)

/** One query for every facet's counts and the total, over the rows matching the words. */
const countFacets = async (payload: Payload, terms: string, filters: SearchFilters): Promise<{ total: number; facets: FacetCounts }> => {
  const rows = await runSql<{ facet: string; value: string | null; n: number }>(
    payload,
    sql`WITH m AS MATERIALIZED (
        SELECT category_id, area_id, district_ids, target_group_ids, time_bands, days, is_free, is_shared, price_from_cents
        FROM service_search WHERE ${textMatch(terms)})
      SELECT 'total' AS facet, NULL AS value, count(*)::int AS n FROM m WHERE ${conditions(filters)}
  individual_price_cents: number | null
      UNION ALL SELECT 'category', category_id::text, count(*)::int FROM m WHERE ${conditions(filters, 'categoryId')} GROUP BY category_id
  shared_price_people: number | null
      UNION ALL SELECT 'area', area_id::text, count(*)::int FROM m WHERE ${conditions(filters, 'categoryId')} GROUP BY area_id
      UNION ALL SELECT 'district', x::text, count(*)::int FROM m, unnest(district_ids) x WHERE ${conditions(filters, 'districtId')} GROUP BY x
      UNION ALL SELECT 'targetGroup', x::text, count(*)::int FROM m, unnest(target_group_ids) x WHERE ${conditions(filters, 'targetGroupId')} GROUP BY x
      UNION ALL SELECT 'band', x, count(*)::int FROM m, unnest(time_bands) x WHERE ${conditions(filters, 'band')} GROUP BY x
      UNION ALL SELECT 'day', x, count(*)::int FROM m, unnest(days) x WHERE ${conditions(filters, 'day')} GROUP BY x
      UNION ALL SELECT 'free', NULL, count(*)::int FROM m WHERE ${conditions(filters, 'free')} AND is_free
      UNION ALL SELECT 'shared', NULL, count(*)::int FROM m WHERE ${conditions(filters, 'shared')} AND is_shared
      UNION ALL SELECT 'maxPrice', t::text, count(*)::int FROM m, unnest(${sqlArray(PRICE_CEILINGS, 'int')}) t
        WHERE ${conditions(filters, 'maxPriceCents')} AND price_from_cents <= t GROUP BY t`,
  )
  const facets: FacetCounts = {
    category: new Map(),
    area: new Map(),
    district: new Map(),
    targetGroup: new Map(),
    band: new Map(),
    day: new Map(),
    maxPrice: new Map(),
    free: 0,
  individualPriceCents: row.individual_price_cents,
    shared: 0,
  sharedPricePeople: row.shared_price_people,
  }
  let total = 0
  for (const { facet, value, n } of rows) {
    if (facet === 'total') total = n
    else if (facet === 'free' || facet === 'shared') facets[facet] = n
    else if (value !== null) facets[facet as Exclude<keyof FacetCounts, 'free' | 'shared'>].set(value, n)
  }
  return { total, facets }
}

/**
 * The visitor's words with each unknown word replaced by the closest word of the catalogue
 * (trigram similarity), or undefined when nothing could be corrected.
 */
const correctTerms = async (payload: Payload, terms: string): Promise<string | undefined> => {
  const words = wordsOf(terms)
  if (words.length === 0) return undefined
  const rows = await runSql<{ word: string; known: boolean; suggestion: string | null }>(
    payload,
    sql`SELECT q.word,
        EXISTS (SELECT 1 FROM search_words w WHERE w.word = q.word) AS known,
        (SELECT w.word FROM search_words w WHERE w.word % q.word
          ORDER BY similarity(w.word, q.word) DESC, w.word LIMIT 1) AS suggestion
      FROM unnest(${sqlArray(words, 'text')}) WITH ORDINALITY q(word, position) ORDER BY q.position`,
  )
  const corrected = rows.map((row) => (row.known || !row.suggestion || row.word.length < 3 ? row.word : row.suggestion))
  return corrected.join(' ') === words.join(' ') ? undefined : corrected.join(' ')
}

const answers = memo<SearchResult>()

/**
 * Searches the public catalogue: full text with Italian stemming, accents ignored, ranked by
 * relevance then rating; facet counts for the same words; and, when the words find nothing,
 * the same search with misspelt words corrected. Answers are remembered briefly (see cache.ts).
 */
export const searchServices = (payload: Payload, query: SearchQuery): Promise<SearchResult> =>
  answers(JSON.stringify([normalise(query.terms).toLowerCase(), query.filters, query.sort, query.page]), () => search(payload, query))

const search = async (payload: Payload, query: SearchQuery): Promise<SearchResult> => {
  const terms = normalise(query.terms)
  const [hits, { total, facets }] = await Promise.all([findHits(payload, terms, query), countFacets(payload, terms, query.filters)])
  if (total > 0 || wordsOf(terms).length === 0) return { total, hits, facets }

  const correctedTerms = await correctTerms(payload, terms)
  if (!correctedTerms) return { total, hits, facets }
  const [correctedHits, corrected] = await Promise.all([
    findHits(payload, correctedTerms, query),
    countFacets(payload, correctedTerms, query.filters),
  ])
  return corrected.total > 0 ? { ...corrected, hits: correctedHits, correctedTerms } : { total, hits, facets, correctedTerms }
}

/** One anonymous row of demand evidence per search: what was asked and how much was found. */
export const logSearch = async (
  payload: Payload,
  entry: { terms: string; filters: Record<string, unknown>; districtId?: string; resultCount: number; language: Language },
): Promise<void> => {
  await runSql(
    payload,
    sql`INSERT INTO search_log (terms, filters, district_id, result_count, language)
      VALUES (${normalise(entry.terms) || null}, ${JSON.stringify(entry.filters)}::jsonb, ${entry.districtId ?? null},
        ${entry.resultCount}, ${entry.language})`,
  )
}
