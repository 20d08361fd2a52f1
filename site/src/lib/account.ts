import { APIError } from 'payload'

import { signUpWithConsent } from '../../../lib/consents'
import { servesHttps } from '../../../lib/env'
import { safeRedirectPath } from '../../../lib/redirects'
import { localRequest } from '../../../lib/transaction'
import { confirmEmailChange } from '../../../collections/Citizens/emailChange'
import type { IdentityFailure } from '../../../plugins/identity/errors'

import { type FormErrors, EMAIL, fromThisSite, hasErrors, textFields, type Visit } from './forms'
import type { Lang } from './i18n'
import { payload } from './payload'
import { path } from './routes'
import { endSessions } from './identity'
import { areaHome, currentCitizen, endSession, startSession } from './session'

export const MIN_PASSWORD_LENGTH = 10

/** What an account form page shows: its values, its errors and whether it is done. */
export type FormPage<Values> = { values: Values; errors: FormErrors; status: number; done: boolean }

const page = <Values>(values: Values, extra: Partial<FormPage<Values>> = {}): FormPage<Values> => ({
  values,
  errors: {},
  status: 200,
  done: false,
  ...extra,
})
const refused = <Values>(values: Values, errors: FormErrors, status = 400): FormPage<Values> => ({ values, errors, status, done: false })

/** Payload's errors by name: the site's bundle and the server may hold different copies of the classes. */
const isNamed = (error: unknown, name: string) => error instanceof Error && error.name === name

/**
 * The Local API request of a visit: in its language, from the visitor's address, so that the
 * collection's own rate limits count the form's attempt as they count the API's.
 */
const visitRequest = async (visit: Visit, lang: Lang) => localRequest(await payload(), { language: lang, address: visit.clientAddress })

/** The collection's refusal of one attempt too many, with its own words on how long to wait. */
const rateLimited = (error: unknown): FormErrors | null =>
  isNamed(error, 'APIError') && (error as APIError).status === 429 ? { form: { text: (error as Error).message } } : null

const checkPassword = (password: string, confirm: string | undefined, errors: FormErrors) => {
  if (password.length < MIN_PASSWORD_LENGTH) errors.password = 'errorPasswordShort'
  else if (confirm !== undefined && confirm !== password) errors.passwordConfirm = 'errorPasswordMismatch'
}

// ------------------------------------------------------------------ sign in
export type SignInValues = { email: string; next: string; identityError: IdentityFailure | null }

const IDENTITY_FAILURES: IdentityFailure[] = [
  'refused',
  'expired',
  'unavailable',
  'missingFiscalCode',
  'missingEmail',
  'emailInUse',
  'disabled',
  'rateLimited',
]
const identityFailure = (value: string | null): IdentityFailure | null => IDENTITY_FAILURES.find((failure) => failure === value) ?? null

export const handleSignIn = async (visit: Visit, lang: Lang): Promise<FormPage<SignInValues> | Response> => {
  const { request, url, cookies, redirect } = visit
  const next = safeRedirectPath(url.searchParams.get('next'), areaHome(lang))
  const identityError = identityFailure(url.searchParams.get('identity_error'))
  if (request.method !== 'POST') return page({ email: '', next, identityError }, { done: url.searchParams.get('out') === '1' })
  const form = await request.formData()
  const { email, password } = textFields(form, ['email', 'password'] as const, 254)
  const values = { email, next: safeRedirectPath(String(form.get('next') ?? ''), areaHome(lang)), identityError: null }
  if (!fromThisSite(visit)) return refused(values, { form: 'errorOrigin' }, 403)
  const errors: FormErrors = {}
  if (!EMAIL.test(email)) errors.email = 'errorEmail'
  if (!password) errors.password = 'errorRequired'
  if (hasErrors(errors)) return refused(values, errors)
  try {
    const { token, exp } = await (
      await payload()
    ).login({ collection: 'citizens', data: { email, password }, req: await visitRequest(visit, lang) })
    await startSession(cookies, token!, exp)
    return redirect(values.next, 303)
  } catch (error) {
    const limited = rateLimited(error)
    if (limited) return refused(values, limited, 429)
    if (isNamed(error, 'UnverifiedEmail')) return refused(values, { form: 'errorUnverified' }, 403)
    // A locked account answers as a wrong password does (lib/sign-in.ts); the words say both.
    if (isNamed(error, 'AuthenticationError') || isNamed(error, 'LockedAuth')) return refused(values, { form: 'errorCredentials' }, 401)
    if (isNamed(error, 'APIError') && (error as APIError).status === 403) return refused(values, { form: 'errorDisabled' }, 403)
    throw error
  }
}

