import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { DEFAULT_TIME_ZONE } from '../../lib/dates'
import type { Language } from '../../lib/i18n'
import { memo } from './cache'
import { type Concept, conceptsOf, isStopWord, VOCABULARY_WORDS, wordsOf } from './vocabulary'
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
  /** Only services with a group families can join now; with a district, a group in that district. */
  groups?: boolean
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
  individualPriceCents: number | null
  sharedPriceFromCents: number | null
  sharedPricePeople: number | null
  isFree: boolean
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
  groups: number
}

export type SearchResult = {
  total: number
  hits: ServiceHit[]
  facets: FacetCounts
  /** The terms the results are for, when the visitor's words were corrected to find any. */
  correctedTerms?: string
  /** When nothing is found: what would find something. */
  alternatives?: Alternatives
}

/** Ways forward from an empty result, each leading to services that exist. */
export type Alternatives = {
  /** Each of the visitor's needs that finds services on its own, with how many. */
  words: { words: string; total: number }[]
  /** The categories with most services matching any of the words. */
  categories: { categoryId: string; total: number }[]
  /** A few services of the catalogue, the best-reviewed first, so that an empty page never ends the search. */
  suggested: ServiceHit[]
}

const CLOSEST_CATEGORIES = 3
const SUGGESTED_COUNT = 4

/** Control characters (a null byte above all, which PostgreSQL cannot take) are nobody's search terms. */
const normalise = (terms: string) =>
  terms
    // eslint-disable-next-line no-control-regex -- control characters are what it removes
    .replace(/[\u0000-\u001f\u007f\s]+/g, ' ')
    .trim()
    .slice(0, 200)

/**
 * How much a concept counts where it is found: in the title, in the category (both add up, as
 * a title and a category that both name the need are the surest match), otherwise in the
 * area, organisation, summary or target groups, otherwise anywhere else.
 */
const TITLE_SCORE = 1
const CATEGORY_SCORE = 0.6
const LABEL_SCORE = 0.2
const BODY_SCORE = 0.05
/** Among titles naming the need, the shorter is the more specific ("Badante a ore" before a contract for colf and badanti). */
const SPECIFIC_TITLE_SCORE = 0.2
/** Words like "aiuto" only tip the order between services that match the need. */
const SOFT_FACTOR = 0.3
/** A service offered in the time band or on the day the words name comes before one that is not. */
const AVAILABILITY_SCORE = 0.3

/**
 * One word as an Italian stem, an English stem, or — since the Italian stemmer reduces
 * "anziano" and "anziani" differently — the prefix of a stem once its final vowel is dropped
 * (anzian…). Short words only match as stems.
 */
const wordQuery = (word: string): SQL => {
  const root = word.replace(/[aeiou]$/, '')
  const prefix = root.length >= 4 ? sql` || to_tsquery('simple', ${`${root}:*`})` : sql``
  return sql`plainto_tsquery('italian', ${word}) || plainto_tsquery('english', ${word})${prefix}`
}

const phraseQuery = (phrase: string): SQL => sql`phraseto_tsquery('italian', ${phrase}) || phraseto_tsquery('english', ${phrase})`

const conceptQuery = (concept: Concept): SQL =>
  sql`(${sql.join(
    concept.alternatives.map((alternative) => (alternative.includes(' ') ? phraseQuery(alternative) : wordQuery(alternative))),
    sql` || `,
  )})`

/**
 * The visitor's words as SQL: each concept's query computed once (a CTE), a match every
 * required concept must meet (on the GIN index), and a rank that puts services whose title
 * or category names the need before those that only mention it.
 */
type TextSearch = {
  with: SQL
  match: SQL
  rank: SQL
  /** Services matching any required concept, and each required concept on its own, for ways out of an empty result. */
  matchAny: SQL
  matchEach: { concept: Concept; match: SQL }[]
}

