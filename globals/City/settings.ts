import type { Payload, PayloadRequest } from 'payload'

import { timeZoneOf } from '../../lib/dates'
import type { City } from '../../payload-types'

/** The city's marketplace rules, with the time zone its days are counted in and the city's name. */
export type MarketplaceSettings = NonNullable<City['marketplace']> & { timeZone: string; cityName: string }

/**
 * Every transition needs the city's marketplace settings, which change a few times a year: each
 * process keeps them for a short while. A change made in this process is seen at once (the
 * city profile forgets them when saved); other processes see it within the minute.
 */
const KEEP_MS = 60_000
const kept = new WeakMap<Payload, { settings: MarketplaceSettings; until: number }>()

export const forgetSettings = (payload: Payload): void => {
  kept.delete(payload)
}

export const loadSettings = async (payload: Payload, req?: PayloadRequest): Promise<MarketplaceSettings> => {
  const cached = kept.get(payload)
  if (cached && cached.until > Date.now()) return cached.settings
  const { marketplace, timeZone, name } = await payload.findGlobal({ slug: 'city', depth: 0, overrideAccess: true, req })
  const settings = {
    responseDays: marketplace?.responseDays ?? 5,
    paymentHours: marketplace?.paymentHours ?? 48,
    reviewDays: marketplace?.reviewDays ?? 14,
    reminderHours: marketplace?.reminderHours ?? 24,
    platformFeeBasisPoints: marketplace?.platformFeeBasisPoints ?? 0,
    timeZone: timeZoneOf({ timeZone }),
    cityName: name ?? '',
  }
  kept.set(payload, { settings, until: Date.now() + KEEP_MS })
  return settings
}
