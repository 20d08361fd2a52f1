import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { runDueJobs } from '../../lib/jobs'
import { ERASED_EMAIL } from '../../lib/personal-data'
import { RATE_LIMITS } from '../../lib/rate-limits'
import { runSql } from '../../lib/sql'
import type { InefficiencyReport } from '../../payload-types'
import { fileInefficiencyReport, type ReportInput } from '../../plugins/inefficiency-reports/file'
import { eraseCitizen } from '../../plugins/privacy/erasure'
import { closePayload } from '../../server/instance'
import type { TestApp } from '../helpers/app'
import { refusal } from '../helpers/as'
import { createTestDatabase } from '../helpers/database'
import { type Actor, buildFixtures, type Fixtures, PASSWORD } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'
import { type Mailbox, sendMailTo, startMailbox } from '../helpers/mailbox'

/**
 * "Segnala disservizio": a resident reports a disservice on the site (site/src/lib/inefficiency-report.ts,
 * on the site's own Payload instance over this file's database), gets a ticket number and a
 * receipt by e-mail, WeMi's inbox is told, and WeMi staff answer by e-mail along the ticket's
 * lifecycle. Every other door (REST, GraphQL, other roles) is tried and refused.
 */
type Pages = typeof import('../../site/src/lib/inefficiency-report')
let app: TestApp
let fx: Fixtures
let pages: Pages
let mailbox: Mailbox
let restoreEnvironment = () => {}
const savedUrl = process.env.DATABASE_URL
const ORIGIN = 'http://localhost:4321'
const CITY_INBOX = 'wemi@comune.test'

beforeAll(async () => {
  mailbox = await startMailbox()
  restoreEnvironment = sendMailTo(mailbox)
  const database = await createTestDatabase(inject('databaseServer'), inject('databaseRun'))
  process.env.DATABASE_URL = database.url
  app = await (await import('../helpers/app')).startTestApp(database)
  fx = await buildFixtures(app.payload, app.rest)
  await app.payload.updateGlobal({ slug: 'city', data: { contacts: { email: CITY_INBOX } }, depth: 0 })
  pages = await import('../../site/src/lib/inefficiency-report')
})
afterAll(async () => {
  await closePayload(await (await import('../../site/src/lib/payload')).payload())
  process.env.DATABASE_URL = savedUrl
  await app?.close()
  await mailbox?.close()
  restoreEnvironment()
})

let address = 0
/** A visitor at an address of their own, so that the limit on reports counts each test apart. */
const newAddress = () => `198.51.100.${++address}`

type Visit = { fields?: Record<string, string>; origin?: string; token?: string; address?: string; query?: string }

const visit = (lang: 'it' | 'en', { fields, origin = ORIGIN, token, address: from = newAddress(), query = '' }: Visit = {}) => {
  const url = new URL(`${lang === 'it' ? '/segnala-disservizio' : '/en/report-a-problem'}${query}`, ORIGIN)
  const headers = new Headers()
  if (fields) headers.set('origin', origin)
  if (token) headers.set('authorization', `JWT ${token}`)
  return {
    url,
    request: new Request(url, fields ? { method: 'POST', body: new URLSearchParams(fields), headers } : { headers }),
    clientAddress: from,
    cookies: {} as never,
    redirect: (to: string, status = 302) => new Response(null, { status, headers: { location: to } }),
  }
}

const report = (overrides: Record<string, string> = {}) => ({
  category: 'ente-conduct',
  subject: 'Cooperativa Il Girasole',
  description: 'L’operatrice non si è presentata martedì mattina e nessuno ci ha avvisato.',
  name: 'Giovanna Brambilla',
  email: `${unique('giovanna')}@famiglia.example`,
  ...overrides,
})

const send = (lang: 'it' | 'en', options: Visit) => pages.handleReportForm(visit(lang, options), lang)

const shown = <Page>(page: Page | Response): Page => {
  if (page instanceof Response) throw new Error(`expected a page, got a redirect to ${page.headers.get('location')}`)
  return page
}

const ticketCount = async () => (await app.payload.count({ collection: 'inefficiency-reports', overrideAccess: true })).totalDocs

const ticketByNumber = async (number: string): Promise<InefficiencyReport> =>
  (await app.payload.find({ collection: 'inefficiency-reports', where: { number: { equals: number } }, depth: 0, overrideAccess: true }))
    .docs[0]!

