import type { AstroCookies } from 'astro'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { safeRedirectPath } from '../../lib/redirects'
import { unseal } from '../../lib/sealed'
import type { PendingSignIn } from '../../plugins/identity/relying-party'
import { closePayload } from '../../server/instance'
import { createTestDatabase } from '../helpers/database'
import { PASSWORD } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'
import { startTestIdentityProvider } from '../helpers/identity'

/**
 * The open redirect after sign-in: `next` (and the SPID/CIE page that forwards to it) must only
 * ever lead to a path on this site. Browsers drop tabs and line breaks from an address and
 * read a backslash as a slash, so each of these would otherwise leave for evil.example, and a
 * line break in a Location header is a server error.
 */
const FALLBACK = '/area-personale'
const ATTACKS = [
  'https://evil.example/',
  '//evil.example',
  '/\t/evil.example',
  '/%09/evil.example',
  '/\n/evil.example',
  '/%0a/evil.example',
  '/%0d%0a/evil.example',
  '/\r\nset-cookie:x=1',
  '/\u0000/evil.example',
  '/%00/evil.example',
  '/\\evil.example',
  '/\\/evil.example',
  '/%5cevil.example',
  '/%5C%5Cevil.example',
  '/%2f%2fevil.example',
  '/%2F/evil.example',
  '/%252f%252fevil.example',
  '/%2509/evil.example',
  '\\\\evil.example',
  'javascript:alert(1)',
  ' /evil',
  'evil.example',
  '/ok%',
]

describe('the safe-redirect helper', () => {
  it.each(ATTACKS)('refuses %j', (attack) => {
    expect(safeRedirectPath(attack, FALLBACK)).toBe(FALLBACK)
  })

  it.each(['/', '/area-personale/richieste/abc?done=paid#thread-1', '/servizi?q=assistenza%20anziani', '/en/personal-area'])(
    'keeps %j',
    (path) => {
      expect(safeRedirectPath(path, FALLBACK)).toBe(path)
    },
  )

  it('falls back when there is no target', () => {
    expect(safeRedirectPath(null, FALLBACK)).toBe(FALLBACK)
    expect(safeRedirectPath('', FALLBACK)).toBe(FALLBACK)
  })
})

/** The site's own sign-in, run against the site's Payload instance on a database of this file's own. */
describe('signing in on the site with a hostile next', () => {
  let payload: Payload
  let drop: () => Promise<void>
  let idp: Awaited<ReturnType<typeof startTestIdentityProvider>>
  let account: typeof import('../../site/src/lib/account')
  let identity: typeof import('../../site/src/lib/identity')
  const saved = { ...process.env }
  const email = `${unique('redirect')}@esempio.it`

  beforeAll(async () => {
    const database = await createTestDatabase(inject('databaseServer'), inject('databaseRun'))
    drop = database.drop
    process.env.DATABASE_URL = database.url
    idp = await startTestIdentityProvider()
    Object.assign(process.env, {
      OIDC_ISSUER: idp.settings.issuer,
      OIDC_CLIENT_ID: idp.settings.clientId,
      OIDC_CLIENT_SECRET: idp.settings.clientSecret,
    })
    account = await import('../../site/src/lib/account')
    identity = await import('../../site/src/lib/identity')
    payload = await (await import('../../site/src/lib/payload')).payload()
    await payload.create({ collection: 'citizens', data: { email, password: PASSWORD, _verified: true } as never })
  })
  afterAll(async () => {
    if (payload) await closePayload(payload)
    await idp?.provider.close()
    await drop?.()
    process.env = saved
  })

  /** A visit as Astro hands it to a page: its redirect answers the way Astro's does. */
  const visit = (url: string, init: RequestInit = {}) => {
    const set = new Map<string, string>()
    const cookies = { get: () => undefined, set: (name: string, value: string) => set.set(name, value), delete: () => undefined }
    return {
      set,
      visit: {
        request: new Request(url, init),
        url: new URL(url),
        clientAddress: `198.51.100.${Math.floor(Math.random() * 250)}`,
        cookies: cookies as unknown as AstroCookies,
        redirect: (to: string, status = 302) => new Response(null, { status, headers: { Location: to } }),
      },
    }
  }

  const signIn = async (next: string) => {
    const body = new URLSearchParams({ email, password: PASSWORD, next })
    const { visit: post } = visit('http://localhost:3999/accedi', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:3999' },
      body,
    })
    return account.handleSignIn(post, 'it')
  }

  it.each(['/\t/evil.example', '//evil.example', '/\\evil.example', '/\n/evil.example', '/%0a/evil.example', 'https://evil.example/'])(
    'sends a citizen who signs in with next=%j to their area, not away',
    async (next) => {
      const response = await signIn(next)
      expect(response).toBeInstanceOf(Response)
      expect((response as Response).status).toBe(303)
      expect((response as Response).headers.get('location')).toBe(FALLBACK)
    },
  )

  it('keeps a next on this site', async () => {
    const response = (await signIn('/area-personale/richieste')) as Response
    expect(response.headers.get('location')).toBe('/area-personale/richieste')
  })

  it.each(['/\t/evil.example', '/\n/evil.example', '//evil.example'])('never lets the SPID/CIE page forward to next=%j', async (next) => {
    const { visit: start, set } = visit(`http://localhost:3999/accedi/identita-digitale?next=${encodeURIComponent(next)}`)
    const response = await identity.beginDigitalSignIn(start, 'it')
    expect(response.status).toBe(303)
    const pending = unseal<PendingSignIn>(set.get('wemi-identity-pending'), 'identity-pending', 60_000)
    expect(pending?.next).toBe(FALLBACK)
  })
})
