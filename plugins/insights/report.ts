import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { CARE_JOBS } from '../../lib/care-work'
import { optionLabel } from '../../lib/fields'
import { type Bilingual, label, type Language, translate } from '../../lib/i18n'
import { runSql } from '../../lib/sql'

/** What the reader narrows the figures to: a period of calendar days and, optionally, a district, a category or area, a target group. */
export type InsightsFilters = {
  from: string
  to: string
  districtId?: string
  categoryId?: string
  targetGroupId?: string
}

/** How a column's values read: words, a week, a count, euros (from cents), a share (0 to 1) or hours. */
export type ColumnKind = 'text' | 'week' | 'count' | 'euros' | 'share' | 'hours'

export type Column = { key: string; label: Bilingual; kind: ColumnKind }

export type Row = Record<string, string | number | null>

/** One table of the dashboard, of its CSV export and of the open data. */
export type InsightTable = {
  name: InsightTableName
  title: Bilingual
  description: Bilingual
  columns: Column[]
  /** The query for these filters, in this language (names of districts and categories). */
  query: (filters: InsightsFilters, language: Language) => SQL
  /** Turns stored values into words, where SQL cannot (option lists kept in code). */
  present?: (row: Row, language: Language) => Row
}

const column = (key: string, kind: ColumnKind, it: string, en: string): Column => ({ key, kind, label: label(it, en) })

const WEEK = column('week', 'week', 'Settimana dal', 'Week from')
const DISTRICT = column('district', 'text', '{{DistrictWord}}', '{{DistrictWord}}')
const CATEGORY = column('category', 'text', 'Categoria', 'Category')

/** Conditions of the filters on an insights table aliased `i`; `targetGroup: false` for tables that do not record one. */
const where = (filters: InsightsFilters, { week = true, category = true, district = true } = {}): SQL => {
  const conditions: SQL[] = [sql`true`]
  if (week) {
    conditions.push(sql`i.week >= (date_trunc('week', ${filters.from}::date))::date`, sql`i.week <= ${filters.to}::date`)
  }
  if (district && filters.districtId) conditions.push(sql`i.district_id = ${filters.districtId}`)
  if (category && filters.categoryId) {
    conditions.push(sql`(i.category_id = ${filters.categoryId} OR i.area_id = ${filters.categoryId})`)
  }
  return sql.join(conditions, sql` AND `)
}

/** Searches count only those made for the chosen target group: the other sources do not record one. */
const searchesFor = (filters: InsightsFilters): SQL =>
  filters.targetGroupId ? sql`i.target_group_id = ${filters.targetGroupId}` : sql`true`

/** Names in the reader's language, in Italian where a translation is missing, and words for "not said". */
export const names = (language: Language) => sql`
  LEFT JOIN districts di ON di.id = i.district_id
  LEFT JOIN categories_locales cl ON cl._parent_id = i.category_id AND cl._locale = ${language}
  LEFT JOIN categories_locales cli ON cli._parent_id = i.category_id AND cli._locale = 'it'`
const UNKNOWN = {
  district: label('{{DistrictWord}} non indicato', '{{DistrictWord}} not given'),
  category: label('Categoria non indicata', 'Category not given'),
}
export const districtName = (language: Language) => sql`coalesce(di.name, ${translate(UNKNOWN.district, language)})`
export const categoryName = (language: Language) => sql`coalesce(cl.name, cli.name, ${translate(UNKNOWN.category, language)})`

/** The quartiles of the quoted amounts and the median catalogue price, of an insights_quotes table aliased `i`. */
export const PRICE_SPREAD = sql.raw(`round(percentile_cont(0.25) WITHIN GROUP (ORDER BY i.amount_cents))::int AS "lowQuarter",
  round(percentile_cont(0.5) WITHIN GROUP (ORDER BY i.amount_cents))::int AS median,
  round(percentile_cont(0.75) WITHIN GROUP (ORDER BY i.amount_cents))::int AS "highQuarter",
  round(percentile_cont(0.5) WITHIN GROUP (ORDER BY i.catalogue_price_cents))::int AS "catalogueMedian"`)