/** Files a report from the site and follows its redirect: the ticket's number. */
const fileFromSite = async (lang: 'it' | 'en', options: Visit) => {
  const response = await send(lang, options)
  if (!(response instanceof Response)) throw new Error(`not filed: ${JSON.stringify(response.errors)}`)
  expect(response.status).toBe(303)
  const location = new URL(response.headers.get('location')!, ORIGIN)
  return { location, number: location.searchParams.get('ticket')! }
}

const fileDirectly = (input: Partial<ReportInput> = {}, language: 'it' | 'en' = 'it', citizen?: string) =>
  fileInefficiencyReport(app.payload, {
    input: { ...report(), ...input } as ReportInput,
    language,
    address: newAddress(),
    citizen,
  })

const filed = async (input: Partial<ReportInput> = {}) => {
  const outcome = await fileDirectly(input)
  if (outcome.outcome !== 'filed') throw new Error('not filed')
  await runDueJobs(app.payload)
  return outcome
}

describe('reporting a disservice on the site', () => {
  it('gives a ticket number, e-mails the reporter a receipt in their language and tells WeMi’s inbox', async () => {
    const before = await ticketCount()
    const values = report({ email: `${unique('Giovanna')}@Famiglia.example` })
    const { location, number } = await fileFromSite('it', { fields: values })
    expect(location.pathname).toBe('/segnala-disservizio')
    expect(number).toMatch(new RegExp(`^D-${new Date().getFullYear()}-\\d{6}$`))
    expect(await ticketCount()).toBe(before + 1)
    const ticket = await ticketByNumber(number)
    expect(ticket).toMatchObject({
      status: 'new',
      category: 'ente-conduct',
      subject: values.subject,
      description: values.description,
      name: values.name,
      email: values.email.toLowerCase(),
      language: 'it',
    })
    expect(ticket.citizen ?? null).toBeNull()

    // The confirmation shows the number; a made-up "number" in the address is not repeated.
    const confirmation = shown(await pages.handleReportForm(visit('it', { query: location.search }), 'it'))
    expect(confirmation).toMatchObject({ sent: true, number })
    expect(shown(await pages.handleReportForm(visit('it', { query: '?sent=1&ticket=<b>hi</b>' }), 'it')).number).toBeNull()

    await runDueJobs(app.payload)
    const receipt = await mailbox.waitFor(values.email, /Segnalazione ricevuta/, 10_000)
    expect(receipt.subject).toBe(`Segnalazione ricevuta: ${number}`)
    expect(receipt.language).toBe('it')
    expect(receipt.text).toContain(values.description)
    expect(receipt.text).toContain('Il comportamento di un ente o di un operatore')
    const notice = await mailbox.waitFor(CITY_INBOX, new RegExp(number), 10_000)
    expect(notice.subject).toBe(`Nuova segnalazione di disservizio ${number}: Il comportamento di un ente o di un operatore`)
    expect(notice.text).toContain(values.email.toLowerCase())
    expect(notice.links.some((link) => link.endsWith(`/admin/collections/inefficiency-reports/${ticket.id}`))).toBe(true)

    // Numbers follow each other within the year.
    const next = await fileFromSite('en', { fields: report() })
    expect(Number(next.number.slice(-6))).toBe(Number(number.slice(-6)) + 1)
  })

  it('writes to an English reporter in English', async () => {
    const values = report({ category: 'website', description: 'The search page showed an error when I chose a district.' })
    const { number } = await fileFromSite('en', { fields: values })
    await runDueJobs(app.payload)
    const receipt = await mailbox.waitFor(values.email, /Report received/, 10_000)
    expect(receipt.subject).toBe(`Report received: ${number}`)
    expect(receipt.language).toBe('en')
    expect(receipt.text).toContain('The website or app')
  })

  it('fills in a signed-in citizen’s name and e-mail and links the ticket to their account', async () => {
    const citizen = fx.actors.citizen
    const page = shown(await pages.handleReportForm(visit('it', { token: citizen.token }), 'it'))
    expect(page).toMatchObject({ signedIn: true, values: { email: 'citizen1@test.example', name: 'Mario Rossi' } })
    const { number } = await fileFromSite('it', { fields: report({ email: 'citizen1@test.example' }), token: citizen.token })
    expect((await ticketByNumber(number)).citizen).toBe(fx.citizens.citizen1)
  })

  it('ties the report to the service it came from, when that service is public', async () => {
    const service = await app.payload.findByID({ collection: 'services', id: fx.services.publishedA, depth: 0 })
    const page = shown(await pages.handleReportForm(visit('it', { query: `?service=${service.slug}` }), 'it'))
    expect(page.service).toMatchObject({ slug: service.slug, title: service.title })
    const { number } = await fileFromSite('it', { fields: { ...report(), service: service.slug! } })
    expect((await ticketByNumber(number)).service).toBe(fx.services.publishedA)
    const hidden = await app.payload.findByID({ collection: 'services', id: fx.services.draftA, depth: 0 })
    const other = await fileFromSite('it', { fields: { ...report(), service: hidden.slug! } })
    expect((await ticketByNumber(other.number)).service ?? null).toBeNull()
  })

  it('limits how often one connection, and one e-mail address, may report: the next attempt is refused and nothing stored', async () => {
    const { attempts } = RATE_LIMITS.reportInefficiency.perAddress
    const from = newAddress()
    for (let n = 0; n < attempts; n += 1) await fileFromSite('it', { fields: report(), address: from })
    const before = await ticketCount()
    const refused = shown(await send('it', { fields: report(), address: from }))
    expect(refused.status).toBe(429)
    expect(refused.errors.form).toEqual({ text: expect.stringContaining('Troppi tentativi in poco tempo') })
    expect(refused.values.description).toBe(report().description)
    expect(await ticketCount()).toBe(before)

    const inbox = `${unique('bersaglio')}@famiglia.example`
    for (let n = 0; n < RATE_LIMITS.reportInefficiency.perAccount.attempts; n += 1)
      await fileFromSite('it', { fields: report({ email: inbox }) })
    const flooding = shown(await send('en', { fields: report({ email: inbox }) }))
    expect(flooding.status).toBe(429)
    expect(flooding.errors.form).toEqual({ text: expect.stringContaining('Too many attempts') })
    expect(await ticketCount()).toBe(before + RATE_LIMITS.reportInefficiency.perAccount.attempts)
  })
})

