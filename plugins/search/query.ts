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
const OPEN_GROUPS = sql`open_groups AS (SELECT service_id, array_agg(DISTINCT district_id) AS districts FROM groups
  WHERE status IN ('open', 'awaiting-ente') AND member_count < max_members
    AND (join_by AT TIME ZONE 'UTC')::date >= (now() AT TIME ZONE coalesce((SELECT time_zone FROM city LIMIT 1), ${DEFAULT_TIME_ZONE}))::date
  GROUP BY service_id)`

/** The WITH list of every search statement: the words' queries, when there are words, and the open groups. */
const withList = (text: TextSearch | undefined): SQL => (text ? sql`WITH ${text.with}, ${OPEN_GROUPS}` : sql`WITH ${OPEN_GROUPS}`)

/** The read model's rows with each service's open groups, for statements that start with withList. */
const ROWS = sql`(SELECT service_search.*, coalesce(open_groups.districts, '{}') AS open_group_districts
  FROM service_search LEFT JOIN open_groups USING (service_id)) service_search`

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

/**
 * One statement for a page of results, the total and every facet's counts. The services
 * matching the words (m) are found once, on the text index; the results (f) are those that
 * also pass every filter. A facet counts the results, unless its own filter is chosen: then it
 * counts the matches that pass every other filter, so that each value says what choosing it
 * instead would give. Only the page's results are ranked.
 */
const searchPage = async (payload: Payload, concepts: Concept[], query: SearchQuery): Promise<Omit<SearchResult, 'alternatives'>> => {
  const text = textSearch(concepts)
  const { filters } = query
  const chosen = (name: FacetName) => filters[name] !== undefined && filters[name] !== false
  const countedBy = (name: FacetName): SQL => (chosen(name) ? sql`(SELECT * FROM m WHERE ${conditions(filters, name)})` : sql`f`)
  const rows = await runSql<{ facet: string; value: string | null; n: number; hits: HitRow[] | null }>(
    payload,
    sql`${withList(text)},
      m AS MATERIALIZED (SELECT service_id, category_id, area_id, district_ids, target_group_ids, time_bands, days, is_free, is_shared,
          price_from_cents, open_group_districts
        FROM ${ROWS} WHERE ${text?.match ?? sql`true`}),
      f AS MATERIALIZED (SELECT * FROM m WHERE ${conditions(filters)}),
      page AS (SELECT ${HIT_COLUMNS}, ${text?.rank ?? sql`0`} AS rank FROM service_search
        WHERE service_id IN (SELECT service_id FROM f)
        ORDER BY ${ORDER[query.sort]}
        LIMIT ${PAGE_SIZE} OFFSET ${(Math.max(query.page, 1) - 1) * PAGE_SIZE})
      SELECT 'hits' AS facet, NULL AS value, 0 AS n, (SELECT coalesce(json_agg(page ORDER BY ${ORDER[query.sort]}), '[]') FROM page) AS hits
      UNION ALL SELECT 'total', NULL, count(*)::int, NULL FROM f
      UNION ALL SELECT 'category', category_id::text, count(*)::int, NULL FROM ${countedBy('categoryId')} r GROUP BY category_id
      UNION ALL SELECT 'area', area_id::text, count(*)::int, NULL FROM ${countedBy('categoryId')} r GROUP BY area_id
      UNION ALL SELECT 'district', x::text, count(*)::int, NULL FROM ${countedBy('districtId')} r, unnest(district_ids) x
        ${filters.groups ? sql`WHERE x = ANY(open_group_districts)` : sql``} GROUP BY x
      UNION ALL SELECT 'targetGroup', x::text, count(*)::int, NULL FROM ${countedBy('targetGroupId')} r, unnest(target_group_ids) x GROUP BY x
      UNION ALL SELECT 'band', x, count(*)::int, NULL FROM ${countedBy('band')} r, unnest(time_bands) x GROUP BY x
      UNION ALL SELECT 'day', x, count(*)::int, NULL FROM ${countedBy('day')} r, unnest(days) x GROUP BY x
      UNION ALL SELECT 'free', NULL, count(*)::int, NULL FROM ${countedBy('free')} r WHERE is_free
      UNION ALL SELECT 'shared', NULL, count(*)::int, NULL FROM ${countedBy('shared')} r WHERE is_shared
      UNION ALL SELECT 'groups', NULL, count(*)::int, NULL FROM ${countedBy('groups')} r WHERE ${hasOpenGroup(filters)}
      UNION ALL SELECT 'maxPrice', t::text, count(*)::int, NULL FROM ${countedBy('maxPriceCents')} r, unnest(${sqlArray(PRICE_CEILINGS, 'int')}) t
        WHERE price_from_cents <= t GROUP BY t`,
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
  let hits: ServiceHit[] = []
  for (const { facet, value, n, hits: page } of rows) {
    if (facet === 'hits') hits = (page ?? []).map(toHit)
    else if (facet === 'total') total = n
    else if (facet === 'free' || facet === 'shared' || facet === 'groups') facets[facet] = n
    else if (value !== null) facets[facet as Exclude<keyof FacetCounts, 'free' | 'shared' | 'groups'>].set(value, n)
  }
  return { total, hits, facets }
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
    // Only an unknown word is compared with every known one.
    sql`SELECT q.word, k.known,
        CASE WHEN NOT k.known THEN (SELECT w.word FROM (SELECT word FROM search_words UNION SELECT unnest(${vocabulary})) w
          WHERE w.word % q.word ORDER BY similarity(w.word, q.word) DESC, w.word LIMIT 1) END AS suggestion
      FROM unnest(${sqlArray(words, 'text')}) WITH ORDINALITY q(word, position),
        LATERAL (SELECT EXISTS (SELECT 1 FROM search_words w WHERE w.word = q.word) OR q.word = ANY(${vocabulary}) AS known) k
      ORDER BY q.position`,
  )
  const corrected = rows.map((row) => (row.known || !row.suggestion || row.word.length < 3 ? row.word : row.suggestion))
  return corrected.join(' ') === words.join(' ') ? undefined : corrected.join(' ')
}

