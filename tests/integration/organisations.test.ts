import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp, type TestApp } from '../helpers/app'
import { as, refusal } from '../helpers/as'
import { buildFixtures, type Fixtures } from '../helpers/fixtures'
import { uniqueVatNumber } from '../helpers/identifiers'

let app: TestApp
let fx: Fixtures
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})
afterAll(async () => app?.close())

const newOrganisation = async (status = 'draft') =>
  String(
    (
      await app.payload.create({
        collection: 'organisations',
        data: {
          name: 'Nuovo ente',
          legalName: 'Nuovo ente APS',
          legalForm: 'association',
          fiscalCode: uniqueVatNumber(),
          accreditation: { status: status as never },
        },
      })
    ).id,
  )

const statusOf = async (id: string) => (await app.payload.findByID({ collection: 'organisations', id })).accreditation.status

describe('accreditation workflow', () => {
  it('lets the ente submit its profile, and WeMi ask for corrections and accredit it, dating each step', async () => {
    const id = fx.organisations.orgPending
    const admin = fx.actors.admin
    const enteAdmin = fx.extraActors.enteAdminPending

    const missingNotes = await refusal(
      app.payload.update({ collection: 'organisations', id, data: { accreditation: { status: 'to-correct', notes: '' } }, ...as(admin) }),
    )
    expect(missingNotes.status).toBe(400)
    expect(missingNotes.errors[0]).toMatchObject({ path: 'accreditation.status', message: expect.stringContaining('note') })

    await app.payload.update({
      collection: 'organisations',
      id,
      data: { accreditation: { status: 'to-correct', notes: 'Manca lo statuto.' } },
      ...as(admin),
    })
    expect(await statusOf(id)).toBe('to-correct')

    await app.payload.update({ collection: 'organisations', id, data: { accreditation: { status: 'submitted' } }, ...as(enteAdmin) })
    const resubmitted = await app.payload.findByID({ collection: 'organisations', id })
    expect(resubmitted.accreditation.status).toBe('submitted')
    expect(Date.now() - Date.parse(resubmitted.accreditation.submittedAt!)).toBeLessThan(60_000)

    const withoutScope = await refusal(
      app.payload.update({ collection: 'organisations', id, data: { accreditation: { status: 'accredited' } }, ...as(admin) }),
    )
    expect(withoutScope.status).toBe(400)

    await app.payload.update({
      collection: 'organisations',
      id,
      data: { accreditation: { status: 'accredited', categories: [fx.categories.b1], districts: [fx.districts.d2] } },
      ...as(admin),
    })
    const accredited = await app.payload.findByID({ collection: 'organisations', id })
    expect(accredited.accreditation.status).toBe('accredited')
    expect(accredited.accreditation.accreditedAt).toBeTruthy()
  })

  it('refuses an ente admin every move but submitting', async () => {
    const enteAdmin = fx.actors.enteAdmin
    for (const status of ['suspended', 'revoked', 'draft', 'to-correct'] as const) {
      const attempt = await refusal(
        app.payload.update({
          collection: 'organisations',
          id: fx.organisations.orgA,
          data: { accreditation: { status } },
          ...as(enteAdmin),
        }),
      )
      expect(attempt.status).toBe(400)
      expect(attempt.errors[0]?.path).toBe('accreditation.status')
    }
    expect(await statusOf(fx.organisations.orgA)).toBe('accredited')
  })

  it('refuses moves that are not in the table, even for WeMi', async () => {
    const id = await newOrganisation('draft')
    const jump = await refusal(
      app.payload.update({ collection: 'organisations', id, data: { accreditation: { status: 'accredited' } }, ...as(fx.actors.admin) }),
    )
    expect(jump.status).toBe(400)
    const revoked = await newOrganisation('revoked')
    const back = await refusal(
      app.payload.update({
        collection: 'organisations',
        id: revoked,
        data: { accreditation: { status: 'accredited' } },
        ...as(fx.actors.admin),
      }),
    )
    expect(back.status).toBe(400)
    expect(await statusOf(revoked)).toBe('revoked')
  })

  it('makes a new organisation start as a draft unless the system imports it', async () => {
    const refused = await refusal(
      app.payload.create({
        collection: 'organisations',
        data: {
          name: 'Ente',
          legalName: 'Ente APS',
          legalForm: 'association',
          fiscalCode: uniqueVatNumber(),
          accreditation: { status: 'accredited' },
        },
        ...as(fx.actors.admin),
      }),
    )
    expect(refused.status).toBe(400)
  })
})

