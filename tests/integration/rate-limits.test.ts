import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { attempt, type LimitedAction, RATE_LIMITS } from '../../lib/rate-limits'
import { startTestApp, type TestApp } from '../helpers/app'
import { unique } from '../helpers/identifiers'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(async () => app?.close())
afterEach(() => vi.useRealTimers())

const MINUTE = 60 * 1000
const start = new Date('2026-12-01T09:00:00Z').getTime()

/** Tries `action` `times` times; returns the outcomes in order. */
const tries = async (action: LimitedAction, times: number, who: { address: string; account?: string }) => {
  const outcomes = []
  for (let index = 0; index < times; index++) outcomes.push(await attempt(app.payload, action, who))
  return outcomes
}

describe('rate limits', () => {
  it.each(Object.entries(RATE_LIMITS) as [LimitedAction, (typeof RATE_LIMITS)[LimitedAction]][])(
    '%s: refuses the attempt after the documented number per address, and lets it through once the window has passed',
    async (action, limits) => {
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(start)
      const address = unique('203.0.113')
      const { attempts, minutes } = limits.perAddress
      const within = await tries(action, attempts, { address })
      expect(within.every((outcome) => outcome.allowed)).toBe(true)
      expect(await attempt(app.payload, action, { address })).toEqual({ allowed: false, retryAfterMinutes: minutes })
      // Another connection is not affected.
      expect((await attempt(app.payload, action, { address: unique('198.51.100') })).allowed).toBe(true)
      // Refusals are not counted: the limit lifts when the first attempts leave the window.
      vi.setSystemTime(start + (minutes - 1) * MINUTE)
      expect(await attempt(app.payload, action, { address })).toEqual({ allowed: false, retryAfterMinutes: 1 })
      vi.setSystemTime(start + minutes * MINUTE + 1000)
      expect((await attempt(app.payload, action, { address })).allowed).toBe(true)
    },
  )

  it('limits password resets per account too, whatever the connection', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(start)
    const account = `${unique('reset')}@test.example`
    const { attempts, minutes } = RATE_LIMITS.passwordReset.perAccount
    for (let index = 0; index < attempts; index++)
      expect((await attempt(app.payload, 'passwordReset', { address: unique('192.0.2'), account })).allowed).toBe(true)
    // The same address written differently is the same account.
    expect(await attempt(app.payload, 'passwordReset', { address: unique('192.0.2'), account: account.toUpperCase() })).toEqual({
      allowed: false,
      retryAfterMinutes: minutes,
    })
    vi.setSystemTime(start + minutes * MINUTE + 1000)
    expect((await attempt(app.payload, 'passwordReset', { address: unique('192.0.2'), account })).allowed).toBe(true)
  })

  it('keeps no address or e-mail in the clear', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(start)
    await attempt(app.payload, 'passwordReset', { address: '192.0.2.77', account: 'chiara@esempio.it' })
    const { docs } = await app.payload.find({ collection: 'rate-limit-hits', limit: 1000, sort: '-createdAt' })
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) expect(doc.key).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(docs)).not.toMatch(/192\.0\.2\.77|chiara@esempio\.it/)
  })

  it('forgets the tries every window has left, whoever made them', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(start)
    await attempt(app.payload, 'signIn', { address: unique('203.0.113') })
    const expired = () =>
      app.payload.count({
        collection: 'rate-limit-hits',
        where: { createdAt: { less_than_equal: new Date(start + 60 * MINUTE).toISOString() } },
      })
    expect((await expired()).totalDocs).toBeGreaterThan(0)
    // Two hours on, another connection's try clears the table of every try the longest window has left.
    vi.setSystemTime(start + 120 * MINUTE)
    await attempt(app.payload, 'rateAPage', { address: unique('198.51.100') })
    await vi.waitFor(async () => expect((await expired()).totalDocs).toBe(0), { timeout: 5000 })
    expect((await app.payload.count({ collection: 'rate-limit-hits' })).totalDocs).toBeGreaterThan(0)
  })

  it('is closed to every API caller', async () => {
    const response = await app.rest('GET', '/api/rate-limit-hits')
    expect(response.status).toBe(403)
    expect((await app.rest('POST', '/api/rate-limit-hits', { body: { key: 'x' } })).status).toBe(403)
  })
})
