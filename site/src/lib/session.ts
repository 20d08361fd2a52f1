import type { AstroCookies } from 'astro'

import { servesHttps } from '../../../lib/env'
import { CITIZEN_AREA } from '../../../lib/links'
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
  return user?.collection === 'citizens' ? (user as unknown as Citizen) : null
}

/** The citizen of this request, or a redirect to sign in that comes back here afterwards. */
export const requireCitizen = async (
  { request, url, redirect }: { request: Request; url: URL; redirect: (to: string, status?: 303) => Response },
  lang: Lang,
): Promise<Citizen | Response> => {
  const citizen = await currentCitizen(request)
  if (citizen) return citizen
  return redirect(`${path(lang, 'signIn')}?next=${encodeURIComponent(url.pathname + url.search)}`, 303)
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
