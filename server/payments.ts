import { randomBytes } from 'node:crypto'

/**
 * Online payments for this run. With STRIPE_SECRET_KEY set, the real Stripe is used (and
 * STRIPE_WEBHOOK_SECRET must be its endpoint's secret). Without it, a local Stripe-compatible
 * server on loopback plays Stripe, with a test payment page and signed webhooks, so that the
 * whole flow works on a machine with no account and no network. The settings are put in the
 * environment before the workers start, so they all talk to the same one.
 */
export const preparePayments = async ({
  port,
  log,
}: {
  port: number
  log: (line: string) => void
}): Promise<{ stop: () => Promise<void> }> => {
  if (process.env.STRIPE_SECRET_KEY) {
    if (!process.env.STRIPE_WEBHOOK_SECRET) log('warning: STRIPE_WEBHOOK_SECRET is not set, so payment events will be refused')
    log('payments through Stripe')
    return { stop: async () => {} }
  }
  const secretKey = `sk_test_wemi_local_${randomBytes(8).toString('hex')}`
  const webhookSecret = `whsec_${randomBytes(24).toString('hex')}`
  // Loaded only here, so that a run with a real Stripe never loads the stand-in.
  const { startLocalStripe } = await import('../dev/local-stripe')
  const local = await startLocalStripe({
    port: Number(process.env.LOCAL_STRIPE_PORT ?? port + 2),
    secretKey,
    webhookUrl: `http://127.0.0.1:${port}/api/stripe/webhook`,
    webhookSecret,
    log: (line) => log(`local Stripe: ${line}`),
  })
  Object.assign(process.env, { STRIPE_SECRET_KEY: secretKey, STRIPE_API_URL: local.url, STRIPE_WEBHOOK_SECRET: webhookSecret })
  log(`payments through a local test Stripe on ${local.url} (no real money moves)`)
  return { stop: () => local.close() }
}
