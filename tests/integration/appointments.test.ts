import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp, type TestApp } from '../helpers/app'
import { as, refusal } from '../helpers/as'
import { buildFixtures, type Fixtures, ROLES_UNDER_TEST } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'

let app: TestApp
let fx: Fixtures
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})
afterAll(async () => app?.close())

const HOUR = 60 * 60 * 1000
let nextHour = 24
/** A future slot at a desk (the operator's own unless told), each at another hour. */
const newSlot = async (capacity: number, desk = fx.desks.closed, startsInHours = nextHour++) =>
  String(
    (
      await app.payload.create({
        collection: 'desk-slots',
        data: {
          desk,
          startsAt: new Date(Date.now() + startsInHours * HOUR).toISOString(),
          endsAt: new Date(Date.now() + (startsInHours + 1) * HOUR).toISOString(),
          capacity,
        },
      })
    ).id,
  )
const booking = (slot: string) => ({ slot, topic: 'orientation', name: unique('Persona'), email: `${unique('p')}@esempio.it` }) as never
const placesTaken = async (slot: string) => Number((await app.payload.findByID({ collection: 'desk-slots', id: slot })).booked)
const bookingsOf = async (slot: string) =>
  (await app.payload.count({ collection: 'appointments', where: { slot: { equals: slot }, status: { equals: 'booked' } } })).totalDocs

