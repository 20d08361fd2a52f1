import { endOfDay, HOUR, startOfDay } from '../../lib/dates'
import type { MessageKey } from '../../lib/i18n'
import type { TransitionContext } from './context'

/** Why an allowed action cannot be taken now (a message key), or nothing when it can. */
export type Guard = (context: TransitionContext) => MessageKey | undefined

const passed = (deadline: string | null | undefined, now: Date) => Boolean(deadline) && new Date(deadline!).getTime() <= now.getTime()

const quoteEnd = ({ quote, settings }: TransitionContext) => (quote ? endOfDay(quote.validUntil.slice(0, 10), settings.timeZone) : null)

export const guards = {
  quoteStillValid: (context) => {
    const { quote, input, now } = context
    if (!quote || input.quote !== quote.id) return 'quoteNotCurrent'
    return quoteEnd(context)!.getTime() < now.getTime() ? 'quoteExpired' : undefined
  },
  quoteValidityPassed: (context) => {
    const end = quoteEnd(context)
    return end && end.getTime() < context.now.getTime() ? undefined : 'notYetDue'
  },
  paymentWindowOpen: ({ thread, now }) => (passed(thread.payBy, now) ? 'paymentDeadlinePassed' : undefined),
  paymentDeadlinePassed: ({ thread, now }) => (passed(thread.payBy, now) ? undefined : 'notYetDue'),
  responseDeadlinePassed: ({ thread, now }) => (passed(thread.respondBy, now) ? undefined : 'notYetDue'),
  withinCancellationNotice: ({ quote, service, settings, now }) => {
    if (!quote) return 'quoteNotCurrent'
    const notice = (service.cancellationNoticeHours ?? 0) * HOUR
    const lastMoment = startOfDay(quote.periodStart.slice(0, 10), settings.timeZone).getTime() - notice
    return now.getTime() <= lastMoment ? undefined : 'cancellationNoticePassed'
  },
  periodEnded: ({ quote, settings, now }) =>
    quote && endOfDay(quote.periodEnd.slice(0, 10), settings.timeZone).getTime() < now.getTime() ? undefined : 'notYetDue',
  reviewWindowOpen: ({ thread, now }) => (thread.reviewClosedAt || passed(thread.reviewBy, now) ? 'reviewWindowClosed' : undefined),
  reviewWindowEnded: ({ thread, now }) => {
    if (thread.reviewClosedAt) return 'reviewWindowClosed'
    return passed(thread.reviewBy, now) ? undefined : 'notYetDue'
  },
} satisfies Record<string, Guard>
