import { randomInt } from 'node:crypto'

import type Stripe from 'stripe'

import { formatCents } from '../../lib/money'
import type { FormObject } from './form'
import {
  invalid,
  isHttpUrl,
  metadataOf,
  missingResource,
  oneOf,
  optionalArray,
  optionalInteger,
  optionalObject,
  optionalString,
  requiredInteger,
  requiredString,
} from './params'

/**
 * The Stripe objects the app works with, as Stripe shapes them: the field names and types are
 * Stripe's own, picked from the SDK's declarations, so that a change on either side shows up
 * when the project is type-checked.
 */
export type CheckoutSession = Pick<
  Stripe.Checkout.Session,
  | 'id'
  | 'object'
  | 'allowed_payment_method_types'
  | 'amount_subtotal'
  | 'amount_total'
  | 'cancel_url'
  | 'client_reference_id'
  | 'created'
  | 'currency'
  | 'customer'
  | 'customer_email'
  | 'expires_at'
  | 'livemode'
  | 'locale'
  | 'metadata'
  | 'mode'
  | 'payment_intent'
  | 'payment_method_types'
  | 'payment_status'
  | 'url'
> & {
  /** Narrower than Stripe's types, which leave room for values this server never produces. */
  status: 'open' | 'complete' | 'expired'
  success_url: string
}

export type PaymentIntent = Pick<
  Stripe.PaymentIntent,
  | 'id'
  | 'object'
  | 'amount'
  | 'amount_capturable'
  | 'amount_received'
  | 'application_fee_amount'
  | 'capture_method'
  | 'created'
  | 'currency'
  | 'customer'
  | 'description'
  | 'latest_charge'
  | 'livemode'
  | 'metadata'
  | 'payment_method_types'
  | 'status'
  | 'transfer_data'
>

export type Charge = Pick<
  Stripe.Charge,
  | 'id'
  | 'object'
  | 'amount'
  | 'amount_captured'
  | 'amount_refunded'
  | 'application_fee_amount'
  | 'captured'
  | 'created'
  | 'currency'
  | 'livemode'
  | 'metadata'
  | 'paid'
  | 'payment_intent'
  | 'payment_method_details'
  | 'refunded'
  | 'status'
  | 'transfer_data'
>

export type Refund = Pick<
  Stripe.Refund,
  'id' | 'object' | 'amount' | 'charge' | 'created' | 'currency' | 'metadata' | 'payment_intent' | 'reason' | 'status'
>

/** The methods the hosted page offers. */
export const PAYMENT_METHOD_TYPES = ['card', 'paypal'] as const
export type PaymentMethodType = (typeof PAYMENT_METHOD_TYPES)[number]

export type LineItem = { name: string; unitAmount: number; quantity: number }

/** A session with what Stripe keeps of it beyond the object it returns. */
export type SessionRecord = {
  session: CheckoutSession
  lineItems: LineItem[]
  paymentIntentData: {
    metadata: Record<string, string>
    destination: string | null
    applicationFeeAmount: number | null
  }
}

/** The API request behind an event; null for what the customer does on the hosted page. */
export type EventRequest = { id: string | null; idempotency_key: string | null }

export type EmitEvent = (type: string, object: object, request: EventRequest) => Promise<void>

type PayOutcome =
  | { paid: true; session: CheckoutSession; delivered: Promise<void> }
  | { paid: false; session: CheckoutSession; reason: 'complete' | 'expired' | 'invalidMethod' }

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

