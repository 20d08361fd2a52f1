import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { EXPIRY } from '../../collections/Organisations/accreditation'
import { DAY_MS } from '../../lib/dates'
import { runDueJobs } from '../../lib/jobs'
import { runSql } from '../../lib/sql'
import type { Organisation } from '../../payload-types'
import {
  applicationByToken,
  type ApplicationFile,
  type ApplicationInput,
  applyForAccreditation,
  resubmitApplication,
} from '../../plugins/accreditation/application'
import { startTestApp, type TestApp } from '../helpers/app'
import { as, refusal } from '../helpers/as'
import { type Actor, buildFixtures, type Fixtures, PDF, PNG } from '../helpers/fixtures'
import { runJobsAtMoment } from '../helpers/clock'
import { unique, uniqueVatNumber } from '../helpers/identifiers'
import { type Mailbox, sendMailTo, startMailbox } from '../helpers/mailbox'

/**
 * An association applies on the public site, WeMi asks it to correct its statute, it corrects
 * and resubmits through its link, WeMi accredits it and its first administrator is invited;
 * reminders come before the expiry date and the system suspends it at that date. Every door
 * other than the application (REST, GraphQL, another ente) is tried and refused.
 */
let mailbox: Mailbox
let app: TestApp
let fx: Fixtures
let restoreEnvironment = () => {}

beforeAll(async () => {
  mailbox = await startMailbox()
  restoreEnvironment = sendMailTo(mailbox)
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})

afterAll(async () => {
  await app?.close()
  await mailbox?.close()
  restoreEnvironment()
})

const statute = (name = 'statuto.pdf'): ApplicationFile => ({
  kind: 'statute',
  name,
  mimetype: 'application/pdf',
  size: PDF.length,
  data: PDF,
})

const application = (overrides: Partial<ApplicationInput> = {}): ApplicationInput => {
  const key = unique('aps')
  return {
    name: `Associazione Il Ponte ${key}`,
    legalName: `Associazione di promozione sociale Il Ponte ${key}`,
    legalForm: 'association',
    fiscalCode: uniqueVatNumber(),
    vatNumber: '',
    email: `segreteria-${key}@ilponte.example`,
    pec: '',
    phone: '+39 02 1234567',
    website: '',
    street: 'Via Lorenteggio 10',
    postcode: '20146',
    district: fx.districts.d1,
    representativeName: 'Anna Verdi',
    representativeFiscalCode: 'RSSMRA80A01F205X',
    adminName: 'Luca Bianchi',
    adminEmail: `luca-${key}@ilponte.example`,
    categories: [fx.categories.a1],
    districts: [fx.districts.d1, fx.districts.d2],
    ...overrides,
  }
}

const footprint = async () =>
  (
    await runSql<{ organisations: string; documents: string }>(
      app.payload,
      sql`SELECT (SELECT count(*) FROM organisations) AS organisations, (SELECT count(*) FROM organisation_documents) AS documents`,
    )
  )[0]

const organisation = (id: string): Promise<Organisation> =>
  app.payload.findByID({ collection: 'organisations', id, depth: 0, overrideAccess: true })

const auditOf = (id: string) =>
  runSql<{ action: string; changes: Record<string, unknown>; actor: string | null }>(
    app.payload,
    sql`SELECT a.action, a.changes, r.users_id AS actor FROM audit_log a LEFT JOIN audit_log_rels r ON r.parent_id = a.id AND r.path = 'actor'
        WHERE a.collection = 'organisations' AND a.document_id = ${id} ORDER BY a.created_at, a.id`,
  )

const workflow = (actor: Actor, id: string, body: Record<string, unknown>) =>
  app.rest('POST', `/api/organisations/${id}/workflow`, { token: actor.token, body })

const tokenIn = (link: string) => new URL(link).searchParams.get('token')!

let address = 0
/** A visitor at an address of their own, so that the limit on applications counts each test apart. */
const visitor = () => `192.0.2.${++address}`

const apply = (input: ApplicationInput, files: ApplicationFile[] = [statute()], language: 'it' | 'en' = 'it') =>
  applyForAccreditation(app.payload, { input, files, language, address: visitor() })

