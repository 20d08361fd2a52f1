import type { Config, Plugin } from 'payload'

import { stripeWebhook } from './webhook'

/** Stripe's webhook, which confirms online payments (Stripe Checkout with Connect). */
export const paymentsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    endpoints: [...(config.endpoints ?? []), stripeWebhook],
  })