describe('desk appointments', () => {
  it('never overbooks: 50 concurrent bookings of a slot with 3 places → exactly 3 bookings and 47 clear refusals', async () => {
    const slot = await newSlot(3)
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        app.payload.create({ collection: 'appointments', data: booking(slot), user: null, overrideAccess: false }),
      ),
    )
    const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected')
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(3)
    expect(refused).toHaveLength(47)
    for (const { reason } of refused) {
      expect(reason.status).toBe(400)
      expect(reason.data.errors[0]).toMatchObject({ path: 'slot', message: 'Questa fascia è al completo: scegli un altro orario.' })
    }
    expect(await placesTaken(slot)).toBe(3)
    expect(await bookingsOf(slot)).toBe(3)
  })

  it('gives the place back on cancellation and moves it on a new time', async () => {
    const first = await newSlot(1)
    const second = await newSlot(1)
    const citizen = fx.actors.citizen
    const mine = await app.payload.create({ collection: 'appointments', data: booking(first), ...as(citizen) })
    expect(mine).toMatchObject({ status: 'booked', citizen: expect.objectContaining({ id: citizen.user!.id }) })
    expect(
      (await refusal(app.payload.create({ collection: 'appointments', data: booking(first), user: null, overrideAccess: false }))).status,
    ).toBe(400)

    await app.payload.update({ collection: 'appointments', id: mine.id, data: { slot: second } as never, ...as(citizen) })
    expect([await placesTaken(first), await placesTaken(second)]).toEqual([0, 1])

    const cancelled = await app.payload.update({
      collection: 'appointments',
      id: mine.id,
      data: { status: 'cancelled' } as never,
      ...as(citizen),
    })
    expect(cancelled.cancelledAt).toBeTruthy()
    expect(await placesTaken(second)).toBe(0)
    // A cancelled appointment stays cancelled, and takes no place again.
    expect(
      (await refusal(app.payload.update({ collection: 'appointments', id: mine.id, data: { status: 'booked' } as never, ...as(citizen) })))
        .status,
    ).toBe(400)
    expect(await placesTaken(second)).toBe(0)
    await app.payload.create({ collection: 'appointments', data: booking(second), user: null, overrideAccess: false })
    expect(await placesTaken(second)).toBe(1)
  })

  it('refuses a past slot, a slot that ends before it starts and fewer places than bookings, leaving nothing written', async () => {
    const past = await newSlot(2, fx.desks.closed, -2)
    const before = (await app.payload.count({ collection: 'appointments' })).totalDocs
    const late = await refusal(app.payload.create({ collection: 'appointments', data: booking(past), user: null, overrideAccess: false }))
    expect(late.errors[0]).toMatchObject({ path: 'slot', message: 'Questa fascia non è più prenotabile: scegli un altro orario.' })
    expect((await app.payload.count({ collection: 'appointments' })).totalDocs).toBe(before)

    const backwards = await refusal(
      app.payload.create({
        collection: 'desk-slots',
        data: {
          desk: fx.desks.closed,
          startsAt: new Date(Date.now() + 5 * HOUR).toISOString(),
          endsAt: new Date(Date.now() + 4 * HOUR).toISOString(),
          capacity: 1,
        },
        ...as(fx.actors.operator),
      }),
    )
    expect(backwards.errors[0]?.path).toBe('endsAt')

    const slot = await newSlot(2)
    await app.payload.create({ collection: 'appointments', data: booking(slot), user: null, overrideAccess: false })
    await app.payload.create({ collection: 'appointments', data: booking(slot), user: null, overrideAccess: false })
    const shrink = await refusal(
      app.payload.update({ collection: 'desk-slots', id: slot, data: { capacity: 1 }, ...as(fx.actors.operator) }),
    )
    expect(shrink.errors[0]).toMatchObject({ path: 'capacity' })
    expect((await app.payload.findByID({ collection: 'desk-slots', id: slot })).capacity).toBe(2)
  })

  it('lets only desk staff record whether the person came', async () => {
    const slot = await newSlot(2)
    const byCitizen = await app.payload.create({ collection: 'appointments', data: booking(slot), ...as(fx.actors.citizen) })
    expect(
      (
        await refusal(
          app.payload.update({
            collection: 'appointments',
            id: byCitizen.id,
            data: { status: 'attended' } as never,
            ...as(fx.actors.citizen),
          }),
        )
      ).status,
    ).toBe(400)
    const marked = await app.payload.update({
      collection: 'appointments',
      id: byCitizen.id,
      data: { status: 'attended' } as never,
      ...as(fx.actors.operator),
    })
    expect(marked.status).toBe('attended')
  })

  it('records it from the desk’s day in the admin panel, as the operator, and goes back to that day', async () => {
    const slot = await newSlot(2)
    const booked = await app.payload.create({ collection: 'appointments', data: booking(slot), user: null, overrideAccess: false })
    const post = (token: string | undefined, status: string) => {
      const form = new FormData()
      form.set('status', status)
      form.set('giorno', '2026-12-01')
      return app.fetch(
        new Request(`http://localhost/api/appointments/${booked.id}/outcome`, {
          method: 'POST',
          body: form,
          headers: token ? { authorization: `JWT ${token}` } : {},
        }),
      )
    }
    const statusOf = async () => (await app.payload.findByID({ collection: 'appointments', id: booked.id, depth: 0 })).status
    expect((await post(undefined, 'missed')).status).toBe(401)
    expect((await post(fx.actors.citizen.token, 'missed')).status).toBeGreaterThanOrEqual(400)
    expect((await post(fx.actors.enteAdmin.token, 'missed')).status).toBe(403)
    expect(await statusOf()).toBe('booked')
    const done = await post(fx.actors.operator.token, 'missed')
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toBe('/admin/collections/appointments?giorno=2026-12-01')
    expect(await statusOf()).toBe('missed')
  })
})

