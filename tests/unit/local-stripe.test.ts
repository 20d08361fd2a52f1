import http from 'node:http'
import type { AddressInfo } from 'node:net'

import Stripe from 'stripe'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { type LocalStripe, startLocalStripe } from '../../dev/local-stripe'
import { FormError, parseForm } from '../../dev/local-stripe/form'

const SECRET_KEY = 'sk_test_wemi_local_0123456789abcdef'
const WEBHOOK_SECRET = 'whsec_wemi_local_test_secret'

/** The app's webhook endpoint in miniature: it keeps what it receives and can be told to fail. */
type Received = { body: string; signature: string }
const received: Received[] = []
const failures = new Map<string, number>()
let receiver: http.Server
let local: LocalStripe
let stripe: Stripe

type Posted = { type: string; data: { object: { id: string } } }

const objectIdOf = (body: string): string => (JSON.parse(body) as Posted).data.object.id

const receivedFor = (objectId: string, type: string) =>
  received.filter(({ body }) => {
    const event = JSON.parse(body) as Posted
    return event.data.object.id === objectId && event.type === type
  })

const waitFor = async <T>(find: () => T | undefined, timeoutMs = 5000): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = find()
    if (found !== undefined) return found
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const verified = ({ body, signature }: Received) => stripe.webhooks.constructEvent(body, signature, WEBHOOK_SECRET)

