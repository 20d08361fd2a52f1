import { endOfDay, HOUR, startOfDay } from '../../lib/dates'
import type { MessageKey } from '../../lib/i18n'
import type { Quote } from '../../payload-types'
import type { TransitionContext } from './context'

type Verdict = MessageKey | undefined

/** Why an allowed action cannot be taken now (a message key), or nothing when it can. */
export type Guard = (context: TransitionContext) => Verdict | Promise<Verdict>

const passed = (deadline: string | null | undefined, now: Date) => Boolean(deadline) && new Date(deadline!).getTime() <= now.getTime()

const quoteEnd = (quote: Quote | null, { settings }: TransitionContext) =>
  quote ? endOfDay(quote.validUntil.slice(0, 10), settings.timeZone) : null

export const guards = {
  quoteStillValid: async (context) => {
    const quote = await context.quote()
    if (!quote || context.input.quote !== quote.id) return 'quoteNotCurrent'
    return quoteEnd(quote, context)!.getTime() < context.now.getTime() ? 'quoteExpired' : undefined
  },
  quoteValidityPassed: async (context) => {
    const end = quoteEnd(await context.quote(), context)
    return end && end.getTime() < context.now.getTime() ? undefined : 'notYetDue'
  },
  paymentWindowOpen: ({ thread, now }) => (passed(thread.payBy, now) ? 'paymentDeadlinePassed' : undefined),
  paymentDeadlinePassed: ({ thread, now }) => (passed(thread.payBy, now) ? undefined : 'notYetDue'),
  responseDeadlinePassed: ({ thread, now }) => (passed(thread.respondBy, now) ? undefined : 'notYetDue'),
  withinCancellationNotice: async ({ quote: readQuote, service, settings, now }) => {
    const quote = await readQuote()
    if (!quote) return 'quoteNotCurrent'
    const notice = ((await service()).cancellationNoticeHours ?? 0) * HOUR
    const lastMoment = startOfDay(quote.periodStart.slice(0, 10), settings.timeZone).getTime() - notice
    return now.getTime() <= lastMoment ? undefined : 'cancellationNoticePassed'
  },
  periodEnded: async ({ quote: readQuote, settings, now }) => {
    const quote = await readQuote()
    return quote && endOfDay(quote.periodEnd.slice(0, 10), settings.timeZone).getTime() < now.getTime() ? undefined : 'notYetDue'
  },
  reviewWindowOpen: ({ thread, now }) => (thread.reviewClosedAt || passed(thread.reviewBy, now) ? 'reviewWindowClosed' : undefined),
  reviewWindowEnded: ({ thread, now }) => {
    if (thread.reviewClosedAt) return 'reviewWindowClosed'
    return passed(thread.reviewBy, now) ? undefined : 'notYetDue'
  },
} satisfies Record<string, Guard>
