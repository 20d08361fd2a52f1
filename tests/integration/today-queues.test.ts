import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addDays, endOfDay, startOfDay, today } from '../../lib/dates'
import { CITY_TIME_ZONE } from '../../seed/cities'
import { runSql } from '../../lib/sql'
import { startTestApp, type TestApp } from '../helpers/app'
import { buildFixtures, lexical, PASSWORD, reviewedRequest, type Actor, type Fixtures } from '../helpers/fixtures'
import { act, dayFromNow, quoteInput, sendRequest } from '../helpers/marketplace'
import { as } from '../helpers/as'
import { dashboardTiles, type Tile } from '../helpers/today-queues'
import { applicationInput, buildCareWork, sendApplication } from '../helpers/care-work'
import { unique } from '../helpers/identifiers'
import { paidThread } from '../helpers/visits'

/**
 * The dashboard's "to do today": each role sees its own queues, counted with its own access,
 * each linking to the list filtered to it, and an ente its rating.
 */
let app: TestApp
let fx: Fixtures
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})
afterAll(async () => app?.close())

const queuesOf = (actor: Actor, language = 'it') => dashboardTiles(app.payload, actor, language)

const shown = (label: string, figure: string, href?: string): Tile => ({ figure, label, ...(href ? { href } : {}) })
const tile = (tiles: Tile[] | null, label: string) => tiles?.find((candidate) => candidate.label === label)
const countOn = async (actor: Actor, label: string) => Number(tile(await queuesOf(actor), label)?.figure)
const labelsAndFigures = (tiles: Tile[] | null) => tiles?.map(({ label, figure }) => [label, figure])

/** The list a tile links to, read over REST with the person's own token as the admin's list view reads it. */
const listTotal = async (actor: Actor, href: string, drafts = false) => {
  const [path, query] = href.replace('/admin/collections/', '/api/').split('?')
  const response = await app.rest('GET', `${path}?${query}&limit=100&depth=0${drafts ? '&draft=true' : ''}`, { token: actor.token })
  expect(response.status, href).toBe(200)
  return response.body.totalDocs as number
}

/**
 * A new version of a thread's quote, written as the lifecycle's recordQuote does: the old one
 * superseded and kept, the thread pointing at the new one.
 */
const replaceQuote = async (thread: string, previous: unknown, validUntil: string) => {
  const old = await app.payload.findByID({ collection: 'quotes', id: String(previous), depth: 0 })
  const { thread: own, citizen, organisation, amountCents, periodStart, periodEnd } = old
  const quote = await app.payload.create({
    collection: 'quotes',
    data: { thread: own, citizen, organisation, amountCents, periodStart, periodEnd, validUntil },
    depth: 0,
  })
  await app.payload.update({ collection: 'quotes', id: old.id, data: { supersededAt: new Date().toISOString() }, depth: 0 })
  await runSql(app.payload, sql`UPDATE threads SET quote_id = ${quote.id} WHERE id = ${thread}`)
}

const workflow = (actor: Actor, id: string, body: Record<string, unknown>) =>
  app.rest('POST', `/api/services/${id}/workflow`, { token: actor.token, body })

/** A staff member or citizen made for one test, signed in over REST. */
const signedIn = async (collection: 'users' | 'citizens', data: Record<string, unknown>): Promise<Actor> => {
  const email = `${unique(collection)}@test.example`
  const doc = await app.payload.create({
    collection,
    data: { email, password: PASSWORD, ...data } as never,
    depth: 0,
    disableVerificationEmail: true,
  })
  const login = await app.rest('POST', `/api/${collection}/login`, { body: { email, password: PASSWORD } })
  expect(login.status).toBe(200)
  return { user: { ...doc, collection }, token: login.body.token }
}

const ADMIN_LABELS = [
  'Servizi in attesa di validazione',
  'Enti in attesa di accreditamento',
  'Recensioni da moderare',
  'Richieste contestate da risolvere',
  'Bisogni segnalati da esaminare',
  'Segnalazioni di disservizio a cui rispondere',
  'Importazioni di voucher fatte oggi',
  'Gruppi condivisi in formazione',
]

