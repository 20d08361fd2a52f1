import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import type { Language } from '../../lib/i18n'
import { runSql, sqlArray } from '../../lib/sql'
import { type Bits, bitsWhere, countShared, fullBits, hasBit, intersection, positionsOf, union } from './bits'
import { memo } from './cache'
import {
  type CatalogueRow,
  catalogueSnapshot,
  FACET_VALUES,
  type FacetValues,
  HIT_COLUMNS,
  type HitRow,
  type Posting,
  postingOf,
  scoreAt,
  type ServiceHit,
  type Snapshot,
  toHit,
} from './catalogue-index'
import { type Concept, conceptsOf, isStopWord, VOCABULARY_WORDS, wordsOf } from './vocabulary'

export type { ServiceHit } from './catalogue-index'

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

/** Words like "aiuto" only tip the order between services that match the need. */
const SOFT_FACTOR = 0.3
/** A service offered in the time band or on the day the words name comes before one that is not. */
const AVAILABILITY_SCORE = 0.3

const sharesAny = (values: string[], wanted: string[]) => wanted.length > 0 && values.some((value) => wanted.includes(value))

/** The visitor's words against the catalogue in memory (catalogue-index.ts). */
type Matching = {
  /** For each need, the services matching it. */
  postings: Posting[]
  /** The needs every result must match (not the soft ones), by index. */
  required: number[]
  /** The services matching every required need. */
  matched: Bits
  /** The services matching any required need. */
  matchedAny: () => Bits
  /**
   * How high a service ranks for the words: for each need, its text score plus its availability
   * in the time band or on the day the need names, soft needs counting less.
   */
  rank: (position: number) => number
}

const matchWords = async (payload: Payload, snapshot: Snapshot, concepts: Concept[]): Promise<Matching> => {
  const { rows } = snapshot.catalogue
  const postings = await Promise.all(concepts.map((concept) => postingOf(payload, snapshot, concept)))
  const required = concepts.flatMap((concept, index) => (concept.soft ? [] : [index]))
  const requiredBits = required.map((index) => postings[index]!.bits)
  const rank = (position: number) => {
    const row = rows[position]!
    let sum = 0
    concepts.forEach((concept, index) => {
      const text = scoreAt(postings[index]!, position)
      // Added in the same order as ever, so that equal ranks stay equal.
      const score =
        (Number.isNaN(text) ? 0 : text) +
        (sharesAny(row.timeBands, concept.bands) ? AVAILABILITY_SCORE : 0) +
        (sharesAny(row.days, concept.days) ? AVAILABILITY_SCORE : 0)
      sum += concept.soft ? SOFT_FACTOR * score : score
    })
    return sum
  }
  return {
    postings,
    required,
    matched: requiredBits.length === 0 ? fullBits(rows.length) : intersection(requiredBits[0]!, ...requiredBits.slice(1)),
    matchedAny: () => union(requiredBits[0]!, ...requiredBits.slice(1)),
    rank,
  }
}

const FILTER_NAMES: readonly FacetName[] = [
  'categoryId',
  'districtId',
  'targetGroupId',
  'free',
  'shared',
  'groups',
  'maxPriceCents',
  'band',
  'day',
]

const isChosen = (filters: SearchFilters, name: FacetName) => filters[name] !== undefined && filters[name] !== false

/**
 * Whether a service passes one filter. The groups filter asks for a group families can join:
 * anywhere, or in the district chosen (the district filter applies to groups).
 */
const passes = (filters: SearchFilters, name: FacetName, row: CatalogueRow, openGroups: string[]): boolean => {
  switch (name) {
    case 'categoryId':
      return row.categoryId === filters.categoryId || row.areaId === filters.categoryId
    case 'districtId':
      return row.districtIds.includes(filters.districtId!)
    case 'targetGroupId':
      return row.targetGroupIds.includes(filters.targetGroupId!)
    case 'free':
      return row.isFree
    case 'shared':
      return row.isShared
    case 'groups':
      return filters.districtId ? openGroups.includes(filters.districtId) : openGroups.length > 0
    case 'maxPriceCents':
      return row.priceFromCents <= filters.maxPriceCents!
    case 'band':
      return row.timeBands.includes(filters.band!)
    case 'day':
      return row.days.includes(filters.day!)
  }
}

