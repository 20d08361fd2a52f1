import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { CARE_JOBS } from '../../lib/care-work'
import { optionLabel } from '../../lib/fields'
import { type Bilingual, label, type Language } from '../../lib/i18n'
import { runSql } from '../../lib/sql'
import { categoryName, type ColumnKind, districtName, names, PRICE_SPREAD, type Row } from './report'

/** No published figure counts fewer people (or their searches, requests, payments) than this. */
export const MIN_CELL = 5

export const LICENCE = {
  name: label('Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)', 'Creative Commons Attribution 4.0 International (CC BY 4.0)'),
  url: 'https://creativecommons.org/licenses/by/4.0/',
  spdx: 'CC-BY-4.0',
}

/**
 * A column of an open dataset. A `count` column counts people or what they did, and is
 * suppressed below MIN_CELL; any other figure is suppressed with the count it was computed
 * from (`basedOn`), so that an average or a price of fewer than five never shows.
 */
export type OpenColumn = { key: string; label: Bilingual; kind: ColumnKind | 'number'; basedOn?: string }

export type OpenDataset = {
  slug: string
  title: Bilingual
  description: Bilingual
  keywords: Bilingual[]
  columns: OpenColumn[]
  query: (language: Language) => SQL
  present?: (row: Row, language: Language) => Row
}

const col = (key: string, kind: OpenColumn['kind'], it: string, en: string, basedOn?: string): OpenColumn => ({
  key,
  kind,
  label: label(it, en),
  basedOn,
})

const WEEK = col('week', 'week', 'Settimana dal', 'Week from')
const DISTRICT = col('district', 'text', '{{DistrictWord}}', '{{DistrictWord}}')
const CATEGORY = col('category', 'text', 'Categoria', 'Category')

/**
 * The city's open data: the insights, anonymised. Each measure is published in one dataset at
 * one level of detail and no dataset carries totals, so a suppressed cell cannot be worked out
 * by subtracting the cells shown from a total: there is no total to subtract from.
 */
