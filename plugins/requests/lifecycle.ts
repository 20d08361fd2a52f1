import type { Bilingual, MessageKey } from '../../lib/i18n'
import { label } from '../../lib/i18n'
import type { NotificationKind } from '../notifications/kinds'
import {
  acceptQuote,
  closeReviewWindow,
  recordDecline,
  recordDispute,
  recordQuote,
  sendMessage,
  startReviewWindow,
  writeReview,
} from './effects'
import { type Guard, guards } from './guards'
import type { Party } from './parties'
import {
  recordOfflinePayment,
  refundPayment,
  releaseCheckout,
  releasePendingPayment,
  settlePayment,
  startCheckout,
  payByVoucher,
} from '../payments/effects'
import type { Effect } from './context'

export const THREAD_STATES = [
  { value: 'sent', label: label('In attesa di risposta', 'Awaiting an answer') },
  { value: 'quoted', label: label('Preventivo ricevuto', 'Quote received') },
  { value: 'accepted', label: label('Preventivo accettato', 'Quote accepted') },
  { value: 'paid', label: label('Pagata', 'Paid') },
  { value: 'delivered', label: label('Servizio erogato', 'Service delivered') },
  { value: 'reviewed', label: label('Recensita', 'Reviewed') },
  { value: 'declined', label: label('Rifiutata dall’ente', 'Declined by the organisation') },
  { value: 'expired', label: label('Scaduta', 'Expired') },
  { value: 'cancelled', label: label('Annullata', 'Cancelled') },
  { value: 'not-chosen', label: label('Non scelta', 'Not chosen') },
  { value: 'payment-expired', label: label('Pagamento non effettuato in tempo', 'Not paid in time') },
  { value: 'disputed', label: label('Contestata', 'Disputed') },
  { value: 'refunded', label: label('Rimborsata', 'Refunded') },
] as const

export type ThreadState = (typeof THREAD_STATES)[number]['value']

/** States after which nothing more happens in a thread. */
export const FINAL_STATES: readonly ThreadState[] = [
  'reviewed',
  'declined',
  'expired',
  'cancelled',
  'not-chosen',
  'payment-expired',
  'refunded',
]

export const ACTIONS = {
  quote: label('inviare un preventivo', 'send a quote'),
  requote: label('aggiornare il preventivo', 'update the quote'),
  decline: label('rifiutare la richiesta', 'decline the request'),
  message: label('scrivere un messaggio', 'write a message'),
  accept: label('accettare il preventivo', 'accept the quote'),
  checkout: label('pagare online', 'pay online'),
  'pay-voucher': label('pagare con il voucher', 'pay with the voucher'),
  pay: label('registrare il pagamento online', 'record the online payment'),
  'release-checkout': label('chiudere un pagamento online non completato', 'close an unfinished online payment'),
  'confirm-payment': label('confermare il pagamento ricevuto', 'confirm the payment received'),
  cancel: label('annullare la richiesta', 'cancel the request'),
  deliver: label('segnare il servizio come erogato', 'mark the service as delivered'),
  review: label('scrivere una recensione', 'write a review'),
  'close-review': label('chiudere il periodo per le recensioni', 'close the review window'),
  dispute: label('contestare il servizio', 'dispute the service'),
  resolve: label('chiudere la contestazione senza rimborso', 'resolve the dispute without a refund'),
  refund: label('rimborsare il pagamento', 'refund the payment'),
  expire: label('far scadere la richiesta senza risposta', 'expire the unanswered request'),
  'expire-quote': label('far scadere il preventivo', 'expire the quote'),
  'expire-payment': label('far scadere il pagamento atteso', 'expire the awaited payment'),
} satisfies Record<string, Bilingual>

export type Action = keyof typeof ACTIONS

export type Rule = {
  action: Action
  from: readonly ThreadState[]
  /** The state after the action; none when the thread stays where it is. */
  to?: ThreadState
  by: readonly Party[]
  /** Why the action cannot be taken now, if it cannot: checked after the party, before any write. */
  guard?: Guard
  effect?: Effect
  /** Who hears about it: each kind names its recipient. */
  notify?: readonly NotificationKind[]
}

const WHILE_OPEN = ['sent', 'quoted'] as const
const CONVERSATION = ['sent', 'quoted', 'accepted', 'paid', 'delivered', 'disputed'] as const

/**
 * The thread lifecycle (SPEC §4) as one table. A transition is allowed only when a rule has
 * its action, the thread's current state and the acting party; the rule's guard then decides
 * whether now is the time. `applyTransition` is the only code that acts on it.
 */
