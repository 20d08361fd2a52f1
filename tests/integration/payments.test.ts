import { sql } from '@payloadcms/db-postgres/drizzle'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runSql } from '../../lib/sql'
import { type LocalStripe, startLocalStripe } from '../../dev/local-stripe'
import { settleCheckout } from '../../plugins/payments/confirm'
import { startTestApp, type TestApp } from '../helpers/app'
import { refusal } from '../helpers/as'
import { type Bridge, serveOverHttp } from '../helpers/bridge'
import { buildFixtures, type Fixtures, TAX_CODES } from '../helpers/fixtures'
import { act, dayFromNow, quoteInput, sendRequest, threadOf } from '../helpers/marketplace'

const SECRET_KEY = 'sk_test_local_payments'
const WEBHOOK_SECRET = 'whsec_test_payments'
const SCHEME = 'Fondo famiglie'

let app: TestApp
let fx: Fixtures
let bridge: Bridge
let stripeServer: LocalStripe
let sdk: Stripe

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  bridge = await serveOverHttp(app)
  stripeServer = await startLocalStripe({
    secretKey: SECRET_KEY,
    webhookUrl: `${bridge.url}/api/stripe/webhook`,
    webhookSecret: WEBHOOK_SECRET,
  })
  Object.assign(process.env, { STRIPE_SECRET_KEY: SECRET_KEY, STRIPE_API_URL: stripeServer.url, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET })
  sdk = new Stripe(SECRET_KEY, { host: '127.0.0.1', port: stripeServer.port, protocol: 'http' })
  await app.payload.update({ collection: 'services', id: fx.services.publishedA, data: { acceptedVoucherSchemes: [SCHEME] } })
})
afterAll(async () => {
  await stripeServer?.close()
  await bridge?.close()
  await app?.close()
})

/** A thread of citizen1 with orgA whose quote the citizen has accepted. */
const acceptedThread = async (amountCents = 12_000, quote: Record<string, unknown> = {}) => {
  const { threads } = await sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA], fx.districts.d1)
  const id = threads[0]!.id
  await act(app.payload, fx.actors.enteAdmin, id, 'quote', quoteInput({ amountCents, ...quote }))
  await act(app.payload, fx.actors.citizen, id, 'accept', { quote: (await threadOf(app.payload, id)).quote })
  return id
}

const paymentsOf = async (threadId: string) =>
  (await app.payload.find({ collection: 'payments', where: { thread: { equals: threadId } }, sort: 'createdAt', overrideAccess: true }))
    .docs

