import type { AstroCookies } from 'astro'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { SESSION_LIMITS } from '../../lib/sessions'
import { startSitePayload } from '../helpers/site-payload'
import { PASSWORD } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'

/**
 * The site's own sliding of sessions (site/src/lib/session.ts), run against the site's Payload
 * instance on a database of this file's own: a visit with a token a few minutes old gets a new
 * token for the same session, pushed on by the idle limit and never past the absolute one; a
 * fresh token is left alone. Citizens and staff (a desk operator working on the site) alike.
 */
type SessionModule = typeof import('../../site/src/lib/session')
let site: SessionModule
let payload: Payload
let stop: (() => Promise<void>) | undefined

beforeAll(async () => {
  ;({ payload, stop } = await startSitePayload())
  site = await import('../../site/src/lib/session')
})
afterAll(async () => stop?.())
afterEach(() => vi.useRealTimers())

/** The cookie jar of one visit: what the browser sent, and what the page set. */
const jar = (token: string) => {
  const set = new Map<string, string>()
  const cookies = {
    get: (name: string) => (name === 'payload-token' ? { value: token } : undefined),
    set: (name: string, value: string) => set.set(name, value),
  }
  return { cookies: cookies as unknown as AstroCookies, set }
}
/** A page view as a browser makes it: the cookie, and the fetch metadata Payload checks cookies against. */
const visit = (token: string) =>
  new Request('http://localhost/area-personale', { headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' } })
const expiryOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')).exp as number

const signIn = async (collection: 'citizens' | 'users') => {
  const email = `${unique(collection)}@esempio.it`
  const data =
    collection === 'citizens'
      ? { email, password: PASSWORD, _verified: true }
      : { email, password: PASSWORD, name: 'Chiara Redazione', roles: ['editor'] }
  await payload.create({ collection, data: data as never })
  const { token } = await payload.login({ collection, data: { email, password: PASSWORD } })
  return token!
}

const MINUTE = 60 * 1000

describe.each(['citizens', 'users'] as const)('sliding the session of %s on the site', (collection) => {
  it('leaves a fresh token alone, and renews one a few minutes old for the idle limit again', async () => {
    const token = await signIn(collection)
    const fresh = jar(token)
    expect(await site.keepSessionAlive(visit(token), fresh.cookies)).toBe(false)
    expect(fresh.set.size).toBe(0)

    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 6 * MINUTE)
    const later = jar(token)
    expect(await site.keepSessionAlive(visit(token), later.cookies)).toBe(true)
    const renewed = later.set.get('payload-token')!
    expect(expiryOf(renewed)).toBe(Math.floor(Date.now() / 1000) + SESSION_LIMITS[collection].idleSeconds)
    expect(expiryOf(renewed)).toBeGreaterThan(expiryOf(token))
    // The renewed token is accepted: the same session goes on.
    expect((await payload.auth({ headers: new Headers({ authorization: `JWT ${renewed}` }) })).user?.id).toBeTruthy()
  })

  it('never renews past the absolute limit', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const start = Date.now()
    let token = await signIn(collection)
    const { idleSeconds, absoluteSeconds } = SESSION_LIMITS[collection]
    // Active all along: a visit every 20 minutes.
    for (let at = 20 * MINUTE; at < absoluteSeconds * 1000; at += 20 * MINUTE) {
      vi.setSystemTime(start + at)
      const cookies = jar(token)
      expect(await site.keepSessionAlive(visit(token), cookies.cookies), `${at / MINUTE} min`).toBe(true)
      token = cookies.set.get('payload-token')!
      expect(expiryOf(token) * 1000).toBeLessThanOrEqual(start + absoluteSeconds * 1000 + 1000)
      expect(expiryOf(token) * 1000 - Date.now()).toBeLessThanOrEqual(idleSeconds * 1000)
    }
    vi.setSystemTime(start + absoluteSeconds * 1000 + MINUTE)
    expect(await site.keepSessionAlive(visit(token), jar(token).cookies)).toBe(false)
  })
})
