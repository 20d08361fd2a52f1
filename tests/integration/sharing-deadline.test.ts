import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { DAY_MS } from '../../lib/dates'
import { runSql } from '../../lib/sql'
import { startTestApp, type TestApp } from '../helpers/app'
import { runJobsAtMoment } from '../helpers/clock'
import { buildFixtures, type Fixtures } from '../helpers/fixtures'
import { dayFromNow } from '../helpers/marketplace'
import { groupAct, groupFootprint, groupInput, groupOf, join, membersOf, openAs, sharedService } from '../helpers/sharing'

let app: TestApp
let fx: Fixtures
let service: string
const start = Date.now()
const groups: Record<'goesAhead' | 'refused' | 'undecided' | 'empty' | 'unanswered', string> = {} as never

/** A group of citizen 1 (organiser) and citizen 2 that needs three families by its joining day, ten days from now. */
const smallGroup = async () => {
  const group = await openAs(
    app.payload,
    fx.actors.citizen,
    groupInput(service, fx.districts.d1, { minMembers: 3, joinBy: dayFromNow(10) }),
  )
  await join(app.payload, fx.extraActors.citizen2, group.id)
  return group.id
}

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  service = await sharedService(app.payload, fx)
  groups.goesAhead = await smallGroup()
  groups.refused = await smallGroup()
  groups.undecided = await smallGroup()
  groups.empty = (
    await openAs(app.payload, fx.actors.enteAdmin, groupInput(service, fx.districts.d2, { address: undefined, joinBy: dayFromNow(10) }))
  ).id
  // Two families of two: the ente is asked at once, and never answers.
  groups.unanswered = (await openAs(app.payload, fx.actors.citizen, groupInput(service, fx.districts.d2, { joinBy: dayFromNow(20) }))).id
  await join(app.payload, fx.extraActors.citizen2, groups.unanswered)
})
afterEach(() => vi.useRealTimers())
afterAll(async () => app?.close())

/** Moves the clock to `offset` after the start, then runs the job queue as several processes would. */
const runJobsAt = (offset: number) => runJobsAtMoment(app.payload, start + offset)

/** Acts at `offset` after the start. */
const at = async <T>(offset: number, work: () => Promise<T>): Promise<T> => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(start + offset)
  try {
    return await work()
  } finally {
    vi.useRealTimers()
  }
}

const statusOf = async (id: string) => (await groupOf(app.payload, id)).status
const notified = async (group: string, kind: string) =>
  (
    await runSql<{ citizen: string | null; organisation: string | null }>(
      app.payload,
      sql`SELECT citizen_id AS citizen, organisation_id AS organisation FROM notifications WHERE group_id = ${group} AND kind = ${kind} ORDER BY citizen_id`,
    )
  ).map((row) => row.citizen ?? row.organisation)
const systemActions = async (group: string) =>
  (
    await runSql<{ action: string; n: number }>(
      app.payload,
      sql`SELECT changes->>'action' AS action, count(*)::int AS n FROM audit_log a
          WHERE document_id = ${group} AND NOT EXISTS (SELECT 1 FROM audit_log_rels r WHERE r.parent_id = a.id)
          GROUP BY 1 ORDER BY 1`,
    )
  ).map(({ action, n }) => `${action}×${n}`)
const charged = async (group: string) => {
  const [row] = await runSql<{ payments: number; threads: number; requests: number; spent: number }>(
    app.payload,
    sql`SELECT (SELECT count(*) FROM payments p JOIN threads t ON t.id = p.thread_id WHERE t.group_id = ${group})::int AS payments,
               (SELECT count(*) FROM threads WHERE group_id = ${group})::int AS threads,
               (SELECT count(*) FROM requests WHERE group_id = ${group})::int AS requests,
               (SELECT count(*) FROM voucher_transactions v JOIN threads t ON t.id = v.thread_id WHERE t.group_id = ${group})::int AS spent`,
  )
  return row
}
const NOTHING = { payments: 0, threads: 0, requests: 0, spent: 0 }

