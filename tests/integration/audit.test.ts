import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp, type TestApp } from '../helpers/app'
import { as, refusal } from '../helpers/as'
import { buildFixtures, type Fixtures } from '../helpers/fixtures'

let app: TestApp
let fx: Fixtures
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})
afterAll(async () => app?.close())

const trailOf = async (documentId: string) =>
  (await app.payload.find({ collection: 'audit-log', where: { documentId: { equals: documentId } }, sort: 'createdAt', depth: 0 })).docs

describe('audit log', () => {
  it('records who moved an organisation’s accreditation, from which state to which', async () => {
    await app.payload.update({
      collection: 'organisations',
      id: fx.organisations.orgPending,
      data: { accreditation: { status: 'to-correct', notes: 'Manca lo statuto.' } },
      ...as(fx.actors.admin),
    })
    const [entry] = await trailOf(fx.organisations.orgPending)
    expect(entry).toMatchObject({
      action: 'update',
      collection: 'organisations',
      actor: { relationTo: 'users', value: fx.users.admin },
      changes: { accreditation: { status: { from: 'submitted', to: 'to-correct' } } },
    })
  })

  it('records an ente admin’s new service and a citizen’s change to their profile, without copying personal data', async () => {
    const service = await app.payload.create({
      collection: 'services',
      data: {
        title: 'Nuovo',
        summary: 'Nuovo.',
        organisation: fx.organisations.orgA,
        category: fx.categories.a1,
        districts: [fx.districts.d1],
        priceModel: 'free',
      } as never,
      ...as(fx.actors.enteAdmin),
    })
    expect((await trailOf(service.id))[0]).toMatchObject({ action: 'create', actor: { relationTo: 'users', value: fx.users.enteAdmin } })

    await app.payload.update({
      collection: 'citizens',
      id: fx.citizens.citizen1,
      data: { phone: '333 000 1111' },
      ...as(fx.actors.citizen),
    })
    const [entry] = await trailOf(fx.citizens.citizen1)
    expect(entry).toMatchObject({
      action: 'update',
      actor: { relationTo: 'citizens', value: fx.citizens.citizen1 },
      changes: { phone: true },
    })
    expect(JSON.stringify(entry)).not.toContain('333 000 1111')
  })

  it('records deletions and role changes', async () => {
    const user = await app.payload.create({
      collection: 'users',
      data: { email: 'temp@test.example', password: 'Temp-Password-1', name: 'Temp', roles: ['editor'] },
      ...as(fx.actors.admin),
    })
    await app.payload.update({ collection: 'users', id: user.id, data: { roles: ['editor', 'admin'] }, ...as(fx.actors.admin) })
    await app.payload.delete({ collection: 'users', id: user.id, ...as(fx.actors.admin) })
    const trail = await trailOf(user.id)
    expect(trail.map((entry) => entry.action)).toEqual(['create', 'update', 'delete'])
    expect(trail[1]?.changes).toMatchObject({ roles: { from: ['editor'], to: ['editor', 'admin'] } })
    expect(JSON.stringify(trail)).not.toContain('Temp-Password-1')
  })

  it('writes nothing when the change itself is refused', async () => {
    const before = (await app.payload.count({ collection: 'audit-log' })).totalDocs
    await refusal(
      app.payload.update({
        collection: 'organisations',
        id: fx.organisations.orgA,
        data: { accreditation: { status: 'revoked' } },
        ...as(fx.actors.enteAdmin),
      }),
    )
    expect((await app.payload.count({ collection: 'audit-log' })).totalDocs).toBe(before)
  })
})