describe('what an ente admin may change on their organisation', () => {
  it('keeps accreditation scope, notes, dates and payment account out of their hands (Local API and REST)', async () => {
    const id = fx.organisations.orgA
    const before = await app.payload.findByID({ collection: 'organisations', id })
    const change = {
      phone: '02 1111 2222',
      accreditation: {
        categories: [fx.categories.b1],
        districts: [fx.districts.d3],
        notes: 'Mi accredito da solo',
        accreditedAt: '2000-01-01T00:00:00.000Z',
      },
      paymentAccount: { accountId: 'acct_hijack', status: 'enabled' },
      rating: { average: 5, count: 999 },
    }
    await app.payload.update({ collection: 'organisations', id, data: change as never, ...as(fx.actors.enteAdmin) })
    const response = await app.rest('PATCH', `/api/organisations/${id}`, { token: fx.actors.enteAdmin.token, body: change })
    expect(response.status).toBe(200)

    const after = await app.payload.findByID({ collection: 'organisations', id, depth: 0 })
    expect(after.phone).toBe('02 1111 2222')
    const ids = (values: unknown[] | null | undefined) =>
      (values ?? []).map((v) => (typeof v === 'object' && v ? (v as { id: string }).id : v))
    expect(ids(after.accreditation.categories)).toEqual(ids(before.accreditation.categories))
    expect(ids(after.accreditation.districts)).toEqual(ids(before.accreditation.districts))
    expect(after.accreditation.notes).toBe(before.accreditation.notes)
    expect(after.accreditation.accreditedAt).toBe(before.accreditation.accreditedAt)
    expect(after.paymentAccount).toEqual(before.paymentAccount)
    expect(after.rating).toEqual(before.rating)
  })

  it('shows notes and payment account only to WeMi and the organisation’s own admin', async () => {
    const read = async (actorKey: 'anonymous' | 'citizen' | 'enteAdmin' | 'admin' | 'enteOperator', id: string) =>
      app.payload.findByID({ collection: 'organisations', id, ...as(fx.actors[actorKey]) })
    expect((await read('admin', fx.organisations.orgB)).paymentAccount?.accountId).toBe('acct_orgB')
    expect((await read('enteAdmin', fx.organisations.orgA)).accreditation.notes).toBeTruthy()
    expect((await read('enteAdmin', fx.organisations.orgA)).paymentAccount?.accountId).toBe('acct_orgA')
    for (const actor of ['anonymous', 'citizen'] as const) {
      const doc = await read(actor, fx.organisations.orgB)
      expect(doc.paymentAccount).toBeUndefined()
      expect(doc.accreditation.notes).toBeUndefined()
    }
    const ownAsOperator = await read('enteOperator', fx.organisations.orgA)
    expect(ownAsOperator.paymentAccount).toBeUndefined()
    expect(ownAsOperator.accreditation.notes).toBeUndefined()
    expect((await refusal(read('enteAdmin', fx.organisations.orgB))).status).toBe(404)
    const rest = await app.rest('GET', `/api/organisations/${fx.organisations.orgB}`)
    expect(rest.body.paymentAccount).toBeUndefined()
    expect(rest.body.accreditation.notes).toBeUndefined()
  })
})

describe('tax identifiers', () => {
  it('refuses a wrong codice fiscale and partita IVA in Italian, or in English when asked', async () => {
    const data = { name: 'Ente', legalName: 'Ente APS', legalForm: 'association', fiscalCode: '12345678901', vatNumber: '12345' }
    const italian = await app.rest('POST', '/api/organisations', { token: fx.actors.admin.token, body: data })
    expect(italian.status).toBe(400)
    const italianMessages = italian.body.errors[0].data.errors.map((e: { message: string }) => e.message)
    expect(italianMessages).toEqual(
      expect.arrayContaining([expect.stringContaining('codice fiscale non è valido'), expect.stringContaining('partita IVA non è valida')]),
    )
    const english = await app.rest('POST', '/api/organisations', { token: fx.actors.admin.token, body: data, language: 'en' })
    const englishMessages = english.body.errors[0].data.errors.map((e: { message: string }) => e.message)
    expect(englishMessages).toEqual(
      expect.arrayContaining([expect.stringContaining('tax code (codice fiscale) is not valid'), expect.stringContaining('VAT number')]),
    )
  })

  it('stores tax codes without spaces, in capitals', async () => {
    const code = uniqueVatNumber()
    const doc = await app.payload.create({
      collection: 'organisations',
      data: {
        name: 'Ente spazi',
        legalName: 'Ente APS',
        legalForm: 'association',
        fiscalCode: ` ${code.slice(0, 5)} ${code.slice(5)} `,
        accreditation: { status: 'draft' },
      },
    })
    expect(doc.fiscalCode).toBe(code)
  })
})

describe('deleting', () => {
  it('refuses to delete an organisation that has services, with a reason', async () => {
    const response = await app.rest('DELETE', `/api/organisations/${fx.organisations.orgB}`, { token: fx.actors.admin.token })
    expect(response.status).toBe(409)
    expect(JSON.stringify(response.body)).toContain('revoca')
    expect(await app.payload.count({ collection: 'organisations', where: { id: { equals: fx.organisations.orgB } } })).toEqual({
      totalDocs: 1,
    })
  })
})
