import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setImmediate as nextTurn } from 'node:timers/promises'

import Stripe from 'stripe'

import { type Account, createAccounts, onboardingProblems } from './accounts'
import { FormError, type FormObject, parseForm } from './form'
import { browserLanguage, missingLinkPage, onboardingPage } from './onboarding-page'
import { checkoutPage, problemPage } from './page'
import { ApiError, expansionsOf, type StripeErrorBody } from './params'
import {
  type CheckoutSession,
  createLedger,
  type EmitEvent,
  type EventRequest,
  newId,
  type PaymentMethodType,
  type SessionRecord,
} from './resources'
import { type Delivery, deliverEvent, type LocalStripeEvent } from './webhooks'

export type { Account, AccountLink } from './accounts'
export type { Charge, CheckoutSession, PaymentIntent, PaymentMethodType, Refund } from './resources'
export type { Delivery, LocalStripeEvent } from './webhooks'

/**
 * A small Stripe that runs on this machine, for tests and offline development. The app's own
 * Stripe SDK talks to it unchanged (`new Stripe(key, { host, port, protocol: 'http' })`); it
 * answers the few endpoints the app uses with Stripe's shapes and errors, serves a hosted
 * Checkout page a browser can pay on, and sends signed webhooks back to the app. Parameters
 * it does not model are ignored: it is here to exercise the app's flows, not Stripe's checks.
 */
export type LocalStripeOptions = {
  host?: string
  /** 0 picks a free port. */
  port?: number
  /** The key the app's SDK is configured with; any other is refused, as Stripe would. */
  secretKey: string
  /** Where events are posted; without it they are only recorded. */
  webhookUrl?: string
  /** The endpoint's signing secret (`whsec_…`), needed with `webhookUrl`. */
  webhookSecret?: string
  log?: (line: string) => void
}

export type LocalStripe = {
  /** The base address, e.g. `http://127.0.0.1:41234`. */
  url: string
  port: number
  /** Every event emitted, newest last. */
  events: readonly LocalStripeEvent[]
  /** Every finished webhook delivery, newest last. */
  deliveries: readonly Delivery[]
  session(id: string): CheckoutSession | undefined
  /** A connected account as the API would return it. */
  account(id: string): Account | undefined
  /** Pays like the hosted page's button; resolves once the webhook delivery has finished. */
  pay(sessionId: string, options?: { method?: PaymentMethodType }): Promise<CheckoutSession>
  /** Delivers a recorded event again, with the same id, as Stripe does on a manual resend. */
  resend(eventId: string): Promise<Delivery>
  /** Signs and posts any event object to the webhook endpoint. */
  deliver(event: { id: string; type: string } & Record<string, unknown>): Promise<Delivery>
  /** Stops the server and waits for the deliveries under way. */
  close(): Promise<void>
}

type ApiAnswer = { status: number; body: object }
type Route = {
  method: 'GET' | 'POST'
  path: RegExp
  run: (params: FormObject, ids: string[], request: EventRequest) => object
}
type StoredAnswer = ApiAnswer & { fingerprint: string; requestId: string; at: number }

const flat =
  (run: Route['run']): Route['run'] =>
  (params, ids, request) => {
    expansionsOf(params, [])
    return run(params, ids, request)
  }

const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000
const SESSION_EXPANDABLE = ['payment_intent']

const errorBody = (error: StripeErrorBody) => ({ error })

const unrecognized = (method: string, path: string) =>
  new ApiError(404, {
    type: 'invalid_request_error',
    message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
  })

const redacted = (key: string) => (key.length > 12 ? `${key.slice(0, 8)}${'*'.repeat(key.length - 12)}${key.slice(-4)}` : '********')

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

const sendJson = (res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-cache, no-store', ...headers })
  res.end(JSON.stringify(body, null, 2))
}

/**
 * The page loads nothing, and the policy says so. `form-action` is left out on purpose:
 * Chromium applies it to the redirect that follows the post, which leads to the app.
 */
const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; frame-ancestors 'none'"

const sendHtml = (res: ServerResponse, status: number, html: string) => {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': PAGE_POLICY,
    'x-content-type-options': 'nosniff',
  })
  res.end(html)
}

