import { APIError, type Payload, type PayloadRequest } from 'payload'
import Stripe from 'stripe'

import { languageOf, message } from '../../lib/i18n'
import { creditPurchaseTitle } from '../../collections/CreditPurchases'
import { companyAdminUrl } from '../../lib/links'
import { companyOf } from '../../lib/roles'
import { rejectField } from '../../lib/validation'
import { stripe } from './stripe'

const MIN_PURCHASE_CENTS = 100_00
const MAX_PURCHASE_CENTS = 1_000_000_00

/**
 * Opens a Stripe payment page for welfare credit the company buys. Only the company's own HR
 * staff buy for it; the credit counts once Stripe's webhook says it was paid (`settleCreditPurchase`).
 */
export const startCreditPurchase = async (req: PayloadRequest, company: string, amountCents: unknown): Promise<{ url: string }> => {
  const { payload } = req
  if (!req.user || companyOf(req.user) !== company) throw new APIError(req.t('error:notFound'), 404, undefined, true)
  if (
    typeof amountCents !== 'number' ||
    !Number.isSafeInteger(amountCents) ||
    amountCents % 100 !== 0 ||
    amountCents < MIN_PURCHASE_CENTS ||
    amountCents > MAX_PURCHASE_CENTS
  ) {
    return rejectField(req, 'credit-purchases', 'amountCents', 'creditPurchaseAmount')
  }
  const buyer = await payload.findByID({ collection: 'companies', id: company, depth: 0, overrideAccess: true, req })
  const purchase = await payload.create({
    collection: 'credit-purchases',
    data: { title: creditPurchaseTitle(amountCents, buyer.name), company, amountCents, status: 'pending', boughtBy: req.user.id },
    overrideAccess: true,
    depth: 0,
    req,
  })
  const language = languageOf(req)
  let session: Stripe.Checkout.Session
  try {
    session = await stripe().checkout.sessions.create(
      {
        mode: 'payment',
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: 'eur',
              unit_amount: amountCents,
              product_data: { name: `${language === 'it' ? 'Credito welfare WeMi' : 'WeMi welfare credit'} – ${buyer.name}` },
            },
          },
        ],
        success_url: `${companyAdminUrl(company)}?credit=paid`,
        cancel_url: companyAdminUrl(company),
        customer_email: (req.user as { email?: string }).email,
        client_reference_id: purchase.id,
        locale: language,
        metadata: { creditPurchase: purchase.id, company },
      },
      { idempotencyKey: `credit-${purchase.id}` },
    )
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) {
      payload.logger.error({ err: error, company }, 'Stripe refused a credit purchase')
      throw new APIError(message(req, 'paymentProviderUnavailable'), 502, undefined, true)
    }
    throw error
  }
  await payload.update({
    collection: 'credit-purchases',
    id: purchase.id,
    data: { stripe: { checkoutSessionId: session.id, checkoutUrl: session.url } },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return { url: session.url! }
}

/**
 * Stripe says a payment page of credit closed: paid, the credit counts; expired, the purchase
 * closes. The session is read from Stripe again rather than trusted from the message, and a
 * purchase already settled is left as it is, so the webhook may arrive any number of times.
 */
export const settleCreditPurchase = async (payload: Payload, sessionId: string, req: PayloadRequest): Promise<string> => {
  const session = await stripe().checkout.sessions.retrieve(sessionId)
  const purchaseId = session.metadata?.creditPurchase
  if (!purchaseId) return 'unknown'
  const purchase = await payload.findByID({
    collection: 'credit-purchases',
    id: purchaseId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!purchase || purchase.stripe?.checkoutSessionId !== session.id) return 'unknown'
  if (purchase.status !== 'pending') return `already ${purchase.status}`
  const paid = session.payment_status === 'paid'
  if (!paid && session.status !== 'expired') return 'unpaid'
  await payload.update({
    collection: 'credit-purchases',
    id: purchase.id,
    data: paid ? { status: 'paid', paidAt: new Date().toISOString() } : { status: 'expired' },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return paid ? 'credit paid' : 'credit expired'
}

/** A Checkout Session opened for welfare credit rather than for a request's payment. */
export const isCreditSession = (session: { metadata?: Record<string, string> | null }): boolean => Boolean(session.metadata?.creditPurchase)
