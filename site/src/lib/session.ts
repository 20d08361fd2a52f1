import type { AstroCookies } from 'astro'

import { assistedCitizen } from '../../../lib/assistance'
import { servesHttps } from '../../../lib/env'
import { CITIZEN_AREA } from '../../../lib/links'
import { slideSession } from '../../../lib/sessions'
import type { Citizen } from '../../../payload-types'
import type { Lang } from './i18n'
import { payload } from './payload'
import { path } from './routes'

/** The session cookie Payload itself reads, so that the site and the REST API agree on who is in. */
const sessionCookie = async () => `${(await payload()).config.cookiePrefix}-token`

/** The citizen as Payload's user, for the Local API. */
export const asUser = (citizen: Citizen) => ({ ...citizen, collection: 'citizens' as const })

/** Local API options for what a citizen does: as them, with access control applied. */
export const asCitizen = (citizen: Citizen) => ({ user: asUser(citizen), overrideAccess: false as const })

/** The signed-in citizen of this request, if any (staff signed in to the admin are not citizens here). */
export const currentCitizen = async (request: Request): Promise<Citizen | null> => {
  const { user } = await (await payload()).auth({ headers: request.headers })
  return user?.collection === 'citizens' ? user : null
}

/** The browser cookie that holds a desk operator's key to the assistance they are giving. */
export const ASSISTANCE_COOKIE = 'wemi-assistance'

export const assistanceKeyOf = (request: Request): string | undefined =>
  (request.headers.get('cookie') ?? '')
    .split(';')
    .map((pair) => pair.trim().split('='))
    .find(([name]) => name === ASSISTANCE_COOKIE)?.[1]

/**
 * The citizen this request acts as: the signed-in citizen, or the one a desk operator is
 * helping through their open assistance (the citizen then carries `assistedBy`, so that their
 * own permissions apply and every change is logged as done for them by the desk).
 */
export const actingCitizen = (request: Request): Promise<Citizen | null> => {
  // The middleware asks first (for the banner), then the page: one lookup serves both.
  let found = actingFor.get(request)
  if (!found) actingFor.set(request, (found = findActingCitizen(request)))
  return found
}

const actingFor = new WeakMap<Request, Promise<Citizen | null>>()

const findActingCitizen = async (request: Request): Promise<Citizen | null> => {
  const cms = await payload()
  const { user } = await cms.auth({ headers: request.headers })
  if (user?.collection === 'citizens') return user
  const key = assistanceKeyOf(request)
  return key && user ? assistedCitizen(cms, user, key) : null
}

/** The citizen this request acts as, or a redirect to sign in that comes back here afterwards. */
export const requireCitizen = async (
  { request, url, redirect }: { request: Request; url: URL; redirect: (to: string, status?: 303) => Response },
  lang: Lang,
): Promise<Citizen | Response> => {
  const citizen = await actingCitizen(request)
  if (citizen) return citizen
  return redirect(`${path(lang, 'signIn')}?next=${encodeURIComponent(url.pathname + url.search)}`, 303)
}

/** How old a citizen's token gets before a visit slides the session on: each page view need not write. */
const SLIDE_AFTER_SECONDS = 5 * 60

const issuedAt = (token: string): { collection?: string; iat?: number } | null => {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))
  } catch {
    return null
  }
}

/**
 * Keeps an active person signed in: a token older than a few minutes is replaced by one for
 * the same session that runs for the idle limit again, never past the absolute one. An idle
 * person's token simply expires. Citizens use only the site; a desk operator helping someone
 * works on the site too, away from the admin panel that would otherwise renew their token.
 * Says whether it renewed the cookie.
 */
export const keepSessionAlive = async (request: Request, cookies: AstroCookies): Promise<boolean> => {
  const token = cookies.get(await sessionCookie())?.value
  const claims = token ? issuedAt(token) : null
  const slug = claims?.collection
  if ((slug !== 'citizens' && slug !== 'users') || !claims?.iat || Date.now() / 1000 - claims.iat < SLIDE_AFTER_SECONDS) return false
  const cms = await payload()
  const { user } = await cms.auth({ headers: request.headers })
  const sid = (user as { _sid?: string } | null)?._sid
  if (user?.collection !== slug || !sid) return false
  const slid = await slideSession(cms, slug, String(user.id), sid)
  if (slid) await startSession(cookies, slid.token, slid.exp)
  return Boolean(slid)
}

/** Starts a session after sign-in: an HTTP-only cookie with the token, until it expires. */
export const startSession = async (cookies: AstroCookies, token: string, expiresAt: number | undefined) => {
  cookies.set(await sessionCookie(), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: servesHttps(),
    path: '/',
    ...(expiresAt ? { expires: new Date(expiresAt * 1000) } : {}),
  })
}

export const endSession = async (cookies: AstroCookies) => cookies.delete(await sessionCookie(), { path: '/' })

/** The citizen's area home in the page's language. */
export const areaHome = (lang: Lang): string => CITIZEN_AREA[lang]
