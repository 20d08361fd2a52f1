import type { Payload, TypedUser } from 'payload'

import type { Language } from '../../lib/i18n'
import { lastRefresh } from './refresh'
import { INSIGHT_TABLES, type InsightsFilters, indicators, tableRows, weeklyDemand } from './report'

/** Districts, categories (under their areas) and target groups to filter by, named in the reader's language. */
const filterOptions = async (payload: Payload, user: TypedUser, language: Language) => {
  const read = { depth: 0, limit: 500, pagination: false, locale: language, fallbackLocale: 'it', user, overrideAccess: false } as const
  const [districts, categories, targetGroups] = await Promise.all([
    payload.find({ collection: 'districts', sort: 'number', select: { name: true }, ...read }),
    payload.find({ collection: 'categories', sort: 'order', select: { name: true, parent: true }, ...read }),
    payload.find({ collection: 'target-groups', select: { name: true }, ...read }),
  ])
  const named = ({ id, name }: { id: string | number; name?: string | null }) => ({ id: String(id), name: String(name ?? '') })
  return {
    districts: districts.docs.map(named),
    areas: categories.docs
      .filter((category) => !category.parent)
      .map((area) => ({ ...named(area), categories: categories.docs.filter((category) => category.parent === area.id).map(named) })),
    targetGroups: targetGroups.docs.map(named),
  }
}

/**
 * Everything the insights page shows for some filters, read at once: the filter choices, when
 * the figures were computed, the indicators, the weekly demand and every table.
 */
export const insightsPage = async (payload: Payload, user: TypedUser, filters: InsightsFilters, language: Language) => {
  const [options, refreshedAt, figures, weeks, ...tables] = await Promise.all([
    filterOptions(payload, user, language),
    lastRefresh(payload),
    indicators(payload, filters),
    weeklyDemand(payload, filters),
    ...INSIGHT_TABLES.map((table) => tableRows(payload, table.name, filters, language)),
  ])
  return { options, refreshedAt, figures, weeks, tables: INSIGHT_TABLES.map((table, index) => ({ table, rows: tables[index]! })) }
}