export const OPEN_DATASETS: OpenDataset[] = [
  {
    slug: 'domanda',
    title: label(
      'Domanda di servizi per settimana, {{districtWord}} e categoria',
      'Demand for services by week, {{districtWord}} and category',
    ),
    description: label(
      'Ricerche nel catalogo, bisogni segnalati dai residenti e richieste inviate agli enti accreditati.',
      'Catalogue searches, needs reported by residents and requests sent to accredited organisations.',
    ),
    keywords: [label('domanda', 'demand'), label('welfare', 'welfare'), label('ricerche', 'searches')],
    columns: [
      WEEK,
      DISTRICT,
      CATEGORY,
      col('searches', 'count', 'Ricerche', 'Searches'),
      col('needs', 'count', 'Bisogni segnalati', 'Reported needs'),
      col('requests', 'count', 'Richieste', 'Requests'),
    ],
    query: (language) => sql`
      SELECT i.week::text AS week, ${districtName(language)} AS district, ${categoryName(language)} AS category, sum(i.searches)::int AS searches,
        sum(i.needs)::int AS needs, sum(i.requests)::int AS requests
      FROM insights_demand i ${names(language)}
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  },
  {
    slug: 'ricerche-senza-esito',
    title: label('Ricerche senza esito, per parole e {{districtWord}}', 'Searches that found little, by words and {{districtWord}}'),
    description: label(
      'Quante volte i residenti hanno cercato queste parole trovando nessun servizio o pochi. Le ricerche con cifre o indirizzi e-mail non sono pubblicate.',
      'How often residents searched for these words and found no service or few. Searches holding digits or e-mail addresses are not published.',
    ),
    keywords: [label('ricerche', 'searches'), label('bisogni', 'needs')],
    columns: [
      col('terms', 'text', 'Parole cercate', 'Words searched'),
      DISTRICT,
      col('searches', 'count', 'Ricerche senza esito', 'Searches that found little'),
    ],
    // Free text may name someone: only words, and only words many searched for, are published.
    query: (language) => sql`
      SELECT i.terms, ${districtName(language)} AS district, sum(i.searches_empty + i.searches_few)::int AS searches
      FROM insights_search_terms i ${names(language)}
      WHERE i.terms !~ '[0-9@]'
      GROUP BY 1, 2
      HAVING sum(i.searches_empty + i.searches_few) >= ${MIN_CELL}
      ORDER BY 3 DESC, 1, 2`,
  },
  {
    slug: 'esiti-richieste',
    title: label(
      'Esito delle richieste agli enti, per categoria e {{districtWord}}',
      'What became of requests to organisations, by category and {{districtWord}}',
    ),
    description: label(
      'Richieste pagate, risposte negative degli enti, richieste scadute o rimaste senza risposta, e ore medie al primo preventivo.',
      'Requests paid, organisations’ refusals, requests expired or left unanswered, and average hours to the first quote.',
    ),
    keywords: [label('richieste', 'requests'), label('enti', 'organisations')],
    columns: [
      CATEGORY,
      DISTRICT,
      col('paid', 'count', 'Pagate', 'Paid'),
      col('declined', 'count', 'Rifiutate da un ente', 'Declined by an organisation'),
      col('expired', 'count', 'Scadute presso un ente', 'Expired with an organisation'),
      col('unanswered', 'count', 'Senza alcuna risposta', 'With no answer at all'),
      col('quoted', 'count', 'Con almeno un preventivo', 'With at least one quote'),
      col('hoursToFirstQuote', 'hours', 'Ore al primo preventivo (media)', 'Hours to the first quote (average)', 'quoted'),
    ],
    query: (language) => sql`
      SELECT ${categoryName(language)} AS category, ${districtName(language)} AS district, sum(i.paid)::int AS paid, sum(i.declined)::int AS declined,
        sum(i.expired)::int AS expired, sum(i.unanswered)::int AS unanswered, sum(i.quoted)::int AS quoted,
        round(sum(i.hours_to_first_quote) / nullif(sum(i.quoted), 0), 1)::float AS "hoursToFirstQuote"
      FROM insights_requests i ${names(language)}
      GROUP BY 1, 2 ORDER BY 1, 2`,
  },
  {
    slug: 'prezzi-preventivi',
    title: label('Importi dei preventivi per categoria', 'Quoted amounts by category'),
    description: label(
      'Quartili degli importi proposti dagli enti e prezzo mediano di catalogo dei servizi preventivati.',
      'Quartiles of the amounts organisations quoted, and the median catalogue price of the services quoted.',
    ),
    keywords: [label('prezzi', 'prices'), label('preventivi', 'quotes')],
    columns: [
      CATEGORY,
      col('quotes', 'count', 'Preventivi', 'Quotes'),
      col('lowQuarter', 'euros', 'Primo quartile', 'Lower quartile', 'quotes'),
      col('median', 'euros', 'Mediana', 'Median', 'quotes'),
      col('highQuarter', 'euros', 'Terzo quartile', 'Upper quartile', 'quotes'),
      col('catalogueMedian', 'euros', 'Prezzo di catalogo (mediana)', 'Catalogue price (median)', 'quotes'),
    ],
    query: (language) => sql`
      SELECT ${categoryName(language)} AS category, count(*)::int AS quotes,
${PRICE_SPREAD}
      FROM insights_quotes i ${names(language)}
      GROUP BY 1 ORDER BY 1`,
  },
  {
    slug: 'gruppi-condivisione',
    title: label('Gruppi di famiglie che condividono un servizio, per settimana', 'Groups of families sharing a service, by week'),
    description: label(
      'Gruppi aperti, formati e sciolti, per settimana di apertura.',
      'Groups opened, formed and dissolved, by the week they opened.',
    ),
    keywords: [label('condivisione', 'sharing'), label('famiglie', 'families')],
    columns: [
      WEEK,
      col('opened', 'count', 'Aperti', 'Opened'),
      col('formed', 'count', 'Formati', 'Formed'),
      col('dissolved', 'count', 'Sciolti o rifiutati', 'Dissolved or declined'),
    ],
    query: () => sql`
      SELECT i.week::text AS week, sum(i.opened)::int AS opened, sum(i.formed)::int AS formed, sum(i.dissolved)::int AS dissolved
      FROM insights_groups i GROUP BY 1 ORDER BY 1`,
  },
  {
    slug: 'lavoro-domestico',
    title: label('Tate, colf e badanti: richieste e assunzioni per lavoro', 'Care workers: requests and hires by job'),
    description: label(
      'Richieste delle famiglie, profili proposti e assunzioni fatte (posti di lavoro creati) per tipo di lavoro.',
      'Families’ requests, profiles proposed and hires made (jobs created), by job.',
    ),
    keywords: [label('lavoro domestico', 'domestic work'), label('occupazione', 'employment')],
    columns: [
      col('job', 'text', 'Lavoro', 'Job'),
      col('requests', 'count', 'Richieste delle famiglie', 'Families’ requests'),
      col('proposals', 'count', 'Profili proposti', 'Profiles proposed'),
      col('hired', 'count', 'Assunzioni', 'Hires'),
    ],
    query: () => sql`
      SELECT i.job, sum(i.requests)::int AS requests, sum(i.proposals)::int AS proposals, sum(i.hired)::int AS hired
      FROM insights_care i GROUP BY 1 ORDER BY 1`,
    present: (row, language) => ({ ...row, job: optionLabel(CARE_JOBS, String(row.job), language) }),
  },
  {
    slug: 'voucher',
    title: label('Spesa pubblica con voucher, per categoria', 'Public money spent with vouchers, by category'),
    description: label(
      'Pagamenti con voucher e importo speso, al netto degli storni.',
      'Payments with vouchers and the amount spent, net of reversals.',
    ),
    keywords: [label('voucher', 'vouchers'), label('spesa pubblica', 'public spending')],
    columns: [
      CATEGORY,
      col('payments', 'count', 'Pagamenti con voucher', 'Voucher payments'),
      col('spent', 'euros', 'Importo speso', 'Amount spent', 'payments'),
    ],
    query: (language) => sql`
      SELECT ${categoryName(language)} AS category, sum(i.payments)::int AS payments, sum(i.spent_cents)::float AS spent
      FROM insights_vouchers i ${names(language)}
      GROUP BY 1 ORDER BY 1`,
  },
  {
    slug: 'offerta',
    title: label('Servizi pubblicati per {{districtWord}} e categoria', 'Published services by {{districtWord}} and category'),
    description: label(
      'Quanti servizi del catalogo raggiungono ogni {{districtWord}}, per categoria, oggi.',
      'How many catalogue services reach each {{districtWord}}, by category, today.',
    ),
    keywords: [label('offerta', 'supply'), label('catalogo', 'catalogue')],
    // The catalogue is public: these counts are of services, not of people.
    columns: [DISTRICT, CATEGORY, col('services', 'number', 'Servizi', 'Services')],
    query: (language) => sql`
      SELECT di.name AS district, ${categoryName(language)} AS category, count(*)::int AS services
      FROM service_search i
      JOIN districts di ON di.id = ANY(i.district_ids)
      LEFT JOIN categories_locales cl ON cl._parent_id = i.category_id AND cl._locale = ${language}
      LEFT JOIN categories_locales cli ON cli._parent_id = i.category_id AND cli._locale = 'it'
      GROUP BY di.number, 1, 2 ORDER BY di.number, 2`,
  },
]

export const openDataset = (slug: string): OpenDataset | undefined => OPEN_DATASETS.find((dataset) => dataset.slug === slug)

/** Blanks every count below MIN_CELL, and every figure computed from one. */
export const suppress = (row: Row, columns: OpenColumn[]): Row => {
  const small = (key: string) => {
    const value = row[key]
    return value === null || value === undefined || Number(value) < MIN_CELL
  }
  return Object.fromEntries(
    columns.map((column) => {
      const hidden = column.kind === 'count' ? small(column.key) : column.basedOn ? small(column.basedOn) : false
      return [column.key, hidden ? null : (row[column.key] ?? null)]
    }),
  )
}

/** The rows of an open dataset, anonymised, in the reader's language. */
export const openRows = async (payload: Payload, dataset: OpenDataset, language: Language): Promise<Row[]> => {
  const rows = await runSql<Row>(payload, dataset.query(language))
  return rows.map((row) => suppress(dataset.present ? dataset.present(row, language) : row, dataset.columns))
}