describe('the joining deadline of a group, with the clock moved', () => {
  it('does nothing before the joining day has passed, but dissolves a group the ente left unanswered for five days', async () => {
    const waiting = [groups.goesAhead, groups.refused, groups.undecided, groups.empty]
    const before = await Promise.all(waiting.map((id) => groupFootprint(app.payload, id)))
    await runJobsAt(4 * DAY_MS)
    expect(await statusOf(groups.unanswered)).toBe('awaiting-ente')
    await runJobsAt(9 * DAY_MS)
    expect(await Promise.all(waiting.map((id) => groupFootprint(app.payload, id)))).toEqual(before)
    expect(await statusOf(groups.unanswered)).toBe('dissolved')
  })

  it('asks the members of a group below its minimum, and dissolves one nobody joined', async () => {
    await runJobsAt(11 * DAY_MS)
    for (const id of [groups.goesAhead, groups.refused, groups.undecided]) {
      const group = await groupOf(app.payload, id)
      expect(group.status).toBe('deciding')
      expect(new Date(group.decideBy!).getTime()).toBe(start + 11 * DAY_MS + 5 * DAY_MS)
      expect(await notified(id, 'group-decide')).toEqual([fx.citizens.citizen1, fx.citizens.citizen2].sort())
    }
    expect(await statusOf(groups.empty)).toBe('dissolved')
    expect(await systemActions(groups.goesAhead)).toEqual(['deadline×1'])
  })

  it('goes ahead only when every member accepts the price for the actual size, then asks the ente', async () => {
    const id = groups.goesAhead
    // Two families: 15 € each, where citizen 2 had accepted 15 € and the organiser 18 € alone.
    const first = await at(12 * DAY_MS, () => groupAct(app.payload, fx.actors.citizen, id, 'go-ahead', { priceCents: 1500 }))
    expect(first.to).toBe('deciding')
    expect(await notified(id, 'group-to-confirm')).toEqual([])
    const second = await at(12 * DAY_MS, () => groupAct(app.payload, fx.extraActors.citizen2, id, 'go-ahead', { priceCents: 1500 }))
    expect(second.to).toBe('awaiting-ente')
    expect(await notified(id, 'group-to-confirm')).toEqual([fx.organisations.orgA])
    const confirmed = await groupAct(app.payload, fx.actors.enteAdmin, id, 'confirm', {
      startDate: dayFromNow(20),
      endDate: dayFromNow(50),
      units: 12,
    })
    expect(confirmed.to).toBe('confirmed')
    const members = await membersOf(app.payload, id)
    for (const member of members) {
      const thread = await app.payload.findByID({ collection: 'threads', id: member.thread as string, depth: 1, overrideAccess: true })
      expect((thread.quote as { amountCents: number }).amountCents).toBe(1500 * 12)
    }
  })

  it('dissolves with nothing charged when a member refuses', async () => {
    const id = groups.refused
    await at(12 * DAY_MS, () => groupAct(app.payload, fx.actors.citizen, id, 'go-ahead', { priceCents: 1500 }))
    const refused = await at(12 * DAY_MS, () => groupAct(app.payload, fx.extraActors.citizen2, id, 'refuse'))
    expect(refused.to).toBe('dissolved')
    expect(await notified(id, 'group-dissolved')).toEqual([fx.citizens.citizen1, fx.citizens.citizen2].sort())
    expect(await charged(id)).toEqual(NOTHING)
  })

  it('dissolves with nothing charged when the decision deadline passes before everyone accepts', async () => {
    const id = groups.undecided
    await at(12 * DAY_MS, () => groupAct(app.payload, fx.actors.citizen, id, 'go-ahead', { priceCents: 1500 }))
    await runJobsAt(15 * DAY_MS)
    expect(await statusOf(id)).toBe('deciding')
    await runJobsAt(17 * DAY_MS)
    expect(await statusOf(id)).toBe('dissolved')
    // The same timer finds the group that went ahead confirmed, and leaves it so.
    expect(await statusOf(groups.goesAhead)).toBe('confirmed')
    expect(await notified(id, 'group-dissolved')).toEqual([fx.citizens.citizen1, fx.citizens.citizen2].sort())
    expect(await charged(id)).toEqual(NOTHING)
    // Too late to go ahead now.
    expect(
      (await groupAct(app.payload, fx.extraActors.citizen2, id, 'go-ahead', { priceCents: 1500 }).catch((error) => error)).status,
    ).toBe(409)
  })

  it('tells the members of the group the ente never answered that nothing was charged', async () => {
    const id = groups.unanswered
    expect(await notified(id, 'group-dissolved')).toEqual([fx.citizens.citizen1, fx.citizens.citizen2].sort())
    expect(await charged(id)).toEqual(NOTHING)
  })

  it('has fired each timer exactly once', async () => {
    await runJobsAt(40 * DAY_MS)
    expect(await systemActions(groups.goesAhead)).toEqual(['deadline×1'])
    expect(await systemActions(groups.refused)).toEqual(['deadline×1'])
    expect(await systemActions(groups.undecided)).toEqual(['deadline×1', 'dissolve×1'])
    expect(await systemActions(groups.empty)).toEqual(['deadline×1'])
    expect(await systemActions(groups.unanswered)).toEqual(['expire×1'])
    // Every notification of the groups went out by e-mail too.
    const emails = await runSql<{ status: string; n: number }>(
      app.payload,
      sql`SELECT email_status AS status, count(*)::int AS n FROM notifications WHERE group_id IS NOT NULL GROUP BY 1`,
    )
    expect(emails).toEqual([{ status: 'sent', n: expect.any(Number) }])
  })
})
