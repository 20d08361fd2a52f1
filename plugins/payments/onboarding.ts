import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import Stripe from 'stripe'

import { message } from '../../lib/i18n'
import { publicUrl } from '../../lib/links'
import { isRecordId } from '../../lib/relations'
import { hasRole, organisationOf } from '../../lib/roles'
import { runSql } from '../../lib/sql'
import { inTransaction } from '../../lib/transaction'
import type { Organisation } from '../../payload-types'
import { recordAudit } from '../audit'
import { stripe } from './stripe'

export type PaymentAccountStatus = NonNullable<NonNullable<Organisation['paymentAccount']>['status']>

/**
 * What Stripe says of a connected account, in our three words: money can flow only once the
 * ente has given its details and Stripe allows both charges and payouts; an account that gave
 * them and is still held back, or that Stripe disabled, is restricted.
 */
export const paymentAccountStatus = (
  account: Pick<Stripe.Account, 'charges_enabled' | 'payouts_enabled' | 'details_submitted' | 'requirements'>,
): PaymentAccountStatus => {
  if (account.charges_enabled && account.payouts_enabled) return 'enabled'
  const disabled = account.requirements?.disabled_reason
  return account.details_submitted || (disabled && disabled !== 'requirements.past_due') ? 'restricted' : 'pending'
}

/** The ente's own administrator, or WeMi's: nobody else connects an ente's money. */
export const mayConnectPaymentAccount = (user: unknown, organisationId: string): boolean =>
  hasRole(user, 'admin') || (hasRole(user, 'ente-admin') && organisationOf(user) === organisationId)

const BUSINESS_TYPES: Record<Organisation['legalForm'], Stripe.AccountCreateParams.BusinessType> = {
  'social-cooperative': 'company',
  'social-enterprise': 'company',
  consortium: 'company',
  association: 'non_profit',
  foundation: 'non_profit',
  other: 'non_profit',
}

const ONBOARDING_PATH = 'payment-onboarding'

/**
 * Stripe sends the browser back to the organisation in the admin. Not to an API endpoint: that
 * navigation comes from Stripe's site, and the admin's session cookie is rightly not accepted
 * on cross-site requests; the admin page, once loaded, asks the server to read the account.
 */
const adminUrl = (payload: Payload, organisationId: string, onboarding: 'return' | 'refresh') =>
  publicUrl(`${payload.config.routes.admin}/collections/organisations/${encodeURIComponent(organisationId)}?onboarding=${onboarding}`)

/** Stripe unreachable or refusing: nothing of ours changed, and the ente may try again. */
class PaymentProviderError extends Error {}

const callStripe = async <T>(payload: Payload, call: () => Promise<T>): Promise<T> => {
  try {
    return await call()
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) {
      payload.logger.error({ err: error }, 'Stripe refused a Connect call')
      throw new PaymentProviderError(error.message)
    }
    throw error
  }
}

const lockOrganisation = async (req: PayloadRequest, id: string): Promise<Organisation | null> => {
  // Two clicks at once must not open two accounts: the second waits and finds the first one's.
  const [row] = await runSql<{ id: string }>(req.payload, sql`SELECT id FROM organisations WHERE id = ${id} FOR UPDATE`, req)
  if (!row) return null
  return req.payload.findByID({ collection: 'organisations', id, depth: 0, overrideAccess: true, req })
}

/** Writes what Stripe says of the account onto the organisation, and keeps the step in the audit log. */
const recordAccount = async (
  req: PayloadRequest,
  organisation: Organisation,
  account: Stripe.Account,
  step: 'account-created' | 'account-read-on-return' | 'account-updated-by-stripe',
): Promise<PaymentAccountStatus> => {
  const status = paymentAccountStatus(account)
  const from = organisation.paymentAccount?.status ?? null
  await req.payload.update({
    collection: 'organisations',
    id: organisation.id,
    data: { paymentAccount: { accountId: account.id, status, updatedAt: new Date().toISOString() } },
    overrideAccess: true,
    depth: 0,
    req,
  })
  await recordAudit(req, {
    action: 'transition',
    collection: 'organisations',
    documentId: organisation.id,
    changes: { action: `payment-${step}`, account: account.id, status: { from, to: status } },
  })
  return status
}

/**
 * Opens (once) the ente's Stripe Connect account and returns a fresh onboarding link for it.
 * The account id is kept at the first call; the idempotency key makes a retry after a lost
 * answer find the same account rather than open a second one.
 */