describe('applying on the site', () => {
  it('names every missing part of an application at its field, in the applicant’s language, and writes nothing', async () => {
    const before = await footprint()
    const empty = await refusal(
      apply(application({ name: '', legalName: '', representativeName: '', adminEmail: '', categories: [], districts: [] }), []),
    )
    expect(empty.status).toBe(400)
    expect(empty.errors).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'Questo dato serve per la domanda.' },
        { path: 'legalName', message: 'Questo dato serve per la domanda.' },
        { path: 'application.representativeName', message: 'Questo dato serve per la domanda.' },
        { path: 'application.adminEmail', message: 'Questo dato serve per la domanda.' },
        { path: 'application.categories', message: 'Scegli almeno una voce.' },
        { path: 'application.districts', message: 'Scegli almeno una voce.' },
        { path: 'statute', message: 'Allega lo statuto dell’ente (PDF).' },
      ]),
    )
    const english = await refusal(apply(application({ phone: '' }), [], 'en'))
    expect(english.errors.map((error) => error.message)).toEqual([
      'The application needs this.',
      'Attach the organisation’s statute (PDF).',
    ])

    const badCodes = await refusal(apply(application({ fiscalCode: '12345678901', representativeFiscalCode: 'RSSMRA80A01F205Y' })))
    expect(badCodes.status).toBe(400)
    expect(badCodes.errors.map((error) => error.path).sort()).toEqual(['application.representativeFiscalCode', 'fiscalCode'])
    expect(JSON.stringify(badCodes.errors)).not.toMatch(/invalid|non valid/i)

    // The organisation is written before its documents: a file that is not a PDF undoes both.
    const notAPdf = await refusal(apply(application(), [{ ...statute(), data: Buffer.from('not a pdf at all'), size: 16 }]))
    expect(notAPdf.status).toBe(400)
    expect(notAPdf.message).toContain('Si possono allegare solo PDF')
    expect(await footprint()).toEqual(before)
  })

  it('writes the organisation as submitted with its statute, gives the applicant a link, and keeps only the link’s hash', async () => {
    const input = application()
    const outcome = await apply(input, [
      statute(),
      { kind: 'register', name: 'runts.png', mimetype: 'image/png', size: PNG.length, data: PNG },
    ])
    expect(outcome.outcome).toBe('sent')
    if (outcome.outcome !== 'sent') return
    const doc = await organisation(outcome.organisation)
    expect(doc.accreditation).toMatchObject({ status: 'submitted', categories: [], districts: [] })
    expect(doc.accreditation.submittedAt).toBeTruthy()
    expect(doc.application).toMatchObject({
      representativeName: 'Anna Verdi',
      adminEmail: input.adminEmail,
      categories: [fx.categories.a1],
      districts: [fx.districts.d1, fx.districts.d2],
    })
    const [stored] = await runSql<{ hash: string }>(
      app.payload,
      sql`SELECT application_token_hash AS hash FROM organisations WHERE id = ${outcome.organisation}`,
    )
    expect(stored!.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored!.hash).not.toContain(outcome.token)

    const view = await applicationByToken(app.payload, outcome.token)
    expect(view).toMatchObject({ id: outcome.organisation, status: 'submitted', notes: null })
    expect(view!.documents.map((document) => document.kind).sort()).toEqual(['register', 'statute'])
    expect(await applicationByToken(app.payload, `${outcome.token.slice(0, -2)}xx`)).toBeNull()

    const mail = await mailbox.waitFor(input.adminEmail, /Domanda di accreditamento ricevuta/, 10_000)
    expect(mail.links).toContain(`http://localhost:3000/diventa-ente/domanda?token=${outcome.token}`)

    const trail = await auditOf(outcome.organisation)
    expect(trail).toEqual([
      { action: 'transition', changes: { accreditation: { status: { from: null, to: 'submitted' } }, via: 'application' }, actor: null },
    ])

    // A second application for the same organisation is told where to turn.
    const again = await refusal(apply(application({ fiscalCode: input.fiscalCode })))
    expect(again.errors).toEqual([
      { path: 'fiscalCode', message: 'Un ente con questo codice fiscale è già registrato su WeMi. Per aggiornarlo scrivi a WeMi.' },
    ])
  })

  it('limits how often one connection may apply', async () => {
    const from = visitor()
    const outcomes = []
    for (let attempt = 0; attempt < 6; attempt += 1) {
      outcomes.push(
        (await applyForAccreditation(app.payload, { input: application(), files: [statute()], language: 'it', address: from })).outcome,
      )
    }
    expect(outcomes).toEqual(['sent', 'sent', 'sent', 'sent', 'sent', 'too-many'])
  })

  it('is the only way in: nobody else creates an organisation or reads an applicant’s documents, by REST or GraphQL', async () => {
    const before = await footprint()
    const data = { name: 'Ente abusivo', legalName: 'Ente abusivo', legalForm: 'association', fiscalCode: uniqueVatNumber() }
    for (const actor of [fx.actors.anonymous, fx.actors.citizen, fx.actors.enteAdmin, fx.actors.operator]) {
      expect((await app.rest('POST', '/api/organisations', { token: actor.token, body: data })).status).toBe(403)
      const graphql = await app.rest('POST', '/api/graphql', {
        token: actor.token,
        body: {
          query: `mutation { createOrganisation(data: { name: "x", legalName: "x", legalForm: association, fiscalCode: "${data.fiscalCode}" }) { id } }`,
        },
      })
      expect(graphql.body.data?.createOrganisation ?? null).toBeNull()
    }
    expect(await footprint()).toEqual(before)

    const sent = await apply(application())
    if (sent.outcome !== 'sent') throw new Error('not sent')
    // Not public until accredited, and its documents are WeMi's and its own administrators' only.
    expect((await app.rest('GET', `/api/organisations/${sent.organisation}`)).status).toBe(404)
    for (const actor of [fx.actors.anonymous, fx.actors.citizen, fx.actors.enteAdmin, fx.actors.editor, fx.actors.operator]) {
      const documents = await app.rest('GET', `/api/organisation-documents?where[organisation][equals]=${sent.organisation}`, {
        token: actor.token,
      })
      expect(documents.body.docs ?? []).toEqual([])
    }
    const [document] = (await applicationByToken(app.payload, sent.token))!.documents
    expect(document!.filename).toBe('statuto.pdf')
    // Stored under a name of its own, which says nothing of other enti's files.
    const [stored] = await runSql<{ filename: string }>(
      app.payload,
      sql`SELECT filename FROM organisation_documents WHERE id = ${document!.id}`,
    )
    expect(stored!.filename).toMatch(/^[0-9a-f-]{36}\.pdf$/)
    expect((await app.rest('GET', `/api/organisation-documents/file/${stored!.filename}`)).status).toBe(403)
    const adminReads = await app.rest('GET', `/api/organisation-documents/${document!.id}`, { token: fx.actors.admin.token })
    expect(adminReads.body.kind).toBe('statute')

    // The link's hash is nobody's to read or to search by, WeMi's admins included.
    const asAdmin = await app.rest('GET', `/api/organisations/${sent.organisation}`, { token: fx.actors.admin.token })
    expect(asAdmin.body.application.adminName).toBe('Luca Bianchi')
    expect(asAdmin.body.application).not.toHaveProperty('tokenHash')
    const probe = await app.rest('GET', `/api/organisations?where[application.tokenHash][exists]=true`, { token: fx.actors.admin.token })
    expect(probe.status).toBe(403)
    const byEmail = await app.rest('GET', `/api/organisations?where[application.adminEmail][like]=ilponte`)
    expect(byEmail.body.docs ?? []).toEqual([])

    // An ente cannot file documents under another ente's name.
    const form = new FormData()
    form.append('_payload', JSON.stringify({ organisation: sent.organisation, kind: 'statute' }))
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'falso.pdf')
    const filed = await app.rest('POST', '/api/organisation-documents', { token: fx.actors.enteAdmin.token, form })
    expect(filed.status).toBe(201)
    expect(filed.body.doc.organisation.id ?? filed.body.doc.organisation).toBe(fx.organisations.orgA)
  })
})