// ------------------------------------------------------------------ sign up
export type SignUpValues = { firstName: string; lastName: string; email: string; privacy: boolean; next: string }

/**
 * Where a new account goes once its address is confirmed, when sign-up began on a page that
 * asked for one (a group's invitation): kept in this browser, where the confirmation link is
 * usually opened, for the verification page's sign-in link. The e-mail itself carries no address.
 */
const NEXT_COOKIE = 'wemi-next'
const NEXT_COOKIE_SECONDS = 2 * 24 * 60 * 60

/** The page to come back to after confirming the address, as kept at sign-up; '' for none. */
export const returnAfterSignUp = (cookies: Visit['cookies']): string => safeRedirectPath(cookies.get(NEXT_COOKIE)?.value, '')

export const handleSignUp = async (visit: Visit, lang: Lang): Promise<FormPage<SignUpValues> | Response> => {
  const { request, url, redirect } = visit
  const next = safeRedirectPath(url.searchParams.get('next'), '')
  const empty = { firstName: '', lastName: '', email: url.searchParams.get('email') ?? '', privacy: false, next }
  if (request.method !== 'POST') return page(empty, { done: url.searchParams.get('sent') === '1' })
  const form = await request.formData()
  const fields = textFields(form, ['firstName', 'lastName', 'email', 'password', 'passwordConfirm'] as const, 254)
  const values = {
    firstName: fields.firstName.slice(0, 100),
    lastName: fields.lastName.slice(0, 100),
    email: fields.email.toLowerCase(),
    privacy: form.get('privacy') === 'yes',
    next: safeRedirectPath(String(form.get('next') ?? ''), ''),
  }
  if (!fromThisSite(visit)) return refused(values, { form: 'errorOrigin' }, 403)
  const errors: FormErrors = {}
  if (!values.firstName) errors.firstName = 'errorRequired'
  if (!values.lastName) errors.lastName = 'errorRequired'
  if (!EMAIL.test(values.email)) errors.email = 'errorEmail'
  checkPassword(fields.password, fields.passwordConfirm, errors)
  if (!values.privacy) errors.privacy = 'errorPrivacy'
  if (hasErrors(errors)) return refused(values, errors)
  try {
    const data = { firstName: values.firstName, lastName: values.lastName, email: values.email, password: fields.password, language: lang }
    await signUpWithConsent(await payload(), data, lang, visit.clientAddress)
  } catch (error) {
    const limited = rateLimited(error)
    if (limited) return refused(values, limited, 429)
    // An address that already has an account is answered as a new one; its owner gets a note.
    if (!isNamed(error, 'SignUpReceived')) throw error
  }
  if (values.next)
    visit.cookies.set(NEXT_COOKIE, values.next, {
      httpOnly: true,
      sameSite: 'lax',
      secure: servesHttps(),
      path: '/',
      maxAge: NEXT_COOKIE_SECONDS,
    })
  const back = values.next ? `&next=${encodeURIComponent(values.next)}` : ''
  return redirect(`${path(lang, 'signUp')}?sent=1&email=${encodeURIComponent(values.email)}${back}`, 303)
}