const textSearch = (concepts: Concept[]): TextSearch | undefined => {
  if (concepts.length === 0) return undefined
  const column = (index: number) => sql.raw(`c${index}`)
  const queryOf = (index: number) => sql`(SELECT ${column(index)} FROM q)`
  const required = concepts.flatMap((concept, index) => (concept.soft ? [] : [column(index)]))
  const scoreOf = (concept: Concept, index: number) => {
    const availability = [
      concept.bands.length > 0 &&
        sql`CASE WHEN time_bands && ${sqlArray(concept.bands, 'text')}::varchar[] THEN ${AVAILABILITY_SCORE}::float ELSE 0 END`,
      concept.days.length > 0 &&
        sql`CASE WHEN days && ${sqlArray(concept.days, 'text')}::varchar[] THEN ${AVAILABILITY_SCORE}::float ELSE 0 END`,
    ].filter((part): part is SQL => Boolean(part))
    const inPart = (weights: string) => sql`ts_filter(document, ${weights}::"char"[]) @@ ${queryOf(index)}`
    return sql`(CASE WHEN ${inPart('{a}')} THEN ${TITLE_SCORE}::float + ${SPECIFIC_TITLE_SCORE}::float / length(ts_filter(document, '{a}'))
        ELSE 0 END
      + CASE WHEN ${inPart('{b}')} THEN ${CATEGORY_SCORE}::float ELSE 0 END
      + CASE WHEN ${inPart('{a,b}')} THEN 0 WHEN ${inPart('{c}')} THEN ${LABEL_SCORE}::float
        WHEN document @@ ${queryOf(index)} THEN ${BODY_SCORE}::float ELSE 0 END${sql.join(
          availability.map((part) => sql` + ${part}`),
          sql``,
        )})`
  }
  return {
    with: sql`q AS (SELECT *, ${sql.join(required, sql` && `)} AS required, ${sql.join(required, sql` || `)} AS any_required
      FROM (SELECT ${sql.join(
        concepts.map((concept, index) => sql`${conceptQuery(concept)} AS ${column(index)}`),
        sql`, `,
      )}) concepts)`,
    match: sql`document @@ (SELECT required FROM q)`,
    matchAny: sql`document @@ (SELECT any_required FROM q)`,
    matchEach: concepts.flatMap((concept, index) => (concept.soft ? [] : [{ concept, match: sql`document @@ ${queryOf(index)}` }])),
    rank: sql.join(
      concepts.map((concept, index) => (concept.soft ? sql`${SOFT_FACTOR}::float * ${scoreOf(concept, index)}` : scoreOf(concept, index))),
      sql` + `,
    ),
  }
}

/**
 * The districts in which a service has a group families can join now (open or waiting for the
 * ente, not full, its joining day not past where the city is; a group's days are stored at
 * midnight UTC): read live from the groups, which change with every join, rather than kept in
 * the read model.
 */
const OPEN_GROUP_DISTRICTS = sql`(SELECT coalesce(array_agg(DISTINCT g.district_id), '{}') FROM groups g
  WHERE g.service_id = service_search.service_id AND g.status IN ('open', 'awaiting-ente')
    AND g.member_count < g.max_members
    AND (g.join_by AT TIME ZONE 'UTC')::date >= (now() AT TIME ZONE coalesce((SELECT time_zone FROM city LIMIT 1), ${DEFAULT_TIME_ZONE}))::date)`

/** The rows a search reads: the read model, with each service's open groups when the filter needs them. */
const rowsFor = (filters: SearchFilters): SQL =>
  filters.groups ? sql`(SELECT *, ${OPEN_GROUP_DISTRICTS} AS open_group_districts FROM service_search) service_search` : sql`service_search`

/** The groups filter: a joinable group anywhere, or in the district chosen (the district filter applies to groups). */
const hasOpenGroup = (filters: SearchFilters): SQL =>
  filters.districtId ? sql`${filters.districtId}::uuid = ANY(open_group_districts)` : sql`cardinality(open_group_districts) > 0`

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
  when('groups', () => (except === 'districtId' ? sql`cardinality(open_group_districts) > 0` : hasOpenGroup(filters)))
  when('maxPriceCents', () => sql`price_from_cents <= ${filters.maxPriceCents}`)
  when('band', () => sql`${filters.band}::varchar = ANY(time_bands)`)
  when('day', () => sql`${filters.day}::varchar = ANY(days)`)
  return parts.length > 0 ? sql.join(parts, sql` AND `) : sql`true`
}