describe('from correction to accreditation', () => {
  it('sends the application back with WeMi’s comment and a new link, takes the corrected statute, and accredits it', async () => {
    const input = application()
    const sent = await apply(input)
    if (sent.outcome !== 'sent') throw new Error('not sent')
    const id = sent.organisation
    await mailbox.waitFor(input.adminEmail, /ricevuta/, 10_000)

    // Sent again before WeMi asks: refused, nothing changes.
    const early = await refusal(
      resubmitApplication(app.payload, { token: sent.token, input, files: [], language: 'it', address: visitor() }),
    )
    expect(early.message).toBe('La domanda non è in correzione: si può inviare di nuovo solo quando WeMi chiede di correggerla.')

    const back = await workflow(fx.actors.admin, id, { action: 'request-changes', comment: 'Lo statuto allegato non è firmato.' })
    expect(back.status).toBe(200)
    await runDueJobs(app.payload)
    const correction = await mailbox.waitFor(input.adminEmail, /Domanda da correggere/, 10_000)
    expect(correction.text).toContain('Il commento di WeMi: Lo statuto allegato non è firmato.')
    const token = tokenIn(correction.links.find((link) => link.includes('/diventa-ente/domanda'))!)
    expect(token).not.toBe(sent.token)
    expect(await applicationByToken(app.payload, sent.token)).toBeNull()
    expect(await applicationByToken(app.payload, token)).toMatchObject({
      status: 'to-correct',
      notes: 'Lo statuto allegato non è firmato.',
    })

    const wrongLink = await refusal(
      resubmitApplication(app.payload, { token: sent.token, input, files: [], language: 'it', address: visitor() }),
    )
    expect(wrongLink.message).toBe('Il collegamento alla domanda non è valido o è scaduto. Usa quello dell’ultima e-mail di WeMi.')
    const incomplete = await refusal(
      resubmitApplication(app.payload, { token, input: { ...input, adminName: '' }, files: [], language: 'it', address: visitor() }),
    )
    expect(incomplete.errors).toEqual([{ path: 'application.adminName', message: 'Questo dato serve per la domanda.' }])
    expect((await organisation(id)).accreditation.status).toBe('to-correct')

    // The tax code is the organisation's identity: a corrected application keeps the first one.
    const corrected = { ...input, fiscalCode: uniqueVatNumber(), phone: '+39 02 7654321' }
    expect(
      await resubmitApplication(app.payload, {
        token,
        input: corrected,
        files: [statute('statuto-firmato.pdf')],
        language: 'it',
        address: visitor(),
      }),
    ).toEqual({ outcome: 'sent' })
    const resubmitted = await organisation(id)
    expect(resubmitted).toMatchObject({ fiscalCode: input.fiscalCode, phone: '+39 02 7654321', accreditation: { status: 'submitted' } })
    const documents = (await applicationByToken(app.payload, token))!.documents
    expect(documents.map((document) => document.kind)).toEqual(['statute', 'statute'])
    expect(documents[0]!.filename).toMatch(/^statuto-firmato/)

    // An ente cannot accredit itself or set its own expiry date, by any door.
    const selfSet = await app.rest('PATCH', `/api/organisations/${fx.organisations.orgA}`, {
      token: fx.actors.enteAdmin.token,
      body: { accreditation: { expiresAt: '2099-01-01T00:00:00.000Z' } },
    })
    expect(selfSet.status).toBe(200)
    expect((await organisation(fx.organisations.orgA)).accreditation.expiresAt ?? null).toBeNull()
    const pastExpiry = await app.rest('PATCH', `/api/organisations/${id}`, {
      token: fx.actors.admin.token,
      body: { accreditation: { status: 'accredited', expiresAt: '2020-01-01T00:00:00.000Z' } },
    })
    expect(pastExpiry.status).toBe(400)
    expect(pastExpiry.body.errors[0].message).toBe('Per accreditare un ente indica una data di scadenza futura.')

    const accredited = await workflow(fx.actors.admin, id, { action: 'approve', comment: 'Benvenuti in WeMi.' })
    expect(accredited.status).toBe(200)
    const doc = await organisation(id)
    expect(doc.accreditation).toMatchObject({
      status: 'accredited',
      categories: [fx.categories.a1],
      districts: [fx.districts.d1, fx.districts.d2],
    })
    const years = (new Date(doc.accreditation.expiresAt!).getTime() - Date.now()) / (365.25 * DAY_MS)
    expect(years).toBeGreaterThan(EXPIRY.validityYears - 0.01)
    expect(years).toBeLessThan(EXPIRY.validityYears + 0.01)
    expect(doc.application?.invitedAt).toBeTruthy()

    const { docs: admins } = await app.payload.find({ collection: 'users', where: { organisation: { equals: id } }, depth: 0 })
    expect(admins.map((user) => ({ email: user.email, roles: user.roles, name: user.name }))).toEqual([
      { email: input.adminEmail, roles: ['ente-admin'], name: 'Luca Bianchi' },
    ])

    await runDueJobs(app.payload)
    const invitation = await mailbox.waitFor(input.adminEmail, /Il tuo invito a WeMi/, 10_000)
    expect(invitation.text).toContain('WeMi ha accreditato')
    const resetLink = invitation.links.find((link) => link.includes('/admin/reset/'))!
    const resetToken = decodeURIComponent(resetLink.split('/admin/reset/')[1]!)
    // The invitation replaces the usual "accredited" e-mail: one message, not two.
    expect(
      mailbox.messages.filter((message) => message.to.includes(input.adminEmail) && /accreditato/i.test(message.subject)),
    ).toHaveLength(1)

    // Choosing a password accepts the invitation; the administrator then signs in.
    const accept = await app.rest('POST', '/api/users/reset-password', { body: { token: resetToken, password: 'Il-Ponte-2026!' } })
    expect(accept.status).toBe(200)
    const signIn = await app.rest('POST', '/api/users/login', { body: { email: input.adminEmail, password: 'Il-Ponte-2026!' } })
    expect(signIn.status).toBe(200)
    expect(signIn.body.user.organisation.id ?? signIn.body.user.organisation).toBe(id)
    // The link works once.
    expect(
      (await app.rest('POST', '/api/users/reset-password', { body: { token: resetToken, password: 'Altra-Password-1!' } })).status,
    ).toBe(403)

    const trail = await auditOf(id)
    expect(
      trail.map(({ action, changes }) => [action, (changes.accreditation as { status?: unknown } | undefined)?.status ?? null]),
    ).toEqual(
      expect.arrayContaining([
        ['transition', { from: null, to: 'submitted' }],
        ['transition', { from: 'to-correct', to: 'submitted' }],
        ['update', { from: 'submitted', to: 'to-correct' }],
        ['update', { from: 'submitted', to: 'accredited' }],
      ]),
    )
    expect(trail.find((entry) => entry.changes.via === 'application-link')).toBeTruthy()
    const [invited] = await runSql<{ count: string }>(
      app.payload,
      sql`SELECT count(*) FROM audit_log WHERE collection = 'users' AND action = 'create' AND changes->>'invitedFor' = ${id}`,
    )
    expect(invited!.count).toBe('1')
  })
})

