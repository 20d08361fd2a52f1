import { servesHttps, trustedOrigins } from '../../../lib/env'
import { publicUrl } from '../../../lib/links'
import { safeRedirectPath } from '../../../lib/redirects'
import { attempt } from '../../../lib/rate-limits'
import { seal, unseal } from '../../../lib/sealed'
import { citizenForIdentity } from '../../../plugins/identity/citizens'
import { IdentityError, type IdentityFailure } from '../../../plugins/identity/errors'
import { beginSignIn, completeSignIn, type PendingSignIn, providerSignOutUrl } from '../../../plugins/identity/relying-party'
import { endCitizenSession, startCitizenSession } from '../../../plugins/identity/sessions'
import { CALLBACK_PATH, identitySettings } from '../../../plugins/identity/settings'
import type { Citizen } from '../../../payload-types'
import type { Visit } from './forms'
import type { Lang } from './i18n'
import { payload } from './payload'
import { path } from './routes'
import { areaHome, asUser, startSession } from './session'

/** The sign-in in progress (PKCE verifier, state, nonce), sealed, only on the way back from the provider. */
const PENDING = { cookie: 'wemi-identity-pending', purpose: 'identity-pending', maxAgeMs: 10 * 60 * 1000 }
/** The provider's ID token, sealed, to end its session too at sign-out. */
const PROVIDER_SESSION = { cookie: 'wemi-identity-session', purpose: 'identity-session', maxAgeMs: 24 * 60 * 60 * 1000 }

/** Whether the sign-in page offers SPID/CIE, and whether through the local test provider. */
export const digitalIdentityOffer = (): { testProvider: boolean } | null => {
  const settings = identitySettings()
  return settings ? { testProvider: settings.testProvider } : null
}

const cookieOptions = (cookiePath: string, maxAgeMs: number) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: servesHttps(),
  path: cookiePath,
  maxAge: maxAgeMs / 1000,
})

const failed = (visit: Visit, lang: Lang, failure: IdentityFailure) =>
  visit.redirect(`${path(lang, 'signIn')}?identity_error=${failure}`, 303)

/**
 * The browser arrives here from the provider's site, so a redirect would keep the request
 * cross-site and the new session cookie would not count (Payload accepts a cookie only on
 * same-site requests). A page of ours that moves on by itself starts a same-site navigation,
 * with or without JavaScript.
 */
const continueOnThisSite = (next: string, lang: Lang): Response => {
  const text = lang === 'it' ? { title: 'Accesso eseguito', link: 'Continua' } : { title: 'Signed in', link: 'Continue' }
  // A browser follows a meta refresh as it follows a redirect: the target is checked again here.
  const href = safeRedirectPath(next, areaHome(lang)).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
  return new Response(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${href}"><title>${text.title} – WeMi</title></head>` +
      `<body><main><h1>${text.title}</h1><p><a href="${href}">${text.link}</a></p></main></body></html>`,
    { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } },
  )
}

/** The address the provider sends the browser back to: on the origin the visitor is on, when it is one of the site's. */
const callbackUrl = (url: URL) =>
  trustedOrigins().includes(url.origin) ? new URL(CALLBACK_PATH, url.origin).href : publicUrl(CALLBACK_PATH)

/** Sends the visitor to the identity provider, keeping what the way back needs in a sealed cookie. */
export const beginDigitalSignIn = async (visit: Visit, lang: Lang): Promise<Response> => {
  const settings = identitySettings()
  if (!settings) return visit.redirect(path(lang, 'signIn'), 303)
  const next = safeRedirectPath(visit.url.searchParams.get('next'), areaHome(lang))
  if (!(await attempt(await payload(), 'digitalSignIn', { address: visit.clientAddress })).allowed)
    return failed(visit, lang, 'rateLimited')
  try {
    const { url, pending } = await beginSignIn(settings, { redirectUri: callbackUrl(visit.url), next, lang })
    visit.cookies.set(PENDING.cookie, seal(pending, PENDING.purpose), cookieOptions(CALLBACK_PATH, PENDING.maxAgeMs))
    return visit.redirect(url.href, 303)
  } catch (error) {
    if (error instanceof IdentityError) {
      console.error(`sign-in with a digital identity: ${error.message}`)
      return failed(visit, lang, error.failure)
    }
    throw error
  }
}

/**
 * The way back from the provider: checks its answer, finds or links the citizen and starts
 * their session. Anything that does not match ends on the sign-in page with the reason.
 */
export const finishDigitalSignIn = async (visit: Visit): Promise<Response> => {
  const settings = identitySettings()
  const pending = unseal<PendingSignIn>(visit.cookies.get(PENDING.cookie)?.value, PENDING.purpose, PENDING.maxAgeMs)
  visit.cookies.delete(PENDING.cookie, { path: CALLBACK_PATH })
  if (!settings || !pending) return failed(visit, 'it', 'expired')
  const lang = pending.lang
  try {
    // The provider answered the exact address it was given; the query is its answer.
    const answer = new URL(pending.redirectUri)
    answer.search = visit.url.search
    const completed = await completeSignIn(settings, answer, pending)
    const cms = await payload()
    const citizen = await citizenForIdentity(
      cms,
      completed.identity,
      { issuer: settings.issuer, subject: completed.subject, level: completed.level },
      lang,
    )
    const { token, exp } = await startCitizenSession(cms, citizen.id)
    await startSession(visit.cookies, token, exp)
    visit.cookies.set(
      PROVIDER_SESSION.cookie,
      seal(completed.idToken, PROVIDER_SESSION.purpose),
      cookieOptions('/', PROVIDER_SESSION.maxAgeMs),
    )
    return continueOnThisSite(pending.next, lang)
  } catch (error) {
    if (error instanceof IdentityError) {
      console.error(`sign-in with a digital identity: ${error.message}`)
      return failed(visit, lang, error.failure)
    }
    throw error
  }
}

/**
 * Ends the citizen's WeMi session (its record too, so the token stops working everywhere) and
 * returns where to go next: the provider's sign-out when they came through it, so that it
 * ends as well, and back to the sign-in page.
 */
export const endSessions = async (visit: Visit, citizen: Citizen | null, lang: Lang): Promise<string> => {
  if (citizen) await endCitizenSession(await payload(), asUser(citizen) as never)
  const back = `${path(lang, 'signIn')}?out=1`
  const idToken = unseal<string>(visit.cookies.get(PROVIDER_SESSION.cookie)?.value, PROVIDER_SESSION.purpose, PROVIDER_SESSION.maxAgeMs)
  visit.cookies.delete(PROVIDER_SESSION.cookie, { path: '/' })
  const settings = identitySettings()
  if (!idToken || !settings) return back
  try {
    return (await providerSignOutUrl(settings, idToken, new URL(back, visit.url.origin).href)).href
  } catch (error) {
    console.error(`signing out at the identity provider: ${(error as Error).message}`)
    return back
  }
}
