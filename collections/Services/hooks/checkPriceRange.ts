import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { priceUnitOf } from '../../../lib/fields'
import { languageOf, message } from '../../../lib/i18n'
import { formatCents, isCents } from '../../../lib/money'
import { relationId } from '../../../lib/relations'
import { runSql } from '../../../lib/sql'
import { rejectField } from '../../../lib/validation'

/** Below one euro a price is a slip (cents typed for euros) whatever the catalogue holds. */
export const LOWEST_USUAL_CENTS = 100

/** How far from the published range a price may go before it needs the ente's confirmation. */
export const RANGE_FACTOR = 3

/** Fewer published services than this say too little about what a category costs. */
const MIN_COMPARABLES = 3

export type UsualRange = { lowCents: number; highCents: number | null }

/**
 * What a service of a category and price model usually costs: a third of the cheapest to three
 * times the dearest price (alone or per person in a group) of the other published services,
 * never below one euro. Without enough of them, only the one-euro floor.
 */
export const usualRange = async (
  req: PayloadRequest,
  categoryId: string,
  priceModel: string,
  excludeId: string | number | undefined,
): Promise<UsualRange> => {
  const published = sql`s.category_id = ${categoryId} AND s.price_model = ${priceModel} AND s._status = 'published'
    AND s.validation_status = 'published' AND s.id <> ${excludeId ?? '00000000-0000-0000-0000-000000000000'}`
  const [row] = await runSql<{ low: number | null; high: number | null; services: number }>(
    req.payload,
    sql`SELECT min(price)::int AS low, max(price)::int AS high, count(DISTINCT id)::int AS services FROM (
          SELECT s.id, s.price_cents AS price FROM services s WHERE ${published} AND s.price_cents IS NOT NULL
          UNION ALL
          SELECT s.id, p.price_cents FROM services s JOIN services_shared_prices p ON p._parent_id = s.id WHERE ${published}
        ) prices`,
    req,
  )
  if (!row || row.services < MIN_COMPARABLES || row.low === null || row.high === null) {
    return { lowCents: LOWEST_USUAL_CENTS, highCents: null }
  }
  return { lowCents: Math.max(LOWEST_USUAL_CENTS, Math.floor(row.low / RANGE_FACTOR)), highCents: row.high * RANGE_FACTOR }
}

const isUsual = (cents: number, range: UsualRange) => cents >= range.lowCents && (range.highCents === null || cents <= range.highCents)

type SharedPrice = { priceCents?: number | null }

/**
 * Refuses a price far outside what the same category's published services cost (€0.22 for
 * home care: cents typed for euros), unless the ente ticks "I confirm this unusual price".
 * Every write passes here, WeMi's approval included, so such a price cannot be published
 * unconfirmed. The confirmation is cleared once the prices are usual again, so that it never
 * stands ready for a later slip. Writes by the system itself (seed, imports) are trusted.
 */
export const checkPriceRange: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const categoryId = relationId(data.category ?? originalDoc?.category)
  if (data.priceModel === 'free') {
    data.unusualPriceConfirmed = false
    return data
  }
  if (!req.user || !categoryId) return data
  const range = await usualRange(req, categoryId, data.priceModel, originalDoc?.id)
  // What is not an amount at all is left to the field's own rule, which runs after this hook.
  const prices: { path: string; cents: number }[] = [
    ...(isCents(data.priceCents) ? [{ path: 'priceCents', cents: data.priceCents }] : []),
    ...((data.sharedPrices ?? []) as SharedPrice[]).flatMap((row, index) =>
      isCents(row.priceCents) ? [{ path: `sharedPrices.${index}.priceCents`, cents: row.priceCents }] : [],
    ),
  ]
  const unusual = prices.find((price) => !isUsual(price.cents, range))
  if (!unusual) {
    data.unusualPriceConfirmed = false
    return data
  }
  if (data.unusualPriceConfirmed === true) return data
  const language = languageOf(req)
  const low = formatCents(range.lowCents, language)
  const unit = priceUnitOf(data.priceModel, language)
  const usual =
    range.highCents === null
      ? message(req, 'usualPriceFloor', { low })
      : message(req, 'usualPriceRange', { low, high: formatCents(range.highCents, language), unit }).trim()
  return rejectField(req, 'services', unusual.path, 'unusualPrice', { price: formatCents(unusual.cents, language), usual })
}
