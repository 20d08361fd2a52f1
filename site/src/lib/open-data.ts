import { toCsv } from '../../../lib/csv'
import { OPEN_DATA_TEXT } from '../../../lib/i18n/open-data'
import { translate } from '../../../lib/i18n/language'
import { csvValue } from '../../../plugins/insights/format'
import { LICENCE, MIN_CELL, OPEN_DATASETS, type OpenDataset, openDataset, openRows } from '../../../plugins/insights/open-data'
import { dcatCatalogue } from '../../../plugins/insights/dcat'
import { lastRefresh } from '../../../plugins/insights/refresh'
import { DEFAULT_CACHE } from './cache'
import type { Lang } from './i18n'
import { payload } from './payload'
import { path } from './routes'

export type OpenFormat = 'csv' | 'json'

/** A dataset's file address: `/dati-aperti/domanda.csv`, `/en/open-data/domanda.json`. */
export const datasetFile = (lang: Lang, dataset: Pick<OpenDataset, 'slug'>, format: OpenFormat) =>
  `${path(lang, 'openData')}/${dataset.slug}.${format}`

export const CATALOGUE_PATH = '/dati-aperti/catalogo.jsonld'

/** What the open-data page lists: each dataset, and when the figures were last computed. */
export const openDataPage = async () => {
  const api = await payload()
  const [refreshedAt, city] = await Promise.all([
    lastRefresh(api),
    api.findGlobal({ slug: 'city', depth: 0, overrideAccess: false, user: null }),
  ])
  return { datasets: OPEN_DATASETS, refreshedAt, cityName: city.name }
}

/** One dataset as a file, anonymised; a name that is not a dataset is not found. */
export const datasetResponse = async (lang: Lang, slug: string | undefined, format: OpenFormat): Promise<Response> => {
  const dataset = openDataset(slug ?? '')
  if (!dataset) return new Response(null, { status: 404 })
  const api = await payload()
  const [rows, refreshedAt] = await Promise.all([openRows(api, dataset, lang), lastRefresh(api)])
  const headers = { 'cache-control': DEFAULT_CACHE, 'access-control-allow-origin': '*', link: `<${LICENCE.url}>; rel="license"` }
  if (format === 'csv') {
    const body = toCsv([
      dataset.columns.map((column) => translate(column.label, lang)),
      ...rows.map((row) =>
        dataset.columns.map((column) => csvValue(row[column.key] ?? null, column.kind === 'number' ? 'count' : column.kind)),
      ),
    ])
    return new Response(body, {
      headers: {
        ...headers,
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `inline; filename="wemi-${dataset.slug}.csv"`,
      },
    })
  }
  return Response.json(
    {
      dataset: dataset.slug,
      title: translate(dataset.title, lang),
      description: translate(dataset.description, lang),
      licence: { name: translate(LICENCE.name, lang), url: LICENCE.url },
      modified: refreshedAt?.toISOString() ?? null,
      suppression: translate(OPEN_DATA_TEXT.suppressedNote, lang, { min: MIN_CELL }),
      columns: dataset.columns.map((column) => ({ key: column.key, label: translate(column.label, lang) })),
      rows,
    },
    { headers },
  )
}

/** The DCAT-AP_IT catalogue of the open data, for harvesters such as dati.gov.it. */
export const catalogueResponse = async (url: URL): Promise<Response> => {
  const origin = process.env.PUBLIC_URL ? new URL(process.env.PUBLIC_URL).origin : url.origin
  const api = await payload()
  const [city, modified] = await Promise.all([
    api.findGlobal({ slug: 'city', depth: 0, overrideAccess: false, user: null }),
    lastRefresh(api),
  ])
  const catalogue = dcatCatalogue({
    origin,
    publisher: {
      name: city.name,
      ipaCode: city.ipaCode ?? '',
      email: city.contacts?.email ?? null,
      website: city.contacts?.website ?? null,
    },
    modified,
    pages: { home: path('it', 'openData'), file: (slug, format) => datasetFile('it', { slug }, format) },
  })
  return new Response(JSON.stringify(catalogue, null, 2), {
    headers: { 'content-type': 'application/ld+json; charset=utf-8', 'cache-control': DEFAULT_CACHE, 'access-control-allow-origin': '*' },
  })
}
