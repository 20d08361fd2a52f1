import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { DAY_MS, HOUR } from '../../lib/dates'
import { runSql } from '../../lib/sql'
import { startTestApp, type TestApp } from '../helpers/app'
import { runJobsAtMoment } from '../helpers/clock'
import { buildFixtures, type Fixtures } from '../helpers/fixtures'
import { act, dayFromNow, quoteInput, sendRequest, threadOf } from '../helpers/marketplace'

let app: TestApp
let fx: Fixtures
const start = Date.now()
const threads: Record<'sent' | 'quoted' | 'accepted' | 'paid' | 'delivered', string> = {} as never

const newThread = async () => (await sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA], fx.districts.d1)).threads[0]!.id
const accept = async (id: string) => act(app.payload, fx.actors.citizen, id, 'accept', { quote: (await threadOf(app.payload, id)).quote })

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  // Deadlines of the city's defaults: 5 days to answer, 48 hours to pay, 14 days to review.
  threads.sent = await newThread()
  threads.quoted = await newThread()
  await act(app.payload, fx.actors.enteAdmin, threads.quoted, 'quote', quoteInput({ validUntil: quoteInput().validUntil }))
  threads.accepted = await newThread()
  await act(app.payload, fx.actors.enteAdmin, threads.accepted, 'quote', quoteInput())
  await accept(threads.accepted)
  threads.paid = await newThread()
  await act(app.payload, fx.actors.enteAdmin, threads.paid, 'quote', quoteInput())
  await accept(threads.paid)
  await act(app.payload, fx.actors.enteAdmin, threads.paid, 'confirm-payment', { method: 'other' })
  threads.delivered = await newThread()
  await act(app.payload, fx.actors.enteAdmin, threads.delivered, 'quote', quoteInput({ amountCents: 0, periodStart: dayFromNow(0) }))
  await accept(threads.delivered)
  await act(app.payload, fx.actors.enteAdmin, threads.delivered, 'confirm-payment', { method: 'free' })
  await act(app.payload, fx.actors.enteAdmin, threads.delivered, 'deliver')
})
afterEach(() => vi.useRealTimers())
afterAll(async () => app?.close())

/** Moves the clock to `offset` after the start, then runs the job queue as several processes would. */
const runJobsAt = (offset: number) => runJobsAtMoment(app.payload, start + offset)

const systemTransitions = async () =>
  runSql<{ thread: string; action: string; n: number }>(
    app.payload,
    sql`SELECT document_id AS thread, changes->>'action' AS action, count(*)::int AS n FROM audit_log a
        WHERE action = 'transition' AND NOT EXISTS (SELECT 1 FROM audit_log_rels r WHERE r.parent_id = a.id)
        GROUP BY 1, 2 ORDER BY 1, 2`,
  )

const notificationsOf = async (thread: string, kind: string) =>
  (
    await app.payload.count({
      collection: 'notifications',
      where: { and: [{ thread: { equals: thread } }, { kind: { equals: kind } }] },
      overrideAccess: true,
    })
  ).totalDocs

const statusOf = async (id: string) => (await threadOf(app.payload, id)).status

describe('deadlines as durable jobs', () => {
  it('do nothing before their time', async () => {
    await runJobsAt(HOUR)
    expect(await systemTransitions()).toEqual([])
    expect(await statusOf(threads.sent)).toBe('sent')
  })

  it('remind once before a deadline, however often the queue runs', async () => {
    await runJobsAt(30 * HOUR)
    await runJobsAt(31 * HOUR)
    expect(await notificationsOf(threads.accepted, 'payment-due')).toBe(1)
    expect(await statusOf(threads.accepted)).toBe('accepted')
  })

  it('expire an unpaid acceptance after 48 hours, once', async () => {
    await runJobsAt(49 * HOUR)
    await runJobsAt(50 * HOUR)
    expect(await statusOf(threads.accepted)).toBe('payment-expired')
    expect(await notificationsOf(threads.accepted, 'payment-expired')).toBe(1)
  })

  it('expire an unanswered request, a quote past its validity, and close the review window', async () => {
    await runJobsAt(4.5 * DAY_MS)
    expect(await notificationsOf(threads.sent, 'answer-due')).toBe(1)
    await runJobsAt(6 * DAY_MS)
    expect(await statusOf(threads.sent)).toBe('expired')
    // The quote is valid through day 10: its reminder is due from the start of that day.
    await runJobsAt(10 * DAY_MS)
    expect(await statusOf(threads.quoted)).toBe('quoted')
    expect(await notificationsOf(threads.quoted, 'quote-expiring')).toBe(1)
    await runJobsAt(12 * DAY_MS)
    expect(await statusOf(threads.quoted)).toBe('expired')
    expect(await notificationsOf(threads.quoted, 'quote-expiring')).toBe(1)
    await runJobsAt(15 * DAY_MS)
    const delivered = await threadOf(app.payload, threads.delivered)
    expect(delivered.status).toBe('delivered')
    expect(delivered.reviewClosedAt).toBeTruthy()
  })

  it('mark a paid service delivered after its period ends, unless disputed', async () => {
    await runJobsAt(22 * DAY_MS)
    expect(await statusOf(threads.paid)).toBe('delivered')
  })

  it('have fired each timer exactly once', async () => {
    await runJobsAt(40 * DAY_MS)
    const fired = await systemTransitions()
    expect(fired.every((row) => row.n === 1)).toBe(true)
    expect(fired.map(({ thread, action }) => `${action}@${thread}`).sort()).toEqual(
      [
        `expire-payment@${threads.accepted}`,
        `expire@${threads.sent}`,
        `expire-quote@${threads.quoted}`,
        `close-review@${threads.delivered}`,
        `deliver@${threads.paid}`,
        `close-review@${threads.paid}`,
      ].sort(),
    )
  })
})
