import { addDays, isCalendarDate, today } from '../../lib/dates'
import { label } from '../../lib/i18n'
import type { InsightsFilters } from './report'

/** The insights page in the admin. */
export const INSIGHTS_PATH = '/admin/analisi'

/** The period the dashboard opens on: the last twelve weeks. */
export const DEFAULT_PERIOD_DAYS = 12 * 7

/** The longest period one reading may cover: five years of weeks. */
const MAX_PERIOD_DAYS = 5 * 366

export const FILTER_ERRORS = {
  date: label('Le date devono essere giorni del calendario (AAAA-MM-GG).', 'Dates must be calendar days (YYYY-MM-DD).'),
  order: label('La data di inizio deve precedere quella di fine.', 'The start date must come before the end date.'),
  length: label('Il periodo può coprire al massimo cinque anni.', 'The period may cover five years at most.'),
  id: label('Il filtro scelto non esiste.', 'The chosen filter does not exist.'),
  table: label('Questa tabella non esiste.', 'This table does not exist.'),
}

export type FilterError = keyof typeof FILTER_ERRORS

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The filters named in an address (`from`, `to`, `district`, `category`, `target-group`), or
 * what is wrong with them. Identifiers are checked for shape here; one that names nothing
 * simply finds nothing.
 */
export const filtersFrom = (
  params: URLSearchParams,
  timeZone: string,
  now = new Date(),
): { filters: InsightsFilters } | { error: FilterError } => {
  const to = params.get('to') || today(timeZone, now)
  const from = params.get('from') || addDays(to, -DEFAULT_PERIOD_DAYS + 1)
  if (!isCalendarDate(from) || !isCalendarDate(to)) return { error: 'date' }
  if (from > to) return { error: 'order' }
  if (from < addDays(to, -MAX_PERIOD_DAYS)) return { error: 'length' }
  const ids = { districtId: params.get('district'), categoryId: params.get('category'), targetGroupId: params.get('target-group') }
  if (Object.values(ids).some((id) => id && !UUID.test(id))) return { error: 'id' }
  return {
    filters: {
      from,
      to,
      ...Object.fromEntries(Object.entries(ids).filter(([, id]) => id)),
    },
  }
}

/** The address query of some filters, as `filtersFrom` reads it. */
export const filtersQuery = (filters: InsightsFilters): string => {
  const params = new URLSearchParams({ from: filters.from, to: filters.to })
  if (filters.districtId) params.set('district', filters.districtId)
  if (filters.categoryId) params.set('category', filters.categoryId)
  if (filters.targetGroupId) params.set('target-group', filters.targetGroupId)
  return params.toString()
}