const transitions = async (threadId: string, action: string) =>
  (
    await runSql<{ n: number }>(
      app.payload,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE document_id = ${threadId} AND action = 'transition' AND changes->>'action' = ${action}`,
    )
  )[0]!.n

const voucherFor = async (fiscalCode: string, amountCents: number) =>
  (
    await app.payload.create({
      collection: 'vouchers',
      data: {
        code: `V-${Math.random().toString(36).slice(2, 10)}`,
        scheme: SCHEME,
        holderFiscalCode: fiscalCode,
        amountCents,
        validFrom: dayFromNow(-1),
        validUntil: dayFromNow(365),
        status: 'active',
      },
    })
  ).id

const sessionOf = (url: string) => url.split('/').pop()!

const signedWebhook = (body: string, secret = WEBHOOK_SECRET) =>
  app.fetch(
    new Request('http://localhost/api/stripe/webhook', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload: body, secret }),
      },
      body,
    }),
  )

describe('paying online through Stripe Checkout', () => {
  it('opens one payment page however often the citizen clicks, and the webhook settles it', async () => {
    const id = await acceptedThread()
    const first = await act(app.payload, fx.actors.citizen, id, 'checkout')
    const again = await act(app.payload, fx.actors.citizen, id, 'checkout')
    expect(again.url).toBe(first.url)
    expect(String(first.url)).toContain(`${stripeServer.url}/checkout/pay/`)
    await stripeServer.pay(sessionOf(String(first.url)))
    expect((await threadOf(app.payload, id)).status).toBe('paid')
    const [payment] = await paymentsOf(id)
    expect(payment).toMatchObject({ status: 'succeeded', method: 'online', amountCents: 12_000, onlineCents: 12_000, voucherCents: 0 })
    expect(payment!.stripe?.paymentIntentId).toMatch(/^pi_/)
    expect(await transitions(id, 'pay')).toBe(1)
  })

  it('sends the money to the ente’s connected account, less the platform fee set by the city', async () => {
    await app.payload.updateGlobal({ slug: 'city', data: { marketplace: { platformFeeBasisPoints: 500 } } })
    try {
      const id = await acceptedThread(10_000)
      const { url } = await act(app.payload, fx.actors.citizen, id, 'checkout')
      await stripeServer.pay(sessionOf(String(url)))
      const [payment] = await paymentsOf(id)
      const intent = await sdk.paymentIntents.retrieve(payment!.stripe!.paymentIntentId!)
      expect(intent.transfer_data?.destination).toBe('acct_orgA')
      expect(intent.application_fee_amount).toBe(500)
      expect(payment!.platformFeeCents).toBe(500)
    } finally {
      await app.payload.updateGlobal({ slug: 'city', data: { marketplace: { platformFeeBasisPoints: 0 } } })
    }
  })
})

describe('the webhook', () => {
  it('processes an event delivered five times once: one payment, one transition', async () => {
    const id = await acceptedThread()
    const { url } = await act(app.payload, fx.actors.citizen, id, 'checkout')
    await stripeServer.pay(sessionOf(String(url)))
    const completed = stripeServer.events.findLast((event) => event.type === 'checkout.session.completed')!
    await Promise.all([1, 2].map(() => stripeServer.resend(completed.id)))
    await stripeServer.resend(completed.id)
    await stripeServer.resend(completed.id)
    const deliveries = stripeServer.deliveries.filter((delivery) => delivery.eventId === completed.id)
    expect(deliveries).toHaveLength(5)
    expect(deliveries.every((delivery) => delivery.ok)).toBe(true)
    expect((await paymentsOf(id)).filter((payment) => payment.status === 'succeeded')).toHaveLength(1)
    expect(await transitions(id, 'pay')).toBe(1)
    const [{ n }] = (await runSql<{ n: number }>(
      app.payload,
      sql`SELECT count(*)::int AS n FROM stripe_events WHERE event_id = ${completed.id}`,
    )) as [{ n: number }]
    expect(n).toBe(1)
  })

  it('reaches the right state when events arrive out of order', async () => {
    const id = await acceptedThread()
    const { url } = await act(app.payload, fx.actors.citizen, id, 'checkout')
    const sessionId = sessionOf(String(url))
    const stale = stripeServer.session(sessionId)!
    bridge.down = true
    await stripeServer.pay(sessionId)
    bridge.down = false
    expect((await threadOf(app.payload, id)).status).toBe('accepted')
    // An "expired" event carrying the session as it was before payment arrives first…
    await stripeServer.deliver({
      id: 'evt_test_stale_expired',
      object: 'event',
      type: 'checkout.session.expired',
      data: { object: { ...stale, status: 'expired' } },
    })
    // …and the completion afterwards: the handler reads the session again and trusts that.
    const completed = stripeServer.events.findLast((event) => event.type === 'checkout.session.completed')!
    await stripeServer.resend(completed.id)
    expect((await threadOf(app.payload, id)).status).toBe('paid')
    expect((await paymentsOf(id)).map((payment) => payment.status)).toEqual(['succeeded'])
    expect(await transitions(id, 'pay')).toBe(1)
  })

  it('answers 400 to a bad signature and writes nothing', async () => {
    const before = (await app.payload.count({ collection: 'stripe-events', overrideAccess: true })).totalDocs
    const body = JSON.stringify({
      id: 'evt_forged',
      object: 'event',
      type: 'checkout.session.completed',
      data: { object: { id: 'cs_forged' } },
    })
    const forged = await signedWebhook(body, 'whsec_someone_else')
    expect(forged.status).toBe(400)
    const unsigned = await app.fetch(new Request('http://localhost/api/stripe/webhook', { method: 'POST', body }))
    expect(unsigned.status).toBe(400)
    expect((await app.payload.count({ collection: 'stripe-events', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('handles 20 identical deliveries at the same time once', async () => {
    const id = await acceptedThread()
    const { url } = await act(app.payload, fx.actors.citizen, id, 'checkout')
    bridge.down = true
    await stripeServer.pay(sessionOf(String(url)))
    bridge.down = false
    const completed = stripeServer.events.findLast((event) => event.type === 'checkout.session.completed')!
    const responses = await Promise.all(Array.from({ length: 20 }, () => signedWebhook(JSON.stringify(completed))))
    const outcomes = await Promise.all(responses.map(async (response) => ({ status: response.status, ...(await response.json()) })))
    expect(outcomes.every((outcome) => outcome.status === 200)).toBe(true)
    expect(outcomes.filter((outcome) => outcome.outcome === 'paid')).toHaveLength(1)
    expect(outcomes.filter((outcome) => outcome.outcome === 'duplicate')).toHaveLength(19)
    expect(await transitions(id, 'pay')).toBe(1)
  })
})

describe('concurrency', () => {
  it('turns 20 parallel "paid" callbacks for one payment into one payment and one transition', async () => {
    const id = await acceptedThread()
    const { url } = await act(app.payload, fx.actors.citizen, id, 'checkout')
    const sessionId = sessionOf(String(url))
    bridge.down = true
    await stripeServer.pay(sessionId)
    bridge.down = false
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => settleCheckout(app.payload, sessionId)))
    expect(outcomes.filter((outcome) => outcome === 'paid')).toHaveLength(1)
    expect(outcomes.filter((outcome) => outcome === 'already-paid')).toHaveLength(19)
    expect((await paymentsOf(id)).filter((payment) => payment.status === 'succeeded')).toHaveLength(1)
    expect(await transitions(id, 'pay')).toBe(1)
  })

  it('accepts exactly one of two quotes accepted at the same moment', async () => {
    const { threads } = await sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA, fx.services.publishedB], fx.districts.d1)
    const [a, b] = [
      threads.find((t) => t.organisation === fx.organisations.orgA)!,
      threads.find((t) => t.organisation === fx.organisations.orgB)!,
    ]
    await act(app.payload, fx.actors.enteAdmin, a.id, 'quote', quoteInput({ amountCents: 10_000 }))
    await act(app.payload, fx.extraActors.enteAdminB, b.id, 'quote', quoteInput({ amountCents: 9_000 }))
    const quoteOf = async (threadId: string) => (await threadOf(app.payload, threadId)).quote
    const results = await Promise.allSettled([
      act(app.payload, fx.actors.citizen, a.id, 'accept', { quote: await quoteOf(a.id) }),
      act(app.payload, fx.actors.citizen, b.id, 'accept', { quote: await quoteOf(b.id) }),
    ])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    const states = [(await threadOf(app.payload, a.id)).status, (await threadOf(app.payload, b.id)).status].sort()
    expect(states).toEqual(['accepted', 'not-chosen'])
  })

  it('never spends a voucher twice when two payments use it at once', async () => {
    const voucher = await voucherFor(TAX_CODES.citizen1, 5_000)
    const [first, second] = [await acceptedThread(5_000), await acceptedThread(5_000)]
    const results = await Promise.allSettled([
      act(app.payload, fx.actors.citizen, first, 'pay-voucher', { voucher }),
      act(app.payload, fx.actors.citizen, second, 'pay-voucher', { voucher }),
    ])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    const spent = await app.payload.findByID({ collection: 'vouchers', id: voucher, overrideAccess: true })
    expect(spent.spentCents).toBe(5_000)
  })
})

describe('vouchers', () => {
  it('pays part with a voucher and the rest online', async () => {
    const voucher = await voucherFor(TAX_CODES.citizen1, 5_000)
    const id = await acceptedThread(12_000)
    const { url } = await act(app.payload, fx.actors.citizen, id, 'checkout', { voucher })
    expect(stripeServer.session(sessionOf(String(url)))?.amount_total).toBe(7_000)
    await stripeServer.pay(sessionOf(String(url)))
    const [payment] = await paymentsOf(id)
    expect(payment).toMatchObject({ status: 'succeeded', amountCents: 12_000, voucherCents: 5_000, onlineCents: 7_000 })
    expect((await app.payload.findByID({ collection: 'vouchers', id: voucher, overrideAccess: true })).spentCents).toBe(5_000)
  })

  it('pays everything with a voucher that covers it, and refuses one that does not, or is someone else’s', async () => {
    const voucher = await voucherFor(TAX_CODES.citizen1, 3_000)
    const small = await acceptedThread(2_500)
    expect((await act(app.payload, fx.actors.citizen, small, 'pay-voucher', { voucher })).to).toBe('paid')
    const large = await acceptedThread(2_500)
    const insufficient = await refusal(act(app.payload, fx.actors.citizen, large, 'pay-voucher', { voucher }))
    expect(insufficient.message).toContain('non copre')
    const theirs = await voucherFor(TAX_CODES.citizen2, 10_000)
    const notYours = await refusal(act(app.payload, fx.actors.citizen, large, 'pay-voucher', { voucher: theirs }))
    expect(notYours.errors[0]).toMatchObject({ path: 'voucher', message: 'Questo voucher non è intestato a te.' })
  })

  it('gives the voucher back when the payment page expires or the citizen cancels', async () => {
    const voucher = await voucherFor(TAX_CODES.citizen1, 4_000)
    const id = await acceptedThread(10_000)
    const { url } = await act(app.payload, fx.actors.citizen, id, 'checkout', { voucher })
    await sdk.checkout.sessions.expire(sessionOf(String(url)))
    await expect.poll(async () => (await paymentsOf(id))[0]?.status).toBe('cancelled')
    expect((await app.payload.findByID({ collection: 'vouchers', id: voucher, overrideAccess: true })).spentCents).toBe(0)
    const retry = await act(app.payload, fx.actors.citizen, id, 'checkout', { voucher })
    expect(retry.url).not.toBe(url)
    await act(app.payload, fx.actors.citizen, id, 'cancel')
    expect(stripeServer.session(sessionOf(String(retry.url)))?.status).toBe('expired')
    expect((await app.payload.findByID({ collection: 'vouchers', id: voucher, overrideAccess: true })).spentCents).toBe(0)
    expect((await threadOf(app.payload, id)).status).toBe('cancelled')
  })
})

describe('cancelling and refunds', () => {
  it('refunds a paid service cancelled within the notice period, through Stripe and to the voucher', async () => {
    const voucher = await voucherFor(TAX_CODES.citizen1, 2_000)
    const id = await acceptedThread(9_000)
    const { url } = await act(app.payload, fx.actors.citizen, id, 'checkout', { voucher })
    await stripeServer.pay(sessionOf(String(url)))
    expect((await act(app.payload, fx.actors.citizen, id, 'cancel')).to).toBe('refunded')
    const [payment] = await paymentsOf(id)
    expect(payment).toMatchObject({ status: 'refunded', refundedCents: 9_000 })
    const refunded = stripeServer.events
      .filter((event) => event.type === 'charge.refunded')
      .map((event) => event.data.object as { payment_intent: string; amount_refunded: number })
    expect(refunded.find((charge) => charge.payment_intent === payment!.stripe?.paymentIntentId)?.amount_refunded).toBe(7_000)
    expect((await app.payload.findByID({ collection: 'vouchers', id: voucher, overrideAccess: true })).spentCents).toBe(0)
  })

  it('refuses a cancellation after the notice period and lets WeMi arbitrate a dispute with a partial refund', async () => {
    const id = await acceptedThread(8_000, { periodStart: dayFromNow(1), periodEnd: dayFromNow(3) })
    const { url } = await act(app.payload, fx.actors.citizen, id, 'checkout')
    await stripeServer.pay(sessionOf(String(url)))
    const late = await refusal(act(app.payload, fx.actors.citizen, id, 'cancel'))
    expect(late.status).toBe(409)
    expect(late.message).toContain('preavviso')
    await act(app.payload, fx.actors.citizen, id, 'dispute', { reason: 'L’operatore non si è presentato il primo giorno.' })
    const tooMuch = await refusal(act(app.payload, fx.actors.admin, id, 'refund', { amountCents: 9_000 }))
    expect(tooMuch.errors[0]?.path).toBe('amountCents')
    expect((await act(app.payload, fx.actors.admin, id, 'refund', { amountCents: 3_000 })).to).toBe('refunded')
    expect((await paymentsOf(id))[0]).toMatchObject({ status: 'partially-refunded', refundedCents: 3_000 })
  })
})