const sessionParams = (overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams => ({
  mode: 'payment',
  line_items: [{ price_data: { currency: 'eur', unit_amount: 1500, product_data: { name: 'Baby-sitting serale' } }, quantity: 2 }],
  success_url: 'https://wemi.example/pagamento/ok?session_id={CHECKOUT_SESSION_ID}',
  cancel_url: 'https://wemi.example/pagamento/annullato',
  customer_email: 'giulia.rossi@wemi.example',
  client_reference_id: 'quote-42',
  metadata: { thread: 'thread-7', quote: 'quote-42' },
  locale: 'it',
  payment_intent_data: {
    transfer_data: { destination: 'acct_test_girasole' },
    application_fee_amount: 300,
    metadata: { thread: 'thread-7' },
  },
  ...overrides,
})

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      received.push({ body, signature: String(req.headers['stripe-signature']) })
      const objectId = objectIdOf(body)
      const remaining = failures.get(objectId) ?? 0
      if (remaining > 0) failures.set(objectId, remaining - 1)
      res.writeHead(remaining > 0 ? 500 : 200, { 'content-type': 'application/json' }).end('{"received":true}')
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  local = await startLocalStripe({
    secretKey: SECRET_KEY,
    webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/payments/webhook`,
    webhookSecret: WEBHOOK_SECRET,
  })
  stripe = new Stripe(SECRET_KEY, { host: '127.0.0.1', port: local.port, protocol: 'http' })
})

afterEach(() => {
  failures.clear()
})

afterAll(async () => {
  await local?.close()
  await new Promise<void>((resolve) => receiver?.close(() => resolve()))
})

describe('the form parser', () => {
  it('reads bracket notation into objects and arrays, keeping strings', () => {
    expect(
      parseForm(
        'line_items[0][price_data][unit_amount]=1500&line_items[0][quantity]=2&line_items[1][quantity]=1' +
          '&metadata[thread]=abc&payment_method_types[0]=card&payment_method_types[1]=paypal&expand[]=x&expand[]=y' +
          '&customer_email=a%2Bb%40example.it&success_url=https%3A%2F%2Fx.example%2Fok%3Fid%3D%7BCHECKOUT_SESSION_ID%7D',
      ),
    ).toEqual({
      line_items: [{ price_data: { unit_amount: '1500' }, quantity: '2' }, { quantity: '1' }],
      metadata: { thread: 'abc' },
      payment_method_types: ['card', 'paypal'],
      expand: ['x', 'y'],
      customer_email: 'a+b@example.it',
      success_url: 'https://x.example/ok?id={CHECKOUT_SESSION_ID}',
    })
  })

  it('orders array items by index and refuses a name used as both a value and an object', () => {
    expect(parseForm('a[2]=c&a[0]=a&a[1]=b')).toEqual({ a: ['a', 'b', 'c'] })
    expect(parseForm('a%5Bb%5D=1')).toEqual({ a: { b: '1' } })
    expect(() => parseForm('metadata=x&metadata[thread]=abc')).toThrow(FormError)
    expect(() => parseForm('metadata[thread]=abc&metadata=x')).toThrow(FormError)
  })
})

describe('Checkout Sessions through the Stripe SDK', () => {
  it('creates and retrieves a session with Stripe’s fields', async () => {
    const before = Math.floor(Date.now() / 1000)
    const session = await stripe.checkout.sessions.create(sessionParams())
    expect(session.id).toMatch(/^cs_test_[A-Za-z0-9]+$/)
    expect(session).toMatchObject({
      object: 'checkout.session',
      url: `${local.url}/checkout/pay/${session.id}`,
      status: 'open',
      payment_status: 'unpaid',
      amount_total: 3000,
      amount_subtotal: 3000,
      currency: 'eur',
      metadata: { thread: 'thread-7', quote: 'quote-42' },
      client_reference_id: 'quote-42',
      customer_email: 'giulia.rossi@wemi.example',
      payment_intent: null,
      livemode: false,
      locale: 'it',
      success_url: 'https://wemi.example/pagamento/ok?session_id={CHECKOUT_SESSION_ID}',
      cancel_url: 'https://wemi.example/pagamento/annullato',
    })
    expect(session.expires_at - before).toBeGreaterThanOrEqual(24 * 3600 - 1)
    expect(session.expires_at - before).toBeLessThanOrEqual(24 * 3600 + 1)
    expect(session.created).toBeGreaterThanOrEqual(before)

    const retrieved = await stripe.checkout.sessions.retrieve(session.id)
    expect(retrieved).toEqual(session)
    expect(retrieved.lastResponse.headers['request-id']).toMatch(/^req_/)
  })

  it('expires an open session, emits checkout.session.expired and refuses to expire it again', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams())
    const expired = await stripe.checkout.sessions.expire(session.id)
    expect(expired).toMatchObject({ id: session.id, status: 'expired', payment_status: 'unpaid', url: null })

    const delivery = await waitFor(() => receivedFor(session.id, 'checkout.session.expired')[0])
    const event = verified(delivery)
    expect(event.type).toBe('checkout.session.expired')
    expect(event.request).toMatchObject({ id: expired.lastResponse.requestId })

    await expect(stripe.checkout.sessions.expire(session.id)).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    await expect(local.pay(session.id)).rejects.toThrow(/expired/)
  })

  it('refuses invalid parameters with the parameter named', async () => {
    const invalid = async (params: Stripe.Checkout.SessionCreateParams) => {
      const error = await stripe.checkout.sessions.create(params).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
      return (error as Stripe.errors.StripeInvalidRequestError).param
    }
    const line = (unit_amount: number, quantity = 1) => [
      { price_data: { currency: 'eur', unit_amount, product_data: { name: 'Assistenza' } }, quantity },
    ]
    expect(await invalid(sessionParams({ line_items: line(-100) }))).toBe('line_items[0][price_data][unit_amount]')
    expect(await invalid(sessionParams({ line_items: line(0) }))).toBe('line_items[0][price_data][unit_amount]')
    expect(await invalid(sessionParams({ line_items: line(100, 0) }))).toBe('line_items[0][quantity]')
    expect(await invalid(sessionParams({ success_url: undefined }))).toBe('success_url')
    expect(await invalid(sessionParams({ expires_at: Math.floor(Date.now() / 1000) + 48 * 3600 }))).toBe('expires_at')
    expect(
      await invalid(
        sessionParams({
          line_items: [{ price_data: { currency: '', unit_amount: 100, product_data: { name: 'x' } }, quantity: 1 }],
        }),
      ),
    ).toBe('line_items[0][price_data][currency]')
    expect(await invalid(sessionParams({ allowed_payment_method_types: ['klarna'] }))).toBe('allowed_payment_method_types')
  })

  it('offers the methods allowed, or the exact list older API versions sent', async () => {
    const filtered = await stripe.checkout.sessions.create(sessionParams({ allowed_payment_method_types: ['paypal', 'klarna'] }))
    expect(filtered).toMatchObject({
      allowed_payment_method_types: ['paypal', 'klarna'],
      payment_method_types: ['paypal'],
    })
    const unfiltered = await stripe.checkout.sessions.create(sessionParams())
    expect(unfiltered).toMatchObject({ allowed_payment_method_types: null, payment_method_types: ['card', 'paypal'] })

    const post = (form: string) =>
      fetch(`${local.url}/v1/checkout/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/x-www-form-urlencoded' },
        body:
          'mode=payment&success_url=https%3A%2F%2Fwemi.example%2Fok&line_items[0][quantity]=1' +
          '&line_items[0][price_data][currency]=EUR&line_items[0][price_data][unit_amount]=990' +
          `&line_items[0][price_data][product_data][name]=Trasporto&${form}`,
      })
    const exact = await post('payment_method_types[0]=card')
    expect(exact.status).toBe(200)
    expect(await exact.json()).toMatchObject({ currency: 'eur', amount_total: 990, payment_method_types: ['card'] })
    const unknown = await post('payment_method_types[0]=card&payment_method_types[1]=bitcoin')
    expect(unknown.status).toBe(400)
    expect(await unknown.json()).toMatchObject({
      error: { type: 'invalid_request_error', param: 'payment_method_types[1]' },
    })
  })

  it('answers an unknown session with resource_missing', async () => {
    const error = await stripe.checkout.sessions.retrieve('cs_test_nothing').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(error).toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
      message: "No such checkout.session: 'cs_test_nothing'",
    })
  })
})