export const newId = (prefix: string, length = 24): string =>
  prefix + Array.from({ length }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join('')

const seconds = () => Math.floor(Date.now() / 1000)

const MIN_LIFETIME_S = 30 * 60
const MAX_LIFETIME_S = 24 * 60 * 60
const REFUND_REASONS = ['duplicate', 'fraudulent', 'requested_by_customer'] as const

const lineItemsOf = (params: FormObject): LineItem[] => {
  const items = optionalArray(params.line_items, 'line_items')
  if (!items?.length) throw invalid('line_items', 'Missing required param: line_items.', 'parameter_missing')
  return items.map((item, index) => {
    const param = `line_items[${index}]`
    const line = optionalObject(item, param) ?? {}
    if (line.price !== undefined) throw invalid(`${param}[price]`, 'This local Stripe server takes price_data, not saved prices.')
    const price = optionalObject(line.price_data, `${param}[price_data]`)
    if (!price) throw invalid(`${param}[price_data]`, `Missing required param: ${param}[price_data].`, 'parameter_missing')
    const currency = requiredString(price.currency, `${param}[price_data][currency]`).toLowerCase()
    // The hosted page shows amounts with the project's euro formatting, and WeMi charges only in euro.
    if (currency !== 'eur') throw invalid(`${param}[price_data][currency]`, 'This local Stripe server handles only eur.')
    const product = optionalObject(price.product_data, `${param}[price_data][product_data]`)
    if (!product) {
      throw invalid(
        `${param}[price_data][product_data]`,
        `Missing required param: ${param}[price_data][product_data].`,
        'parameter_missing',
      )
    }
    return {
      name: requiredString(product.name, `${param}[price_data][product_data][name]`),
      unitAmount: requiredInteger(price.unit_amount, `${param}[price_data][unit_amount]`, 1),
      quantity: requiredInteger(line.quantity, `${param}[quantity]`, 1),
    }
  })
}

const stringsOf = (params: FormObject, name: string): string[] | null =>
  optionalArray(params[name], name)?.map((item, index) => requiredString(item, `${name}[${index}]`)) ?? null

const isOffered = (type: string): type is PaymentMethodType => (PAYMENT_METHOD_TYPES as readonly string[]).includes(type)

/**
 * The methods a session offers. The API version the SDK is pinned to takes
 * `allowed_payment_method_types`, a filter on what Stripe would offer anyway (here card and
 * PayPal); older versions took `payment_method_types`, an exact list, which is still accepted.
 */
const paymentMethodsOf = (params: FormObject): { allowed: string[] | null; offered: PaymentMethodType[] } => {
  const allowed = stringsOf(params, 'allowed_payment_method_types')
  if (allowed) {
    const offered = [...new Set(allowed)].filter(isOffered)
    if (offered.length === 0) {
      throw invalid('allowed_payment_method_types', 'None of these payment method types can be offered: only card and paypal.')
    }
    return { allowed, offered }
  }
  const exact = stringsOf(params, 'payment_method_types')?.map((type, index) => {
    if (!isOffered(type)) throw invalid(`payment_method_types[${index}]`, `Invalid payment_method_types[${index}]: must be card or paypal`)
    return type
  })
  return { allowed: null, offered: exact?.length ? exact : [...PAYMENT_METHOD_TYPES] }
}

const optionalUrl = (params: FormObject, name: string): string | null => {
  const url = optionalString(params[name], name)
  if (url !== null && !isHttpUrl(url)) throw invalid(name, `Not a valid URL: ${name} must be an absolute http or https URL.`, 'url_invalid')
  return url
}

const requiredUrl = (params: FormObject, name: string): string => {
  const url = optionalUrl(params, name)
  if (url === null) throw invalid(name, `Missing required param: ${name}.`, 'parameter_missing')
  return url
}

export const totalOf = (lineItems: LineItem[]) => lineItems.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0)

const remainingOf = (charge: Charge) => charge.amount - charge.amount_refunded

/**
 * Everything the server knows: sessions, payments, charges and refunds, in memory. Every
 * operation is synchronous, so one request's checks and changes never interleave with
 * another's; events go out through `emit`, which delivers them later.
 */
