import { setTimeout as sleep } from 'node:timers/promises'

import Stripe from 'stripe'

import type { EventRequest } from './resources'

/** An event as Stripe sends it to a webhook endpoint. */
export type LocalStripeEvent = {
  id: string
  object: 'event'
  api_version: string
  created: number
  type: string
  data: { object: object }
  livemode: false
  pending_webhooks: number
  request: EventRequest
}

/** What happened to one delivery, after its last attempt. */
export type Delivery = {
  eventId: string
  type: string
  url: string
  attempts: number
  ok: boolean
  /** The receiver's last HTTP status; null when it could not be reached. */
  status: number | null
  error: string | null
}

/** Stripe retries for days; a local receiver that is down is down, so three quick tries are enough. */
const RETRY_DELAYS_MS = [200, 1000]
const ATTEMPT_TIMEOUT_MS = 10_000

/**
 * Posts an event the way Stripe does: pretty-printed JSON, signed with the endpoint's secret by
 * the SDK's own signer, so that the app verifies it with `stripe.webhooks.constructEvent`
 * exactly as in production. Each attempt is signed afresh, with its own timestamp.
 */
export const deliverEvent = async ({
  event,
  url,
  secret,
  log,
}: {
  event: { id: string; type: string }
  url: string
  secret: string
  log?: (line: string) => void
}): Promise<Delivery> => {
  const payload = JSON.stringify(event, null, 2)
  const delivery: Delivery = {
    eventId: event.id,
    type: event.type,
    url,
    attempts: 0,
    ok: false,
    status: null,
    error: null,
  }
  for (;;) {
    delivery.attempts += 1
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret }),
        },
        body: payload,
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      })
      await response.arrayBuffer()
      delivery.status = response.status
      delivery.ok = response.ok
      delivery.error = response.ok ? null : `HTTP ${response.status}`
    } catch (error) {
      delivery.status = null
      delivery.error = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
    }
    const delay = RETRY_DELAYS_MS[delivery.attempts - 1]
    if (delivery.ok || delay === undefined) break
    log?.(`webhook ${event.type} ${event.id}: attempt ${delivery.attempts} failed (${delivery.error}), retrying`)
    await sleep(delay)
  }
  log?.(
    delivery.ok
      ? `webhook ${event.type} ${event.id}: delivered (HTTP ${delivery.status})`
      : `webhook ${event.type} ${event.id}: not delivered after ${delivery.attempts} attempts (${delivery.error})`,
  )
  return delivery
}