describe('bad input', () => {
  const bad = report({ category: 'ufo', description: 'Non va.', email: 'non-una-email' })

  it('names each wrong field in the reader’s language and stores nothing', async () => {
    const before = await ticketCount()
    const italian = shown(await send('it', { fields: bad }))
    expect(italian.status).toBe(400)
    expect(italian.errors).toEqual({
      category: 'errorChoice',
      description: { text: 'Descrivi il problema con almeno 20 caratteri (al massimo 2000).' },
      email: 'errorEmail',
    })
    expect(italian.values).toMatchObject({ description: 'Non va.', email: 'non-una-email' })
    const english = shown(await send('en', { fields: { ...bad, email: '' } }))
    expect(english.errors).toEqual({
      category: 'errorChoice',
      description: { text: 'Describe the problem in at least 20 characters (at most 2000).' },
      email: 'errorRequired',
    })
    const tooLong = shown(await send('it', { fields: report({ description: 'x'.repeat(2001), subject: 'y'.repeat(201) }) }))
    expect(Object.keys(tooLong.errors).sort()).toEqual(['description', 'subject'])
    // Every field the summary may name has a label, so that its link reads on its own.
    for (const lang of ['it', 'en'] as const)
      for (const field of pages.REPORT_FIELDS) expect(pages.reportLabels(lang)[field.name]).toMatch(/\S/)
    expect(await ticketCount()).toBe(before)
  })

  it('is checked by the server too, in the reporter’s language', async () => {
    const before = await ticketCount()
    const refused = await refusal(fileDirectly({ category: 'ufo', description: 'Breve.' }, 'en'))
    expect(refused.status).toBe(400)
    expect(refused.errors.map((error) => error.path).sort()).toEqual(['category', 'description'])
    expect(refused.message).not.toMatch(/non valid|campo/i)
    expect(await ticketCount()).toBe(before)
  })

  it('refuses a form posted from another site, and thanks a robot without storing anything', async () => {
    const before = await ticketCount()
    const foreign = shown(await send('it', { fields: report(), origin: 'https://evil.example' }))
    expect(foreign).toMatchObject({ status: 403, errors: { form: 'errorOrigin' } })
    const robot = await send('it', { fields: { ...report(), website: 'http://spam.example' } })
    expect(robot).toBeInstanceOf(Response)
    expect((robot as Response).headers.get('location')).toBe('/segnala-disservizio?sent=1')
    expect(await ticketCount()).toBe(before)
  })
})

const graphql = (actor: Actor, query: string) => app.rest('POST', '/api/graphql', { token: actor.token, body: { query } })

const rowOf = async (id: string) =>
  (
    await runSql<Record<string, unknown>>(
      app.payload,
      sql`SELECT status, description, email, reply, replied_at FROM inefficiency_reports WHERE id = ${id}`,
    )
  )[0]