describe('authentication and unknown routes', () => {
  it('refuses a wrong key with a StripeAuthenticationError', async () => {
    const intruder = new Stripe('sk_test_not_the_right_key', { host: '127.0.0.1', port: local.port, protocol: 'http' })
    await expect(intruder.checkout.sessions.create(sessionParams())).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError)
  })

  it('answers without a key, or on an unknown route, in Stripe’s error shape', async () => {
    const anonymous = await fetch(`${local.url}/v1/checkout/sessions/cs_test_x`)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({
      error: { type: 'invalid_request_error', message: expect.stringContaining('API key') },
    })

    const unknown = await fetch(`${local.url}/v1/customers`, { headers: { authorization: `Bearer ${SECRET_KEY}` } })
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toEqual({
      error: {
        type: 'invalid_request_error',
        message: expect.stringContaining('Unrecognized request URL (GET: /v1/customers)'),
      },
    })
  })
})

describe('paying', () => {
  it('pays through pay(), creates the PaymentIntent and delivers a verifiable checkout.session.completed', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams())
    const paid = await local.pay(session.id, { method: 'paypal' })
    expect(paid).toMatchObject({ status: 'complete', payment_status: 'paid', url: null })
    expect(paid.payment_intent).toMatch(/^pi_test_/)

    // pay() resolves once the delivery has finished: the webhook is already there.
    const deliveries = receivedFor(session.id, 'checkout.session.completed')
    expect(deliveries).toHaveLength(1)
    const event = verified(deliveries[0]!)
    expect(event.id).toMatch(/^evt_test_/)
    expect(event).toMatchObject({
      object: 'event',
      type: 'checkout.session.completed',
      livemode: false,
      pending_webhooks: 1,
      api_version: Stripe.API_VERSION,
      request: { id: null, idempotency_key: null },
    })
    expect(event.data.object).toMatchObject({ id: session.id, status: 'complete', payment_intent: paid.payment_intent })
    expect(local.deliveries.find((delivery) => delivery.eventId === event.id)).toMatchObject({
      ok: true,
      attempts: 1,
      status: 200,
    })

    const expanded = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] })
    const intent = expanded.payment_intent as Stripe.PaymentIntent
    expect(intent).toMatchObject({
      id: paid.payment_intent,
      object: 'payment_intent',
      status: 'succeeded',
      amount: 3000,
      amount_received: 3000,
      currency: 'eur',
      metadata: { thread: 'thread-7' },
      transfer_data: { destination: 'acct_test_girasole' },
      application_fee_amount: 300,
      payment_method_types: ['paypal'],
    })
    expect(intent.latest_charge).toMatch(/^ch_test_/)
    expect(await stripe.paymentIntents.retrieve(intent.id)).toEqual(intent)

    await expect(local.pay(session.id)).rejects.toThrow(/complete/)
    expect(receivedFor(session.id, 'checkout.session.completed')).toHaveLength(1)
  })

  it('pays through the hosted page and redirects to success_url with the session id', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams())
    const page = await fetch(session.url!)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')

    const pay = () => fetch(session.url!, { method: 'POST', body: new URLSearchParams({ method: 'card' }), redirect: 'manual' })
    const response = await pay()
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`https://wemi.example/pagamento/ok?session_id=${session.id}`)
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('complete')
    verified(await waitFor(() => receivedFor(session.id, 'checkout.session.completed')[0]))

    const again = await pay()
    expect(again.status).toBe(409)
    expect(await again.text()).toContain('Pagamento già completato')
    const after = await fetch(session.url!)
    expect(await after.text()).toContain(`href="https://wemi.example/pagamento/ok?session_id=${session.id}"`)
    expect(receivedFor(session.id, 'checkout.session.completed')).toHaveLength(1)
  })

  it('does not take payment once expires_at has passed', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams())
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(Date.now() + 25 * 3600 * 1000)
      await expect(local.pay(session.id)).rejects.toThrow(/expired/)
      expect(local.session(session.id)).toMatchObject({ status: 'expired', payment_status: 'unpaid' })
    } finally {
      vi.useRealTimers()
    }
    const page = await fetch(`${local.url}/checkout/pay/${session.id}`, {
      method: 'POST',
      body: 'method=card',
      redirect: 'manual',
    })
    expect(page.status).toBe(409)
    expect(await page.text()).toContain('Sessione di pagamento scaduta')
    expect(
      local.events.filter((event) => event.type === 'checkout.session.expired' && (event.data.object as { id: string }).id === session.id),
    ).toHaveLength(1)
  })
})

