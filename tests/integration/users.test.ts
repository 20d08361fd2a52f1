import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp, type TestApp } from '../helpers/app'
import { as, refusal } from '../helpers/as'
import { buildFixtures, type Fixtures, PASSWORD, ROLES_UNDER_TEST } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'

let app: TestApp
let fx: Fixtures
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})
afterAll(async () => app?.close())

const rolesOf = async (id: string) => (await app.payload.findByID({ collection: 'users', id })).roles

describe('roles', () => {
  it('lets nobody raise their own role, through the Local API or REST', async () => {
    for (const key of ['editor', 'operator', 'enteAdmin', 'enteOperator'] as const) {
      const actor = fx.actors[key]
      const id = String(actor.user!.id)
      const before = await rolesOf(id)
      await app.payload.update({ collection: 'users', id, data: { roles: ['admin'] }, ...as(actor) })
      const response = await app.rest('PATCH', `/api/users/${id}`, { token: actor.token, body: { roles: ['admin'], organisation: null } })
      expect(response.status).toBe(200)
      expect(await rolesOf(id)).toEqual(before)
    }
  })

  it('lets an ente admin create operators of their own organisation only', async () => {
    const operator = await app.payload.create({
      collection: 'users',
      data: {
        email: `${unique('op')}@test.example`,
        password: PASSWORD,
        name: 'Marco',
        roles: ['ente-operator'],
        organisation: fx.organisations.orgA,
      },
      ...as(fx.actors.enteAdmin),
    })
    expect(operator.roles).toEqual(['ente-operator'])

    const anotherAdmin = await refusal(
      app.payload.create({
        collection: 'users',
        data: {
          email: `${unique('ea')}@test.example`,
          password: PASSWORD,
          name: 'X',
          roles: ['ente-admin'],
          organisation: fx.organisations.orgA,
        },
        ...as(fx.actors.enteAdmin),
      }),
    )
    expect(anotherAdmin.status).toBe(400)
    expect(anotherAdmin.errors[0]?.message).toContain('soltanto operatori')

    const cityAdmin = await app.rest('POST', '/api/users', {
      token: fx.actors.enteAdmin.token,
      body: { email: `${unique('a')}@test.example`, password: PASSWORD, name: 'X', roles: ['admin'] },
    })
    expect(cityAdmin.status).toBe(400)

    const otherOrganisation = await refusal(
      app.payload.create({
        collection: 'users',
        data: {
          email: `${unique('ob')}@test.example`,
          password: PASSWORD,
          name: 'X',
          roles: ['ente-operator'],
          organisation: fx.organisations.orgB,
        },
        ...as(fx.actors.enteAdmin),
      }),
    )
    expect(otherOrganisation.status).toBe(400)
    expect(otherOrganisation.errors[0]?.path).toBe('organisation')
  })

  it('requires the organisation or desk a role belongs to, and keeps organisation roles apart', async () => {
    const create = (data: Record<string, unknown>) =>
      refusal(
        app.payload.create({
          collection: 'users',
          data: { email: `${unique('u')}@test.example`, password: PASSWORD, name: 'X', ...data } as never,
          ...as(fx.actors.admin),
        }),
      )
    expect((await create({ roles: ['ente-operator'] })).errors[0]).toMatchObject({ path: 'organisation' })
    expect((await create({ roles: ['operator'] })).errors[0]).toMatchObject({ path: 'desk' })
    expect((await create({ roles: ['admin', 'ente-admin'], organisation: fx.organisations.orgA })).errors[0]).toMatchObject({
      path: 'roles',
    })
    expect((await create({ roles: [] })).errors[0]).toMatchObject({ path: 'roles' })
  })

  it('lets WeMi admins change roles', async () => {
    const id = fx.users.editor
    await app.payload.update({
      collection: 'users',
      id,
      data: { roles: ['editor', 'operator'], desk: fx.desks.open },
      ...as(fx.actors.admin),
    })
    expect(await rolesOf(id)).toEqual(['editor', 'operator'])
    await app.payload.update({ collection: 'users', id, data: { roles: ['editor'] }, ...as(fx.actors.admin) })
  })
})

