import type { PayloadRequest } from 'payload'

import { endOfDay, HOUR } from '../../lib/dates'
import { queueJob } from '../../lib/records'
import type { Quote, Thread } from '../../payload-types'
import type { NotificationKind } from '../notifications/kinds'
import type { MarketplaceSettings } from './context'
import type { Action } from './lifecycle'

export const TIMER_TASK = 'thread-timer'
export const REMINDER_TASK = 'thread-reminder'

type Deadline = { at: Date; action: Action; reminder?: NotificationKind }

/** The moment after a day ends where the city is. */
const afterDay = (day: string, settings: MarketplaceSettings) => new Date(endOfDay(day.slice(0, 10), settings.timeZone).getTime() + 1)

/**
 * The deadline a thread waits for in its state, what the system does when it passes, and the
 * reminder sent before it. One place, used both to schedule timers and to check a reminder
 * still applies when its time comes. The thread's quote is read only for the states whose
 * deadline it sets.
 */
export const deadlineOf = async (
  thread: Thread,
  quote: () => Promise<Quote | null>,
  settings: MarketplaceSettings,
): Promise<Deadline | null> => {
  switch (thread.status) {
    case 'sent':
      return thread.respondBy ? { at: new Date(thread.respondBy), action: 'expire', reminder: 'answer-due' } : null
    case 'quoted': {
      // The quote is valid through its last day; it expires the moment after.
      const current = await quote()
      return current ? { at: afterDay(current.validUntil, settings), action: 'expire-quote', reminder: 'quote-expiring' } : null
    }
    case 'accepted':
      return thread.payBy ? { at: new Date(thread.payBy), action: 'expire-payment', reminder: 'payment-due' } : null
    case 'paid': {
      const current = await quote()
      return current ? { at: afterDay(current.periodEnd, settings), action: 'deliver' } : null
    }
    case 'delivered':
      return thread.reviewBy && !thread.reviewClosedAt
        ? { at: new Date(thread.reviewBy), action: 'close-review', reminder: 'review-closing' }
        : null
    default:
      return null
  }
}

/**
 * Queues, in the transition's transaction, the durable jobs for the deadline of the state a
 * thread has just entered: the timer itself and a reminder some hours before it.
 */
export const scheduleTimers = async (
  req: PayloadRequest,
  {
    thread,
    quote,
    settings,
    changed,
  }: { thread: Thread; quote: () => Promise<Quote | null>; settings: MarketplaceSettings; changed: boolean },
): Promise<void> => {
  const deadline = changed ? await deadlineOf(thread, quote, settings) : null
  if (!deadline) return
  await queueJob(req, TIMER_TASK, { thread: thread.id, action: deadline.action }, deadline.at)
  const remindAt = new Date(deadline.at.getTime() - settings.reminderHours * HOUR)
  if (deadline.reminder && remindAt.getTime() > Date.now()) {
    await queueJob(req, REMINDER_TASK, { thread: thread.id, kind: deadline.reminder, deadline: deadline.at.toISOString() }, remindAt)
  }
}
