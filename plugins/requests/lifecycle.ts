import type { Party } from '../../collections/Threads/parties'
import type { Action, ThreadState } from '../../collections/Threads/states'
import { formatDate } from '../../lib/dates'
import type { MessageKey } from '../../lib/i18n'
import { lookupsOf, type Refusal } from '../../lib/workflow'
import type { NotificationKind } from '../../collections/Notifications/kinds'
import {
  payByVoucher,
  payVoucherWithAgreedRest,
  recordOfflinePayment,
  refundPayment,
  releaseCheckout,
  releasePendingPayment,
  settlePayment,
  startCheckout,
} from '../payments/effects'
import type { Effect, EffectResult, TransitionContext } from './context'
import { type Deadline, DEADLINES, hasPassed } from './deadlines'
import { acceptQuote, closeReviewWindow, recordQuote, recordReason, sendMessage, startReviewWindow, writeReview } from './effects'

type Verdict = Refusal | undefined

export type Rule = {
  action: Action
  from: readonly ThreadState[]
  /** The state after the action; none when the thread stays where it is. */
  to?: ThreadState
  by: readonly Party[]
  /** A party's action that is refused once the deadline has passed, with the refusal's message. */
  until?: { deadline: Deadline; refusal: MessageKey }
  /**
   * The system's action when a deadline passes: a timer is set for it when the thread enters a
   * `from` state (with a reminder to the party that can still act), and it is refused earlier.
   */
  due?: { deadline: Deadline; reminder?: NotificationKind }
  /** Why the action cannot be taken now, when neither a deadline nor the input can tell. */
  guard?: (context: TransitionContext) => Verdict | Promise<Verdict>
  effect?: Effect
  /** Who hears about it: each kind names its recipient. */
  notify?: readonly NotificationKind[]
}

/** Effects taken one after another, as one: their patches, notifications and results merge. */
const together =
  (...effects: Effect[]): Effect =>
  async (context) => {
    const merged: EffectResult = {}
    for (const effect of effects) {
      const outcome = (await effect(context)) ?? {}
      merged.patch = { ...merged.patch, ...outcome.patch }
      merged.result = { ...merged.result, ...outcome.result }
      merged.notify = [...(merged.notify ?? []), ...(outcome.notify ?? [])]
      merged.quote = outcome.quote ?? merged.quote
    }
    return merged
  }

/** The quote accepted must be the one the thread holds now, not one the ente has since replaced. */
const quoteIsCurrent = async (context: TransitionContext): Promise<Verdict> => {
  const current = await context.quote()
  return current && current.id === context.input.quote ? undefined : 'quoteNotCurrent'
}

/** A service is delivered from the first day of its period on, where the city is, never before. */
const serviceHasStarted = async (context: TransitionContext): Promise<Verdict> => {
  const start = await DEADLINES.serviceStart(context)
  if (!start || hasPassed(start, context.now)) return undefined
  return { key: 'deliveredBeforeStart', vars: { start: formatDate(start, context.language, context.settings.timeZone) } }
}

const WHILE_OPEN = ['sent', 'quoted'] as const
const CONVERSATION = ['sent', 'quoted', 'accepted', 'paid', 'delivered', 'disputed'] as const
const PAYMENT_WINDOW = { deadline: DEADLINES.payment, refusal: 'paymentDeadlinePassed' } as const

/**
 * The thread lifecycle (SPEC §4) as one table, with its deadlines. A transition is allowed only
 * when a rule has its action, the thread's current state and the acting party; its deadline,
 * guard and input (inputs.ts) then decide whether now is the time. `applyTransition` is the only
 * code that acts on it, and the timers are set from it.
 */