/** Ways out of an empty result: how many services each need alone finds, the categories where the words fit best, some services. */
const findAlternatives = async (payload: Payload, concepts: Concept[], filters: SearchFilters): Promise<Alternatives> => {
  const suggested = bestRated('suggested', () =>
    runSql<HitRow>(
      payload,
      sql`SELECT ${HIT_COLUMNS} FROM service_search
        ORDER BY rating_count > 0 DESC, rating_average DESC NULLS LAST, rating_count DESC, title_it, service_id LIMIT ${SUGGESTED_COUNT}`,
    ).then((rows) => rows.map(toHit)),
  )
  const text = textSearch(concepts)
  if (!text) return { words: [], categories: [], suggested: await suggested }
  // The services matching any of the needs, read once: how many each need finds with the
  // filters, and the categories where the words fit best (by the best-ranked service in each,
  // then by how many match), the category filter aside.
  const [rows, someServices] = await Promise.all([
    runSql<{ kind: 'word' | 'category'; key: string; n: number; position: number }>(
      payload,
      sql`${withList(text)},
        a AS MATERIALIZED (SELECT category_id, ${conditions(filters)} AS passes,
            ARRAY[${sql.join(
              text.matchEach.map(({ match }) => match),
              sql`, `,
            )}] AS needs, ${text.rank} AS rank
          FROM ${ROWS} WHERE ${text.matchAny} AND ${conditions(filters, 'categoryId')})
        SELECT 'word' AS kind, NULL AS key, count(*) FILTER (WHERE passes AND needs[i])::int AS n, i AS position
          FROM a, generate_series(1, ${text.matchEach.length}) i GROUP BY i
        UNION ALL SELECT 'category', category_id::text, count(*)::int,
            row_number() OVER (ORDER BY max(rank) DESC, count(*) DESC, category_id)::int
          FROM a WHERE category_id IS NOT NULL GROUP BY category_id`,
    ),
    suggested,
  ])
  const inOrder = (kind: 'word' | 'category') => rows.filter((row) => row.kind === kind).sort((a, b) => a.position - b.position)
  return {
    // With a single concept its own count is the zero the visitor already has.
    words:
      text.matchEach.length > 1
        ? inOrder('word')
            .filter(({ n }) => n > 0)
            .map(({ position, n }) => ({ words: text.matchEach[position - 1]!.concept.typed, total: n }))
        : [],
    categories: inOrder('category')
      .slice(0, CLOSEST_CATEGORIES)
      .map((row) => ({ categoryId: row.key, total: row.n })),
    suggested: someServices,
  }
}

/** The catalogue's best-rated services, the same for every empty result until the site changes. */
const bestRated = memo<ServiceHit[]>()

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
  const found = await searchPage(payload, concepts, query)
  if (found.total > 0) return found

  const correctedTerms = await correctTerms(payload, terms)
  if (correctedTerms) {
    const corrected = await searchPage(payload, conceptsOf(correctedTerms), query)
    if (corrected.total > 0) return { ...corrected, correctedTerms }
  }
  return { ...found, correctedTerms, alternatives: await findAlternatives(payload, concepts, query.filters) }
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