describe('what to do today', () => {
  it('shows WeMi what waits for its decision, with links to the filtered lists', async () => {
    expect((await workflow(fx.actors.enteAdmin, fx.services.draftA, { action: 'submit' })).status).toBe(200)
    const tiles = await queuesOf(fx.actors.admin)
    expect(tiles?.map(({ label }) => label)).toEqual(ADMIN_LABELS)
    expect(tile(tiles, 'Servizi in attesa di validazione')).toEqual(
      shown('Servizi in attesa di validazione', '1', '/admin/collections/services?where%5Bvalidation.status%5D%5Bequals%5D=submitted'),
    )
    expect(tile(tiles, 'Enti in attesa di accreditamento')).toMatchObject({
      figure: '1',
      href: '/admin/collections/organisations?where%5Baccreditation.status%5D%5Bequals%5D=submitted',
    })
    expect(tile(tiles, 'Recensioni da moderare')?.figure).toBe('0')
    expect(tile(tiles, 'Richieste contestate da risolvere')?.figure).toBe('0')
  })

  it('shows WeMi the disputed requests and the reported needs nobody has examined yet', async () => {
    // A request paid, delivered and then contested by its resident; another only paid.
    const { enteAdminB, citizen2 } = fx.extraActors
    const contested = await paidThread(app.payload, citizen2, enteAdminB, fx.services.publishedB, fx.districts.d1)
    await paidThread(app.payload, fx.actors.citizen, enteAdminB, fx.services.publishedB, fx.districts.d1)
    await act(app.payload, enteAdminB, contested, 'deliver')
    await act(app.payload, citizen2, contested, 'dispute', { reason: 'L’operatrice non è mai venuta.' })

    // The fixture's need is unexamined; one more is, one is examined, and one predates the checkbox.
    const need = async (description: string, reviewed: boolean) =>
      String((await app.payload.create({ collection: 'reported-needs', data: { description, reviewed }, depth: 0 })).id)
    await need('Accompagnamento in piscina', false)
    await need('Pasti senza glutine', true)
    const unmarked = await need('Lezioni di italiano per badanti', false)
    await runSql(app.payload, sql`UPDATE reported_needs SET reviewed = NULL WHERE id = ${unmarked}`)

    const tiles = await queuesOf(fx.actors.admin)
    expect(tile(tiles, 'Richieste contestate da risolvere')).toEqual(
      shown('Richieste contestate da risolvere', '1', '/admin/collections/threads?where%5Bstatus%5D%5Bequals%5D=disputed'),
    )
    expect(tile(tiles, 'Bisogni segnalati da esaminare')).toEqual(
      shown('Bisogni segnalati da esaminare', '3', '/admin/collections/reported-needs?where%5Breviewed%5D%5Bnot_equals%5D=true'),
    )
    for (const { figure, href } of tiles!)
      expect(await listTotal(fx.actors.admin, href!, href!.includes('services')), href).toBe(Number(figure))
    // The ente whose request is contested does not see WeMi's queues.
    expect((await queuesOf(fx.extraActors.enteAdminB))?.map(({ label }) => label)).not.toContain('Richieste contestate da risolvere')
  })

  it('shows an ente its own requests, plans and services sent back, never another ente’s', async () => {
    const both = await sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA, fx.services.publishedB], fx.districts.d1)
    const onlyA = await sendRequest(app.payload, fx.extraActors.citizen2, [fx.services.publishedA], fx.districts.d1)
    const { quote } = await act(app.payload, fx.actors.enteAdmin, onlyA.threads[0]!.id, 'quote', quoteInput())
    await act(app.payload, fx.extraActors.citizen2, onlyA.threads[0]!.id, 'accept', { quote })
    expect(both.threads).toHaveLength(2)

    const before = await queuesOf(fx.actors.enteAdmin)
    expect(labelsAndFigures(before)).toEqual([
      ['Richieste in attesa di preventivo', '1'],
      ['Preventivi che scadono entro dopodomani', '0'],
      ['Gruppi da confermare', '0'],
      ['Preventivi accettati da pianificare', '1'],
      ['Visite di oggi', '0'],
      ['Servizi rimandati per correzioni', '0'],
      ['Valutazione del tuo ente', 'Nessuna recensione'],
    ])
    expect(tile(before, 'Richieste in attesa di preventivo')?.href).toBe('/admin/collections/threads?where%5Bstatus%5D%5Bequals%5D=sent')
    expect(await countOn(fx.extraActors.enteAdminB, 'Richieste in attesa di preventivo')).toBe(1)

    await workflow(fx.actors.admin, fx.services.draftA, { action: 'request-changes', comment: 'Manca il prezzo del sabato.' })
    expect(await countOn(fx.actors.enteAdmin, 'Servizi rimandati per correzioni')).toBe(1)
    expect(await countOn(fx.extraActors.enteAdminB, 'Servizi rimandati per correzioni')).toBe(0)
    expect(await countOn(fx.actors.admin, 'Servizi in attesa di validazione')).toBe(0)
  })

  it('counts an ente’s quotes whose current version expires by the day after tomorrow, and links to exactly those', async () => {
    const quoted = async (citizen: Actor, service: string, ente: Actor, validUntil: string) => {
      const { threads } = await sendRequest(app.payload, citizen, [service], fx.districts.d1)
      const thread = threads[0]!.id
      const { quote } = await act(app.payload, ente, thread, 'quote', quoteInput({ validUntil }))
      return { thread, quote }
    }
    const { citizen, enteAdmin } = fx.actors
    const { enteAdminB, citizen2 } = fx.extraActors
    await quoted(citizen, fx.services.publishedA, enteAdmin, dayFromNow(0))
    await quoted(citizen2, fx.services.publishedA, enteAdmin, dayFromNow(2))
    // Not counted: valid three more days, requoted with a later day, already accepted, and another ente's.
    await quoted(citizen, fx.services.publishedA, enteAdmin, dayFromNow(3))
    const requoted = await quoted(citizen2, fx.services.publishedA, enteAdmin, dayFromNow(1))
    await replaceQuote(requoted.thread, requoted.quote, dayFromNow(10))
    const accepted = await quoted(citizen, fx.services.publishedA, enteAdmin, dayFromNow(1))
    await act(app.payload, citizen, accepted.thread, 'accept', { quote: accepted.quote })
    await quoted(citizen2, fx.services.publishedB, enteAdminB, dayFromNow(1))

    const label = 'Preventivi che scadono entro dopodomani'
    const day = today(CITY_TIME_ZONE)
    const expiring = tile(await queuesOf(enteAdmin), label)
    expect(expiring).toEqual({
      figure: '2',
      label,
      href:
        '/admin/collections/threads?where%5Band%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=quoted' +
        `&where%5Band%5D%5B1%5D%5Band%5D%5B0%5D%5Bquote.validUntil%5D%5Bgreater_than_equal%5D=${encodeURIComponent(`${day}T00:00:00.000Z`)}` +
        `&where%5Band%5D%5B1%5D%5Band%5D%5B1%5D%5Bquote.validUntil%5D%5Bless_than_equal%5D=${encodeURIComponent(`${addDays(day, 2)}T00:00:00.000Z`)}`,
    })
    // The list behind the link holds the same threads, with each ente's own access.
    expect(await listTotal(enteAdmin, expiring!.href!)).toBe(2)
    expect(await countOn(fx.actors.enteOperator, label)).toBe(2)
    expect(await countOn(enteAdminB, label)).toBe(1)
    expect(await listTotal(enteAdminB, expiring!.href!)).toBe(1)
  })

  it('shows an ente its published rating the Italian way, leading its administrator to its reviews', async () => {
    const { orgA, orgB } = fx.organisations
    await app.payload.update({ collection: 'organisations', id: orgA, data: { rating: { average: 4.6, count: 12 } }, depth: 0 })
    const rating = 'Valutazione del tuo ente'
    expect(tile(await queuesOf(fx.actors.enteAdmin), rating)).toEqual(
      shown(rating, '4,6 su 5 · 12 recensioni', `/admin/collections/reviews?where%5Borganisation%5D%5Bequals%5D=${orgA}`),
    )
    // The home-care operator reads it but has no reviews list to open.
    expect(tile(await queuesOf(fx.actors.enteOperator), rating)).toEqual(shown(rating, '4,6 su 5 · 12 recensioni'))
    expect(tile(await queuesOf(fx.actors.enteAdmin, 'en'), 'Your organisation’s rating')?.figure).toBe('4.6 out of 5 · 12 reviews')

    // One review, published by WeMi: scores 5, 4 and 4 make 4.33, written with one decimal.
    const { review } = await reviewedRequest(
      app.payload,
      fx.extraActors.citizen2,
      fx.extraActors.enteAdminB,
      fx.services.publishedB,
      fx.districts.d1,
    )
    await app.payload.update({ collection: 'reviews', id: review, data: { status: 'published' }, ...as(fx.actors.admin) })
    const own = tile(await queuesOf(fx.extraActors.enteAdminB), rating)
    expect(own).toEqual(shown(rating, '4,3 su 5 · 1 recensione', `/admin/collections/reviews?where%5Borganisation%5D%5Bequals%5D=${orgB}`))
    expect(await listTotal(fx.extraActors.enteAdminB, own!.href!)).toBe(1)
    expect(tile(await queuesOf(fx.actors.enteAdmin), rating)?.figure).toBe('4,6 su 5 · 12 recensioni')
  })

  it('shows an ente’s operator the visits, requests and rating but not the services, and a desk its day, in English too', async () => {
    const operatorTiles = await queuesOf(fx.actors.enteOperator)
    // The visits list is the ente's log: its operator works from the day of their own visits.
    expect(tile(operatorTiles, 'Visite di oggi')?.href).toBe('/admin/visite')
    expect(tile(await queuesOf(fx.actors.enteAdmin), 'Visite di oggi')?.href).toMatch(/^\/admin\/collections\/visits\?/)
    expect(operatorTiles?.map(({ label }) => label)).toEqual([
      'Richieste in attesa di preventivo',
      'Preventivi che scadono entro dopodomani',
      'Gruppi da confermare',
      'Preventivi accettati da pianificare',
      'Visite di oggi',
      'Valutazione del tuo ente',
    ])
    const desk = await queuesOf(fx.actors.operator, 'en')
    expect(labelsAndFigures(desk)).toEqual([
      ['Today’s appointments at the desk', '0'],
      ['Citizens helped at the desk this week', '0'],
    ])
    expect(desk?.[0]?.href).toMatch(/^\/admin\/collections\/appointments\?where%5Band%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=booked&/)
  })

  it('shows a desk operator the different citizens helped by the desk or by them this week, Monday to Sunday in the city', async () => {
    const operator = fx.actors.operator
    const colleague = await signedIn('users', { name: 'Collega di sportello', roles: ['operator'], desk: fx.desks.closed })
    const elsewhere = await signedIn('users', { name: 'Operatrice altrove', roles: ['operator'], desk: fx.desks.open })
    const third = await signedIn('citizens', { firstName: 'Anna', lastName: 'Verdi', _verified: true })
    const fourth = await signedIn('citizens', { firstName: 'Paolo', lastName: 'Neri', _verified: true })

    const day = today(CITY_TIME_ZONE)
    const monday = addDays(day, -((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7))
    const weekStart = startOfDay(monday, CITY_TIME_ZONE).getTime()
    const weekEnd = endOfDay(addDays(monday, 6), CITY_TIME_ZONE).getTime()
    /** An assistance opened by a desk operator, then dated as if opened at `moment`. */
    const helped = async (by: Actor, citizen: Actor, moment?: number) => {
      const { id } = await app.payload.create({
        collection: 'assistances',
        data: { citizen: citizen.user!.id, reason: 'Aiuto a inviare una richiesta.', citizenAgreed: true } as never,
        ...as(by),
      })
      if (moment !== undefined) {
        await runSql(app.payload, sql`UPDATE assistances SET opened_at = ${new Date(moment).toISOString()} WHERE id = ${id}`)
      }
    }
    // Counted: the first citizen twice (once at the very start of the week), the second at its very end, a third by a colleague.
    await helped(operator, fx.actors.citizen)
    await helped(operator, fx.actors.citizen, weekStart)
    await helped(operator, fx.extraActors.citizen2, weekEnd)
    await helped(colleague, third)
    // Not counted: the fourth citizen helped the moment before the week, the moment after it, and at another desk.
    await helped(operator, fourth, weekStart - 1)
    await helped(operator, fourth, weekEnd + 1)
    await helped(elsewhere, fourth)

    const label = 'Cittadini aiutati allo sportello questa settimana'
    const tiles = await queuesOf(operator)
    expect(tile(tiles, label)?.figure).toBe('3')
    expect(tile(tiles, label)?.href).toMatch(
      /^\/admin\/collections\/assistances\?where%5Band%5D%5B0%5D%5Bor%5D%5B0%5D%5Boperator%5D%5Bequals%5D=/,
    )
    // The list behind it has every assistance of those citizens this week: four, for three people.
    expect(await listTotal(operator, tile(tiles, label)!.href!)).toBe(4)
    expect(await countOn(colleague, label)).toBe(3)
    expect(await countOn(elsewhere, label)).toBe(1)
  })

  it('shows an editor the drafts and the scheduled pages, news and questions, not what is already public', async () => {
    const { editor } = fx.actors
    const now = Date.now()
    const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString()
    // A published page with a newer draft is a draft; a draft dated in the future is not scheduled.
    await app.payload.update({
      collection: 'pages',
      id: fx.pages.published,
      data: { title: 'Chi siamo (nuova versione)' },
      draft: true,
      depth: 0,
    })
    await app.payload.create({
      collection: 'pages',
      data: { title: 'Bozza per domani', content: lexical('Domani.'), publishedAt: at(24 * 60), _status: 'draft' } as never,
      draft: true,
      depth: 0,
    })
    const faq = (question: string, publishedAt: string) =>
      app.payload.create({
        collection: 'faqs',
        data: { question, answer: lexical(question), topic: 'general', publishedAt, _status: 'published' } as never,
        depth: 0,
      })
    await faq('Si paga allo sportello?', at(60))
    await faq('Posso cambiare ente?', at(-1))

    const tiles = await queuesOf(editor)
    expect(labelsAndFigures(tiles)).toEqual([
      ['Pagine in bozza', '3'],
      ['Notizie in bozza', '1'],
      ['Domande frequenti in bozza', '1'],
      ['Pagine programmate', '1'],
      ['Notizie programmate', '1'],
      ['Domande frequenti programmate', '1'],
    ])
    expect(tile(tiles, 'Pagine in bozza')?.href).toBe('/admin/collections/pages?where%5B_status%5D%5Bequals%5D=draft')
    expect(tile(tiles, 'Domande frequenti programmate')?.href).toMatch(
      /^\/admin\/collections\/faqs\?where%5Band%5D%5B0%5D%5B_status%5D%5Bequals%5D=published&where%5Band%5D%5B1%5D%5BpublishedAt%5D%5Bgreater_than%5D=/,
    )
    for (const { figure, href } of tiles!) expect(await listTotal(editor, href!, true), href).toBe(Number(figure))
    expect(labelsAndFigures(await queuesOf(editor, 'en'))?.[3]).toEqual(['Scheduled pages', '1'])
  })

  it('shows nothing to a resident', async () => {
    expect(await queuesOf(fx.actors.citizen)).toBeNull()
  })

  it('shows care-work staff, and only them, the workers to assess, the families to match and the jobs created this year', async () => {
    const care = await buildCareWork(app.payload, app.rest, fx)
    await sendApplication(app.payload, fx.extraActors.citizen2, applicationInput([fx.districts.d1], fx.districts.d1))
    const labels = [
      'Candidature di lavoratori da valutare',
      'Richieste di famiglie da abbinare',
      'Assunzioni (posti di lavoro creati) quest’anno',
    ]
    const counts = async () => {
      const tiles = await queuesOf(care.careStaff)
      return labels.map((label) => tile(tiles, label)?.figure)
    }
    expect(await counts()).toEqual(['1', '1', '0'])
    for (const [actor, status] of [
      [fx.actors.citizen, 'to-meet'],
      [care.worker, 'meeting-accepted'],
      [fx.actors.citizen, 'hired'],
    ] as const)
      await app.payload.update({ collection: 'care-proposals', id: care.proposal, data: { status }, ...as(actor) })
    expect(await counts()).toEqual(['1', '0', '1'])
    expect(tile(await queuesOf(care.careStaff), labels[0]!)?.href).toBe(
      '/admin/collections/worker-applications?where%5Bstatus%5D%5Bin%5D%5B0%5D=submitted&where%5Bstatus%5D%5Bin%5D%5B1%5D=interview-booked',
    )
    // An administrator without the permission sees none of it.
    const plain = (await queuesOf(fx.actors.admin))?.map(({ label }) => label) ?? []
    expect(plain).toEqual(ADMIN_LABELS)
  })
})
