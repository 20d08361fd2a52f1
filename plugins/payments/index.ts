import type { Config, Plugin } from 'payload'

import { paymentOnboardingEndpoints } from './onboarding'
import { stripeWebhook } from './webhook'

/**
 * Stripe's webhook, which confirms online payments (Stripe Checkout with Connect), and the
 * organisations' endpoints through which an ente connects the account its money goes to.
 */
export const paymentsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collection.slug === 'organisations'
        ? { ...collection, endpoints: [...(collection.endpoints || []), ...paymentOnboardingEndpoints] }
        : collection,
    ),
    endpoints: [...(config.endpoints ?? []), stripeWebhook],
  })
