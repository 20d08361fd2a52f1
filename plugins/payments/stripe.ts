import Stripe from 'stripe'

/**
 * The Stripe client. STRIPE_SECRET_KEY is the platform's key; STRIPE_API_URL points the SDK
 * at another server speaking Stripe's API (the local one in development and tests).
 */
let client: { key: string; url: string; stripe: Stripe } | null = null

export const stripeConfigured = (): boolean => Boolean(process.env.STRIPE_SECRET_KEY)

export const stripe = (): Stripe => {
  const key = process.env.STRIPE_SECRET_KEY
  if (!key) throw new Error('STRIPE_SECRET_KEY is not set: online payments are not available.')
  const url = process.env.STRIPE_API_URL ?? ''
  if (client?.key === key && client.url === url) return client.stripe
  const api = url ? new URL(url) : null
  const stripeClient = new Stripe(key, {
    maxNetworkRetries: 2,
    timeout: 15_000,
    telemetry: false,
    ...(api
      ? {
          host: api.hostname,
          port: api.port || (api.protocol === 'https:' ? 443 : 80),
          protocol: api.protocol.replace(':', '') as 'http' | 'https',
        }
      : {}),
  })
  client = { key, url, stripe: stripeClient }
  return stripeClient
}

export const webhookSecret = (): string => {
  const secret = process.env.STRIPE_WEBHOOK_SECRET
  if (!secret) throw new Error('STRIPE_WEBHOOK_SECRET is not set: payment events cannot be verified.')
  return secret
}