describe('webhook signatures and deliveries', () => {
  it('signs so that a tampered body or another secret fails verification', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams())
    await local.pay(session.id)
    const delivery = receivedFor(session.id, 'checkout.session.completed')[0]!
    expect(() => verified(delivery)).not.toThrow()
    const tampered = delivery.body.replace('"amount_total": 3000', '"amount_total": 1')
    expect(tampered).not.toBe(delivery.body)
    expect(() => verified({ ...delivery, body: tampered })).toThrow(Stripe.errors.StripeSignatureVerificationError)
    expect(() => stripe.webhooks.constructEvent(delivery.body, delivery.signature, 'whsec_another')).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    )
  })

  it('retries a failing endpoint, and resends or delivers events on request', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams())
    failures.set(session.id, 2)
    await local.pay(session.id)
    const attempts = receivedFor(session.id, 'checkout.session.completed')
    expect(attempts).toHaveLength(3)
    const event = verified(attempts[2]!)
    expect(new Set(attempts.map((attempt) => verified(attempt).id))).toEqual(new Set([event.id]))
    expect(local.deliveries.find((delivery) => delivery.eventId === event.id)).toMatchObject({
      ok: true,
      attempts: 3,
      status: 200,
    })

    const resent = await local.resend(event.id)
    expect(resent).toMatchObject({ eventId: event.id, ok: true, attempts: 1 })
    expect(verified(receivedFor(session.id, 'checkout.session.completed')[3]!).id).toBe(event.id)

    const custom = await local.deliver({
      id: 'evt_test_custom',
      object: 'event',
      type: 'payment_intent.succeeded',
      data: { object: { id: 'pi_test_custom' } },
    })
    expect(custom.ok).toBe(true)
    expect(verified(receivedFor('pi_test_custom', 'payment_intent.succeeded')[0]!).id).toBe('evt_test_custom')
  })

  it('records a delivery that never succeeds', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams())
    failures.set(session.id, 3)
    await local.pay(session.id)
    expect(receivedFor(session.id, 'checkout.session.completed')).toHaveLength(3)
    expect(local.deliveries.at(-1)).toMatchObject({
      type: 'checkout.session.completed',
      ok: false,
      attempts: 3,
      status: 500,
    })
  })

  it('only records events when there is no webhook endpoint', async () => {
    const quiet = await startLocalStripe({ secretKey: SECRET_KEY })
    try {
      const client = new Stripe(SECRET_KEY, { host: '127.0.0.1', port: quiet.port, protocol: 'http' })
      const session = await client.checkout.sessions.create(sessionParams())
      await quiet.pay(session.id)
      expect(quiet.events.map((event) => event.type)).toEqual(['checkout.session.completed'])
      expect(quiet.events[0]!.pending_webhooks).toBe(0)
      expect(quiet.deliveries).toHaveLength(0)
      await expect(quiet.resend(quiet.events[0]!.id)).rejects.toThrow(/webhookUrl/)
    } finally {
      await quiet.close()
    }
  })
})