/** Orders end with the service id, so that pages never repeat or skip a result. */
const ORDER: Record<SortOrder, SQL> = {
  relevance: sql`rank DESC, rating_average DESC NULLS LAST, title_it, slug`,
  price: sql`price_from_cents, rank DESC, title_it, slug`,
  rating: sql`rating_average DESC NULLS LAST, rating_count DESC, rank DESC, title_it, slug`,
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
  individual_price_cents: number | null
  shared_price_from_cents: number | null
  shared_price_people: number | null
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
  individualPriceCents: row.individual_price_cents,
  sharedPriceFromCents: row.shared_price_from_cents,
  sharedPricePeople: row.shared_price_people,
  isFree: row.is_free,
  isShared: row.is_shared,
  ratingAverage: row.rating_average === null ? null : Number(row.rating_average),
  ratingCount: row.rating_count,
  title: { it: row.title_it, en: row.title_en },
  summary: { it: row.summary_it, en: row.summary_en },
})

/** The words part of a statement: its CTE (after WITH), the match and the rank; everything for no words. */
const textParts = (text: TextSearch | undefined) => ({
  with: text ? sql`WITH ${text.with}` : sql``,
  match: text?.match ?? sql`true`,
  rank: text?.rank ?? sql`0`,
})

const findHits = async (payload: Payload, concepts: Concept[], query: SearchQuery): Promise<ServiceHit[]> => {
  const text = textParts(textSearch(concepts))
  const rows = await runSql<HitRow>(
    payload,
    sql`${text.with} SELECT ${HIT_COLUMNS}, ${text.rank} AS rank
      FROM ${rowsFor(query.filters)}
      WHERE ${text.match} AND ${conditions(query.filters)}
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
const countFacets = async (
  payload: Payload,
  concepts: Concept[],
  filters: SearchFilters,
): Promise<{ total: number; facets: FacetCounts }> => {
  const text = textSearch(concepts)
  const rows = await runSql<{ facet: string; value: string | null; n: number }>(
    payload,
    sql`WITH ${text ? sql`${text.with},` : sql``} m AS MATERIALIZED (
        SELECT category_id, area_id, district_ids, target_group_ids, time_bands, days, is_free, is_shared, price_from_cents,
          ${OPEN_GROUP_DISTRICTS} AS open_group_districts
        FROM service_search WHERE ${text?.match ?? sql`true`})
      SELECT 'total' AS facet, NULL AS value, count(*)::int AS n FROM m WHERE ${conditions(filters)}
      UNION ALL SELECT 'category', category_id::text, count(*)::int FROM m WHERE ${conditions(filters, 'categoryId')} GROUP BY category_id
      UNION ALL SELECT 'area', area_id::text, count(*)::int FROM m WHERE ${conditions(filters, 'categoryId')} GROUP BY area_id
      UNION ALL SELECT 'district', x::text, count(*)::int FROM m, unnest(district_ids) x WHERE ${conditions(filters, 'districtId')}
        ${filters.groups ? sql`AND x = ANY(open_group_districts)` : sql``} GROUP BY x
      UNION ALL SELECT 'targetGroup', x::text, count(*)::int FROM m, unnest(target_group_ids) x WHERE ${conditions(filters, 'targetGroupId')} GROUP BY x
      UNION ALL SELECT 'band', x, count(*)::int FROM m, unnest(time_bands) x WHERE ${conditions(filters, 'band')} GROUP BY x
      UNION ALL SELECT 'day', x, count(*)::int FROM m, unnest(days) x WHERE ${conditions(filters, 'day')} GROUP BY x
      UNION ALL SELECT 'free', NULL, count(*)::int FROM m WHERE ${conditions(filters, 'free')} AND is_free
      UNION ALL SELECT 'shared', NULL, count(*)::int FROM m WHERE ${conditions(filters, 'shared')} AND is_shared
      UNION ALL SELECT 'groups', NULL, count(*)::int FROM m WHERE ${conditions(filters, 'groups')} AND ${hasOpenGroup(filters)}
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
    shared: 0,
    groups: 0,
  }
  let total = 0
  for (const { facet, value, n } of rows) {
    if (facet === 'total') total = n
    else if (facet === 'free' || facet === 'shared' || facet === 'groups') facets[facet] = n
    else if (value !== null) facets[facet as Exclude<keyof FacetCounts, 'free' | 'shared' | 'groups'>].set(value, n)
  }
  return { total, facets }
}

