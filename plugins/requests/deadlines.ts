import { endOfDay, HOUR, startOfDay } from '../../lib/dates'
import type { Quote, Thread } from '../../payload-types'
import type { MarketplaceSettings } from '../../globals/City/settings'
import type { ServiceFacts } from './context'

/** What a thread's deadlines are computed from; the quote and the service are read on first use. */
export type DeadlineFacts = {
  thread: Thread
  quote: () => Promise<Quote | null>
  service: () => Promise<ServiceFacts>
  settings: MarketplaceSettings
}

/** The first moment at which a deadline has passed, or null when the thread has none now. */
export type Deadline = (facts: DeadlineFacts) => Promise<Date | null>

const moment = (value: string | null | undefined): Date | null => (value ? new Date(value) : null)

/** A day that lasts until its end where the city is: it has passed from the moment after. */
const dayPassed = (day: string, { timeZone }: MarketplaceSettings): Date => new Date(endOfDay(day.slice(0, 10), timeZone).getTime() + 1)

/**
 * Every deadline of the thread lifecycle, each computed once: the lifecycle's rules use them both
 * to refuse an action that came too late (or too early) and to schedule the system's timers.
 */
export const DEADLINES = {
  /** The ente's answer to a new request. */
  answer: async ({ thread }) => moment(thread.respondBy),
  /** A quote is valid through its last day. */
  quoteValidity: async ({ quote, settings }) => {
    const current = await quote()
    return current ? dayPassed(current.validUntil, settings) : null
  },
  /** Paying an accepted quote. */
  payment: async ({ thread }) => moment(thread.payBy),
  /** The first day of the service period: the service cannot be given before it begins. */
  serviceStart: async ({ quote, settings }) => {
    const current = await quote()
    return current ? startOfDay(current.periodStart.slice(0, 10), settings.timeZone) : null
  },
  /** The last day of the service period. */
  servicePeriod: async ({ quote, settings }) => {
    const current = await quote()
    return current ? dayPassed(current.periodEnd, settings) : null
  },
  /** Free cancellation: the service's notice before the period's first day begins. */
  cancellationNotice: async ({ quote, service, settings }) => {
    const current = await quote()
    if (!current) return null
    const notice = ((await service()).cancellationNoticeHours ?? 0) * HOUR
    return new Date(startOfDay(current.periodStart.slice(0, 10), settings.timeZone).getTime() - notice + 1)
  },
  /** Writing a review: until the window ends, or until it was closed earlier. */
  reviewWindow: async ({ thread }) => moment(thread.reviewClosedAt ?? thread.reviewBy),
  /** Closing the review window: due when it ends, and never again once closed. */
  reviewClosing: async ({ thread }) => (thread.reviewClosedAt ? null : moment(thread.reviewBy)),
} satisfies Record<string, Deadline>

export const hasPassed = (deadline: Date | null, now: Date): boolean => deadline !== null && deadline.getTime() <= now.getTime()