/** Sets kept by a catalogue or snapshot at most, before they are made afresh (filters can take any value). */
const MAX_KEPT_SETS = 1000

const kept = (sets: Map<string, Bits>, key: string, make: () => Bits): Bits => {
  let bits = sets.get(key)
  if (!bits) {
    if (sets.size >= MAX_KEPT_SETS) sets.clear()
    bits = make()
    sets.set(key, bits)
  }
  return bits
}

/**
 * The services passing one filter. The groups filter changes with every join, so its sets are
 * kept with the snapshot's open groups; the others with the catalogue.
 */
const filterBits = (snapshot: Snapshot, filters: SearchFilters, name: FacetName): Bits => {
  const { rows } = snapshot.catalogue
  const make = () => bitsWhere(rows.length, (position) => passes(filters, name, rows[position]!, snapshot.openGroups[position]!))
  return name === 'groups'
    ? kept(snapshot.bits, `groups:${filters.districtId ?? ''}`, make)
    : kept(snapshot.catalogue.bits, `${name}:${String(filters[name])}`, make)
}

const valueBits = (snapshot: Snapshot, facet: FacetValues, value: string): Bits => {
  const { rows } = snapshot.catalogue
  return kept(snapshot.catalogue.bits, `value:${facet}:${value}`, () =>
    bitsWhere(rows.length, (position) => FACET_VALUES[facet](rows[position]!).includes(value)),
  )
}

/** The services matching the words that pass every chosen filter but the ones named. */
const passingAllBut = (snapshot: Snapshot, matched: Bits, filters: SearchFilters, ...except: FacetName[]): Bits =>
  intersection(
    matched,
    ...FILTER_NAMES.filter((name) => isChosen(filters, name) && !except.includes(name)).map((name) => filterBits(snapshot, filters, name)),
  )

const descendingNullsLast = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a)

/** Orders end with the title (then the slug), so that pages never repeat or skip a result. */
const ORDER: Record<SortOrder, (rows: CatalogueRow[], rankOf: Map<number, number>) => (a: number, b: number) => number> = {
  relevance: (rows, rankOf) => (a, b) =>
    rankOf.get(b)! - rankOf.get(a)! || descendingNullsLast(rows[a]!.ratingAverage, rows[b]!.ratingAverage) || a - b,
  price: (rows, rankOf) => (a, b) => rows[a]!.priceFromCents - rows[b]!.priceFromCents || rankOf.get(b)! - rankOf.get(a)! || a - b,
  rating: (rows, rankOf) => (a, b) =>
    descendingNullsLast(rows[a]!.ratingAverage, rows[b]!.ratingAverage) ||
    rows[b]!.ratingCount - rows[a]!.ratingCount ||
    rankOf.get(b)! - rankOf.get(a)! ||
    a - b,
}

const hitOf = ({ areaId: _area, targetGroupIds: _groups, timeBands: _bands, days: _days, ...hit }: CatalogueRow): ServiceHit => hit

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
 * A page of results, the total and every facet's counts. The services matching the words (m)
 * are intersected with the sets passing each filter; the results (f) pass every filter. A facet
 * counts the results, unless its own filter is chosen: then it counts the matches that pass every
 * other filter, so that each value says what choosing it instead would give. Only the results are ranked.
 */
