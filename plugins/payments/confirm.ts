import type { Payload, PayloadRequest } from 'payload'

import { TransitionRefused } from '../requests/errors'
import { applyTransition } from '../requests/transition'
import { stripe } from './stripe'

export type SettleOutcome = 'paid' | 'already-paid' | 'unpaid' | 'unknown' | 'refunded'

/**
 * Records a Checkout Session as paid, from whatever told us (the webhook, the citizen coming
 * back from the payment page). It reads the session from Stripe again rather than trusting
 * the message, and it can run any number of times: the first run moves the thread to paid,
 * the others find it done.
 */
export const settleCheckout = async (payload: Payload, sessionId: string, req?: PayloadRequest): Promise<SettleOutcome> => {
  const session = await stripe().checkout.sessions.retrieve(sessionId)
  const paymentId = session.metadata?.payment ?? session.client_reference_id
  const threadId = session.metadata?.thread
  if (!paymentId || !threadId) return 'unknown'
  if (session.payment_status !== 'paid') return 'unpaid'
  const paymentIntent = typeof session.payment_intent === 'string' ? session.payment_intent : session.payment_intent?.id
  try {
    await applyTransition(payload, { threadId, action: 'pay', as: { system: true }, input: { payment: paymentId, paymentIntent }, req })
    return 'paid'
  } catch (error) {
    if (!(error instanceof TransitionRefused)) throw error
    const payment = await payload.findByID({
      collection: 'payments',
      id: paymentId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (payment && ['succeeded', 'partially-refunded', 'refunded'].includes(payment.status)) return 'already-paid'
    // Money arrived for a thread that can no longer take it: it goes straight back.
    if (paymentIntent) {
      await stripe().refunds.create(
        { payment_intent: paymentIntent, metadata: { payment: paymentId, thread: threadId } },
        { idempotencyKey: `orphan-${paymentId}` },
      )
      payload.logger.warn({ thread: threadId, payment: paymentId }, 'A payment arrived for a thread that could not take it: refunded')
      return 'refunded'
    }
    throw error
  }
}

/** A payment page expired: its pending payment closes, unless Stripe says it was paid after all. */
export const releaseExpiredCheckout = async (payload: Payload, sessionId: string, req?: PayloadRequest): Promise<string> => {
  const session = await stripe().checkout.sessions.retrieve(sessionId)
  if (session.status !== 'expired') return session.status === 'complete' ? settleCheckout(payload, sessionId, req) : 'still open'
  const paymentId = session.metadata?.payment ?? session.client_reference_id
  const threadId = session.metadata?.thread
  if (!paymentId || !threadId) return 'unknown'
  try {
    await applyTransition(payload, { threadId, action: 'release-checkout', as: { system: true }, input: { payment: paymentId }, req })
    return 'released'
  } catch (error) {
    if (error instanceof TransitionRefused) return 'nothing to release'
    throw error
  }
}