describe('idempotency', () => {
  it('replays a repeated request and refuses the same key with other parameters', async () => {
    const key = `wemi-test-${Date.now()}-a`
    const first = await stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: key })
    const second = await stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: key })
    expect(second.id).toBe(first.id)
    expect(first.lastResponse.headers['idempotent-replayed']).toBeUndefined()
    expect(second.lastResponse.headers['idempotent-replayed']).toBe('true')
    expect(second.lastResponse.headers['original-request']).toBe(first.lastResponse.requestId)

    const error = await stripe.checkout.sessions
      .create(sessionParams({ client_reference_id: 'another-quote' }), { idempotencyKey: key })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError)
    expect(error).toMatchObject({ statusCode: 400, type: 'StripeIdempotencyError' })
  })

  it('does the work once for concurrent requests with one key', async () => {
    const key = `wemi-test-${Date.now()}-b`
    const eventsBefore = local.events.length
    const sessions = await Promise.all(
      Array.from({ length: 10 }, () => stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: key })),
    )
    expect(new Set(sessions.map((session) => session.id)).size).toBe(1)
    expect(sessions.filter((session) => session.lastResponse.headers['idempotent-replayed'] !== 'true')).toHaveLength(1)

    const expires = await Promise.all(
      Array.from({ length: 5 }, () => stripe.checkout.sessions.expire(sessions[0]!.id, {}, { idempotencyKey: `${key}-expire` })),
    )
    expect(expires.every((session) => session.status === 'expired')).toBe(true)
    expect(local.events.slice(eventsBefore).filter((event) => event.type === 'checkout.session.expired')).toHaveLength(1)
  })
})

describe('refunds', () => {
  it('refunds in part, then the rest, and refuses more than what remains', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams())
    const paid = await local.pay(session.id)
    const payment_intent = paid.payment_intent as string

    const partial = await stripe.refunds.create({
      payment_intent,
      amount: 500,
      reason: 'requested_by_customer',
      metadata: { thread: 'thread-7' },
    })
    expect(partial).toMatchObject({
      object: 'refund',
      amount: 500,
      currency: 'eur',
      status: 'succeeded',
      payment_intent,
      reason: 'requested_by_customer',
      metadata: { thread: 'thread-7' },
    })
    expect(partial.id).toMatch(/^re_test_/)
    const chargeId = partial.charge as string
    const partialCharge = verified(await waitFor(() => receivedFor(chargeId, 'charge.refunded')[0]))
    expect(partialCharge.data.object).toMatchObject({
      id: chargeId,
      payment_intent,
      amount: 3000,
      amount_refunded: 500,
      refunded: false,
    })
    verified(await waitFor(() => receivedFor(partial.id, 'refund.created')[0]))

    const tooMuch = await stripe.refunds.create({ payment_intent, amount: 2600 }).catch((caught: unknown) => caught)
    expect(tooMuch).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(tooMuch).toMatchObject({ param: 'amount', statusCode: 400 })

    const rest = await stripe.refunds.create({ payment_intent })
    expect(rest).toMatchObject({ amount: 2500, status: 'succeeded', charge: chargeId })
    const fullCharge = await waitFor(() => receivedFor(chargeId, 'charge.refunded')[1])
    expect(verified(fullCharge).data.object).toMatchObject({ amount_refunded: 3000, refunded: true })

    await expect(stripe.refunds.create({ payment_intent, amount: 1 })).rejects.toMatchObject({
      code: 'charge_already_refunded',
    })
    await expect(stripe.refunds.create({ payment_intent: 'pi_test_nothing' })).rejects.toMatchObject({
      param: 'payment_intent',
    })
  })
})