const TABLES = {
  demand: {
    title: label('Domanda per categoria, {{districtWord}} e settimana', 'Demand by category, {{districtWord}} and week'),
    description: label(
      'Ricerche nel catalogo, bisogni segnalati e richieste inviate agli enti.',
      'Catalogue searches, reported needs and requests sent to organisations.',
    ),
    columns: [
      WEEK,
      DISTRICT,
      CATEGORY,
      column('searches', 'count', 'Ricerche', 'Searches'),
      column('searchesEmpty', 'count', 'Ricerche senza risultati', 'Searches with no results'),
      column('needs', 'count', 'Bisogni segnalati', 'Reported needs'),
      column('requests', 'count', 'Richieste', 'Requests'),
    ],
    query: (filters, language) => sql`
      SELECT i.week::text AS week, ${districtName(language)} AS district, ${categoryName(language)} AS category,
        coalesce(sum(i.searches) FILTER (WHERE ${searchesFor(filters)}), 0)::int AS "searches",
        coalesce(sum(i.searches_empty) FILTER (WHERE ${searchesFor(filters)}), 0)::int AS "searchesEmpty",
        sum(i.needs)::int AS needs, sum(i.requests)::int AS requests
      FROM insights_demand i ${names(language)}
      WHERE ${where(filters)}
      GROUP BY 1, 2, 3
      ORDER BY 1, 2, 3`,
  },
  unmetSearches: {
    title: label('Ricerche senza risultati o con pochi risultati', 'Searches with no or few results'),
    description: label(
      'Le parole cercate, per {{districtWord}}: ciò che i residenti cercano e il catalogo non offre.',
      'The words searched for, by {{districtWord}}: what residents look for and the catalogue does not offer.',
    ),
    columns: [
      column('terms', 'text', 'Parole cercate', 'Words searched'),
      DISTRICT,
      column('searches', 'count', 'Ricerche', 'Searches'),
      column('searchesEmpty', 'count', 'Senza risultati', 'No results'),
      column('searchesFew', 'count', 'Con pochi risultati', 'Few results'),
    ],
    query: (filters, language) => sql`
      SELECT i.terms, ${districtName(language)} AS district, sum(i.searches)::int AS searches,
        sum(i.searches_empty)::int AS "searchesEmpty", sum(i.searches_few)::int AS "searchesFew"
      FROM insights_search_terms i ${names(language)}
      WHERE ${where(filters)} AND ${searchesFor(filters)}
      GROUP BY 1, 2
      HAVING sum(i.searches_empty) + sum(i.searches_few) > 0
      ORDER BY sum(i.searches_empty) + sum(i.searches_few) DESC, 3 DESC, 1, 2`,
  },
  outcomes: {
    title: label('Esito delle richieste', 'What became of requests'),
    description: label(
      'Per categoria e {{districtWord}}: richieste pagate, risposte negative, scadute e senza risposta, e il tempo medio per ricevere il primo preventivo.',
      'By category and {{districtWord}}: requests paid, declined, expired and unanswered, and the average time to the first quote.',
    ),
    columns: [
      CATEGORY,
      DISTRICT,
      column('requests', 'count', 'Richieste', 'Requests'),
      column('paidShare', 'share', 'Pagate', 'Paid'),
      column('declined', 'count', 'Rifiutate da un ente', 'Declined by an organisation'),
      column('expired', 'count', 'Scadute presso un ente', 'Expired with an organisation'),
      column('unanswered', 'count', 'Senza alcuna risposta', 'With no answer at all'),
      column('hoursToFirstQuote', 'hours', 'Ore al primo preventivo (media)', 'Hours to the first quote (average)'),
    ],
    query: (filters, language) => sql`
      SELECT ${categoryName(language)} AS category, ${districtName(language)} AS district, sum(i.requests)::int AS requests,
        round(sum(i.paid)::numeric / nullif(sum(i.requests), 0), 4)::float AS "paidShare",
        sum(i.declined)::int AS declined, sum(i.expired)::int AS expired, sum(i.unanswered)::int AS unanswered,
        round(sum(i.hours_to_first_quote) / nullif(sum(i.quoted), 0), 1)::float AS "hoursToFirstQuote"
      FROM insights_requests i ${names(language)}
      WHERE ${where(filters)}
      GROUP BY 1, 2
      ORDER BY 3 DESC, 1, 2`,
  },
  prices: {
    title: label('Prezzi dei preventivi e del catalogo', 'Quoted and catalogue prices'),
    description: label(
      'Per categoria: come si distribuiscono gli importi dei preventivi, accanto al prezzo mediano indicato nel catalogo dai servizi preventivati.',
      'By category: how the quoted amounts spread, beside the median catalogue price of the services quoted.',
    ),
    columns: [
      CATEGORY,
      column('quotes', 'count', 'Preventivi', 'Quotes'),
      column('lowQuarter', 'euros', 'Primo quartile', 'Lower quartile'),
      column('median', 'euros', 'Mediana', 'Median'),
      column('highQuarter', 'euros', 'Terzo quartile', 'Upper quartile'),
      column('catalogueMedian', 'euros', 'Prezzo di catalogo (mediana)', 'Catalogue price (median)'),
    ],
    query: (filters, language) => sql`
      SELECT ${categoryName(language)} AS category, count(*)::int AS quotes,
${PRICE_SPREAD}
      FROM insights_quotes i ${names(language)}
      WHERE ${where(filters)}
      GROUP BY 1
      ORDER BY 2 DESC, 1`,
  },
  sharing: {
    title: label('Gruppi di condivisione', 'Sharing groups'),
    description: label(
      'Per settimana di apertura: gruppi aperti, gruppi che si sono formati e gruppi sciolti o rifiutati.',
      'By the week they opened: groups opened, groups that formed, and groups dissolved or declined.',
    ),
    columns: [
      WEEK,
      column('opened', 'count', 'Aperti', 'Opened'),
      column('formed', 'count', 'Formati', 'Formed'),
      column('dissolved', 'count', 'Sciolti o rifiutati', 'Dissolved or declined'),
    ],
    query: (filters) => sql`
      SELECT i.week::text AS week, sum(i.opened)::int AS opened, sum(i.formed)::int AS formed, sum(i.dissolved)::int AS dissolved
      FROM insights_groups i
      WHERE ${where(filters)}
      GROUP BY 1
      ORDER BY 1`,
  },
  care: {
    title: label('Tate, colf e badanti: famiglie e assunzioni', 'Care workers: families and hires'),
    description: label(
      'Per lavoro: richieste delle famiglie, profili proposti e assunzioni fatte (posti di lavoro creati).',
      'By job: families’ requests, profiles proposed and hires made (jobs created).',
    ),
    columns: [
      column('job', 'text', 'Lavoro', 'Job'),
      column('requests', 'count', 'Richieste delle famiglie', 'Families’ requests'),
      column('proposals', 'count', 'Profili proposti', 'Profiles proposed'),
      column('hired', 'count', 'Assunzioni', 'Hires'),
    ],
    query: (filters) => sql`
      SELECT i.job, sum(i.requests)::int AS requests, sum(i.proposals)::int AS proposals, sum(i.hired)::int AS hired
      FROM insights_care i
      WHERE ${where(filters, { category: false })}
      GROUP BY 1
      ORDER BY 4 DESC, 1`,
    present: (row, language) => ({ ...row, job: optionLabel(CARE_JOBS, String(row.job), language) }),
  },
  vouchers: {
    title: label('Voucher spesi per categoria', 'Vouchers spent by category'),
    description: label(
      'Denaro pubblico speso con i voucher, al netto degli storni.',
      'Public money spent with vouchers, net of reversals.',
    ),
    columns: [CATEGORY, column('spent', 'euros', 'Spesa con voucher', 'Spent with vouchers')],
    query: (filters, language) => sql`
      SELECT ${categoryName(language)} AS category, sum(i.spent_cents)::bigint::float AS spent
      FROM insights_vouchers i ${names(language)}
      WHERE ${where(filters)}
      GROUP BY 1
      ORDER BY 2 DESC, 1`,
  },
  coverage: {
    title: label('Offerta e domanda per {{districtWord}}', 'Offer and demand by {{districtWord}}'),
    description: label(
      'Servizi pubblicati che raggiungono il {{districtWord}} oggi, accanto a ricerche e bisogni segnalati nel periodo.',
      'Published services that reach the {{districtWord}} today, beside searches and reported needs in the period.',
    ),
    columns: [
      DISTRICT,
      column('services', 'count', 'Servizi disponibili', 'Services available'),
      column('searches', 'count', 'Ricerche', 'Searches'),
      column('searchesEmpty', 'count', 'Ricerche senza risultati', 'Searches with no results'),
      column('needs', 'count', 'Bisogni segnalati', 'Reported needs'),
    ],
    query: (filters) => sql`
      SELECT di.name AS district,
        (SELECT count(*) FROM service_search s WHERE di.id = ANY(s.district_ids)
          AND ${filters.categoryId ? sql`(s.category_id = ${filters.categoryId} OR s.area_id = ${filters.categoryId})` : sql`true`}
          AND ${filters.targetGroupId ? sql`${filters.targetGroupId}::uuid = ANY(s.target_group_ids)` : sql`true`})::int AS services,
        coalesce(sum(i.searches) FILTER (WHERE ${searchesFor(filters)}), 0)::int AS searches,
        coalesce(sum(i.searches_empty) FILTER (WHERE ${searchesFor(filters)}), 0)::int AS "searchesEmpty",
        coalesce(sum(i.needs), 0)::int AS needs
      FROM districts di
      LEFT JOIN insights_demand i ON i.district_id = di.id AND ${where(filters, { district: false })}
      WHERE ${filters.districtId ? sql`di.id = ${filters.districtId}` : sql`true`}
      GROUP BY di.id, di.name, di.number
      ORDER BY di.number, di.name`,
  },
} satisfies Record<string, Omit<InsightTable, 'name'>>