describe('the tickets are WeMi’s alone', () => {
  it('refuses every other way of creating one, over REST and GraphQL', async () => {
    const before = await ticketCount()
    for (const actor of [fx.actors.anonymous, fx.actors.citizen, fx.actors.enteAdmin, fx.actors.editor, fx.actors.admin]) {
      const rest = await app.rest('POST', '/api/inefficiency-reports', { token: actor.token, body: report() })
      expect(rest.status).toBe(403)
      const created = await graphql(
        actor,
        `mutation { createInefficiencyReport(data: { category: website, description: "${'Descrizione abbastanza lunga.'}", email: "a@b.example" }) { id } }`,
      )
      expect(created.body.data?.createInefficiencyReport ?? null).toBeNull()
      expect(created.body.errors?.length).toBeGreaterThan(0)
    }
    expect(await ticketCount()).toBe(before)
  })

  it('lets no citizen, ente or editor read or change one, over REST or GraphQL', async () => {
    const { id } = await filed({ email: 'citizen1@test.example' })
    const before = await rowOf(id)
    for (const actor of [
      fx.actors.anonymous,
      fx.actors.citizen,
      fx.actors.enteAdmin,
      fx.actors.enteOperator,
      fx.actors.editor,
      fx.actors.operator,
    ]) {
      const list = await app.rest('GET', '/api/inefficiency-reports', { token: actor.token })
      expect(list.status).toBe(403)
      expect((await app.rest('GET', `/api/inefficiency-reports/${id}`, { token: actor.token })).status).toBe(403)
      const patched = await app.rest('PATCH', `/api/inefficiency-reports/${id}`, {
        token: actor.token,
        body: { status: 'closed', reply: 'Risolto', description: 'Riscritta da qualcun altro' },
      })
      expect(patched.status).toBe(403)
      expect((await app.rest('DELETE', `/api/inefficiency-reports/${id}`, { token: actor.token })).status).toBe(403)

      const read = await graphql(
        actor,
        `{ InefficiencyReports { docs { id email description } } InefficiencyReport(id: "${id}") { id email } }`,
      )
      expect(read.body.data?.InefficiencyReports?.docs ?? []).toEqual([])
      expect(read.body.data?.InefficiencyReport ?? null).toBeNull()
      const updated = await graphql(
        actor,
        `mutation { updateInefficiencyReport(id: "${id}", data: { status: closed, reply: "Risolto" }) { id } }`,
      )
      expect(updated.body.data?.updateInefficiencyReport ?? null).toBeNull()
    }
    expect(await rowOf(id)).toEqual(before)
    // The reporter's signed-in account gives no access to it either.
    expect(
      (await app.rest('GET', `/api/inefficiency-reports?where[email][equals]=citizen1@test.example`, { token: fx.actors.citizen.token }))
        .status,
    ).toBe(403)
  })
})

