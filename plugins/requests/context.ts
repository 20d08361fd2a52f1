import type { Payload, PayloadRequest } from 'payload'

import type { Language } from '../../lib/i18n'
import type { City, Quote, Service, Thread } from '../../payload-types'
import type { NotificationKind } from '../notifications/kinds'
import type { Action, ThreadState } from './lifecycle'
import type { Party } from './parties'

/** Set on the request of a transition: the one writer allowed to change threads. */
export const LIFECYCLE_CONTEXT = 'lifecycle'

export type MarketplaceSettings = NonNullable<City['marketplace']> & { timeZone: string }

/** The few facts of a service the lifecycle uses; services are large records. */
export type ServiceFacts = Pick<Service, 'id' | 'title' | 'organisation' | 'cancellationNoticeHours' | 'acceptedVoucherSchemes'>

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
  input: Record<string, unknown>
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