const searchPage = async (payload: Payload, concepts: Concept[], query: SearchQuery): Promise<Omit<SearchResult, 'alternatives'>> => {
  const snapshot = await catalogueSnapshot(payload)
  const { rows, values } = snapshot.catalogue
  const { filters } = query
  const words = await matchWords(payload, snapshot, concepts)
  const results = passingAllBut(snapshot, words.matched, filters)
  const countedBy = (name: FacetName) => (isChosen(filters, name) ? passingAllBut(snapshot, words.matched, filters, name) : results)
  const countValues = (facet: FacetValues, counted: Bits, within?: (value: string) => Bits) => {
    const counts = new Map<string, number>()
    for (const value of values[facet]) {
      const n = countShared(counted, valueBits(snapshot, facet, value), within?.(value))
      if (n > 0) counts.set(value, n)
    }
    return counts
  }
  const groupsIn = (districtId?: string) => filterBits(snapshot, { groups: true, districtId }, 'groups')
  const countWhere = (name: FacetName, filter: SearchFilters, counted = countedBy(name)) =>
    countShared(counted, filterBits(snapshot, filter, name))
  const byPrice = countedBy('maxPriceCents')
  const byCategory = countedBy('categoryId')
  // With the groups filter, a district counts the services with a group in it; with a district
  // chosen too, the other districts count as if the groups filter asked for a group anywhere.
  const byDistrict = isChosen(filters, 'districtId')
    ? filters.groups
      ? intersection(passingAllBut(snapshot, words.matched, filters, 'districtId', 'groups'), groupsIn())
      : countedBy('districtId')
    : results
  const facets: FacetCounts = {
    category: countValues('category', byCategory),
    area: countValues('area', byCategory),
    district: countValues('district', byDistrict, filters.groups ? groupsIn : undefined),
    targetGroup: countValues('targetGroup', countedBy('targetGroupId')),
    band: countValues('band', countedBy('band')),
    day: countValues('day', countedBy('day')),
    maxPrice: new Map(
      PRICE_CEILINGS.map((ceiling) => [String(ceiling), countWhere('maxPriceCents', { maxPriceCents: ceiling }, byPrice)] as const).filter(
        ([, n]) => n > 0,
      ),
    ),
    free: countWhere('free', { free: true }),
    shared: countWhere('shared', { shared: true }),
    groups: countShared(countedBy('groups'), groupsIn(filters.districtId)),
  }
  const found = positionsOf(results)
  const rankOf = new Map(found.map((position) => [position, words.rank(position)]))
  found.sort(ORDER[query.sort](rows, rankOf))
  const offset = (Math.max(query.page, 1) - 1) * PAGE_SIZE
  return { total: found.length, hits: found.slice(offset, offset + PAGE_SIZE).map((position) => hitOf(rows[position]!)), facets }
}

/**
 * The visitor's words with each unknown word replaced by the closest word of the catalogue or
 * of the search vocabulary (trigram similarity), or undefined when nothing could be corrected.
 */
const KNOWN_WORDS = new Set(VOCABULARY_WORDS)

