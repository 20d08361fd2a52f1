import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Endpoint } from 'payload'
import type Stripe from 'stripe'

import { runSql } from '../../lib/sql'
import { inTransaction, localRequest } from '../../lib/transaction'
import { releaseExpiredCheckout, settleCheckout } from './confirm'
import { isCreditSession, settleCreditPurchase } from './credit-purchases'
import { syncPaymentAccount } from './onboarding'
import { stripe, webhookSecret } from './stripe'

/** Stripe's answer when the event names a payment page it does not have. */
const isMissingResource = (error: unknown) => (error as { code?: unknown } | null)?.code === 'resource_missing'

const objectIdOf = (event: Stripe.Event): string | null => {
  const object = event.data.object as { id?: unknown }
  return typeof object.id === 'string' ? object.id : null
}

/**
 * Stripe's webhook. The signature is checked on the raw body before anything else; then, in
 * one transaction, the event id is recorded (a second delivery finds it and stops) and the
 * event handled, so that an event is either processed once or not at all (and Stripe retries).
 * A correctly signed event about a payment page Stripe does not know concerns nothing of ours:
 * it is acknowledged and nothing is kept, not even its id.
 */
export const stripeWebhook: Endpoint = {
  path: '/stripe/webhook',
  method: 'post',
  handler: async (req) => {
    const signature = req.headers.get('stripe-signature') ?? ''
    const body = await req.text!()
    let event: Stripe.Event
    try {
      event = stripe().webhooks.constructEvent(body, signature, webhookSecret())
    } catch {
      return Response.json({ error: 'Invalid signature' }, { status: 400 })
    }
    const { payload } = req
    const handled = inTransaction(await localRequest(payload), async (tx) => {
      const recorded = await runSql(
        payload,
        sql`INSERT INTO stripe_events (event_id, type, object_id, updated_at, created_at)
            VALUES (${event.id}, ${event.type}, ${objectIdOf(event)}, now(), now())
            ON CONFLICT (event_id) DO NOTHING RETURNING id`,
        tx,
      )
      if (recorded.length === 0) return 'duplicate'
      switch (event.type) {
        case 'checkout.session.completed':
        case 'checkout.session.async_payment_succeeded':
        case 'checkout.session.expired':
          if (isCreditSession(event.data.object)) return settleCreditPurchase(payload, event.data.object.id, tx)
          return event.type === 'checkout.session.expired'
            ? releaseExpiredCheckout(payload, event.data.object.id, tx)
            : settleCheckout(payload, event.data.object.id, tx)
        case 'account.updated':
          return syncPaymentAccount(tx, event.data.object.id, 'account-updated-by-stripe')
        default:
          return 'ignored'
      }
    })
    const outcome = await handled.catch((error: unknown) => {
      if (isMissingResource(error)) return 'ignored'
      throw error
    })
    return Response.json({ received: true, outcome })
  },
}
