import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp, type TestApp } from '../helpers/app'
import { as, refusal } from '../helpers/as'
import { buildFixtures, type Fixtures } from '../helpers/fixtures'

/**
 * A desk operator manages their own desk's slots only: not by opening slots at another desk,
 * nor by moving one of their own there, through the API (REST and GraphQL) or the Local API.
 */
let app: TestApp
let fx: Fixtures
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})
afterAll(async () => app?.close())

const HOUR = 3600_000
let nextHour = 30
const times = () => {
  const hour = nextHour++
  return { startsAt: new Date(Date.now() + hour * HOUR).toISOString(), endsAt: new Date(Date.now() + (hour + 1) * HOUR).toISOString() }
}
const slotsAt = async (desk: string) => (await app.payload.count({ collection: 'desk-slots', where: { desk: { equals: desk } } })).totalDocs
const MESSAGE = 'Puoi gestire solo le fasce del tuo Spazio WeMi.'

describe('desk slots at another desk', () => {
  it('refuses an operator creating a slot at another desk, through REST, GraphQL and the Local API, and writes nothing', async () => {
    // The operator works at the "closed" desk; the "open" one is someone else's.
    const other = fx.desks.open
    const before = await slotsAt(other)
    const rest = await app.rest('POST', '/api/desk-slots', {
      token: fx.actors.operator.token,
      body: { desk: other, ...times(), capacity: 3 },
    })
    expect(rest.status).toBe(400)
    expect(rest.body.errors[0].data.errors[0]).toMatchObject({ path: 'desk', message: MESSAGE })
    const { startsAt, endsAt } = times()
    const graphql = await app.rest('POST', '/api/graphql', {
      token: fx.actors.operator.token,
      body: {
        query: `mutation { createDeskSlot(data: { desk: "${other}", startsAt: "${startsAt}", endsAt: "${endsAt}", capacity: 3 }) { id } }`,
      },
    })
    expect(graphql.body.data?.createDeskSlot ?? null).toBeNull()
    expect(graphql.body.errors[0].extensions.statusCode).toBe(400)
    const local = await refusal(
      app.payload.create({ collection: 'desk-slots', data: { desk: other, ...times(), capacity: 3 }, ...as(fx.actors.operator) }),
    )
    expect(local.status).toBe(400)
    expect(await slotsAt(other)).toBe(before)
  })

  it('refuses an operator moving their own slot to another desk, and leaves it where it was', async () => {
    const own = await app.payload.create({
      collection: 'desk-slots',
      data: { desk: fx.desks.closed, ...times(), capacity: 2 },
      ...as(fx.actors.operator),
    })
    const rest = await app.rest('PATCH', `/api/desk-slots/${own.id}`, {
      token: fx.actors.operator.token,
      body: { desk: fx.desks.open },
      language: 'en',
    })
    expect(rest.status).toBe(400)
    expect(rest.body.errors[0].data.errors[0]).toMatchObject({
      path: 'desk',
      message: 'You can only manage the slots of your own WeMi desk.',
    })
    const local = await refusal(
      app.payload.update({ collection: 'desk-slots', id: own.id, data: { desk: fx.desks.open }, ...as(fx.actors.operator) }),
    )
    expect(local.status).toBe(400)
    const after = await app.payload.findByID({ collection: 'desk-slots', id: own.id, depth: 0 })
    expect(after.desk).toBe(fx.desks.closed)
  })

  it('still lets the operator manage their own desk’s slots, and an admin any desk’s', async () => {
    const own = await app.payload.create({
      collection: 'desk-slots',
      data: { desk: fx.desks.closed, ...times(), capacity: 2 },
      ...as(fx.actors.operator),
    })
    const updated = await app.payload.update({
      collection: 'desk-slots',
      id: own.id,
      data: { capacity: 4, desk: fx.desks.closed },
      ...as(fx.actors.operator),
    })
    expect(updated.capacity).toBe(4)
    const moved = await app.payload.update({ collection: 'desk-slots', id: own.id, data: { desk: fx.desks.open }, ...as(fx.actors.admin) })
    expect(typeof moved.desk === 'object' ? moved.desk?.id : moved.desk).toBe(fx.desks.open)
  })
})
