import { sql } from '@payloadcms/db-postgres/drizzle'
import { commitTransaction, initTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Language } from '../../lib/i18n'
import { runSql } from '../../lib/sql'
import { localRequest } from '../../lib/transaction'
import { startTestApp, type TestApp } from '../helpers/app'
import { as, refusal } from '../helpers/as'
import { type Actor, buildMarketplaceFixtures, type MarketplaceFixtures } from '../helpers/fixtures'
import { act } from '../helpers/marketplace'
import { buildVisits, freeSlot, minutesFromNow } from '../helpers/visits'

let app: TestApp
let fx: MarketplaceFixtures & Awaited<ReturnType<typeof buildVisits>>
beforeAll(async () => {
  app = await startTestApp()
  const city = await buildMarketplaceFixtures(app.payload, app.rest)
  fx = { ...city, ...(await buildVisits(app.payload, app.rest, city)) }
})
afterAll(async () => app?.close())

const visitsSeenBy = async (actor: Actor) => {
  const local = await app.payload.find({ collection: 'visits', ...as(actor), depth: 0, pagination: false })
  const rest = await app.rest('GET', '/api/visits?limit=100&depth=0', { token: actor.token })
  expect(rest.status).toBe(200)
  const ids = local.docs.map((doc) => doc.id).sort()
  expect(rest.body.docs.map((doc: { id: string }) => doc.id).sort()).toEqual(ids)
  return ids
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const readAsSystem = (id: string) => app.payload.findByID({ collection: 'visits', id, depth: 0 })
const countVisits = async () => (await app.payload.count({ collection: 'visits' })).totalDocs
const planning = (overrides: Record<string, unknown> = {}) => ({
  thread: fx.visitThreads.paidA,
  operator: fx.users.enteOperator,
  ...freeSlot(),
  ...overrides,
})
const plan = (overrides: Record<string, unknown> = {}) =>
  app.payload.create({ collection: 'visits', data: planning(overrides) as never, depth: 0 })
const patchAs = (actor: Actor, id: string, body: Record<string, unknown>, language?: Language) =>
  app.rest('PATCH', `/api/visits/${id}?depth=0`, { token: actor.token, body, language })

describe('who sees which visits', () => {
  it('an ente-operator sees only the visits assigned to them, via the Local API and REST', async () => {
    expect(await visitsSeenBy(fx.actors.enteOperator)).toEqual([fx.visits.vA1])
    expect(await visitsSeenBy(fx.visitActors.enteOperatorA2)).toEqual([fx.visits.vA2])
    expect(await visitsSeenBy(fx.visitActors.enteOperatorB)).toEqual([fx.visits.vB1])
  })

  it('the ente admin sees the log of all its own visits, and nothing of another ente', async () => {
    expect(await visitsSeenBy(fx.actors.enteAdmin)).toEqual([fx.visits.vA1, fx.visits.vA2].sort())
    expect(await visitsSeenBy(fx.extraActors.enteAdminB)).toEqual([fx.visits.vB1])
    for (const stranger of [fx.extraActors.enteAdminB, fx.visitActors.enteOperatorB, fx.visitActors.enteOperatorA2]) {
      expect((await app.rest('GET', `/api/visits/${fx.visits.vA1}`, { token: stranger.token })).status).toBe(404)
      expect((await refusal(app.payload.findByID({ collection: 'visits', id: fx.visits.vA1, ...as(stranger) }))).status).toBe(404)
    }
  })

  it('a citizen sees the visits at their own home, with the operator’s first name only and no note', async () => {
    expect(await visitsSeenBy(fx.actors.citizen)).toEqual([fx.visits.vA1, fx.visits.vA2].sort())
    expect(await visitsSeenBy(fx.extraActors.citizen2)).toEqual([fx.visits.vB1])
    const visit = await app.payload.findByID({ collection: 'visits', id: fx.visits.vA2, ...as(fx.actors.citizen), depth: 1 })
    expect(visit).toMatchObject({ status: 'planned', operatorFirstName: 'Carla' })
    expect(visit).not.toHaveProperty('operator')
    expect(visit).not.toHaveProperty('note')
  })

  it('help-desk operators, editors and visitors without an account see nothing', async () => {
    for (const role of ['anonymous', 'editor', 'operator'] as const) {
      expect((await app.rest('GET', '/api/visits', { token: fx.actors[role].token })).status).toBe(403)
      expect((await refusal(app.payload.find({ collection: 'visits', ...as(fx.actors[role]) }))).status).toBe(403)
    }
  })
})

describe('planning', () => {
  it('an ente admin plans a visit on its paid thread; ente, citizen and request come from the thread, whatever is sent', async () => {
    const response = await app.rest('POST', '/api/visits?depth=0', {
      token: fx.actors.enteAdmin.token,
      body: {
        ...planning(),
        organisation: fx.organisations.orgB,
        citizen: fx.citizens.citizen2,
        status: 'done',
        checkedInAt: '2020-01-01T08:00:00.000Z',
        note: 'scritta da chi pianifica',
      },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const visit = await readAsSystem(response.body.doc.id)
    expect(visit).toMatchObject({
      organisation: fx.organisations.orgA,
      citizen: fx.citizens.citizen1,
      status: 'planned',
      checkedInAt: null,
      operatorFirstName: 'enteOperator',
    })
    expect(visit.note ?? null).toBeNull()
    const thread = await app.payload.findByID({ collection: 'threads', id: fx.visitThreads.paidA, depth: 0 })
    expect(visit.request).toBe(thread.request)
  })

  it('refuses a thread that is not accepted and paid, with a clear message in Italian and English, and writes nothing', async () => {
    const before = await countVisits()
    const italian = await refusal(
      app.payload.create({ collection: 'visits', data: planning({ thread: fx.threads.t1A }) as never, ...as(fx.actors.enteAdmin) }),
    )
    expect(italian.status).toBe(400)
    expect(italian.errors[0]).toEqual({
      path: 'thread',
      message: 'Le visite si programmano solo per una richiesta accettata e pagata; questa è nello stato «Preventivo ricevuto».',
    })
    const english = await app.rest('POST', '/api/visits', {
      token: fx.actors.enteAdmin.token,
      body: planning({ thread: fx.threads.t4A }),
      language: 'en',
    })
    expect(english.status).toBe(400)
    expect(english.body.errors[0].data.errors[0].message).toBe(
      'Visits can be planned only for an accepted and paid request; this one is “Reviewed”.',
    )
    expect(await countVisits()).toBe(before)
  })

  it('refuses a thread of another ente, and an operator of another ente or who is not a home-care operator', async () => {
    const before = await countVisits()
    const otherThread = await refusal(
      app.payload.create({ collection: 'visits', data: planning({ thread: fx.visitThreads.paidB }) as never, ...as(fx.actors.enteAdmin) }),
    )
    expect(otherThread.errors[0]).toMatchObject({
      path: 'thread',
      message: 'Scegli una richiesta ricevuta dal tuo ente: le visite si programmano solo per quelle.',
    })
    const fromB = await app.rest('POST', '/api/visits', {
      token: fx.extraActors.enteAdminB.token,
      body: planning({ operator: fx.users.enteOperatorB }),
    })
    expect(fromB.status).toBe(400)
    for (const operator of [fx.users.enteOperatorB, fx.users.enteAdmin, fx.users.admin]) {
      const wrong = await refusal(
        app.payload.create({ collection: 'visits', data: planning({ operator }) as never, ...as(fx.actors.enteAdmin) }),
      )
      expect(wrong.errors[0]).toMatchObject({ path: 'operator', message: 'Assegna la visita a un operatore domiciliare del tuo ente.' })
    }
    const backwards = await refusal(
      app.payload.create({
        collection: 'visits',
        data: planning({ startsAt: minutesFromNow(60), endsAt: minutesFromNow(30) }) as never,
        ...as(fx.actors.enteAdmin),
      }),
    )
    expect(backwards.errors[0]).toMatchObject({ path: 'endsAt', message: 'La visita deve finire dopo l’inizio.' })
    expect(await countVisits()).toBe(before)
  })

  it('operators, citizens and other staff cannot plan visits', async () => {
    const before = await countVisits()
    for (const actor of [fx.actors.enteOperator, fx.actors.citizen, fx.actors.operator, fx.actors.editor, fx.actors.anonymous]) {
      expect((await app.rest('POST', '/api/visits', { token: actor.token, body: planning() })).status).toBe(403)
      expect((await refusal(app.payload.create({ collection: 'visits', data: planning() as never, ...as(actor) }))).status).toBe(403)
    }
    expect(await countVisits()).toBe(before)
  })

  it('another ente’s admin and operator cannot change or cancel a visit', async () => {
    const before = await readAsSystem(fx.visits.vA1)
    for (const stranger of [fx.extraActors.enteAdminB, fx.visitActors.enteOperatorB]) {
      expect((await patchAs(stranger, fx.visits.vA1, { status: 'cancelled', note: 'intrusione' })).status).toBe(403)
      expect(
        (await refusal(app.payload.update({ collection: 'visits', id: fx.visits.vA1, data: { note: 'intrusione' }, ...as(stranger) })))
          .status,
      ).toBe(403)
    }
    expect((await patchAs(fx.actors.citizen, fx.visits.vA1, { status: 'cancelled' })).status).toBe(403)
    expect(await readAsSystem(fx.visits.vA1)).toEqual(before)
  })

  it('never plans one operator at two homes at once; a cancelled visit frees its time', async () => {
    const visit = await plan()
    const { startsAt, endsAt } = await readAsSystem(visit.id)
    const overlapping = {
      startsAt: new Date(Date.parse(startsAt) + 5 * 60 * 1000).toISOString(),
      endsAt: new Date(Date.parse(endsAt) + 5 * 60 * 1000).toISOString(),
    }
    const before = await countVisits()
    const busy = await refusal(
      app.payload.create({ collection: 'visits', data: planning(overlapping) as never, ...as(fx.actors.enteAdmin) }),
    )
    expect(busy.status).toBe(400)
    expect(busy.errors[0]?.path).toBe('startsAt')
    expect(busy.errors[0]?.message).toMatch(
      /^L’operatore ha già una visita che si sovrappone, il .+: scegli un altro orario o un altro operatore\.$/,
    )
    const other = await refusal(
      app.payload.update({
        collection: 'visits',
        id: fx.visits.vA2,
        data: { operator: fx.users.enteOperator, ...overlapping },
        ...as(fx.actors.enteAdmin),
      }),
    )
    expect(other.errors[0]?.path).toBe('startsAt')
    expect(await countVisits()).toBe(before)

    // Once the visit is cancelled its time is free, for one of two planners who ask at once.
    await app.payload.update({ collection: 'visits', id: visit.id, data: { status: 'cancelled' }, ...as(fx.actors.enteAdmin) })
    const twice = await Promise.allSettled(
      [0, 1].map(() => app.payload.create({ collection: 'visits', data: planning(overlapping) as never, ...as(fx.actors.enteAdmin) })),
    )
    expect(twice.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected'])
    const refused = twice.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected')!
    expect(refused.reason.status).toBe(400)
    expect(refused.reason.data.errors[0].path).toBe('startsAt')
    expect(await countVisits()).toBe(before + 1)
  })

  it('the ente admin moves and reassigns a planned visit within its own staff', async () => {
    const visit = await plan({ startsAt: minutesFromNow(3 * 24 * 60), endsAt: minutesFromNow(3 * 24 * 60 + 60) })
    const startsAt = minutesFromNow(4 * 24 * 60)
    const moved = await app.payload.update({
      collection: 'visits',
      id: visit.id,
      data: { startsAt, endsAt: minutesFromNow(4 * 24 * 60 + 45), operator: fx.operatorA2 },
      ...as(fx.actors.enteAdmin),
      depth: 0,
    })
    expect(moved).toMatchObject({ startsAt, operator: fx.operatorA2, operatorFirstName: 'Carla' })
    const stolen = await refusal(
      app.payload.update({ collection: 'visits', id: visit.id, data: { operator: fx.users.enteOperatorB }, ...as(fx.actors.enteAdmin) }),
    )
    expect(stolen.errors[0]?.path).toBe('operator')
  })
})

describe('check-in and check-out', () => {
  it('records the arrival and departure by the server’s clock, once, for the assigned operator only', async () => {
    const operator = fx.actors.enteOperator
    const visit = fx.visits.vA1
    const early = await patchAs(operator, visit, { status: 'done' })
    expect(early.status).toBe(400)
    expect(early.body.errors[0].data.errors[0]).toEqual({ path: 'status', message: 'Non puoi passare da «Programmata» a «Svolta».' })

    const sentAt = Date.now()
    const checkIn = await patchAs(operator, visit, {
      status: 'in-progress',
      checkedInAt: '2020-01-01T08:00:00.000Z',
      checkedOutAt: '2020-01-01T09:00:00.000Z',
    })
    expect(checkIn.status, JSON.stringify(checkIn.body)).toBe(200)
    const checkedIn = await readAsSystem(visit)
    expect(checkedIn.status).toBe('in-progress')
    expect(Date.parse(checkedIn.checkedInAt!)).toBeGreaterThanOrEqual(sentAt - 1000)
    expect(Date.parse(checkedIn.checkedInAt!)).toBeLessThanOrEqual(Date.now())
    expect(checkedIn.checkedOutAt ?? null).toBeNull()

    // A repeated tap on a phone changes nothing: the arrival stays the first one.
    expect((await patchAs(operator, visit, { status: 'in-progress' })).status).toBe(200)
    expect((await readAsSystem(visit)).checkedInAt).toBe(checkedIn.checkedInAt)

    const note = await app.payload.update({
      collection: 'visits',
      id: visit,
      data: { note: 'Spesa fatta, la signora sta bene.' },
      ...as(operator),
      depth: 0,
    })
    expect(note.note).toBe('Spesa fatta, la signora sta bene.')

    const checkOut = await app.payload.update({ collection: 'visits', id: visit, data: { status: 'done' }, ...as(operator), depth: 0 })
    expect(checkOut.status).toBe('done')
    expect(Date.parse(checkOut.checkedOutAt!)).toBeGreaterThanOrEqual(Date.parse(checkedIn.checkedInAt!))
    expect(checkOut.checkedInAt).toBe(checkedIn.checkedInAt)

    const again = await refusal(app.payload.update({ collection: 'visits', id: visit, data: { status: 'in-progress' }, ...as(operator) }))
    expect(again).toMatchObject({ status: 400, errors: [{ path: 'status', message: 'Non puoi passare da «Svolta» a «In corso».' }] })
    expect((await readAsSystem(visit)).checkedOutAt).toBe(checkOut.checkedOutAt)
  })

  it('records one arrival when a second check-in arrives while the first is being saved', async () => {
    const visit = await plan()
    const first = await localRequest(app.payload, { user: fx.actors.enteOperator.user as never })
    await initTransaction(first)
    const checkedIn = await app.payload.update({
      collection: 'visits',
      id: visit.id,
      data: { status: 'in-progress' },
      req: first,
      overrideAccess: false,
      depth: 0,
    })
    await pause(20)
    const second = app.payload.update({
      collection: 'visits',
      id: visit.id,
      data: { status: 'in-progress' },
      ...as(fx.actors.enteOperator),
      depth: 0,
    })
    await pause(50)
    await commitTransaction(first)
    expect((await second).checkedInAt).toBe(checkedIn.checkedInAt)
    expect((await readAsSystem(visit.id)).checkedInAt).toBe(checkedIn.checkedInAt)
  })

  it('an operator cannot reschedule, reassign or cancel their visit, nor check in for someone else', async () => {
    const visit = await plan()
    const before = await readAsSystem(visit.id)
    const operator = fx.actors.enteOperator
    await app.payload.update({
      collection: 'visits',
      id: visit.id,
      data: { startsAt: minutesFromNow(600), endsAt: minutesFromNow(660), operator: fx.operatorA2, thread: fx.threads.t4A },
      ...as(operator),
    })
    const after = await readAsSystem(visit.id)
    expect([after.startsAt, after.endsAt, after.operator, after.thread]).toEqual([
      before.startsAt,
      before.endsAt,
      before.operator,
      before.thread,
    ])
    const cancel = await patchAs(operator, visit.id, { status: 'cancelled' }, 'en')
    expect(cancel.body.errors[0].data.errors[0]).toEqual({ path: 'status', message: 'You cannot move from “Planned” to “Cancelled”.' })

    // The ente admin is no operator: arrivals are recorded by whoever is at the door.
    const byAdmin = await refusal(
      app.payload.update({ collection: 'visits', id: visit.id, data: { status: 'in-progress' }, ...as(fx.actors.enteAdmin) }),
    )
    expect(byAdmin.errors[0]).toEqual({ path: 'status', message: 'Non puoi passare da «Programmata» a «In corso».' })
    expect((await patchAs(fx.visitActors.enteOperatorA2, visit.id, { status: 'in-progress' })).status).toBe(403)
    expect((await readAsSystem(visit.id)).status).toBe('planned')
  })

  it('no check-in on a cancelled visit, nor long before a visit starts', async () => {
    const visit = await plan()
    const cancelled = await app.payload.update({
      collection: 'visits',
      id: visit.id,
      data: { status: 'cancelled' },
      ...as(fx.actors.enteAdmin),
      depth: 0,
    })
    expect(cancelled.status).toBe('cancelled')
    expect(cancelled.cancelledAt).toBeTruthy()
    const refused = await refusal(
      app.payload.update({ collection: 'visits', id: visit.id, data: { status: 'in-progress' }, ...as(fx.actors.enteOperator) }),
    )
    expect(refused.errors[0]).toEqual({ path: 'status', message: 'Non puoi passare da «Annullata» a «In corso».' })
    const moved = await refusal(
      app.payload.update({
        collection: 'visits',
        id: visit.id,
        data: { startsAt: minutesFromNow(100), endsAt: minutesFromNow(160) },
        ...as(fx.actors.enteAdmin),
      }),
    )
    expect(moved.errors[0]?.path).toBe('startsAt')

    const tomorrow = await refusal(
      app.payload.update({
        collection: 'visits',
        id: fx.visits.vA2,
        data: { status: 'in-progress' },
        ...as(fx.visitActors.enteOperatorA2),
      }),
    )
    expect(tomorrow.errors[0]).toEqual({
      path: 'status',
      message: 'È presto: puoi registrare l’arrivo da un’ora prima dell’inizio della visita.',
    })
    expect((await readAsSystem(fx.visits.vA2)).checkedInAt ?? null).toBeNull()
  })

  it('keeps who checked in and out in the audit log, without the note’s words', async () => {
    const { docs } = await app.payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: 'visits' } }, { documentId: { equals: fx.visits.vA1 } }] },
      sort: 'createdAt',
      depth: 0,
    })
    expect(docs.map((entry) => entry.actor)).toEqual(Array(docs.length).fill({ relationTo: 'users', value: fx.users.enteOperator }))
    expect(docs.length).toBeGreaterThanOrEqual(3)
    expect(JSON.stringify(docs)).not.toContain('Spesa fatta')
  })

  it('the database itself refuses a visit marked done without an arrival', async () => {
    await expect(
      runSql(app.payload, sql`UPDATE visits SET status = 'done', checked_out_at = now() WHERE id = ${fx.visits.vB1}`),
    ).rejects.toThrow()
    expect((await readAsSystem(fx.visits.vB1)).status).toBe('planned')
  })
})

describe('after the service is delivered', () => {
  it('the operator still checks out of a visit under way, but no new visit is planned', async () => {
    const visit = await plan()
    await app.payload.update({ collection: 'visits', id: visit.id, data: { status: 'in-progress' }, ...as(fx.actors.enteOperator) })
    await act(app.payload, fx.actors.enteAdmin, fx.visitThreads.paidA, 'deliver')

    const out = await app.payload.update({
      collection: 'visits',
      id: visit.id,
      data: { status: 'done' },
      ...as(fx.actors.enteOperator),
      depth: 0,
    })
    expect(out.status).toBe('done')
    const late = await refusal(app.payload.create({ collection: 'visits', data: planning() as never, ...as(fx.actors.enteAdmin) }))
    expect(late.errors[0]).toEqual({
      path: 'thread',
      message: 'Le visite si programmano solo per una richiesta accettata e pagata; questa è nello stato «Servizio erogato».',
    })
  })
})