const correctTerms = async (payload: Payload, terms: string): Promise<string | undefined> => {
  const words = wordsOf(terms).filter((word) => !isStopWord(word))
  const { catalogue } = await catalogueSnapshot(payload)
  // Only an unknown word is compared with every known one.
  const unknown = [...new Set(words)].filter((word) => word.length >= 3 && !catalogue.words.has(word) && !KNOWN_WORDS.has(word))
  if (unknown.length === 0) return undefined
  const suggestions = await runSql<{ word: string; suggestion: string | null }>(
    payload,
    sql`SELECT q.word, (SELECT w.word FROM (SELECT word FROM search_words UNION SELECT unnest(${sqlArray(VOCABULARY_WORDS, 'text')})) w
        WHERE w.word % q.word ORDER BY similarity(w.word, q.word) DESC, w.word LIMIT 1) AS suggestion
      FROM unnest(${sqlArray(unknown, 'text')}) q(word)`,
  )
  const suggestionOf = new Map(suggestions.map(({ word, suggestion }) => [word, suggestion]))
  const corrected = words.map((word) => suggestionOf.get(word) ?? word)
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
  if (concepts.length === 0) return { words: [], categories: [], suggested: await suggested }
  const snapshot = await catalogueSnapshot(payload)
  const { rows } = snapshot.catalogue
  const words = await matchWords(payload, snapshot, concepts)
  // Over the services matching any of the needs: how many each need finds with the filters, and
  // the categories where the words fit best (by the best-ranked service in each, then by how
  // many match), the category filter aside.
  const totals = words.required.map(() => 0)
  const categories = new Map<string, { best: number; total: number }>()
  const inCategory = isChosen(filters, 'categoryId') ? filterBits(snapshot, filters, 'categoryId') : undefined
  for (const position of positionsOf(passingAllBut(snapshot, words.matchedAny(), filters, 'categoryId'))) {
    const row = rows[position]!
    if (!inCategory || hasBit(inCategory, position)) {
      words.required.forEach((index, need) => hasBit(words.postings[index]!.bits, position) && totals[need]!++)
    }
    if (row.categoryId === null) continue
    const rank = words.rank(position)
    const category = categories.get(row.categoryId)
    if (category) {
      category.best = Math.max(category.best, rank)
      category.total++
    } else categories.set(row.categoryId, { best: rank, total: 1 })
  }
  return {
    // With a single need its own count is the zero the visitor already has.
    words:
      words.required.length > 1
        ? words.required.flatMap((index, need) => (totals[need]! > 0 ? [{ words: concepts[index]!.typed, total: totals[need]! }] : []))
        : [],
    categories: [...categories]
      .sort(([aId, a], [bId, b]) => b.best - a.best || b.total - a.total || (aId < bId ? -1 : 1))
      .slice(0, CLOSEST_CATEGORIES)
      .map(([categoryId, { total }]) => ({ categoryId, total })),
    suggested: await suggested,
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

type SearchLogEntry = { terms: string; filters: Record<string, unknown>; districtId?: string; resultCount: number; language: Language }

/**
 * Searches made within this long of each other are written together, in one statement and one
 * commit: a busy site would otherwise spend as much on recording its searches as on answering
 * them. A process that stops loses at most this much of the evidence.
 */
const SEARCH_LOG_DELAY_MS = 250
const SEARCH_LOG_BATCH = 500

const pendingSearches = new Map<Payload, { entries: SearchLogEntry[]; written: Promise<void> }>()

const writeSearches = (payload: Payload, entries: SearchLogEntry[]) =>
  runSql(
    payload,
    sql`INSERT INTO search_log (terms, filters, district_id, result_count, language) VALUES ${sql.join(
      entries.map(
        (entry) => sql`(${normalise(entry.terms) || null}, ${JSON.stringify(entry.filters)}::jsonb, ${entry.districtId ?? null},
          ${entry.resultCount}, ${entry.language})`,
      ),
      sql`, `,
    )}`,
  )

/**
 * One anonymous row of demand evidence per search: what was asked and how much was found.
 * Resolves once it is written; should a batch be refused, each of its searches is written on its
 * own, so that one bad entry costs no other.
 */
export const logSearch = (payload: Payload, entry: SearchLogEntry): Promise<void> => {
  let batch = pendingSearches.get(payload)
  if (!batch) {
    const entries: SearchLogEntry[] = []
    const written = new Promise((resolve) => setTimeout(resolve, SEARCH_LOG_DELAY_MS)).then(async () => {
      if (pendingSearches.get(payload)?.entries === entries) pendingSearches.delete(payload)
      try {
        await writeSearches(payload, entries)
      } catch (error) {
        if (entries.length === 1) throw error
        const failed = (await Promise.allSettled(entries.map((one) => writeSearches(payload, [one])))).find(
          (outcome) => outcome.status === 'rejected',
        )
        if (failed) throw failed.reason
      }
    })
    batch = { entries, written }
    pendingSearches.set(payload, batch)
  }
  batch.entries.push(entry)
  if (batch.entries.length >= SEARCH_LOG_BATCH) pendingSearches.delete(payload)
  return batch.written
}