describe('the hosted Checkout page', () => {
  const landmarks = (html: string) => {
    expect(html).toMatch(/<main>[\s\S]*<h1>[\s\S]*<\/h1>[\s\S]*<\/main>/)
    expect(html).not.toMatch(/<script|https?:\/\/(?!wemi\.example)/)
  }

  it('speaks Italian by default, with a labelled choice of method and a way back', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams({ locale: undefined }))
    const html = await (await fetch(session.url!)).text()
    expect(html).toContain('<html lang="it">')
    expect(html).toMatch(/<title>[^<]*prova[^<]*<\/title>/)
    expect(html).toMatch(/<h1>Pagamento di prova: nessun addebito reale<\/h1>/)
    expect(html).toContain('Baby-sitting serale')
    expect(html).toContain('quantità 2')
    expect(html).toContain('30,00 €')
    expect(html).toMatch(/<fieldset>\s*<legend>Metodo di pagamento<\/legend>/)
    for (const [method, name] of [
      ['card', 'Carta di credito o di debito'],
      ['paypal', 'PayPal'],
    ]) {
      expect(html).toContain(`<input type="radio" id="method-${method}" name="method" value="${method}"`)
      expect(html).toContain(`<label for="method-${method}">${name}</label>`)
    }
    expect(html).toContain(`<form method="post" action="/checkout/pay/${session.id}">`)
    expect(html).toContain('<button type="submit">Paga</button>')
    expect(html).toContain('<a href="https://wemi.example/pagamento/annullato">Annulla e torna a WeMi</a>')
    landmarks(html)
  })

  it('speaks English when the session says so and offers only the methods allowed', async () => {
    const session = await stripe.checkout.sessions.create(
      sessionParams({ locale: 'en', allowed_payment_method_types: ['paypal', 'klarna'] }),
    )
    const html = await (await fetch(session.url!)).text()
    expect(html).toContain('<html lang="en">')
    expect(html).toMatch(/<h1>Test payment: no real charge<\/h1>/)
    expect(html).toContain('€30.00')
    expect(html).toContain('<button type="submit">Pay</button>')
    expect(html).toContain('Cancel and return to WeMi')
    expect(html).toContain('<input type="radio" id="method-paypal" name="method" value="paypal" checked>')
    expect(html).not.toContain('method-card')
    landmarks(html)

    const wrongMethod = await fetch(session.url!, { method: 'POST', body: 'method=card', redirect: 'manual' })
    expect(wrongMethod.status).toBe(400)
    expect(local.session(session.id)?.status).toBe('open')
  })

  it('escapes what the app sends and explains a missing session', async () => {
    const session = await stripe.checkout.sessions.create(
      sessionParams({
        line_items: [
          {
            price_data: { currency: 'eur', unit_amount: 1000, product_data: { name: '<b>Pulizie</b> & co' } },
            quantity: 1,
          },
        ],
      }),
    )
    const html = await (await fetch(session.url!)).text()
    expect(html).toContain('&#60;b&#62;Pulizie&#60;/b&#62; &#38; co')
    expect(html).not.toContain('<b>')

    const missing = await fetch(`${local.url}/checkout/pay/cs_test_nothing`)
    expect(missing.status).toBe(404)
    const missingHtml = await missing.text()
    expect(missingHtml).toContain('<html lang="it">')
    expect(missingHtml).toContain('Pagamento non trovato')
    landmarks(missingHtml)
  })
})
