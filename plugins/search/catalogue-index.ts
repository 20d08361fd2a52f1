import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { SERVER_TIME_ZONE } from '../../lib/dates'
import { siteContentGeneration } from '../../lib/site-content'
import { runSql } from '../../lib/sql'
import { type Bits, bitsAt, hasBit } from './bits'
import { TTL_MS } from './cache'
import type { Concept } from './vocabulary'

/**
 * The public catalogue held in each process's memory, so that a search no one has asked before
 * costs no scan of the table: the read model's rows (without their text documents), each
 * service's open groups, and, for each need searched, the services whose text matches it with
 * how well (a "posting", computed once by PostgreSQL's full-text index). Matching, filters,
 * facet counts and ranking then run in memory (query.ts).
 *
 * It is current with the data as the page cache is: a change to what the site shows
 * (lib/site-content.ts) makes this process check the read model at its next search and reload
 * what changed, and it checks again every TTL_MS anyway (a group's joining day passes at
 * midnight, and a process might have missed a change), answering from the copy it has meanwhile.
 */

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

/** A service as search filters, counts and orders it. */
export type CatalogueRow = ServiceHit & { areaId: string | null; targetGroupIds: string[]; timeBands: string[]; days: string[] }

export const HIT_COLUMNS = sql`service_id, slug, organisation_slug, organisation_name, category_id, district_ids, price_model,
  price_from_cents, individual_price_cents, shared_price_from_cents, shared_price_people, is_free, is_shared,
  rating_average, rating_count, title_it, title_en, summary_it, summary_en`