export const createLedger = ({ baseUrl, emit }: { baseUrl: string; emit: EmitEvent }) => {
  const sessions = new Map<string, SessionRecord>()
  const payments = new Map<string, { intent: PaymentIntent; charge: Charge }>()

  const expire = (record: SessionRecord, request: EventRequest) => {
    Object.assign(record.session, { status: 'expired', url: null } satisfies Partial<CheckoutSession>)
    void emit('checkout.session.expired', record.session, request)
  }

  /** Stripe expires sessions on its own at `expires_at`; here a sweep does it, and so does every look at one. */
  const expireIfDue = (record: SessionRecord) => {
    if (record.session.status === 'open' && seconds() >= record.session.expires_at) {
      expire(record, { id: null, idempotency_key: null })
    }
  }

  const findSession = (id: string): SessionRecord | undefined => {
    const record = sessions.get(id)
    if (record) expireIfDue(record)
    return record
  }

  const sessionRecord = (id: string): SessionRecord => {
    const record = findSession(id)
    if (!record) throw missingResource('checkout.session', id, 'session')
    return record
  }

  const paymentIntent = (id: string): PaymentIntent => {
    const payment = payments.get(id)
    if (!payment) throw missingResource('payment_intent', id, 'intent')
    return payment.intent
  }

  const createSession = (params: FormObject): CheckoutSession => {
    const mode = requiredString(params.mode, 'mode')
    if (mode !== 'payment') throw invalid('mode', 'This local Stripe server handles only mode=payment.')
    const lineItems = lineItemsOf(params)
    const amount = totalOf(lineItems)
    const created = seconds()
    const expiresAt = optionalInteger(params.expires_at, 'expires_at', 0) ?? created + MAX_LIFETIME_S
    if (expiresAt > created + MAX_LIFETIME_S) {
      throw invalid('expires_at', 'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.')
    }
    if (expiresAt < created + MIN_LIFETIME_S) {
      throw invalid('expires_at', 'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.')
    }
    const customerEmail = optionalString(params.customer_email, 'customer_email', 800)
    if (customerEmail !== null && !/^[^\s@]+@[^\s@]+$/.test(customerEmail)) {
      throw invalid('customer_email', `Invalid email address: ${customerEmail}`, 'email_invalid')
    }
    const intentData = optionalObject(params.payment_intent_data, 'payment_intent_data') ?? {}
    const transfer = optionalObject(intentData.transfer_data, 'payment_intent_data[transfer_data]')
    const destination = transfer ? requiredString(transfer.destination, 'payment_intent_data[transfer_data][destination]') : null
    if (destination !== null && !destination.startsWith('acct_')) {
      throw invalid('payment_intent_data[transfer_data][destination]', `No such destination: '${destination}'`, 'resource_missing')
    }
    const applicationFeeAmount = optionalInteger(intentData.application_fee_amount, 'payment_intent_data[application_fee_amount]', 0)
    if (applicationFeeAmount !== null && applicationFeeAmount > amount) {
      throw invalid('payment_intent_data[application_fee_amount]', 'The application fee cannot exceed the amount of the payment.')
    }
    const methods = paymentMethodsOf(params)
    const id = newId('cs_test_', 58)
    const session: CheckoutSession = {
      id,
      object: 'checkout.session',
      allowed_payment_method_types: methods.allowed,
      amount_subtotal: amount,
      amount_total: amount,
      cancel_url: optionalUrl(params, 'cancel_url'),
      client_reference_id: optionalString(params.client_reference_id, 'client_reference_id', 200),
      created,
      currency: 'eur',
      customer: null,
      customer_email: customerEmail,
      expires_at: expiresAt,
      livemode: false,
      locale: optionalString(params.locale, 'locale', 10),
      metadata: metadataOf(params.metadata, 'metadata'),
      mode: 'payment',
      payment_intent: null,
      payment_method_types: methods.offered,
      payment_status: 'unpaid',
      status: 'open',
      success_url: requiredUrl(params, 'success_url'),
      url: `${baseUrl}/checkout/pay/${id}`,
    }
    sessions.set(id, {
      session,
      lineItems,
      paymentIntentData: {
        metadata: metadataOf(intentData.metadata, 'payment_intent_data[metadata]'),
        destination,
        applicationFeeAmount,
      },
    })
    return session
  }

  const expireSession = (id: string, request: EventRequest): CheckoutSession => {
    const record = sessionRecord(id)
    if (record.session.status !== 'open') {
      throw invalid(
        'session',
        `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of ${record.session.status}.`,
      )
    }
    expire(record, request)
    return record.session
  }

  /**
   * What the hosted page's pay button does: the customer's payment always succeeds. Without a
   * method the first one offered is used, as it is the one the page has selected.
   */
  const pay = (record: SessionRecord, method?: string): PayOutcome => {
    const { session, lineItems, paymentIntentData } = record
    if (session.status === 'complete' || session.status === 'expired') return { paid: false, session, reason: session.status }
    const type = method ?? session.payment_method_types[0]
    if (type === undefined || !session.payment_method_types.includes(type)) return { paid: false, session, reason: 'invalidMethod' }
    const created = seconds()
    const amount = totalOf(lineItems)
    const intentId = newId('pi_test_')
    const charge: Charge = {
      id: newId('ch_test_'),
      object: 'charge',
      amount,
      amount_captured: amount,
      amount_refunded: 0,
      application_fee_amount: paymentIntentData.applicationFeeAmount,
      captured: true,
      created,
      currency: 'eur',
      livemode: false,
      metadata: { ...paymentIntentData.metadata },
      paid: true,
      payment_intent: intentId,
      payment_method_details: { type },
      refunded: false,
      status: 'succeeded',
      transfer_data: paymentIntentData.destination ? { amount: null, destination: paymentIntentData.destination } : null,
    }
    const intent: PaymentIntent = {
      id: intentId,
      object: 'payment_intent',
      amount,
      amount_capturable: 0,
      amount_received: amount,
      application_fee_amount: paymentIntentData.applicationFeeAmount,
      capture_method: 'automatic_async',
      created,
      currency: 'eur',
      customer: null,
      description: null,
      latest_charge: charge.id,
      livemode: false,
      metadata: { ...paymentIntentData.metadata },
      payment_method_types: [type],
      status: 'succeeded',
      transfer_data: paymentIntentData.destination ? { destination: paymentIntentData.destination } : null,
    }
    payments.set(intent.id, { intent, charge })
    Object.assign(session, {
      status: 'complete',
      payment_status: 'paid',
      payment_intent: intent.id,
      url: null,
    } satisfies Partial<CheckoutSession>)
    const delivered = emit('checkout.session.completed', session, { id: null, idempotency_key: null })
    return { paid: true, session, delivered }
  }

  const createRefund = (params: FormObject, request: EventRequest): Refund => {
    const intentId = requiredString(params.payment_intent, 'payment_intent')
    const payment = payments.get(intentId)
    if (!payment) throw invalid('payment_intent', `No such payment_intent: '${intentId}'`, 'resource_missing')
    const { intent, charge } = payment
    const remaining = remainingOf(charge)
    if (remaining === 0) throw invalid('charge', `Charge ${charge.id} has already been refunded.`, 'charge_already_refunded')
    const amount = optionalInteger(params.amount, 'amount', 1) ?? remaining
    if (amount > remaining) {
      throw invalid(
        'amount',
        `Refund amount (${formatCents(amount, 'en')}) is greater than unrefunded amount on charge (${formatCents(remaining, 'en')})`,
        'amount_too_large',
      )
    }
    const refund: Refund = {
      id: newId('re_test_'),
      object: 'refund',
      amount,
      charge: charge.id,
      created: seconds(),
      currency: charge.currency,
      metadata: metadataOf(params.metadata, 'metadata'),
      payment_intent: intent.id,
      reason: oneOf(params.reason, 'reason', REFUND_REASONS),
      status: 'succeeded',
    }
    charge.amount_refunded += amount
    charge.refunded = remainingOf(charge) === 0
    void emit('charge.refunded', charge, request)
    void emit('refund.created', refund, request)
    return refund
  }

  const expireDue = () => {
    for (const record of sessions.values()) expireIfDue(record)
  }

  return { createSession, findSession, sessionRecord, expireSession, pay, paymentIntent, createRefund, expireDue }
}