describe('the accreditation’s expiry', () => {
  const serviceIsPublic = async (service: string) =>
    (await app.payload.find({ collection: 'services', where: { id: { equals: service } }, overrideAccess: false, user: null, depth: 0 }))
      .totalDocs === 1
  const searchRows = async (organisationId: string) =>
    Number(
      (await runSql<{ count: string }>(app.payload, sql`SELECT count(*) FROM service_search WHERE organisation_id = ${organisationId}`))[0]!
        .count,
    )

  it('reminds the ente before the date, once each time, and suspends it at the date, taking its services out of the catalogue', async () => {
    const id = fx.organisations.orgB
    await app.payload.update({ collection: 'organisations', id, data: { email: 'info@orgb.example' }, depth: 0 })
    const expiresAt = new Date(Date.now() + 90 * DAY_MS)
    expiresAt.setUTCHours(23, 0, 0, 0)
    // WeMi sets a later date first, then corrects it to this one: the first date's timers do nothing.
    const first = new Date(expiresAt.getTime() + 20 * DAY_MS)
    for (const date of [first, expiresAt]) {
      await app.payload.update({
        collection: 'organisations',
        id,
        data: { accreditation: { expiresAt: date.toISOString() } },
        ...as(fx.actors.admin),
      })
    }
    expect(await serviceIsPublic(fx.services.publishedB)).toBe(true)
    expect(await searchRows(id)).toBeGreaterThan(0)
    const reminders = () =>
      mailbox.messages
        .filter((message) => message.to.includes('enteadminb@test.example') && /scade il/.test(message.subject))
        .map((message) => message.text.match(/scade tra (\d+) giorni/)?.[1])
    const daysBefore = (date: Date, days: number) => date.getTime() - days * DAY_MS + 60_000

    await runJobsAtMoment(app.payload, daysBefore(expiresAt, 60))
    const sixty = await mailbox.waitFor('enteadminb@test.example', /scade il/, 10_000)
    expect(sixty.text).toContain('scade tra 60 giorni')
    expect(sixty.subject).toMatch(/^L’accreditamento di Ente orgB scade il \d{1,2} \S+ \d{4}$/)
    await mailbox.waitFor('info@orgb.example', /scade il/, 10_000)
    expect((await organisation(id)).accreditation.lastReminderDays).toBe(60)

    await runJobsAtMoment(app.payload, daysBefore(first, 60))
    expect(reminders()).toEqual(['60'])
    await runJobsAtMoment(app.payload, daysBefore(expiresAt, 30))
    await runJobsAtMoment(app.payload, daysBefore(expiresAt, 7))
    await mailbox.waitFor('enteadminb@test.example', /scade il/, 10_000)
    const seven = await mailbox.waitFor('enteadminb@test.example', /scade il/, 10_000)
    expect(seven.text).toContain('scade tra 7 giorni')
    expect(reminders()).toEqual(['60', '30', '7'])
    expect(await serviceIsPublic(fx.services.publishedB)).toBe(true)

    await runJobsAtMoment(app.payload, expiresAt.getTime() + 60_000)
    const suspended = await organisation(id)
    expect(suspended.accreditation.status).toBe('suspended')
    expect(await serviceIsPublic(fx.services.publishedB)).toBe(false)
    expect(await searchRows(id)).toBe(0)
    const expired = await mailbox.waitFor('enteadminb@test.example', /Accreditamento scaduto/, 10_000)
    expect(expired.subject).toBe('Accreditamento scaduto: Ente orgB è sospeso')
    await runJobsAtMoment(app.payload, first.getTime() + 60_000)
    expect(mailbox.messages.filter((message) => /Accreditamento scaduto: Ente orgB/.test(message.subject))).toHaveLength(2)

    const trail = await auditOf(id)
    expect(trail.at(-1)).toEqual({
      action: 'transition',
      changes: { accreditation: { status: { from: 'accredited', to: 'suspended' } }, via: 'expiry' },
      actor: null,
    })
    expect(trail.filter((entry) => entry.action === 'update' && JSON.stringify(entry.changes).includes('expiryReminder'))).toHaveLength(3)

    // Days later, WeMi renews it: the date already past is refused, a new one is taken.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(expiresAt.getTime() + 2 * DAY_MS)
    try {
      const renew = (accreditation: Record<string, unknown>) =>
        refusal(app.payload.update({ collection: 'organisations', id, data: { accreditation }, depth: 0, ...as(fx.actors.admin) }))
      expect((await renew({ status: 'accredited' })).message).toBe('Per accreditare un ente indica una data di scadenza futura.')
      const renewed = await app.payload.update({
        collection: 'organisations',
        id,
        data: { accreditation: { status: 'accredited', expiresAt: new Date(Date.now() + 400 * DAY_MS).toISOString() } },
        depth: 0,
        ...as(fx.actors.admin),
      })
      expect(renewed.accreditation).toMatchObject({ status: 'accredited', lastReminderDays: null })
    } finally {
      vi.useRealTimers()
    }
    expect(await serviceIsPublic(fx.services.publishedB)).toBe(true)
  })
})
