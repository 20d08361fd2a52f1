import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { ASSISTANCE_MINUTES, assistanceKey, assistedCitizen } from '../../lib/assistance'
import { CONSENT_TEXTS } from '../../lib/consents'
import { relationId } from '../../lib/relations'
import { startTestApp, type TestApp } from '../helpers/app'
import { as, refusal } from '../helpers/as'
import { type Actor, buildFixtures, type Fixtures, PASSWORD, ROLES_UNDER_TEST } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'
import { act, quoteInput, sendRequest } from '../helpers/marketplace'

/**
 * A desk operator helping a citizen in person: only operators open an assistance, only with a
 * reason and the citizen's recorded consent; only while it is open do they act for the
 * citizen, with the citizen's own permissions narrowed further, and every act is logged with
 * the operator as actor and the citizen as the one acted for.
 */
let app: TestApp
let fx: Fixtures
let otherOperator: Actor
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  const email = `${unique('operatore')}@wemi.test`
  const user = await app.payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name: 'Sara Conti', roles: ['operator'], desk: fx.desks.open } as never,
  })
  otherOperator = { user: { ...user, collection: 'users' } }
})
afterAll(async () => app?.close())
afterEach(() => vi.useRealTimers())

const citizenId = () => String(fx.actors.citizen.user!.id)
const opening = (overrides: Record<string, unknown> = {}) =>
  ({ citizen: citizenId(), reason: 'Aiuto a inviare una richiesta di badante.', citizenAgreed: true, ...overrides }) as never
const count = async (collection: 'assistances' | 'consents') => (await app.payload.count({ collection, overrideAccess: true })).totalDocs
const open = async (operator: Actor = fx.actors.operator) =>
  app.payload.create({ collection: 'assistances', data: opening(), ...as(operator) })
const auditOf = async (collection: string, documentId: string) =>
  (
    await app.payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: collection } }, { documentId: { equals: documentId } }] },
      depth: 0,
      overrideAccess: true,
    })
  ).docs

describe('opening an assistance', () => {
  it('is for desk operators only, via the Local API and REST', async () => {
    for (const role of ROLES_UNDER_TEST) {
      const actor = fx.actors[role]
      const before = await count('assistances')
      const local = app.payload.create({ collection: 'assistances', data: opening(), ...as(actor) })
      if (role === 'operator') {
        expect((await local).operator, role).toMatchObject({ id: actor.user!.id })
        expect((await app.rest('POST', '/api/assistances', { token: actor.token, body: opening() })).status, role).toBe(201)
      } else {
        expect((await refusal(local)).status, role).toBe(403)
        expect((await app.rest('POST', '/api/assistances', { token: actor.token, body: opening() })).status, role).toBe(403)
        expect(await count('assistances'), role).toBe(before)
      }
    }
  })

  it('needs a reason and the citizen’s consent, and writes nothing without them', async () => {
    const [assistances, consents] = [await count('assistances'), await count('consents')]
    const noReason = await refusal(
      app.payload.create({ collection: 'assistances', data: opening({ reason: 'aiuto' }), ...as(fx.actors.operator) }),
    )
    expect(noReason.errors).toEqual([{ path: 'reason', message: expect.stringMatching(/^Scrivi il motivo dell’assistenza/) }])
    const noConsent = await refusal(
      app.payload.create({ collection: 'assistances', data: opening({ citizenAgreed: false }), ...as(fx.actors.operator) }),
    )
    expect(noConsent.errors).toEqual([{ path: 'citizenAgreed', message: expect.stringMatching(/^Serve il consenso del cittadino/) }])
    expect([await count('assistances'), await count('consents')]).toEqual([assistances, consents])
  })

  it('records the consent (who, when, which desk, which text) and sets who, where and until when by itself', async () => {
    const before = Date.now()
    const assistance = await app.payload.create({
      collection: 'assistances',
      // Whatever the client says about who, where and when is ignored.
      data: {
        ...(opening() as object),
        operator: fx.actors.admin.user!.id,
        desk: fx.desks.open,
        openedAt: '2020-01-01T00:00:00Z',
        closedAt: '2020-01-01T00:00:00Z',
      } as never,
      ...as(fx.actors.operator),
    })
    expect(assistance).toMatchObject({ operator: { id: fx.actors.operator.user!.id }, desk: { id: fx.desks.closed }, closedAt: null })
    expect(Date.parse(assistance.openedAt!)).toBeGreaterThanOrEqual(before)
    expect(Date.parse(assistance.expiresAt!) - Date.parse(assistance.openedAt!)).toBe(ASSISTANCE_MINUTES * 60 * 1000)
    const consent = await app.payload.findByID({
      collection: 'consents',
      id: relationId(assistance.consent)!,
      depth: 0,
      overrideAccess: true,
    })
    expect(consent).toMatchObject({
      citizen: citizenId(),
      purpose: 'desk-assistance',
      version: CONSENT_TEXTS['desk-assistance'].version,
      recordedBy: fx.actors.operator.user!.id,
      desk: fx.desks.closed,
    })
  })
})