/** A malformed id is one that does not exist, not a server failure. */
const decodeId = (text: string) => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

const successUrl = (session: CheckoutSession) => session.success_url.replaceAll('{CHECKOUT_SESSION_ID}', session.id)

export const startLocalStripe = async ({
  host = '127.0.0.1',
  port = 0,
  secretKey,
  webhookUrl,
  webhookSecret,
  log,
}: LocalStripeOptions): Promise<LocalStripe> => {
  if (webhookUrl && !webhookSecret) throw new TypeError('startLocalStripe: webhookUrl needs a webhookSecret to sign with')
  const events: LocalStripeEvent[] = []
  const deliveries: Delivery[] = []
  const inFlight = new Set<Promise<unknown>>()
  const idempotent = new Map<string, StoredAnswer>()

  const track = <T>(promise: Promise<T>): Promise<T> => {
    const forget = () => inFlight.delete(promise)
    inFlight.add(promise)
    promise.then(forget, forget)
    return promise
  }

  const send = (event: { id: string; type: string }): Promise<Delivery> => {
    if (!webhookUrl || !webhookSecret) return Promise.reject(new Error('This local Stripe server has no webhookUrl to deliver to'))
    return track(
      deliverEvent({ event, url: webhookUrl, secret: webhookSecret, log }).then((delivery) => {
        deliveries.push(delivery)
        return delivery
      }),
    )
  }

  const emit: EmitEvent = (type, object, request) => {
    const event: LocalStripeEvent = {
      id: newId('evt_test_'),
      object: 'event',
      api_version: Stripe.API_VERSION,
      created: Math.floor(Date.now() / 1000),
      type,
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: webhookUrl ? 1 : 0,
      request,
    }
    events.push(event)
    log?.(`event ${type} ${event.id}`)
    if (!webhookUrl) return Promise.resolve()
    // Stripe posts webhooks after the API call that caused them has answered.
    return track(nextTurn().then(() => send(event))).then(() => undefined)
  }

  const server = http.createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`
  const ledger = createLedger({ baseUrl: url, emit })
  const connect = createAccounts({ baseUrl: url, emit })

  const sessionView = (session: CheckoutSession, expand: Set<string>) =>
    expand.has('payment_intent') && typeof session.payment_intent === 'string'
      ? { ...session, payment_intent: ledger.paymentIntent(session.payment_intent) }
      : session

  const routes: Route[] = [
    {
      method: 'POST',
      path: /^\/v1\/checkout\/sessions$/,
      run: (params) => {
        const expand = expansionsOf(params, SESSION_EXPANDABLE)
        return sessionView(ledger.createSession(params), expand)
      },
    },
    {
      method: 'GET',
      path: /^\/v1\/checkout\/sessions\/([^/]+)$/,
      run: (params, [id = '']) => sessionView(ledger.sessionRecord(id).session, expansionsOf(params, SESSION_EXPANDABLE)),
    },
    {
      method: 'POST',
      path: /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/,
      run: (params, [id = ''], request) => {
        const expand = expansionsOf(params, SESSION_EXPANDABLE)
        return sessionView(ledger.expireSession(id, request), expand)
      },
    },
    // Resources that embed nothing: an `expand[]` on them is refused, as Stripe does.
    { method: 'GET', path: /^\/v1\/payment_intents\/([^/]+)$/, run: flat((_params, [id = '']) => ledger.paymentIntent(id)) },
    { method: 'POST', path: /^\/v1\/accounts$/, run: flat((params) => connect.createAccount(params)) },
    { method: 'GET', path: /^\/v1\/accounts\/([^/]+)$/, run: flat((_params, [id = '']) => connect.account(id)) },
    { method: 'POST', path: /^\/v1\/account_links$/, run: flat((params) => connect.createLink(params)) },
    { method: 'POST', path: /^\/v1\/refunds$/, run: flat((params, _ids, request) => ledger.createRefund(params, request)) },
  ]

  const answer = (method: string, path: string, query: string, body: string, request: EventRequest): ApiAnswer => {
    try {
      const params = parseForm(method === 'POST' ? body : query)
      for (const route of routes) {
        const match = route.method === method ? route.path.exec(path) : null
        if (match) return { status: 200, body: route.run(params, match.slice(1).map(decodeId), request) }
      }
      throw unrecognized(method, path)
    } catch (error) {
      if (error instanceof ApiError) return { status: error.status, body: errorBody(error.error) }
      if (error instanceof FormError)
        return {
          status: 400,
          body: errorBody({ type: 'invalid_request_error', param: error.param, message: error.message }),
        }
      throw error
    }
  }

  const forgetOldKeys = (now: number) => {
    for (const [key, stored] of idempotent) {
      if (now - stored.at < IDEMPOTENCY_KEY_LIFETIME_MS) break
      idempotent.delete(key)
    }
  }

  /**
   * Everything from the idempotency lookup to storing the answer runs in one turn of the event
   * loop (the ledger is synchronous), so concurrent requests with one key cannot both do the
   * work: the first stores its answer before the next is looked up, and the rest replay it.
   */
  const api = async (req: IncomingMessage, res: ServerResponse, method: string, target: URL) => {
    const body = await readBody(req)
    const requestId = newId('req_', 14)
    const version = req.headers['stripe-version']
    const headers: Record<string, string> = {
      'request-id': requestId,
      'stripe-version': typeof version === 'string' ? version : Stripe.API_VERSION,
    }
    const authorization = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (authorization !== secretKey) {
      const message = authorization
        ? `Invalid API Key provided: ${redacted(authorization)}`
        : "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/."
      sendJson(res, 401, errorBody({ type: 'invalid_request_error', message }), {
        ...headers,
        'www-authenticate': 'Bearer realm="Stripe"',
      })
      return
    }
    const keyHeader = req.headers['idempotency-key']
    const key = method === 'POST' && typeof keyHeader === 'string' && keyHeader !== '' ? keyHeader : null
    if (key === null) {
      const { status, body: answerBody } = answer(method, target.pathname, target.search.slice(1), body, {
        id: requestId,
        idempotency_key: null,
      })
      sendJson(res, status, answerBody, headers)
      return
    }
    headers['idempotency-key'] = key
    const fingerprint = `${method} ${target.pathname}\n${body}`
    const now = Date.now()
    forgetOldKeys(now)
    const stored = idempotent.get(key)
    if (stored && stored.fingerprint !== fingerprint) {
      const message = `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`
      sendJson(res, 400, errorBody({ type: 'idempotency_error', message }), headers)
      return
    }
    if (stored) {
      sendJson(res, stored.status, stored.body, {
        ...headers,
        'idempotent-replayed': 'true',
        'original-request': stored.requestId,
      })
      return
    }
    const result = answer(method, target.pathname, target.search.slice(1), body, {
      id: requestId,
      idempotency_key: key,
    })
    // As at Stripe, only a request that went through is remembered; a refused one may be retried with the same key.
    if (result.status < 300) idempotent.set(key, { ...result, fingerprint, requestId, at: now })
    sendJson(res, result.status, result.body, headers)
  }

  const notPayable = (record: SessionRecord, reason: 'complete' | 'expired' | 'invalidMethod') => {
    const { session } = record
    const link =
      reason === 'complete'
        ? { href: successUrl(session), to: 'site' as const }
        : reason === 'invalidMethod'
          ? { href: `/checkout/pay/${encodeURIComponent(session.id)}`, to: 'payment' as const }
          : session.cancel_url
            ? { href: session.cancel_url, to: 'site' as const }
            : null
    return problemPage({ problem: reason, locale: session.locale, link })
  }

  const hostedPage = async (req: IncomingMessage, res: ServerResponse, method: 'GET' | 'POST', id: string) => {
    const body = method === 'POST' ? await readBody(req) : ''
    const record = ledger.findSession(id)
    if (!record) {
      sendHtml(res, 404, problemPage({ problem: 'missing', locale: null, link: null }))
      return
    }
    const { session } = record
    if (method === 'GET') {
      if (session.status === 'complete' || session.status === 'expired') {
        sendHtml(res, 200, notPayable(record, session.status))
        return
      }
      sendHtml(
        res,
        200,
        checkoutPage({
          id: session.id,
          locale: session.locale,
          lineItems: record.lineItems,
          paymentMethodTypes: session.payment_method_types as PaymentMethodType[],
          cancelUrl: session.cancel_url,
        }),
      )
      return
    }
    const chosen = new URLSearchParams(body).get('method')
    const outcome = ledger.pay(record, chosen ?? undefined)
    if (!outcome.paid) {
      sendHtml(res, outcome.reason === 'invalidMethod' ? 400 : 409, notPayable(record, outcome.reason))
      return
    }
    res.writeHead(303, { location: successUrl(outcome.session), 'cache-control': 'no-store' })
    res.end()
  }

  const redirect = (res: ServerResponse, location: string) => {
    res.writeHead(303, { location, 'cache-control': 'no-store' })
    res.end()
  }

  /**
   * Connect's hosted onboarding. A link is single-use, as at Stripe: opened a second time,
   * expired or already submitted, it sends the browser to the platform's refresh_url for a new one.
   */
  const onboarding = async (req: IncomingMessage, res: ServerResponse, method: 'GET' | 'POST', token: string) => {
    const body = method === 'POST' ? await readBody(req) : ''
    const language = browserLanguage(req.headers['accept-language'])
    const link = connect.findLink(token)
    if (!link) {
      sendHtml(res, 404, missingLinkPage(language))
      return
    }
    if (!connect.usable(link, method === 'GET')) {
      redirect(res, link.refreshUrl)
      return
    }
    if (method === 'GET') {
      link.visited = true
      sendHtml(res, 200, onboardingPage({ token, language }))
      return
    }
    const form = new URLSearchParams(body)
    const values = { iban: form.get('iban') ?? '', representative: form.get('representative') ?? '' }
    const problems = onboardingProblems(form)
    if (problems.length > 0) {
      sendHtml(res, 400, onboardingPage({ token, language, values, problems }))
      return
    }
    void connect.completeOnboarding(link, values, { id: null, idempotency_key: null })
    redirect(res, link.returnUrl)
  }

  const route = async (req: IncomingMessage, res: ServerResponse, method: string, target: URL) => {
    if (target.pathname.startsWith('/v1/')) return api(req, res, method, target)
    const onboardingLink = /^\/connect\/onboarding\/([^/]+)$/.exec(target.pathname)
    if (onboardingLink && (method === 'GET' || method === 'POST')) return onboarding(req, res, method, decodeId(onboardingLink[1] ?? ''))
    const page = /^\/checkout\/pay\/([^/]+)$/.exec(target.pathname)
    if (page && (method === 'GET' || method === 'POST')) return hostedPage(req, res, method, decodeId(page[1] ?? ''))
    sendJson(res, 404, errorBody(unrecognized(method, target.pathname).error))
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET'
    const target = new URL(req.url ?? '/', url)
    route(req, res, method, target).catch((error: unknown) => {
      log?.(`local Stripe: ${method} ${target.pathname} failed: ${error instanceof Error ? error.stack : String(error)}`)
      if (res.headersSent) res.destroy()
      else sendJson(res, 500, errorBody({ type: 'api_error', message: 'An unexpected error occurred in the local Stripe server.' }))
    })
  })

  const sweep = setInterval(ledger.expireDue, 1000)
  sweep.unref()
  log?.(`local Stripe on ${url}${webhookUrl ? `, webhooks to ${webhookUrl}` : ', webhooks only recorded'}`)

  return {
    url,
    port: address.port,
    events,
    deliveries,
    account: (id) => {
      const account = connect.findAccount(id)
      return account && structuredClone(account)
    },
    session: (id) => {
      const record = ledger.findSession(id)
      return record && structuredClone(record.session)
    },
    pay: async (sessionId, { method } = {}) => {
      const outcome = ledger.pay(ledger.sessionRecord(sessionId), method)
      if (!outcome.paid) throw new Error(`Checkout session ${sessionId} cannot be paid (${outcome.reason})`)
      await outcome.delivered
      return structuredClone(outcome.session)
    },
    resend: (eventId) => {
      const event = events.find((candidate) => candidate.id === eventId)
      return event ? send(event) : Promise.reject(new Error(`No such event: ${eventId}`))
    },
    deliver: (event) => send(event),
    close: async () => {
      clearInterval(sweep)
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeIdleConnections()
      })
      while (inFlight.size > 0) await Promise.allSettled(inFlight)
    },
  }
}
