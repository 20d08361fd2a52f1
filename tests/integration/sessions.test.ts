import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { SESSION_LIMITS, slideSession } from '../../lib/sessions'
import { startTestApp, type TestApp } from '../helpers/app'
import { refusal } from '../helpers/as'
import { PASSWORD } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'

let app: TestApp
let admin: Record<string, unknown>
beforeAll(async () => {
  app = await startTestApp()
  admin = {
    ...(await app.payload.create({
      collection: 'users',
      data: { email: `${unique('admin')}@test.example`, password: PASSWORD, name: 'Admin', roles: ['admin'] },
    })),
    collection: 'users',
  }
})
afterAll(async () => app?.close())
afterEach(() => vi.useRealTimers())

const MINUTE = 60 * 1000
const start = new Date('2026-12-01T09:00:00Z').getTime()
/** Moves the clock (only Date: the database driver's timers keep running). */
const at = (offsetMs: number) => vi.setSystemTime(start + offsetMs)

const newCitizen = async () => {
  const email = `${unique('session')}@test.example`
  const citizen = await app.payload.create({
    collection: 'citizens',
    data: { email, password: PASSWORD, firstName: 'Sessione', _verified: true } as never,
    disableVerificationEmail: true,
  })
  return { id: citizen.id, email }
}
const signIn = async (email: string) => (await app.payload.login({ collection: 'citizens', data: { email, password: PASSWORD } })).token!
const whoIs = async (token: string) => (await app.payload.auth({ headers: new Headers({ authorization: `JWT ${token}` }) })).user
const sidOf = async (token: string) => ((await whoIs(token)) as { _sid?: string } | null)?._sid

describe('session limits', () => {
  it('ends a citizen’s session after 30 minutes without activity', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    at(0)
    const { email } = await newCitizen()
    const token = await signIn(email)
    at(29 * MINUTE)
    expect((await whoIs(token))?.email).toBe(email)
    at(31 * MINUTE)
    expect(await whoIs(token)).toBeNull()
    expect(SESSION_LIMITS.citizens.idleSeconds).toBe(30 * 60)
  })

  it('slides an active session on, up to the absolute limit of 8 hours', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    at(0)
    const { id, email } = await newCitizen()
    let token = await signIn(email)
    const sid = (await sidOf(token))!
    // Active every 25 minutes: each slide gives a token that outlives the idle limit of the first.
    for (let minutes = 25; minutes < 8 * 60; minutes += 25) {
      at(minutes * MINUTE)
      const slid = await slideSession(app.payload, 'citizens', id, sid)
      expect(slid, `slide at ${minutes} min`).not.toBeNull()
      token = slid!.token
    }
    at(7 * 60 * MINUTE + 59 * MINUTE)
    expect((await whoIs(token))?.email).toBe(email)
    at(8 * 60 * MINUTE + MINUTE)
    expect(await whoIs(token)).toBeNull()
    expect(await slideSession(app.payload, 'citizens', id, sid)).toBeNull()
  })

  it('keeps staff in the admin (Payload’s own refresh) within 10 hours in all', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    at(0)
    const email = `${unique('staff')}@test.example`
    await app.payload.create({ collection: 'users', data: { email, password: PASSWORD, name: 'Staff', roles: ['editor'] } })
    let token = (await app.payload.login({ collection: 'users', data: { email, password: PASSWORD } })).token!
    for (let minutes = 50; minutes < 10 * 60; minutes += 50) {
      at(minutes * MINUTE)
      const refreshed = await app.rest('POST', '/api/users/refresh-token', { token })
      expect(refreshed.status, `refresh at ${minutes} min`).toBe(200)
      token = refreshed.body.refreshedToken
    }
    at(10 * 60 * MINUTE + MINUTE)
    expect((await app.rest('POST', '/api/users/refresh-token', { token })).status).toBeGreaterThanOrEqual(401)
    expect((await app.rest('GET', '/api/users/me', { token })).body.user).toBeNull()
  })
})

describe('account controls', () => {
  it('disabling an account ends all its sessions at once and refuses the next sign-in', async () => {
    const { id, email } = await newCitizen()
    const first = await signIn(email)
    const second = await signIn(email)
    await app.payload.update({ collection: 'citizens', id, data: { disabled: true } as never, user: admin as never, overrideAccess: false })
    expect(await whoIs(first)).toBeNull()
    expect(await whoIs(second)).toBeNull()
    const refused = await refusal(signIn(email))
    expect(refused.status).toBe(403)
    expect(refused.message).toContain('disattivato')
    expect(await slideSession(app.payload, 'citizens', id, 'any')).toBeNull()
  })

  it('lets an admin end every session of an account, and no one else', async () => {
    const { id, email } = await newCitizen()
    const token = await signIn(email)
    const citizen = { ...(await whoIs(token))!, collection: 'citizens' }
    // The citizen may update their profile, but neither disable themselves nor end sessions that way.
    await app.payload.update({
      collection: 'citizens',
      id,
      data: { disabled: true, endSessions: true, phone: '02 1234 5678' } as never,
      user: citizen as never,
      overrideAccess: false,
    })
    const after = await app.payload.findByID({ collection: 'citizens', id })
    expect(after).toMatchObject({ disabled: false, phone: '02 1234 5678' })
    expect((await whoIs(token))?.email).toBe(email)

    await app.payload.update({
      collection: 'citizens',
      id,
      data: { endSessions: true } as never,
      user: admin as never,
      overrideAccess: false,
    })
    expect(await whoIs(token)).toBeNull()
    // The account itself still works.
    expect((await whoIs(await signIn(email)))?.email).toBe(email)
  })
})