describe('who sees and closes assistances', () => {
  it('reads: admins all, an operator their desk’s, the citizen theirs; nobody else', async () => {
    const mine = await open()
    const theirs = await open(otherOperator)
    const seen = async (actor: Actor) =>
      (
        await app.payload
          .find({ collection: 'assistances', where: { id: { in: [mine.id, theirs.id] } }, depth: 0, ...as(actor) })
          .catch(() => ({ docs: [] }))
      ).docs
        .map((doc) => doc.id)
        .sort()
    expect(await seen(fx.actors.admin)).toEqual([mine.id, theirs.id].sort())
    expect(await seen(fx.actors.operator)).toEqual([mine.id])
    expect(await seen(otherOperator)).toEqual([theirs.id])
    expect(await seen(fx.actors.citizen)).toEqual([mine.id, theirs.id].sort())
    for (const role of ['anonymous', 'editor', 'enteAdmin', 'enteOperator'] as const) expect(await seen(fx.actors[role]), role).toEqual([])
    expect((await app.rest('GET', `/api/assistances/${mine.id}`, { token: fx.actors.enteAdmin.token })).status).toBe(403)
  })

  it('even with an assistance open, an operator cannot read the citizen’s record through the API', async () => {
    await open()
    expect((await refusal(app.payload.findByID({ collection: 'citizens', id: citizenId(), ...as(fx.actors.operator) }))).status).toBe(403)
    expect((await app.rest('GET', `/api/citizens/${citizenId()}`, { token: fx.actors.operator.token })).status).toBe(403)
  })

  it('is closed once, by the operator who opened it, at the server’s time; nothing else changes', async () => {
    const assistance = await open()
    expect(
      (
        await refusal(
          app.payload.update({
            collection: 'assistances',
            id: assistance.id,
            data: { closedAt: new Date().toISOString() },
            ...as(otherOperator),
          }),
        )
      ).status,
    ).toBe(403)
    const closed = await app.payload.update({
      collection: 'assistances',
      id: assistance.id,
      data: { closedAt: '2001-01-01T00:00:00Z', reason: 'Cambiato dopo' },
      ...as(fx.actors.operator),
    })
    expect(Date.parse(closed.closedAt!)).toBeGreaterThan(Date.parse('2020-01-01'))
    expect(closed.reason).toBe(assistance.reason)
    expect(
      (
        await refusal(
          app.payload.update({ collection: 'assistances', id: assistance.id, data: { closedAt: null }, ...as(fx.actors.operator) }),
        )
      ).status,
    ).toBe(403)
    expect((await refusal(app.payload.delete({ collection: 'assistances', id: assistance.id, ...as(fx.actors.admin) }))).status).toBe(403)
  })

  it('opening a new one closes the operator’s previous one: one person at a time', async () => {
    const first = await open()
    await open()
    expect((await app.payload.findByID({ collection: 'assistances', id: first.id, depth: 0, overrideAccess: true })).closedAt).toBeTruthy()
  })
})