// ------------------------------------------------------------------ e-mail verification
/** Confirms the address of a new account, or an account's new address, from the link in its e-mail. */
export const handleVerify = async ({ url }: Pick<Visit, 'url'>): Promise<boolean> => {
  // A link sent to a new address, to make it the account's address.
  const change = url.searchParams.get('change')
  if (change !== null) return /^[\w-]{20,2000}$/.test(change) && (await confirmEmailChange(await payload(), change)) === 'changed'
  const token = url.searchParams.get('token') ?? ''
  if (!/^[\w-]{10,200}$/.test(token)) return false
  try {
    return await (await payload()).verifyEmail({ collection: 'citizens', token })
  } catch (error) {
    if (error instanceof APIError || isNamed(error, 'APIError') || isNamed(error, 'NotFound') || isNamed(error, 'Forbidden')) return false
    throw error
  }
}

// ------------------------------------------------------------------ forgotten password
export type ForgotValues = { email: string }

/** Sends the reset link. The answer is the same whether or not the account exists. */
export const handleForgot = async (visit: Visit, lang: Lang): Promise<FormPage<ForgotValues> | Response> => {
  const { request, url, redirect } = visit
  if (request.method !== 'POST') return page({ email: '' }, { done: url.searchParams.get('sent') === '1' })
  const form = await request.formData()
  const values = textFields(form, ['email'] as const, 254)
  if (!fromThisSite(visit)) return refused(values, { form: 'errorOrigin' }, 403)
  if (!EMAIL.test(values.email)) return refused(values, { email: 'errorEmail' })
  try {
    await (
      await payload()
    ).forgotPassword({
      collection: 'citizens',
      data: { email: values.email.toLowerCase() },
      disableEmail: false,
      req: await visitRequest(visit, lang),
    })
  } catch (error) {
    const limited = rateLimited(error)
    if (limited) return refused(values, limited, 429)
    throw error
  }
  return redirect(`${path(lang, 'forgotPassword')}?sent=1`, 303)
}

// ------------------------------------------------------------------ password reset
export type ResetValues = { token: string }

/** Sets the new password from the e-mailed link, then signs the citizen in. */
export const handleReset = async (visit: Visit, lang: Lang): Promise<FormPage<ResetValues> | Response> => {
  const { request, url, cookies, redirect } = visit
  if (request.method !== 'POST') return page({ token: url.searchParams.get('token') ?? '' })
  const form = await request.formData()
  const fields = textFields(form, ['token', 'password', 'passwordConfirm'] as const, 254)
  const values = { token: fields.token }
  if (!fromThisSite(visit)) return refused(values, { form: 'errorOrigin' }, 403)
  const errors: FormErrors = {}
  checkPassword(fields.password, fields.passwordConfirm, errors)
  if (hasErrors(errors)) return refused(values, errors)
  try {
    const { token, user } = await (
      await payload()
    ).resetPassword({
      collection: 'citizens',
      data: { token: fields.token, password: fields.password },
      overrideAccess: true,
    })
    // An account that never confirmed its address signs in only through that link.
    if (token && (user as { _verified?: boolean })._verified !== false) {
      await startSession(cookies, token, undefined)
      return redirect(areaHome(lang), 303)
    }
    return redirect(path(lang, 'signIn'), 303)
  } catch (error) {
    if (error instanceof APIError || isNamed(error, 'APIError') || isNamed(error, 'Forbidden'))
      return refused(values, { form: 'resetFailed' }, 400)
    throw error
  }
}

// ------------------------------------------------------------------ sign out
/**
 * Ends the session (a POST from this site only), and the identity provider's when the citizen
 * came through it, then shows the sign-in page with a note.
 */
export const signOut = async (visit: Visit, lang: Lang): Promise<Response> => {
  if (!fromThisSite(visit)) return visit.redirect(`${path(lang, 'signIn')}?out=1`, 303)
  const next = await endSessions(visit, await currentCitizen(visit.request), lang)
  await endSession(visit.cookies)
  return visit.redirect(next, 303)
}