describe('WeMi handles a ticket', () => {
  const admin = () => fx.actors.admin
  const patch = (id: string, body: Record<string, unknown>, language: 'it' | 'en' = 'it') =>
    app.rest('PATCH', `/api/inefficiency-reports/${id}`, { token: admin().token, body, language })

  it('moves it only along the lifecycle: no answer without a reply, nothing after closing', async () => {
    const { id } = await filed()
    const noReply = await patch(id, { status: 'answered' })
    expect(noReply.status).toBe(400)
    expect(JSON.stringify(noReply.body)).toContain('Scrivi la risposta prima di segnare la segnalazione come «Risposta inviata»')
    const english = await patch(id, { status: 'answered', reply: '   ' }, 'en')
    expect(english.status).toBe(400)
    expect(JSON.stringify(english.body)).toContain('Write the reply before marking the report “Answered”')
    expect((await rowOf(id))!.status).toBe('new')

    expect((await patch(id, { status: 'closed' })).status).toBe(200)
    const reopened = await patch(id, { status: 'new' })
    expect(reopened.status).toBe(400)
    expect(JSON.stringify(reopened.body)).toContain('Non puoi passare da «Chiusa» a «Nuova».')
    const answered = await patch(id, { status: 'answered', reply: 'Troppo tardi' })
    expect(answered.status).toBe(400)
    expect(await rowOf(id)).toMatchObject({ status: 'closed', reply: null })

    const graphqlMove = await graphql(
      admin(),
      `mutation { updateInefficiencyReport(id: "${id}", data: { status: in_progress }) { id status } }`,
    )
    expect(graphqlMove.body.data?.updateInefficiencyReport ?? null).toBeNull()
    expect((await rowOf(id))!.status).toBe('closed')
  })

  it('answers by e-mail to the reporter, in their language, keeping what the reporter wrote as filed', async () => {
    const email = `${unique('reporter')}@famiglia.example`
    const outcome = await fileDirectly(
      { email, category: 'payments', description: 'Ho pagato due volte lo stesso preventivo il 3 marzo.' },
      'en',
    )
    if (outcome.outcome !== 'filed') throw new Error('not filed')
    await runDueJobs(app.payload)
    await mailbox.waitFor(email, /Report received/, 10_000)

    expect(
      (await patch(outcome.id, { status: 'in-progress', description: 'Riscritta dallo staff', email: 'altro@wemi.example' })).status,
    ).toBe(200)
    const reply = 'We have refunded the second payment: you will see it on your card within five working days.'
    const answered = await patch(outcome.id, { status: 'answered', reply })
    expect(answered.status).toBe(200)
    const ticket = await app.payload.findByID({ collection: 'inefficiency-reports', id: outcome.id, depth: 0 })
    expect(ticket).toMatchObject({
      status: 'answered',
      reply,
      repliedBy: fx.users.admin,
      email,
      description: 'Ho pagato due volte lo stesso preventivo il 3 marzo.',
    })
    expect(ticket.repliedAt).toBeTruthy()

    await runDueJobs(app.payload)
    const mail = await mailbox.waitFor(email, /Answer to your report/, 10_000)
    expect(mail.subject).toBe(`Answer to your report ${outcome.number}`)
    expect(mail.language).toBe('en')
    expect(mail.text).toContain(reply)

    expect((await patch(outcome.id, { status: 'closed' })).status).toBe(200)
    const trail = await runSql<{ action: string; changes: { status?: unknown } }>(
      app.payload,
      sql`SELECT action, changes FROM audit_log WHERE collection = 'inefficiency-reports' AND document_id = ${outcome.id} AND action = 'transition' ORDER BY created_at`,
    )
    expect(trail.map((entry) => entry.changes.status)).toEqual([
      { from: null, to: 'new' },
      { from: 'new', to: 'in-progress' },
      { from: 'in-progress', to: 'answered' },
      { from: 'answered', to: 'closed' },
    ])
  })
})

describe('erasing a citizen', () => {
  it('anonymises the reporter of their tickets and keeps what was reported', async () => {
    const email = `${unique('ottavio')}@privacy.example`
    const citizen = await app.payload.create({
      collection: 'citizens',
      data: { email, password: PASSWORD, firstName: 'Ottavio', lastName: 'Brambati', _verified: true } as never,
      disableVerificationEmail: true,
      depth: 0,
    })
    const signedIn = await fileDirectly({ email, name: 'Ottavio Brambati' }, 'it', String(citizen.id))
    const anonymous = await fileDirectly({
      email: email.toUpperCase(),
      name: 'O. Brambati',
      description: 'Lo sportello di via Padova era chiuso in orario di apertura.',
    })
    const other = await fileDirectly()
    if (signedIn.outcome !== 'filed' || anonymous.outcome !== 'filed' || other.outcome !== 'filed') throw new Error('not filed')

    const counts = await eraseCitizen(app.payload, String(citizen.id))
    expect(counts['inefficiency-reports']).toBe(2)
    for (const id of [signedIn.id, anonymous.id]) {
      const ticket = await app.payload.findByID({ collection: 'inefficiency-reports', id, depth: 0 })
      expect(ticket).toMatchObject({ email: ERASED_EMAIL, status: 'new' })
      expect([ticket.name ?? null, ticket.citizen ?? null]).toEqual([null, null])
      expect(ticket.description.length).toBeGreaterThanOrEqual(20)
    }
    const [hits] = await runSql<{ n: number }>(
      app.payload,
      sql`SELECT count(*)::int AS n FROM inefficiency_reports WHERE email ILIKE ${`%${email.split('@')[0]}%`} OR name ILIKE '%Brambati%'`,
    )
    expect(hits!.n).toBe(0)
    expect((await app.payload.findByID({ collection: 'inefficiency-reports', id: other.id, depth: 0 })).email).not.toBe(ERASED_EMAIL)

    // A queued e-mail about an erased reporter has nobody to go to.
    const sentBefore = mailbox.messages.length
    await runDueJobs(app.payload)
    expect(mailbox.messages.slice(sentBefore).filter((mail) => mail.to.includes(ERASED_EMAIL))).toEqual([])
  })
})