/**
 * The visitor's words with each unknown word replaced by the closest word of the catalogue or
 * of the search vocabulary (trigram similarity), or undefined when nothing could be corrected.
 */
const correctTerms = async (payload: Payload, terms: string): Promise<string | undefined> => {
  const words = wordsOf(terms).filter((word) => !isStopWord(word))
  if (words.length === 0) return undefined
  const vocabulary = sqlArray(VOCABULARY_WORDS, 'text')
  const rows = await runSql<{ word: string; known: boolean; suggestion: string | null }>(
    payload,
    sql`SELECT q.word,
        EXISTS (SELECT 1 FROM search_words w WHERE w.word = q.word) OR q.word = ANY(${vocabulary}) AS known,
        (SELECT w.word FROM (SELECT word FROM search_words UNION SELECT unnest(${vocabulary})) w WHERE w.word % q.word
          ORDER BY similarity(w.word, q.word) DESC, w.word LIMIT 1) AS suggestion
      FROM unnest(${sqlArray(words, 'text')}) WITH ORDINALITY q(word, position) ORDER BY q.position`,
  )
  const corrected = rows.map((row) => (row.known || !row.suggestion || row.word.length < 3 ? row.word : row.suggestion))
  return corrected.join(' ') === words.join(' ') ? undefined : corrected.join(' ')
}

/** Ways out of an empty result: how many services each need alone finds, the categories where the words fit best, some services. */
const findAlternatives = async (payload: Payload, concepts: Concept[], filters: SearchFilters): Promise<Alternatives> => {
  const suggested = runSql<HitRow>(
    payload,
    sql`SELECT ${HIT_COLUMNS} FROM service_search
      ORDER BY rating_count > 0 DESC, rating_average DESC NULLS LAST, rating_count DESC, title_it, service_id LIMIT ${SUGGESTED_COUNT}`,
  )
  const text = textSearch(concepts)
  if (!text) return { words: [], categories: [], suggested: (await suggested).map(toHit) }
  const [counts, categories, someServices] = await Promise.all([
    runSql<{ position: number; n: number }>(
      payload,
      sql`WITH ${text.with} ${sql.join(
        text.matchEach.map(
          ({ match }, position) =>
            sql`SELECT ${position}::int AS position, count(*)::int AS n FROM ${rowsFor(filters)} WHERE ${match} AND ${conditions(filters)}`,
        ),
        sql` UNION ALL `,
      )}`,
    ),
    // The categories where the words fit best: by the best-ranked service in each, then by how many match.
    runSql<{ category_id: string; n: number }>(
      payload,
      sql`WITH ${text.with} SELECT category_id, count(*)::int AS n FROM ${rowsFor(filters)}
        WHERE ${text.matchAny} AND ${conditions(filters, 'categoryId')} AND category_id IS NOT NULL
        GROUP BY category_id ORDER BY max(${text.rank}) DESC, n DESC, category_id LIMIT ${CLOSEST_CATEGORIES}`,
    ),
    suggested,
  ])
  return {
    // With a single concept its own count is the zero the visitor already has.
    words:
      text.matchEach.length > 1
        ? counts
            .filter(({ n }) => n > 0)
            .sort((a, b) => a.position - b.position)
            .map(({ position, n }) => ({ words: text.matchEach[position]!.concept.typed, total: n }))
        : [],
    categories: categories.map((row) => ({ categoryId: row.category_id, total: row.n })),
    suggested: someServices.map(toHit),
  }
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
  const concepts = conceptsOf(terms)
  const [hits, { total, facets }] = await Promise.all([findHits(payload, concepts, query), countFacets(payload, concepts, query.filters)])
  if (total > 0) return { total, hits, facets }

  const correctedTerms = await correctTerms(payload, terms)
  if (correctedTerms) {
    const correctedConcepts = conceptsOf(correctedTerms)
    const [correctedHits, corrected] = await Promise.all([
      findHits(payload, correctedConcepts, query),
      countFacets(payload, correctedConcepts, query.filters),
    ])
    if (corrected.total > 0) return { ...corrected, hits: correctedHits, correctedTerms }
  }
  return { total, hits, facets, correctedTerms, alternatives: await findAlternatives(payload, concepts, query.filters) }
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