describe('signing in', () => {
  it('lets staff into the admin panel and never citizens', async () => {
    for (const role of ROLES_UNDER_TEST) {
      const { body } = await app.rest('GET', '/api/access', { token: fx.actors[role].token })
      expect(Boolean(body.canAccessAdmin), role).toBe(!['anonymous', 'citizen'].includes(role))
    }
  })

  it('locks an account after five wrong passwords, and only an admin unlocks it', async () => {
    const email = `${unique('lock')}@test.example`
    await app.payload.create({ collection: 'users', data: { email, password: PASSWORD, name: 'Lock', roles: ['editor'] } })
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await app.rest('POST', '/api/users/login', { body: { email, password: 'wrong' } })).status).toBe(401)
    }
    // Even the right password is refused while the lock lasts, in the words any failed sign-in
    // gets, so that the answer never tells that the account exists.
    const locked = await app.rest('POST', '/api/users/login', { body: { email, password: PASSWORD } })
    const unknown = await app.rest('POST', '/api/users/login', { body: { email: `${unique('nobody')}@test.example`, password: PASSWORD } })
    expect(locked.status).toBe(401)
    expect(locked.body).toEqual(unknown.body)

    for (const role of ROLES_UNDER_TEST.filter((r) => r !== 'admin')) {
      const unlock = await app.rest('POST', '/api/users/unlock', { token: fx.actors[role].token, body: { email } })
      expect(unlock.status, role).toBe(403)
    }
    expect((await app.rest('POST', '/api/users/unlock', { token: fx.actors.admin.token, body: { email } })).status).toBe(200)
    expect((await app.rest('POST', '/api/users/login', { body: { email, password: PASSWORD } })).status).toBe(200)
  })

  it('lets only admins unlock citizens too', async () => {
    const email = 'citizen2@test.example'
    expect((await app.rest('POST', '/api/citizens/unlock', { token: fx.actors.citizen.token, body: { email } })).status).toBe(403)
    expect((await app.rest('POST', '/api/citizens/unlock', { token: fx.actors.editor.token, body: { email } })).status).toBe(403)
    expect((await app.rest('POST', '/api/citizens/unlock', { token: fx.actors.admin.token, body: { email } })).status).toBe(200)
  })
})

describe('citizens', () => {
  it('validates a typed codice fiscale, in the language the request asks for', async () => {
    // A citizen whose code nobody has confirmed yet: they may type it, and get told when it is wrong.
    const email = `${unique('codice')}@test.example`
    const created = await app.payload.create({
      collection: 'citizens',
      data: { email, password: PASSWORD, fiscalCode: 'BNCMRA70C15F205T', _verified: true } as never,
      disableVerificationEmail: true,
      depth: 0,
    })
    const { body } = await app.rest('POST', '/api/citizens/login', { body: { email, password: PASSWORD } })
    const citizen = { user: { ...created, collection: 'citizens' }, token: body.token }
    const italian = await refusal(
      app.payload.update({ collection: 'citizens', id: created.id, data: { fiscalCode: 'RSSMRA80A01F205Y' }, ...as(citizen) }),
    )
    expect(italian.errors[0]?.message).toContain('Il codice fiscale non è valido')
    const english = await app.rest('PATCH', `/api/citizens/${created.id}`, {
      token: citizen.token,
      language: 'en',
      body: { fiscalCode: 'RSSMRA80A01F205Y' },
    })
    expect(english.status).toBe(400)
    expect(JSON.stringify(english.body)).toContain('The tax code (codice fiscale) is not valid')
    const stored = await app.payload.findByID({ collection: 'citizens', id: created.id })
    expect(stored.fiscalCode).toBe('BNCMRA70C15F205T')
  })

  it('gives citizens and people UUIDs, never guessable sequences', async () => {
    for (const id of [fx.citizens.citizen1, fx.users.admin, fx.services.publishedA]) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    }
  })
})
