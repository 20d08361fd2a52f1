import { sql } from '@payloadcms/db-postgres/drizzle'
import { APIError } from 'payload'
import Stripe from 'stripe'

import { today } from '../../lib/dates'
import { message } from '../../lib/i18n'
import { formatCents } from '../../lib/money'
import { paymentReturnPath, publicUrl, requestPath } from '../../lib/links'
import { isRecordId, relationId } from '../../lib/relations'
import { runSql } from '../../lib/sql'
import type { Organisation, Payment } from '../../payload-types'
import type { Effect, TransitionContext } from '../requests/context'
import { rejectField, rejectInput } from '../../lib/validation'
import { TransitionRefused } from '../requests/errors'
import { stripe } from './stripe'
import { type PaymentPlan, planVoucherPayment, type VoucherPayment, voucherRefusal } from './vouchers'

const refuse = (context: TransitionContext, reason: Parameters<typeof message>[1]): never => {
  throw new TransitionRefused(message(context.req, reason), reason)
}

/** Stripe unreachable or refusing: the transition fails whole and the citizen may retry. */
const callStripe = async <T>(context: TransitionContext, call: () => Promise<T>): Promise<T> => {
  try {
    return await call()
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) {
      context.payload.logger.error({ err: error, thread: context.thread.id }, 'Stripe refused a call')
      throw new APIError(message(context.req, 'paymentProviderUnavailable'), 502, undefined, true)
    }
    throw error
  }
}

const amountDue = async (context: TransitionContext): Promise<number> => {
  const quote = await context.quote()
  if (!quote) refuse(context, 'quoteNotCurrent')
  return quote!.amountCents
}

