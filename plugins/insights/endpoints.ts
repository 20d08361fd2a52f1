import { Forbidden, type PayloadHandler } from 'payload'

import { loadSettings } from '../../globals/City/settings'
import { toCsv } from '../../lib/csv'
import { languageOf, translate } from '../../lib/i18n'
import { hasRole } from '../../lib/roles'
import { FILTER_ERRORS, filtersFrom, INSIGHTS_PATH } from './filters'
import { csvValue } from './format'
import { refreshInsights } from './refresh'
import { INSIGHT_TABLES, isInsightTable, tableRows } from './report'

/**
 * One insights table as CSV, for the filters in the address:
 * `GET /api/insights/export?table=demand&from=…&to=…&district=…`. For WeMi staff only.
 */
export const exportInsights: PayloadHandler = async (req) => {
  if (!hasRole(req.user, 'admin')) throw new Forbidden(req.t)
  const language = languageOf(req)
  const name = req.searchParams.get('table') ?? ''
  const table = INSIGHT_TABLES.find((candidate) => candidate.name === name)
  if (!isInsightTable(name) || !table) {
    return Response.json({ errors: [{ message: translate(FILTER_ERRORS.table, language) }] }, { status: 400 })
  }
  const { timeZone } = await loadSettings(req.payload)
  const parsed = filtersFrom(req.searchParams, timeZone)
  if ('error' in parsed) {
    return Response.json({ errors: [{ message: translate(FILTER_ERRORS[parsed.error], language) }] }, { status: 400 })
  }
  const rows = await tableRows(req.payload, name, parsed.filters, language)
  const body = toCsv([
    table.columns.map((column) => translate(column.label, language)),
    ...rows.map((row) => table.columns.map((column) => csvValue(row[column.key] ?? null, column.kind))),
  ])
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="wemi-${name}-${parsed.filters.from}-${parsed.filters.to}.csv"`,
      'cache-control': 'private, no-store',
    },
  })
}

/**
 * The page's "update now" button: `POST /api/insights/refresh` rebuilds the figures (or waits
 * for nothing if a rebuild is under way) and goes back to the page with its filters.
 */
export const refreshNow: PayloadHandler = async (req) => {
  if (!hasRole(req.user, 'admin')) throw new Forbidden(req.t)
  await refreshInsights(req.payload)
  const query = req.searchParams.toString()
  return new Response(null, { status: 303, headers: { location: query ? `${INSIGHTS_PATH}?${query}` : INSIGHTS_PATH } })
}
