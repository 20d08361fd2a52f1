import Stripe from 'stripe'

import { type LocalStripe, startLocalStripe } from '../../dev/local-stripe'
import type { TestApp } from './app'
import { type Bridge, serveOverHttp } from './bridge'

export type StripeForTests = { bridge: Bridge; stripeServer: LocalStripe; sdk: Stripe; close: () => Promise<void> }

/**
 * A local Stripe for the test app: the app reachable over HTTP for its webhooks, the app's SDK
 * pointed at it through the environment, and a client of the test's own to look at it.
 */
export const startStripeForApp = async (app: TestApp, { secretKey, webhookSecret }: { secretKey: string; webhookSecret: string }) => {
  const bridge = await serveOverHttp(app)
  const stripeServer = await startLocalStripe({ secretKey, webhookUrl: `${bridge.url}/api/stripe/webhook`, webhookSecret })
  Object.assign(process.env, { STRIPE_SECRET_KEY: secretKey, STRIPE_API_URL: stripeServer.url, STRIPE_WEBHOOK_SECRET: webhookSecret })
  const sdk = new Stripe(secretKey, { host: '127.0.0.1', port: stripeServer.port, protocol: 'http' })
  return {
    bridge,
    stripeServer,
    sdk,
    close: async () => {
      await stripeServer.close()
      await bridge.close()
    },
  } satisfies StripeForTests
}