export type InsightTableName = keyof typeof TABLES

export const INSIGHT_TABLES: InsightTable[] = Object.entries(TABLES).map(([name, table]) => ({
  name: name as InsightTableName,
  ...table,
}))

export const isInsightTable = (name: string): name is InsightTableName => Object.hasOwn(TABLES, name)

/** The rows of one table for these filters. */
export const tableRows = async (payload: Payload, name: InsightTableName, filters: InsightsFilters, language: Language): Promise<Row[]> => {
  const table: Omit<InsightTable, 'name'> = TABLES[name]
  const rows = await runSql<Row>(payload, table.query(filters, language))
  return table.present ? rows.map((row) => table.present!(row, language)) : rows
}

/** The city's outcome indicators for the period, each one number. */
export type Indicators = {
  peopleServed: number
  newPeople: number
  returningPeople: number
  deliveredShared: number | null
  jobsCreated: number
  vouchersSpentCents: number
  districtsCovered: number
  districts: number
}

export const indicators = async (payload: Payload, filters: InsightsFilters): Promise<Indicators> => {
  const periodStart = sql`(date_trunc('week', ${filters.from}::date))::date`
  const [row] = await runSql<Indicators>(
    payload,
    sql`SELECT
      (SELECT count(DISTINCT person) FROM insights_served i WHERE ${where(filters)})::int AS "peopleServed",
      (SELECT count(DISTINCT person) FROM insights_served i WHERE ${where(filters)} AND i.first_week >= ${periodStart})::int AS "newPeople",
      (SELECT count(DISTINCT person) FROM insights_served i WHERE ${where(filters)} AND i.first_week < ${periodStart})::int AS "returningPeople",
      (SELECT round(sum(delivered_shared)::numeric / nullif(sum(delivered), 0), 4)::float FROM insights_requests i WHERE ${where(filters)}) AS "deliveredShared",
      (SELECT coalesce(sum(hired), 0) FROM insights_care i WHERE ${where(filters, { category: false })})::int AS "jobsCreated",
      (SELECT coalesce(sum(spent_cents), 0) FROM insights_vouchers i WHERE ${where(filters)})::float AS "vouchersSpentCents",
      (SELECT count(*) FROM districts di WHERE EXISTS (SELECT 1 FROM service_search s WHERE di.id = ANY(s.district_ids)
        AND ${filters.categoryId ? sql`(s.category_id = ${filters.categoryId} OR s.area_id = ${filters.categoryId})` : sql`true`}))::int AS "districtsCovered",
      (SELECT count(*) FROM districts)::int AS districts`,
  )
  return row!
}

/** Weekly totals of the three sources of demand, for the dashboard's chart. */
export const weeklyDemand = async (payload: Payload, filters: InsightsFilters) =>
  runSql<{ week: string; searches: number; needs: number; requests: number }>(
    payload,
    sql`SELECT i.week::text AS week, coalesce(sum(i.searches) FILTER (WHERE ${searchesFor(filters)}), 0)::int AS searches,
      sum(i.needs)::int AS needs, sum(i.requests)::int AS requests
    FROM insights_demand i WHERE ${where(filters)} GROUP BY 1 ORDER BY 1`,
  )