export const LIFECYCLE: readonly Rule[] = [
  { action: 'quote', from: ['sent'], to: 'quoted', by: ['ente'], effect: recordQuote, notify: ['new-quote'] },
  { action: 'requote', from: ['quoted'], by: ['ente'], effect: recordQuote, notify: ['new-quote'] },
  { action: 'decline', from: WHILE_OPEN, to: 'declined', by: ['ente'], effect: recordReason, notify: ['declined'] },
  { action: 'message', from: CONVERSATION, by: ['citizen', 'ente'], effect: sendMessage },
  { action: 'message', from: ['disputed'], by: ['admin'], effect: sendMessage },
  {
    action: 'accept',
    from: ['quoted'],
    to: 'accepted',
    by: ['citizen'],
    guard: quoteIsCurrent,
    until: { deadline: DEADLINES.quoteValidity, refusal: 'quoteExpired' },
    effect: acceptQuote,
    notify: ['quote-accepted'],
  },
  { action: 'checkout', from: ['accepted'], by: ['citizen'], until: PAYMENT_WINDOW, effect: startCheckout },
  {
    action: 'pay-voucher',
    from: ['accepted'],
    to: 'paid',
    by: ['citizen'],
    until: PAYMENT_WINDOW,
    effect: payByVoucher,
    notify: ['payment-confirmed', 'payment-received'],
  },
  // The voucher part now; the thread is paid when the ente confirms it received the rest.
  { action: 'pay-voucher-agreed', from: ['accepted'], by: ['citizen'], until: PAYMENT_WINDOW, effect: payVoucherWithAgreedRest },
  {
    action: 'pay',
    from: ['accepted', 'payment-expired'],
    to: 'paid',
    by: ['system'],
    effect: settlePayment,
    notify: ['payment-confirmed', 'payment-received'],
  },
  { action: 'release-checkout', from: ['accepted', 'payment-expired', 'cancelled'], by: ['system'], effect: releaseCheckout },
  { action: 'confirm-payment', from: ['accepted'], to: 'paid', by: ['ente'], effect: recordOfflinePayment, notify: ['payment-confirmed'] },
  {
    action: 'cancel',
    from: ['sent', 'quoted', 'accepted'],
    to: 'cancelled',
    by: ['citizen'],
    effect: together(recordReason, releasePendingPayment),
    notify: ['cancelled'],
  },
  {
    action: 'cancel',
    from: ['paid'],
    to: 'refunded',
    by: ['citizen'],
    until: { deadline: DEADLINES.cancellationNotice, refusal: 'cancellationNoticePassed' },
    effect: together(recordReason, refundPayment),
    notify: ['cancelled', 'refunded'],
  },
  {
    action: 'deliver',
    from: ['paid'],
    to: 'delivered',
    by: ['ente'],
    guard: serviceHasStarted,
    effect: startReviewWindow,
    notify: ['delivered'],
  },
  {
    action: 'deliver',
    from: ['paid'],
    to: 'delivered',
    by: ['system'],
    due: { deadline: DEADLINES.servicePeriod },
    effect: startReviewWindow,
    notify: ['delivered'],
  },
  {
    action: 'review',
    from: ['delivered'],
    to: 'reviewed',
    by: ['citizen'],
    until: { deadline: DEADLINES.reviewWindow, refusal: 'reviewWindowClosed' },
    effect: writeReview,
    notify: ['reviewed'],
  },
  {
    action: 'close-review',
    from: ['delivered'],
    by: ['system'],
    due: { deadline: DEADLINES.reviewClosing, reminder: 'review-closing' },
    effect: closeReviewWindow,
  },
  { action: 'dispute', from: ['paid', 'delivered'], to: 'disputed', by: ['citizen', 'admin'], effect: recordReason, notify: ['disputed'] },
  { action: 'resolve', from: ['disputed'], to: 'delivered', by: ['admin'], effect: startReviewWindow, notify: ['resolved'] },
  { action: 'refund', from: ['disputed'], to: 'refunded', by: ['admin'], effect: refundPayment, notify: ['refunded'] },
  {
    action: 'expire',
    from: ['sent'],
    to: 'expired',
    by: ['system'],
    due: { deadline: DEADLINES.answer, reminder: 'answer-due' },
    notify: ['expired'],
  },
  {
    action: 'expire-quote',
    from: ['quoted'],
    to: 'expired',
    by: ['system'],
    due: { deadline: DEADLINES.quoteValidity, reminder: 'quote-expiring' },
    notify: ['quote-expired'],
  },
  {
    action: 'expire-payment',
    from: ['accepted'],
    to: 'payment-expired',
    by: ['system'],
    due: { deadline: DEADLINES.payment, reminder: 'payment-due' },
    effect: releasePendingPayment,
    notify: ['payment-expired'],
  },
]

/** Actions that also move other threads of the request: they run alone on it (see lockThread). */
export const REQUEST_WIDE_ACTIONS: readonly Action[] = ['accept']

const lookups = lookupsOf<Action, ThreadState, Party, Rule>(LIFECYCLE)

/** The rule for an action taken by a party on a thread in a state, if the table has one. */
export const ruleFor = lookups.ruleFor

/** Whether anyone may take the action from the state (to tell "not now" from "not you"). */
export const actionExistsFrom = lookups.actionExistsFrom

/** The actions a party may try on a thread in a state: what the interfaces offer. */
export const actionsFor = lookups.actionsFor

/** The system's timed rule a thread waits for in a state, if any (one per state). */
export const timedRuleIn = lookups.timedRuleIn