/** A row of HIT_COLUMNS as PostgreSQL returns it (a numeric comes back as text). */
export type HitRow = {
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

export const toHit = (row: HitRow): ServiceHit => ({
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

/** The services matching one need: their positions in the catalogue's rows (in order), how well each matches, and the same positions as a set. */
export type Posting = { positions: Int32Array; scores: Float64Array; bits: Bits }

/** How well the service at a position matches the need; NaN where it does not. */
export const scoreAt = (posting: Posting, position: number): number => {
  if (!hasBit(posting.bits, position)) return Number.NaN
  let low = 0
  let high = posting.positions.length - 1
  while (low < high) {
    const middle = (low + high) >>> 1
    if (posting.positions[middle]! < position) low = middle + 1
    else high = middle
  }
  return posting.scores[low]!
}

type Catalogue = {
  /** In title order (then slug): a row's position is its place in an alphabetical list. */
  rows: CatalogueRow[]
  positionOf: Map<string, number>
  /** The words of titles, categories, organisations and target groups, for "did you mean". */
  words: Set<string>
  /** Tells whether the read model's rows are still these, without reading them. */
  fingerprint: string
  postings: Map<string, { posting: Promise<Posting>; size: number }>
  postingRows: number
  /** The values each facet takes in the catalogue. */
  values: Record<FacetValues, string[]>
  /** Sets of services by facet value or filter, made when first asked for (see query.ts). */
  bits: Map<string, Bits>
}

export type FacetValues = 'category' | 'area' | 'district' | 'targetGroup' | 'band' | 'day'

/** The values of each facet a service has. */
export const FACET_VALUES: Record<FacetValues, (row: CatalogueRow) => readonly (string | null)[]> = {
  category: (row) => [row.categoryId],
  area: (row) => [row.areaId],
  district: (row) => row.districtIds,
  targetGroup: (row) => row.targetGroupIds,
  band: (row) => row.timeBands,
  day: (row) => row.days,
}

export type Snapshot = {
  catalogue: Catalogue
  /** By row: the districts in which the service has a group families can join now. */
  openGroups: string[][]
  /** Sets of services by the groups they have open, made when first asked for (see query.ts). */
  bits: Map<string, Bits>
  checkedAt: number
}

/** Matched services kept across every need remembered, at most (about 12 bytes each). */
const MAX_POSTING_ROWS = 2_000_000

/**
 * How much a need counts where it is found: in the title, in the category (both add up, as a
 * title and a category that both name the need are the surest match), otherwise in the area,
 * organisation, summary or target groups, otherwise anywhere else.
 */
const TITLE_SCORE = 1
const CATEGORY_SCORE = 0.6
const LABEL_SCORE = 0.2
const BODY_SCORE = 0.05
/** Among titles naming the need, the shorter is the more specific ("Badante a ore" before a contract for colf and badanti). */
const SPECIFIC_TITLE_SCORE = 0.2

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
  sql.join(
    concept.alternatives.map((alternative) => (alternative.includes(' ') ? phraseQuery(alternative) : wordQuery(alternative))),
    sql` || `,
  )

/** The services whose text names the need, on the GIN index, scored by the part of the text that names it. */
const loadPosting = async (payload: Payload, catalogue: Catalogue, concept: Concept): Promise<Posting> => {
  const query = sql`(SELECT query FROM q)`
  const inPart = (weights: string) => sql`ts_filter(document, ${weights}::"char"[]) @@ ${query}`
  const found = await runSql<{ service_id: string; score: number }>(
    payload,
    sql`WITH q AS (SELECT ${conceptQuery(concept)} AS query)
      SELECT service_id, CASE WHEN ${inPart('{a}')} THEN ${TITLE_SCORE}::float + ${SPECIFIC_TITLE_SCORE}::float / length(ts_filter(document, '{a}'))
          ELSE 0 END
        + CASE WHEN ${inPart('{b}')} THEN ${CATEGORY_SCORE}::float ELSE 0 END
        + CASE WHEN ${inPart('{a,b}')} THEN 0 WHEN ${inPart('{c}')} THEN ${LABEL_SCORE}::float ELSE ${BODY_SCORE}::float END AS score
      FROM service_search WHERE document @@ ${query}`,
  )
  const matches: { position: number; score: number }[] = []
  for (const { service_id, score } of found) {
    const position = catalogue.positionOf.get(service_id)
    // A service published since the catalogue was read is found once the change is heard.
    if (position !== undefined) matches.push({ position, score })
  }
  matches.sort((a, b) => a.position - b.position)
  const positions = Int32Array.from(matches, ({ position }) => position)
  return { positions, scores: Float64Array.from(matches, ({ score }) => score), bits: bitsAt(catalogue.rows.length, positions) }
}

/** The services matching a need, remembered for the catalogue they index (the least recently searched are forgotten first). */
export const postingOf = (payload: Payload, snapshot: Snapshot, concept: Concept): Promise<Posting> => {
  const { catalogue } = snapshot
  const key = concept.alternatives.join('|')
  const kept = catalogue.postings.get(key)
  if (kept) {
    catalogue.postings.delete(key)
    catalogue.postings.set(key, kept)
    return kept.posting
  }
  const entry = { posting: loadPosting(payload, catalogue, concept), size: 0 }
  catalogue.postings.set(key, entry)
  entry.posting.then(
    ({ positions }) => {
      if (catalogue.postings.get(key) !== entry) return
      entry.size = positions.length
      catalogue.postingRows += positions.length
      for (const [oldest, { size }] of catalogue.postings) {
        if (catalogue.postingRows <= MAX_POSTING_ROWS || oldest === key) break
        catalogue.postings.delete(oldest)
        catalogue.postingRows -= size
      }
    },
    () => catalogue.postings.delete(key),
  )
  return entry.posting
}

/** Changes with every row written to the read model (a rewrite gives a row a new transaction id). */
const readFingerprint = async (payload: Payload): Promise<string> =>
  (
    await runSql<{ fingerprint: string }>(
      payload,
      sql`SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) AS fingerprint FROM service_search`,
    )
  )[0]!.fingerprint

const readCatalogue = async (payload: Payload, fingerprint: string): Promise<Catalogue> => {
  const [found, words] = await Promise.all([
    runSql<HitRow & { area_id: string | null; target_group_ids: string[]; time_bands: string[]; days: string[] }>(
      payload,
      sql`SELECT ${HIT_COLUMNS}, area_id, target_group_ids, time_bands, days FROM service_search ORDER BY title_it, slug`,
    ),
    runSql<{ word: string }>(payload, sql`SELECT word FROM search_words`),
  ])
  const rows = found.map((row): CatalogueRow => ({
    ...toHit(row),
    areaId: row.area_id,
    targetGroupIds: row.target_group_ids,
    timeBands: row.time_bands,
    days: row.days,
  }))
  return {
    rows,
    positionOf: new Map(rows.map((row, position) => [row.serviceId, position])),
    words: new Set(words.map(({ word }) => word)),
    fingerprint,
    postings: new Map(),
    postingRows: 0,
    values: Object.fromEntries(
      Object.entries(FACET_VALUES).map(([facet, valuesOf]) => [
        facet,
        [...new Set(rows.flatMap(valuesOf))].filter((value): value is string => value !== null),
      ]),
    ) as Record<FacetValues, string[]>,
    bits: new Map(),
  }
}

/**
 * The groups families can join now (open or waiting for the ente, not full, their joining day
 * not past where the city is; a group's days are stored at midnight UTC), by service: read
 * from the groups themselves, which change with every join.
 */
const readOpenGroups = (payload: Payload) =>
  runSql<{ service_id: string; districts: string[] }>(
    payload,
    sql`SELECT service_id, array_agg(DISTINCT district_id) AS districts FROM groups
      WHERE status IN ('open', 'awaiting-ente') AND member_count < max_members
        AND (join_by AT TIME ZONE 'UTC')::date >= (now() AT TIME ZONE coalesce((SELECT time_zone FROM city LIMIT 1), ${SERVER_TIME_ZONE}))::date
      GROUP BY service_id`,
  )

/** A snapshot checked against the data now: the catalogue kept when its rows are unchanged, the open groups read again. */
const readSnapshot = async (payload: Payload, previous?: Snapshot): Promise<Snapshot> => {
  const [fingerprint, groups] = await Promise.all([readFingerprint(payload), readOpenGroups(payload)])
  const catalogue = previous?.catalogue.fingerprint === fingerprint ? previous.catalogue : await readCatalogue(payload, fingerprint)
  const openGroups: string[][] = catalogue.rows.map(() => [])
  for (const { service_id, districts } of groups) {
    const position = catalogue.positionOf.get(service_id)
    if (position !== undefined) openGroups[position] = districts
  }
  return { catalogue, openGroups, bits: new Map(), checkedAt: Date.now() }
}

type Current = { generation: number; snapshot: Promise<Snapshot>; ready?: Snapshot; checking: boolean }
/** By Payload instance, that is by database. */
const currentOf = new WeakMap<Payload, Current>()

/** The catalogue as it stands for this process's count of changes. */
export const catalogueSnapshot = (payload: Payload): Promise<Snapshot> => {
  const generation = siteContentGeneration()
  const current = currentOf.get(payload)
  if (current?.generation === generation) {
    const entry = current
    if (entry.ready && !entry.checking && Date.now() - entry.ready.checkedAt > TTL_MS) {
      // Checked in the background: searches go on with the copy in hand meanwhile.
      entry.checking = true
      readSnapshot(payload, entry.ready)
        .then((snapshot) => {
          entry.ready = snapshot
          entry.snapshot = Promise.resolve(snapshot)
        })
        .catch((error: unknown) => payload.logger.error({ err: error, msg: 'could not check the search catalogue' }))
        .finally(() => (entry.checking = false))
    }
    return entry.snapshot
  }
  const previous = current?.ready
  const entry: Current = { generation, snapshot: readSnapshot(payload, previous), checking: false }
  currentOf.set(payload, entry)
  entry.snapshot.then(
    (snapshot) => (entry.ready = snapshot),
    () => currentOf.get(payload) === entry && currentOf.delete(payload),
  )
  return entry.snapshot
}