describe('who may do what with slots and appointments', () => {
  it('reads: slots are public; an appointment is seen by its citizen, its desk’s operators and WeMi admins only', async () => {
    const ownDesk = await newSlot(3)
    const otherDesk = await newSlot(3, fx.desks.open)
    const mine = await app.payload.create({ collection: 'appointments', data: booking(ownDesk), ...as(fx.actors.citizen) })
    const elsewhere = await app.payload.create({ collection: 'appointments', data: booking(otherDesk), ...as(fx.extraActors.citizen2) })
    const visible: Record<string, string[]> = {
      anonymous: [],
      citizen: [mine.id],
      admin: [mine.id, elsewhere.id],
      editor: [],
      operator: [mine.id],
      enteAdmin: [],
      enteOperator: [],
    }
    for (const role of ROLES_UNDER_TEST) {
      const actor = fx.actors[role]
      const seen = await app.payload
        .find({ collection: 'appointments', where: { id: { in: [mine.id, elsewhere.id] } }, ...as(actor) })
        .then((result) => result.docs.map((doc) => doc.id))
        .catch(() => [])
      expect(seen.sort(), role).toEqual(visible[role]!.sort())
      const rest = await app.rest('GET', `/api/appointments/${elsewhere.id}`, { token: actor.token })
      // Those who may see some appointments are told this one does not exist; the others, that they may not look.
      expect(rest.status, `${role} over REST`).toBe(role === 'admin' ? 200 : role === 'citizen' || role === 'operator' ? 404 : 403)
      expect(
        (await app.payload.find({ collection: 'desk-slots', where: { id: { equals: ownDesk } }, ...as(actor) })).docs,
        `${role} reads slots`,
      ).toHaveLength(1)
    }
  })

  it('writes: slots by WeMi admins and their desk’s operators; appointments changed by their parties only; deleted by admins', async () => {
    for (const role of ROLES_UNDER_TEST) {
      const actor = fx.actors[role]
      const mayManage = role === 'admin' || role === 'operator'
      const created = app.payload.create({
        collection: 'desk-slots',
        data: {
          desk: fx.desks.closed,
          startsAt: new Date(Date.now() + 90 * HOUR).toISOString(),
          endsAt: new Date(Date.now() + 91 * HOUR).toISOString(),
          capacity: 1,
        },
        ...as(actor),
      })
      if (mayManage) expect((await created).id).toBeTruthy()
      else expect((await refusal(created)).status, role).toBe(403)
      const otherDeskSlot = await newSlot(1, fx.desks.open)
      const moved = app.payload.update({ collection: 'desk-slots', id: otherDeskSlot, data: { capacity: 5 }, ...as(actor) })
      if (role === 'admin') expect((await moved).capacity).toBe(5)
      else expect((await refusal(moved)).status, role).toBeGreaterThanOrEqual(403)

      const spare = await newSlot(1)
      const dropped = app.payload.delete({ collection: 'desk-slots', id: spare, ...as(actor) })
      if (mayManage) await dropped
      else expect((await refusal(dropped)).status, role).toBeGreaterThanOrEqual(403)

      const slot = await newSlot(5)
      const appointment = await app.payload.create({ collection: 'appointments', data: booking(slot), ...as(fx.extraActors.citizen2) })
      const cancel = app.payload.update({
        collection: 'appointments',
        id: appointment.id,
        data: { status: 'cancelled' } as never,
        ...as(actor),
      })
      if (role === 'admin' || role === 'operator') expect((await cancel).status).toBe('cancelled')
      else expect((await refusal(cancel)).status, role).toBeGreaterThanOrEqual(403)
      const remove = app.payload.delete({ collection: 'appointments', id: appointment.id, ...as(actor) })
      if (role === 'admin') await remove
      else expect((await refusal(remove)).status, role).toBeGreaterThanOrEqual(403)
      if (role !== 'admin' && role !== 'operator') {
        await app.payload.delete({ collection: 'appointments', id: appointment.id })
        expect(await placesTaken(slot), 'deleting a booked appointment gives its place back').toBe(0)
      }
    }
  })

  it('keeps a slot with bookings from being deleted', async () => {
    const slot = await newSlot(2)
    await app.payload.create({ collection: 'appointments', data: booking(slot), user: null, overrideAccess: false })
    const refused = await refusal(app.payload.delete({ collection: 'desk-slots', id: slot, ...as(fx.actors.operator) }))
    expect(refused).toMatchObject({
      status: 409,
      message: 'In questa fascia ci sono persone prenotate: annulla prima i loro appuntamenti.',
    })
  })

  it('cannot be pointed at another citizen, or have its place count written through the API', async () => {
    const slot = await newSlot(2)
    const forged = await app.payload.create({
      collection: 'appointments',
      data: { ...(booking(slot) as object), citizen: fx.citizens.citizen2 } as never,
      ...as(fx.actors.citizen),
    })
    expect(forged.citizen).toMatchObject({ id: fx.actors.citizen.user!.id })
    await app.payload.update({ collection: 'desk-slots', id: slot, data: { booked: 0 } as never, ...as(fx.actors.operator) })
    expect(await placesTaken(slot)).toBe(1)
  })
})