const paymentsOf = async ({ payload, req, thread }: TransitionContext, statuses: Payment['status'][]) =>
  (
    await payload.find({
      collection: 'payments',
      where: { and: [{ thread: { equals: thread.id } }, { status: { in: statuses } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      sort: '-createdAt',
      req,
    })
  ).docs

const createPayment = async (
  context: TransitionContext,
  data: Omit<Payment, 'id' | 'createdAt' | 'updatedAt' | 'thread' | 'citizen' | 'organisation'>,
) => {
  const { payload, req, thread } = context
  const { totalDocs } = await payload.count({ collection: 'payments', where: { thread: { equals: thread.id } }, overrideAccess: true, req })
  return payload.create({
    collection: 'payments',
    data: {
      ...data,
      receiptNumber: `${thread.reference}-P${totalDocs + 1}`,
      thread: thread.id,
      citizen: relationId(thread.citizen)!,
      organisation: relationId(thread.organisation)!,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

type LockedVoucher = { id: string; scheme: string; available: number }

/**
 * Locks a voucher the citizen wants to spend and returns what is left on it, once
 * `voucherRefusal` allows it: theirs (same confirmed codice fiscale), active, valid today, of a
 * scheme the service accepts and not used up.
 */
const lockVoucher = async (context: TransitionContext, voucherId: unknown): Promise<LockedVoucher> => {
  const { payload, req, thread, settings, now } = context
  if (!isRecordId(voucherId)) return rejectField(req, 'payments', 'voucher', 'voucherNotYours')
  const citizen = await payload.findByID({ collection: 'citizens', id: relationId(thread.citizen)!, depth: 0, overrideAccess: true, req })
  const [voucher] = await runSql<{
    id: string
    holder_fiscal_code: string
    scheme: string
    amount_cents: number
    valid_from: string
    valid_until: string
    status: string
    company_id: string | null
  }>(
    payload,
    sql`SELECT id, holder_fiscal_code, scheme, amount_cents, valid_from, valid_until, status, company_id FROM vouchers WHERE id = ${voucherId} FOR UPDATE`,
    req,
  )
  if (!voucher) return rejectField(req, 'payments', 'voucher', 'voucherNotYours')
  const [{ spent } = { spent: 0 }] = await runSql<{ spent: number }>(
    payload,
    sql`SELECT coalesce(sum(amount_cents), 0)::int AS spent FROM voucher_transactions WHERE voucher_id = ${voucherId} AND status <> 'reversed'`,
    req,
  )
  const available = Number(voucher.amount_cents) - Number(spent)
  const refusal = voucherRefusal(
    {
      holderFiscalCode: voucher.holder_fiscal_code,
      scheme: voucher.scheme,
      status: voucher.status,
      validFrom: new Date(voucher.valid_from).toISOString(),
      validUntil: new Date(voucher.valid_until).toISOString(),
      availableCents: available,
      company: voucher.company_id,
    },
    {
      confirmedFiscalCode: citizen.confirmedFiscalCode,
      acceptedSchemes: (await context.service()).acceptedVoucherSchemes ?? [],
      day: today(settings.timeZone, now),
    },
  )
  if (refusal) rejectField(req, 'payments', 'voucher', refusal)
  return { id: voucher.id, scheme: voucher.scheme, available }
}

/** How the amount due splits for this way of paying with this much from the voucher, or the refusal. */
const planOrRefuse = async (
  context: TransitionContext,
  action: VoucherPayment,
  amountCents: number,
  availableCents: number,
): Promise<PaymentPlan> => {
  const plan = planVoucherPayment(action, {
    amountCents,
    availableCents,
    agreedPartWithVoucher: Boolean((await context.service()).agreedPartWithVoucher),
  })
  return typeof plan === 'string' ? refuse(context, plan) : plan
}

const registerVoucherSpend = (context: TransitionContext, voucher: string, payment: string, amountCents: number) =>
  context.payload.create({
    collection: 'voucher-transactions',
    data: {
      voucher,
      payment,
      thread: context.thread.id,
      citizen: relationId(context.thread.citizen)!,
      organisation: relationId(context.thread.organisation)!,
      amountCents,
      status: 'registered',
    },
    overrideAccess: true,
    depth: 0,
    req: context.req,
  })

/** Gives back to the voucher what a payment took from it. */
const reverseVoucherSpends = async ({ payload, req }: TransitionContext, payment: string) => {
  const { docs } = await payload.find({
    collection: 'voucher-transactions',
    where: { and: [{ payment: { equals: payment } }, { status: { equals: 'registered' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const spend of docs) {
    await payload.update({
      collection: 'voucher-transactions',
      id: spend.id,
      data: { status: 'reversed' },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
}

/**
 * Closes the thread's unfinished payments: an open payment page is expired at Stripe and the
 * voucher part given back. A page paid meanwhile stops the caller: the payment will land.
 */
const releaseOpenPayments = async (context: TransitionContext) => {
  for (const payment of await paymentsOf(context, ['pending'])) {
    const sessionId = payment.stripe?.checkoutSessionId
    if (sessionId) {
      const session = await callStripe(context, () => stripe().checkout.sessions.retrieve(sessionId))
      if (session.status === 'complete') refuse(context, 'paymentAlreadyMade')
      if (session.status === 'open') {
        await callStripe(context, () => stripe().checkout.sessions.expire(sessionId, {}, { idempotencyKey: `expire-${sessionId}` }))
      }
    }
    await context.payload.update({
      collection: 'payments',
      id: payment.id,
      data: { status: 'cancelled' },
      overrideAccess: true,
      depth: 0,
      req: context.req,
    })
    await reverseVoucherSpends(context, payment.id)
  }
}

/**
 * Where the money goes. An ente that connected an account is paid into it once Stripe has
 * enabled it; until then its payments are refused, as Stripe would refuse the transfer. An
 * ente that never connected one is paid through WeMi's own account, as before Connect.
 */
const checkoutDestination = (context: TransitionContext, organisation: Organisation): string | null => {
  const account = organisation.paymentAccount
  if (!account?.accountId) return null
  if (account.status !== 'enabled') refuse(context, 'paymentAccountNotEnabled')
  return account.accountId
}

const CHECKOUT_MIN_MS = 31 * 60 * 1000
const CHECKOUT_MAX_MS = 24 * 60 * 60 * 1000

/**
 * Opens Stripe Checkout for what the voucher (if any) does not cover. The money goes to the
 * ente's connected account, less the platform fee. A second click while the page is open
 * leads to the same page rather than a second payment.
 */
export const startCheckout: Effect = async (context) => {
  const { payload, req, thread, input, settings, language, now } = context
  const amount = await amountDue(context)
  if (amount === 0) refuse(context, 'freeQuoteNoPayment')
  const open = (await paymentsOf(context, ['pending'])).find(
    (payment) => payment.stripe?.checkoutUrl && payment.stripe.expiresAt && new Date(payment.stripe.expiresAt).getTime() > now.getTime(),
  )
  if (open) return { result: { url: open.stripe!.checkoutUrl, payment: open.id } }
  const organisation = await payload.findByID({
    collection: 'organisations',
    id: relationId(thread.organisation)!,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const destination = checkoutDestination(context, organisation)
  await releaseOpenPayments(context)

  let voucher: LockedVoucher | null = null
  let voucherCents = 0
  if (input.voucher) {
    voucher = await lockVoucher(context, input.voucher)
    const wanted = input.voucherCents === undefined || input.voucherCents === '' ? voucher.available : Number(input.voucherCents)
    if (!Number.isSafeInteger(wanted) || wanted <= 0) rejectInput(req, 'payments', [{ path: 'voucherCents', key: 'invalidCents' }])
    voucherCents = (await planOrRefuse(context, 'checkout', amount, Math.min(wanted, voucher.available))).voucherCents
  }
  const onlineCents = amount - voucherCents
  const platformFeeCents = Math.floor((onlineCents * settings.platformFeeBasisPoints) / 10_000)
  const expiresAt = new Date(
    Math.max(now.getTime() + CHECKOUT_MIN_MS, Math.min(new Date(thread.payBy!).getTime(), now.getTime() + CHECKOUT_MAX_MS)),
  )

  const payment = await createPayment(context, {
    method: 'online',
    status: 'pending',
    amountCents: amount,
    voucherCents,
    onlineCents,
    refundedCents: 0,
    platformFeeCents,
    voucher: voucher?.id,
    stripe: { destination, expiresAt: expiresAt.toISOString() },
  })
  if (voucher) await registerVoucherSpend(context, voucher.id, payment.id, voucherCents)

  const citizen = await payload.findByID({ collection: 'citizens', id: relationId(thread.citizen)!, depth: 0, overrideAccess: true, req })
  const service = await context.service()
  const metadata = { payment: payment.id, thread: thread.id }
  const session = await callStripe(context, () =>
    stripe().checkout.sessions.create(
      {
        mode: 'payment',
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: 'eur',
              unit_amount: onlineCents,
              product_data: {
                name: `${service.title} – ${organisation.name}`,
                // The payment page shows only what is paid on it: it says what the voucher already covers.
                ...(voucherCents > 0
                  ? {
                      description: message(req, 'checkoutVoucherPart', {
                        total: formatCents(amount, language),
                        voucher: formatCents(voucherCents, language),
                      }),
                    }
                  : {}),
              },
            },
          },
        ],
        success_url: `${publicUrl(paymentReturnPath(language))}?session_id={CHECKOUT_SESSION_ID}`,
        cancel_url: publicUrl(requestPath(language, relationId(thread.request)!)),
        customer_email: citizen.email ?? undefined,
        client_reference_id: payment.id,
        locale: language,
        expires_at: Math.floor(expiresAt.getTime() / 1000),
        metadata,
        payment_intent_data: {
          metadata,
          ...(destination ? { transfer_data: { destination }, application_fee_amount: platformFeeCents } : {}),
        },
      },
      { idempotencyKey: `checkout-${payment.id}` },
    ),
  )
  await payload.update({
    collection: 'payments',
    id: payment.id,
    data: { stripe: { ...payment.stripe, checkoutSessionId: session.id, checkoutUrl: session.url } },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return { result: { url: session.url, payment: payment.id } }
}

/** Stripe says the citizen paid: the pending payment is settled (system only). */
export const settlePayment: Effect = async (context) => {
  const { payload, req, thread, input, now } = context
  const payment =
    typeof input.payment === 'string'
      ? await payload.findByID({ collection: 'payments', id: input.payment, depth: 0, overrideAccess: true, req, disableErrors: true })
      : null
  if (!payment || relationId(payment.thread) !== thread.id) refuse(context, 'paymentNotFound')
  if (payment!.status !== 'pending') refuse(context, 'paymentNotPending')
  await payload.update({
    collection: 'payments',
    id: payment!.id,
    data: {
      status: 'succeeded',
      paidAt: now.toISOString(),
      stripe: {
        ...payment!.stripe,
        paymentIntentId: typeof input.paymentIntent === 'string' ? input.paymentIntent : payment!.stripe?.paymentIntentId,
      },
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return { result: { payment: payment!.id } }
}

/** A payment page expired unpaid: its payment is closed and the voucher part given back. */
export const releaseCheckout: Effect = async (context) => {
  const { payload, req, thread, input } = context
  const payment =
    typeof input.payment === 'string'
      ? await payload.findByID({ collection: 'payments', id: input.payment, depth: 0, overrideAccess: true, req, disableErrors: true })
      : null
  if (!payment || relationId(payment.thread) !== thread.id) refuse(context, 'paymentNotFound')
  if (payment!.status !== 'pending') return
  await payload.update({ collection: 'payments', id: payment!.id, data: { status: 'cancelled' }, overrideAccess: true, depth: 0, req })
  await reverseVoucherSpends(context, payment!.id)
}

/** The whole amount from one voucher, with no online payment. */
export const payByVoucher: Effect = async (context) => {
  const amount = await amountDue(context)
  if (amount === 0) refuse(context, 'freeQuoteNoPayment')
  const voucher = await lockVoucher(context, context.input.voucher)
  await planOrRefuse(context, 'pay-voucher', amount, voucher.available)
  await releaseOpenPayments(context)
  const payment = await createPayment(context, {
    method: 'voucher',
    status: 'succeeded',
    amountCents: amount,
    voucherCents: amount,
    onlineCents: 0,
    refundedCents: 0,
    platformFeeCents: 0,
    voucher: voucher.id,
    paidAt: context.now.toISOString(),
  })
  await registerVoucherSpend(context, voucher.id, payment.id, amount)
  return { result: { payment: payment.id } }
}

/**
 * The citizen's voucher pays its part now, where the service allows it; the rest is handed to the
 * ente as agreed with it (in cash, say). The payment waits, holding the voucher part, until the
 * ente confirms it received the rest; until then cancelling or the payment deadline gives the
 * voucher part back.
 */
export const payVoucherWithAgreedRest: Effect = async (context) => {
  const amount = await amountDue(context)
  if (amount === 0) refuse(context, 'freeQuoteNoPayment')
  await releaseOpenPayments(context)
  const voucher = await lockVoucher(context, context.input.voucher)
  const plan = await planOrRefuse(context, 'pay-voucher-agreed', amount, voucher.available)
  const payment = await createPayment(context, {
    method: 'other',
    status: 'pending',
    amountCents: amount,
    voucherCents: plan.voucherCents,
    onlineCents: 0,
    refundedCents: 0,
    platformFeeCents: 0,
    voucher: voucher.id,
  })
  await registerVoucherSpend(context, voucher.id, payment.id, plan.voucherCents)
  return { result: { payment: payment.id, agreedCents: plan.agreedCents } }
}

/**
 * The ente confirms it was paid as agreed outside WeMi, or that the service is free. When the
 * citizen already paid a part with a voucher, this settles that payment: the ente received the rest.
 */
export const recordOfflinePayment: Effect = async (context) => {
  const amount = await amountDue(context)
  const method = amount === 0 ? 'free' : 'other'
  if (context.input.method === 'free' && amount > 0) refuse(context, 'freeOnlyForZero')
  const withVoucher = (await paymentsOf(context, ['pending'])).find((payment) => payment.method === 'other' && payment.voucher)
  if (withVoucher) {
    await context.payload.update({
      collection: 'payments',
      id: withVoucher.id,
      data: { status: 'succeeded', paidAt: context.now.toISOString() },
      overrideAccess: true,
      depth: 0,
      req: context.req,
    })
    return { result: { payment: withVoucher.id } }
  }
  await releaseOpenPayments(context)
  const payment = await createPayment(context, {
    method,
    status: 'succeeded',
    amountCents: amount,
    voucherCents: 0,
    onlineCents: 0,
    refundedCents: 0,
    platformFeeCents: 0,
    paidAt: context.now.toISOString(),
  })
  return { result: { payment: payment.id } }
}

/** Cancelling before payment: nothing to pay any more, nothing spent. */
export const releasePendingPayment: Effect = async (context) => {
  await releaseOpenPayments(context)
}

/**
 * Gives money back: the online part through Stripe (pulling it back from the ente's account),
 * the voucher part to the voucher. The citizen's cancellation refunds everything; a WeMi admin
 * arbitrating a dispute may refund part of the online amount.
 */
export const refundPayment: Effect = async (context) => {
  const { payload, req, party, input, now } = context
  const [payment] = await paymentsOf(context, ['succeeded', 'partially-refunded'])
  if (!payment) return refuse(context, 'nothingToRefund')
  const refundable = payment.amountCents - (payment.refundedCents ?? 0)
  const onlineRefunded = (payment.refunds ?? []).filter((refund) => refund.refundId).reduce((sum, refund) => sum + refund.amountCents, 0)
  const onlineLeft = (payment.onlineCents ?? 0) - onlineRefunded
  const requested =
    party === 'admin' && input.amountCents !== undefined && input.amountCents !== '' ? Number(input.amountCents) : refundable
  const whole = requested === refundable
  if (
    !Number.isSafeInteger(requested) ||
    requested <= 0 ||
    requested > refundable ||
    (!whole && requested > onlineLeft && payment.method === 'online')
  ) {
    rejectInput(req, 'payments', [{ path: 'amountCents', key: 'refundTooLarge' }])
  }
  const refunds = [...(payment.refunds ?? [])]
  const online = payment.method === 'online' ? Math.min(requested, onlineLeft) : 0
  if (online > 0) {
    const destination = payment.stripe?.destination
    const refund = await callStripe(context, () =>
      stripe().refunds.create(
        {
          payment_intent: payment.stripe!.paymentIntentId!,
          amount: online,
          metadata: { payment: payment.id, thread: context.thread.id },
          ...(destination ? { reverse_transfer: true, refund_application_fee: true } : {}),
        },
        { idempotencyKey: `refund-${payment.id}-${payment.refundedCents ?? 0}` },
      ),
    )
    refunds.push({ refundId: refund.id, amountCents: online, at: now.toISOString() })
  }
  if (requested > online) refunds.push({ amountCents: requested - online, at: now.toISOString() })
  if (whole) await reverseVoucherSpends(context, payment.id)
  const refundedCents = (payment.refundedCents ?? 0) + requested
  await payload.update({
    collection: 'payments',
    id: payment.id,
    data: { refundedCents, refunds, status: refundedCents === payment.amountCents ? 'refunded' : 'partially-refunded' },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return { result: { payment: payment.id, refundedCents: requested } }
}