describe('acting for the citizen', () => {
  it('is possible only with the key of one’s own open assistance, within its time', async () => {
    const assistance = await open()
    const key = assistanceKey(assistance.id)
    const helped = await assistedCitizen(app.payload, fx.actors.operator.user, key)
    expect(helped).toMatchObject({
      id: citizenId(),
      assistedBy: { assistance: assistance.id, operator: fx.actors.operator.user!.id, desk: fx.desks.closed },
    })
    // Another operator, a tampered key, an ente admin holding the key: nobody.
    expect(await assistedCitizen(app.payload, otherOperator.user, key)).toBeNull()
    expect(await assistedCitizen(app.payload, fx.actors.operator.user, `${key.slice(0, -2)}AA`)).toBeNull()
    expect(await assistedCitizen(app.payload, fx.actors.enteAdmin.user, key)).toBeNull()
    // Past its time.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + (ASSISTANCE_MINUTES + 1) * 60 * 1000)
    expect(await assistedCitizen(app.payload, fx.actors.operator.user, key)).toBeNull()
    vi.useRealTimers()
    // Closed.
    await app.payload.update({
      collection: 'assistances',
      id: assistance.id,
      data: { closedAt: new Date().toISOString() },
      ...as(fx.actors.operator),
    })
    expect(await assistedCitizen(app.payload, fx.actors.operator.user, key)).toBeNull()
  })

  it('creates a request and accepts a quote for the citizen, each logged with actor and on-behalf-of; paying stays the citizen’s', async () => {
    const assistance = await open()
    const helped = (await assistedCitizen(app.payload, fx.actors.operator.user, assistanceKey(assistance.id)))!
    const asHelped: Actor = { user: { ...helped, collection: 'citizens' } }
    const { request, threads } = await sendRequest(app.payload, asHelped, [fx.services.publishedA], fx.districts.d1)
    expect(request.citizen).toBe(citizenId())

    // The operator is also given back the request's notes, a staff read logged beside the creation.
    const created = (await auditOf('requests', request.id)).find((entry) => entry.action === 'create')
    expect(created).toMatchObject({
      action: 'create',
      actor: { relationTo: 'users', value: fx.actors.operator.user!.id },
      onBehalfOf: citizenId(),
      assistance: assistance.id,
    })

    const thread = threads[0]!
    await act(app.payload, fx.actors.enteAdmin, thread.id, 'quote', quoteInput())
    const quoted = await app.payload.findByID({ collection: 'threads', id: thread.id, depth: 0, overrideAccess: true })
    await act(app.payload, asHelped, thread.id, 'accept', { quote: quoted.quote })
    const transition = (await auditOf('threads', thread.id)).find(
      (entry) => (entry.changes as { action?: string } | null)?.action === 'accept',
    )
    expect(transition).toMatchObject({
      actor: { relationTo: 'users', value: fx.actors.operator.user!.id },
      onBehalfOf: citizenId(),
      assistance: assistance.id,
    })

    const paying = await refusal(act(app.payload, asHelped, thread.id, 'checkout'))
    expect(paying.status).toBe(403)
    expect(paying.message).toMatch(/^Allo sportello non si può .+ per conto del cittadino/)
    expect((await app.payload.findByID({ collection: 'threads', id: thread.id, depth: 0, overrideAccess: true })).status).toBe('accepted')

    // Reading the citizen's codice fiscale for them is a staff read, logged as the operator's.
    await app.payload.findByID({ collection: 'citizens', id: citizenId(), ...as(asHelped) })
    const [read] = (await auditOf('citizens', citizenId())).filter((entry) => entry.action === 'read')
    expect(read).toMatchObject({
      actor: { relationTo: 'users', value: fx.actors.operator.user!.id },
      onBehalfOf: citizenId(),
      changes: { fields: expect.arrayContaining(['fiscalCode']) },
    })

    // The citizen acting alone is logged as themselves, with nobody on whose behalf.
    await act(app.payload, fx.actors.citizen, thread.id, 'message', { body: 'Grazie, a presto.' })
    const own = (await auditOf('threads', thread.id)).find((entry) => (entry.changes as { action?: string } | null)?.action === 'message')
    expect(own).toMatchObject({ actor: { relationTo: 'citizens', value: citizenId() }, onBehalfOf: null })
  })
})
