import type { Payload, PayloadRequest } from 'payload'

import type { Language } from '../../lib/i18n'
import type { MarketplaceSettings } from '../../globals/City/settings'
import type { Quote, Service, Thread } from '../../payload-types'
import type { NotificationKind } from '../../collections/Notifications/kinds'
import type { Party } from '../../collections/Threads/parties'
import type { Action, ThreadState } from '../../collections/Threads/states'

/** The few facts of a service the lifecycle uses; services are large records. */
export type ServiceFacts = Pick<
  Service,
  'id' | 'title' | 'organisation' | 'cancellationNoticeHours' | 'acceptedVoucherSchemes' | 'agreedPartWithVoucher'
>

/** An action's input once read by its definition (inputs.ts): text trimmed, numbers as numbers, lists as lists. */
export type InputValues = Record<string, string | number | string[] | undefined>

/** A read that happens only if something asks for it, and at most once. */
export const readOnce = <T>(read: () => Promise<T>): (() => Promise<T>) => {
  let value: Promise<T> | undefined
  return () => (value ??= read())
}

/**
 * Everything a guard or an effect knows about the transition being applied. The quote and the
 * service are read on first use: most actions need neither.
 */
export type TransitionContext = {
  req: PayloadRequest
  payload: Payload
  action: Action
  party: Party
  /** The thread as it was when locked, before this transition. */
  thread: Thread
  /** The thread's current quote, if it has one. */
  quote: () => Promise<Quote | null>
  service: () => Promise<ServiceFacts>
  /** The input as given by the caller. */
  input: Record<string, unknown>
  /** The input read by the action's definition (see inputs.ts), once it has passed its checks. */
  values: InputValues
  now: Date
  settings: MarketplaceSettings
  language: Language
  /** Moves another thread of the same request (already locked with it), as part of this transition. */
  moveSibling: (sibling: Thread, to: ThreadState, notify: NotificationKind[]) => Promise<void>
}

export type EffectResult = {
  /** Fields of the thread to write with the new state. */
  patch?: Partial<Thread>
  /** Notifications decided by the effect itself (e.g. a message goes to the other party). */
  notify?: NotificationKind[]
  /** What the caller gets back (e.g. the address of the payment page). */
  result?: Record<string, unknown>
  /** The quote the effect wrote, which the thread now holds (saves reading it back). */
  quote?: Quote
}

export type Effect = (context: TransitionContext) => Promise<EffectResult | void>