export const startPaymentOnboarding = async (req: PayloadRequest, organisationId: string): Promise<{ url: string } | null> =>
  inTransaction(req, async (tx) => {
    const organisation = await lockOrganisation(tx, organisationId)
    if (!organisation) return null
    let accountId = organisation.paymentAccount?.accountId
    if (!accountId) {
      const account = await callStripe(req.payload, () =>
        stripe().accounts.create(
          {
            type: 'express',
            country: 'IT',
            email: organisation.email ?? undefined,
            business_type: BUSINESS_TYPES[organisation.legalForm],
            business_profile: { name: organisation.legalName },
            capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
            metadata: { organisation: organisation.id },
          },
          { idempotencyKey: `connect-account-${organisation.id}` },
        ),
      )
      await recordAccount(tx, organisation, account, 'account-created')
      accountId = account.id
    }
    const link = await callStripe(req.payload, () =>
      stripe().accountLinks.create({
        account: accountId,
        type: 'account_onboarding',
        refresh_url: adminUrl(req.payload, organisation.id, 'refresh'),
        return_url: adminUrl(req.payload, organisation.id, 'return'),
      }),
    )
    // The link itself is a short-lived key to the account's details: it is never stored or logged.
    await recordAudit(tx, {
      action: 'transition',
      collection: 'organisations',
      documentId: organisation.id,
      changes: { action: 'payment-onboarding-link', account: accountId },
    })
    return { url: link.url }
  })

/**
 * Reads the account again from Stripe and records its state on the organisation that holds
 * it. The event's own copy is not used: events may arrive late or out of order, Stripe's
 * answer now is the state. An account no organisation holds concerns nothing of ours.
 */
export const syncPaymentAccount = async (
  req: PayloadRequest,
  accountId: string,
  step: 'account-read-on-return' | 'account-updated-by-stripe',
): Promise<PaymentAccountStatus | 'ignored'> => {
  const { docs } = await req.payload.find({
    collection: 'organisations',
    where: { 'paymentAccount.accountId': { equals: accountId } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const organisation = docs[0] ? await lockOrganisation(req, docs[0].id) : null
  if (!organisation) return 'ignored'
  const account = await callStripe(req.payload, () => stripe().accounts.retrieve(accountId))
  return recordAccount(req, organisation, account, step)
}

const refusal = (req: PayloadRequest) =>
  req.user
    ? Response.json({ errors: [{ message: message(req, 'paymentOnboardingRefused') }] }, { status: 403 })
    : Response.json({ errors: [{ message: message(req, 'paymentOnboardingSignIn') }] }, { status: 401 })

const notFound = (req: PayloadRequest) => Response.json({ errors: [{ message: req.t('error:notFound') }] }, { status: 404 })

const unavailable = (req: PayloadRequest) =>
  Response.json({ errors: [{ message: message(req, 'paymentProviderUnavailable') }] }, { status: 502 })

/** The organisation the path names, when the caller may connect its account. */
const permittedOrganisation = (req: PayloadRequest): string | null => {
  const id = String(req.routeParams?.id ?? '')
  return isRecordId(id) && mayConnectPaymentAccount(req.user, id) ? id : null
}

/**
 * `POST /api/organisations/:id/payment-onboarding`: the admin's button. The answer is the
 * onboarding link, which the admin's page opens.
 */
const start: Endpoint = {
  path: `/:id/${ONBOARDING_PATH}`,
  method: 'post',
  handler: async (req) => {
    const id = permittedOrganisation(req)
    if (!id) return refusal(req)
    try {
      const link = await startPaymentOnboarding(req, id)
      return link ? Response.json(link) : notFound(req)
    } catch (error) {
      if (error instanceof PaymentProviderError) return unavailable(req)
      throw error
    }
  },
}

/**
 * `POST …/payment-onboarding/sync`: the admin page, back from Stripe. The browser's return
 * proves nothing, so the account is read again from Stripe and its state recorded.
 */
const sync: Endpoint = {
  path: `/:id/${ONBOARDING_PATH}/sync`,
  method: 'post',
  handler: async (req) => {
    const id = permittedOrganisation(req)
    if (!id) return refusal(req)
    const organisation = await req.payload.findByID({
      collection: 'organisations',
      id,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (!organisation) return notFound(req)
    const accountId = organisation.paymentAccount?.accountId
    if (!accountId) return Response.json({ status: null })
    try {
      const status = await inTransaction(req, (tx) => syncPaymentAccount(tx, accountId, 'account-read-on-return'))
      return Response.json({ status })
    } catch (error) {
      if (error instanceof PaymentProviderError) return unavailable(req)
      throw error
    }
  },
}

export const paymentOnboardingEndpoints: Endpoint[] = [start, sync]
