import type Stripe from 'stripe'

import type { FormObject } from './form'
import { invalid, isHttpUrl, metadataOf, missingResource, oneOf, optionalString, requiredString } from './params'
import { type EmitEvent, type EventRequest, newId } from './resources'

/** A connected account as Stripe returns it, with the fields the app reads. */
export type Account = Pick<
  Stripe.Account,
  | 'id'
  | 'object'
  | 'business_type'
  | 'charges_enabled'
  | 'country'
  | 'created'
  | 'default_currency'
  | 'details_submitted'
  | 'email'
  | 'metadata'
  | 'payouts_enabled'
  | 'type'
> & { requirements: { currently_due: string[]; disabled_reason: string | null } }

export type AccountLink = Pick<Stripe.AccountLink, 'object' | 'created' | 'expires_at' | 'url'>

/** A link with what Stripe keeps of it: where it leads back to, and whether it was opened or used. */
export type LinkRecord = {
  token: string
  account: string
  refreshUrl: string
  returnUrl: string
  expiresAt: number
  visited: boolean
  used: boolean
}

/** What the ente types on the onboarding page. */
export type OnboardingDetails = { iban: string; representative: string }
export type OnboardingField = keyof OnboardingDetails
export type OnboardingProblem = 'ibanMissing' | 'ibanInvalid' | 'representativeMissing' | 'representativeTooLong'

const ACCOUNT_TYPES = ['express', 'standard', 'custom'] as const
const BUSINESS_TYPES = ['company', 'government_entity', 'individual', 'non_profit'] as const
const LINK_TYPES = ['account_onboarding', 'account_update'] as const
/** Stripe's account links last a few minutes. */
const LINK_LIFETIME_S = 300
const DUE_AT_START = ['external_account', 'representative.first_name', 'representative.last_name', 'tos_acceptance.date']

const seconds = () => Math.floor(Date.now() / 1000)

/** The lengths of IBANs in the countries of the SEPA area WeMi's enti bank in; others are checked by structure alone. */
const IBAN_LENGTHS: Record<string, number> = { IT: 27, SM: 27, VA: 22, DE: 22, FR: 27, ES: 24, AT: 20, CH: 21, BE: 16, NL: 18 }

/** An IBAN's structure, its country's length and its ISO 7064 mod-97 check digits. */
export const isValidIban = (text: string): boolean => {
  const iban = text.replace(/\s+/g, '').toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false
  const length = IBAN_LENGTHS[iban.slice(0, 2)]
  if (length !== undefined && iban.length !== length) return false
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55))
  let remainder = 0
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97
  return remainder === 1
}

/** The page's checks, field by field; an empty list when the details can be submitted. */
export const onboardingProblems = (form: URLSearchParams): { field: OnboardingField; problem: OnboardingProblem }[] => {
  const iban = form.get('iban')?.trim() ?? ''
  const representative = form.get('representative')?.trim() ?? ''
  return [
    ...(iban === ''
      ? [{ field: 'iban' as const, problem: 'ibanMissing' as const }]
      : isValidIban(iban)
        ? []
        : [{ field: 'iban' as const, problem: 'ibanInvalid' as const }]),
    ...(representative === ''
      ? [{ field: 'representative' as const, problem: 'representativeMissing' as const }]
      : representative.length > 100
        ? [{ field: 'representative' as const, problem: 'representativeTooLong' as const }]
        : []),
  ]
}

/**
 * Connected accounts and their onboarding links, in memory and synchronous like the rest of
 * the ledger. An account starts with its details due; the hosted onboarding page fills them
 * in, which enables charges and payouts at once (there is no review to wait for here).
 */
export const createAccounts = ({ baseUrl, emit }: { baseUrl: string; emit: EmitEvent }) => {
  const accounts = new Map<string, { account: Account; details: OnboardingDetails | null }>()
  const links = new Map<string, LinkRecord>()

  const record = (id: string) => {
    const found = accounts.get(id)
    if (!found) throw missingResource('account', id, 'account')
    return found
  }

  const createAccount = (params: FormObject): Account => {
    const type = oneOf(params.type, 'type', ACCOUNT_TYPES)
    if (type === null && params.controller === undefined) throw invalid('type', 'Missing required param: type.', 'parameter_missing')
    const country = (optionalString(params.country, 'country', 2) ?? 'US').toUpperCase()
    if (!/^[A-Z]{2}$/.test(country)) throw invalid('country', `Country '${country}' is unknown.`, 'country_unsupported')
    const email = optionalString(params.email, 'email', 800)
    if (email !== null && !/^[^\s@]+@[^\s@]+$/.test(email)) throw invalid('email', `Invalid email address: ${email}`, 'email_invalid')
    const account: Account = {
      id: newId('acct_', 16),
      object: 'account',
      business_type: oneOf(params.business_type, 'business_type', BUSINESS_TYPES),
      charges_enabled: false,
      country,
      created: seconds(),
      default_currency: country === 'IT' ? 'eur' : 'usd',
      details_submitted: false,
      email,
      metadata: metadataOf(params.metadata, 'metadata'),
      payouts_enabled: false,
      requirements: { currently_due: [...DUE_AT_START], disabled_reason: 'requirements.past_due' },
      type: type ?? 'express',
    }
    accounts.set(account.id, { account, details: null })
    return account
  }

  const createLink = (params: FormObject): AccountLink => {
    const account = requiredString(params.account, 'account')
    if (!accounts.has(account)) throw invalid('account', `No such account: '${account}'`, 'resource_missing')
    if (oneOf(params.type, 'type', LINK_TYPES) === null) throw invalid('type', 'Missing required param: type.', 'parameter_missing')
    const url = (name: 'refresh_url' | 'return_url') => {
      const value = requiredString(params[name], name)
      if (!isHttpUrl(value)) throw invalid(name, `Not a valid URL: ${name} must be an absolute http or https URL.`, 'url_invalid')
      return value
    }
    const created = seconds()
    const link: LinkRecord = {
      token: newId('', 32),
      account,
      refreshUrl: url('refresh_url'),
      returnUrl: url('return_url'),
      expiresAt: created + LINK_LIFETIME_S,
      visited: false,
      used: false,
    }
    links.set(link.token, link)
    return { object: 'account_link', created, expires_at: link.expiresAt, url: `${baseUrl}/connect/onboarding/${link.token}` }
  }

  /** A link may be opened once, and submitted until it expires or has been used. */
  const usable = (link: LinkRecord, opening: boolean) => !link.used && seconds() < link.expiresAt && !(opening && link.visited)

  /** The hosted page's submit: the account is complete, and Stripe tells the platform. */
  const completeOnboarding = (link: LinkRecord, details: OnboardingDetails, request: EventRequest): Promise<void> => {
    const found = record(link.account)
    found.details = { iban: details.iban.replace(/\s+/g, '').toUpperCase(), representative: details.representative.trim() }
    Object.assign(found.account, {
      details_submitted: true,
      charges_enabled: true,
      payouts_enabled: true,
      requirements: { currently_due: [], disabled_reason: null },
    } satisfies Partial<Account>)
    link.used = true
    return emit('account.updated', found.account, request)
  }

  return {
    createAccount,
    account: (id: string) => record(id).account,
    findAccount: (id: string) => accounts.get(id)?.account,
    createLink,
    findLink: (token: string) => links.get(token),
    usable,
    completeOnboarding,
  }
}