export const LIFECYCLE: readonly Rule[] = [
  { action: 'quote', from: ['sent'], to: 'quoted', by: ['ente'], effect: recordQuote, notify: ['new-quote'] },
  { action: 'requote', from: ['quoted'], by: ['ente'], effect: recordQuote, notify: ['new-quote'] },
  { action: 'decline', from: WHILE_OPEN, to: 'declined', by: ['ente'], effect: recordDecline, notify: ['declined'] },
  { action: 'message', from: CONVERSATION, by: ['citizen', 'ente'], effect: sendMessage },
  { action: 'message', from: ['disputed'], by: ['admin'], effect: sendMessage },
  {
    action: 'accept',
    from: ['quoted'],
    to: 'accepted',
    by: ['citizen'],
    guard: guards.quoteStillValid,
    effect: acceptQuote,
    notify: ['quote-accepted'],
  },
  { action: 'checkout', from: ['accepted'], by: ['citizen'], guard: guards.paymentWindowOpen, effect: startCheckout },
  {
    action: 'pay-voucher',
    from: ['accepted'],
    to: 'paid',
    by: ['citizen'],
    guard: guards.paymentWindowOpen,
    effect: payByVoucher,
    notify: ['payment-confirmed', 'payment-received'],
  },
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
    effect: releasePendingPayment,
    notify: ['cancelled'],
  },
  {
    action: 'cancel',
    from: ['paid'],
    to: 'refunded',
    by: ['citizen'],
    guard: guards.withinCancellationNotice,
    effect: refundPayment,
    notify: ['cancelled', 'refunded'],
  },
  { action: 'deliver', from: ['paid'], to: 'delivered', by: ['ente'], effect: startReviewWindow, notify: ['delivered'] },
  {
    action: 'deliver',
    from: ['paid'],
    to: 'delivered',
    by: ['system'],
    guard: guards.periodEnded,
    effect: startReviewWindow,
    notify: ['delivered'],
  },
  {
    action: 'review',
    from: ['delivered'],
    to: 'reviewed',
    by: ['citizen'],
    guard: guards.reviewWindowOpen,
    effect: writeReview,
    notify: ['reviewed'],
  },
  { action: 'close-review', from: ['delivered'], by: ['system'], guard: guards.reviewWindowEnded, effect: closeReviewWindow },
  { action: 'dispute', from: ['paid', 'delivered'], to: 'disputed', by: ['citizen', 'admin'], effect: recordDispute, notify: ['disputed'] },
  { action: 'resolve', from: ['disputed'], to: 'delivered', by: ['admin'], effect: startReviewWindow, notify: ['resolved'] },
  { action: 'refund', from: ['disputed'], to: 'refunded', by: ['admin'], effect: refundPayment, notify: ['refunded'] },
  { action: 'expire', from: ['sent'], to: 'expired', by: ['system'], guard: guards.responseDeadlinePassed, notify: ['expired'] },
  { action: 'expire-quote', from: ['quoted'], to: 'expired', by: ['system'], guard: guards.quoteValidityPassed, notify: ['quote-expired'] },
  {
    action: 'expire-payment',
    from: ['accepted'],
    to: 'payment-expired',
    by: ['system'],
    guard: guards.paymentDeadlinePassed,
    effect: releasePendingPayment,
    notify: ['payment-expired'],
  },
]

/** Actions that also move other threads of the request: they run alone on it (see lockThread). */
export const REQUEST_WIDE_ACTIONS: readonly Action[] = ['accept']

export const isAction = (value: string): value is Action => Object.hasOwn(ACTIONS, value)

/** The rule for an action taken by a party on a thread in a state, if the table has one. */
export const ruleFor = (action: Action, state: ThreadState, party: Party): Rule | undefined =>
  LIFECYCLE.find((rule) => rule.action === action && rule.from.includes(state) && rule.by.includes(party))

/** Whether anyone may take the action from the state (to tell "not now" from "not you"). */
export const actionExistsFrom = (action: Action, state: ThreadState): boolean =>
  LIFECYCLE.some((rule) => rule.action === action && rule.from.includes(state))

/** The actions a party may try on a thread in a state: what the interfaces offer. */
export const actionsFor = (state: ThreadState, party: Party): Action[] => [
  ...new Set(LIFECYCLE.filter((rule) => rule.from.includes(state) && rule.by.includes(party)).map((rule) => rule.action)),
]

export const stateLabel = (state: string): Bilingual =>
  THREAD_STATES.find((candidate) => candidate.value === state)?.label ?? { it: state, en: state }

export type Refusal = MessageKey
