import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { messages } from '../../lib/i18n/messages'
import { RATE_LIMITS } from '../../lib/rate-limits'
import { runSql } from '../../lib/sql'
import { localRequest } from '../../lib/transaction'
import { closePayload } from '../../server/instance'
import type { TestApp } from '../helpers/app'
import { refusal } from '../helpers/as'
import { createTestDatabase } from '../helpers/database'
import { type Actor, buildFixtures, type Fixtures } from '../helpers/fixtures'

/**
 * The page-clarity rating as the site stores it (site/src/lib/feedback.ts, on the site's own
 * Payload instance over this file's database), and every other door to the collection tried
 * and refused: REST and GraphQL writes by anyone, reads beyond each role's share.
 */
type Feedback = typeof import('../../site/src/lib/feedback')
let app: TestApp
let fx: Fixtures
let feedback: Feedback
const savedUrl = process.env.DATABASE_URL
const ORIGIN = 'http://localhost:4321'

beforeAll(async () => {
  const database = await createTestDatabase(inject('databaseServer'), inject('databaseRun'))
  process.env.DATABASE_URL = database.url
  app = await (await import('../helpers/app')).startTestApp(database)
  fx = await buildFixtures(app.payload, app.rest)
  feedback = await import('../../site/src/lib/feedback')
})
afterAll(async () => {
  await closePayload(await (await import('../../site/src/lib/payload')).payload())
  process.env.DATABASE_URL = savedUrl
  await app?.close()
})

let address = 0
/** A visitor at an address of their own, so that the limit counts each test apart. */
const visitor = () => `198.51.100.${++address}`

type Post = { json?: boolean; origin?: string; from?: string }

/** The rating form posted to its endpoint: by the component's script (JSON) unless told, from this site unless told. */
const post = async (fields: Record<string, string>, { json = true, origin = ORIGIN, from = visitor() }: Post = {}) => {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  const url = new URL('/valutazione', ORIGIN)
  const response = await feedback.handleFeedbackPost({
    url,
    request: new Request(url, { method: 'POST', body, headers: { origin, ...(json ? { accept: 'application/json' } : {}) } }),
    clientAddress: from,
    redirect: (to: string, status = 302) => new Response(null, { status, headers: { location: to } }),
  })
  const text = response.status >= 300 && response.status < 400 ? '' : await response.text()
  return { status: response.status, location: response.headers.get('location'), body: text ? JSON.parse(text) : null }
}

const rows = () =>
  runSql<{
    page: string
    page_title: string | null
    service_id: string | null
    organisation_id: string | null
    rating: string
    answer: string | null
    details: string | null
    language: string | null
  }>(
    app.payload,
    sql`SELECT page, page_title, service_id, organisation_id, rating, answer, details, language FROM page_feedback ORDER BY created_at, id`,
  )

const snapshot = async () =>
  (await runSql(app.payload, sql`SELECT * FROM page_feedback ORDER BY id`)).map((row) => JSON.stringify(row)).join('\n')

const idsOf = async (where: string) =>
  (await runSql<{ id: string }>(app.payload, sql.raw(`SELECT id FROM page_feedback WHERE ${where} ORDER BY id`))).map((row) => row.id)

describe('rating a page on the site', () => {
  it('stores the stars, the answer and the details of a content page, with its path and title, and thanks in the page’s language', async () => {
    const sent = await post({
      page: '/notizie?pagina=2',
      title: 'Notizie',
      lang: 'it',
      rating: '2',
      answer: 'unclear',
      details: 'Non trovo le date degli eventi.',
    })
    expect(sent).toMatchObject({ status: 200, body: { sent: true, message: 'Grazie, il tuo parere ci aiuterà a migliorare il servizio!' } })
    expect((await rows()).at(-1)).toEqual({
      page: '/notizie',
      page_title: 'Notizie',
      service_id: null,
      organisation_id: null,
      rating: '2',
      answer: 'unclear',
      details: 'Non trovo le date degli eventi.',
      language: 'it',
    })

    const english = await post({ page: '/en/faq', title: 'Frequently asked questions', lang: 'en', rating: '5' })
    expect(english).toMatchObject({ status: 200, body: { message: 'Thank you, your opinion will help us improve the service!' } })
    expect((await rows()).at(-1)).toMatchObject({ page: '/en/faq', rating: '5', answer: null, details: null, language: 'en' })
  })

  it('links a service page’s rating to the service and its own organisation, whatever the form says, and sends a plain post back to the form', async () => {
    const sent = await post(
      {
        page: `/servizi/assistenza-pubblicata-a?q=badante&feedback=error`,
        title: 'Assistenza pubblicata A',
        lang: 'it',
        service: fx.services.publishedA,
        organisation: fx.organisations.orgB,
        rating: '4',
      },
      { json: false },
    )
    expect(sent.status).toBe(303)
    expect(sent.location).toBe('/servizi/assistenza-pubblicata-a?q=badante&feedback=sent#feedback')
    expect((await rows()).at(-1)).toMatchObject({
      page: '/servizi/assistenza-pubblicata-a',
      service_id: fx.services.publishedA,
      organisation_id: fx.organisations.orgA,
      rating: '4',
    })

    // The collection derives it too, for any write that reaches it.
    const direct = await app.payload.create({
      collection: 'page-feedback',
      data: { page: '/servizi/assistenza-pubblicata-b', rating: 5, service: fx.services.publishedB, organisation: fx.organisations.orgA },
      depth: 0,
    })
    expect(direct.organisation).toBe(fx.organisations.orgB)
  })

  it('refuses bad input with the reason in the page’s language, and stores nothing', async () => {
    const before = await snapshot()
    const valid = { page: '/domande-frequenti', title: 'Domande frequenti', lang: 'it', rating: '3' }
    const refused = async (fields: Record<string, string>, errors: Record<string, string>) => {
      const answer = await post({ ...valid, ...fields })
      expect(answer, JSON.stringify(fields)).toEqual({ status: 400, location: null, body: { errors } })
    }
    const stars = { rating: 'Scegli da 1 a 5 stelle.' }
    await refused({ rating: '0' }, stars)
    await refused({ rating: '6' }, stars)
    await refused({ rating: '2.5' }, stars)
    await refused({ rating: '' }, stars)
    const mismatch = { answer: messages.feedbackAnswerMismatch.it }
    await refused({ rating: '5', answer: 'unclear' }, mismatch)
    await refused({ rating: '1', answer: 'clear' }, mismatch)
    await refused({ rating: '4', answer: 'excellent' }, mismatch)
    const page = { page: 'Questa pagina non si può valutare.' }
    for (const foreign of [
      'https://elsewhere.example/notizie',
      '//elsewhere.example/notizie',
      '/\\elsewhere.example',
      'notizie',
      '/api/users',
      '/admin',
    ])
      await refused({ page: foreign }, page)
    await refused({ page: `/${'a'.repeat(400)}` }, page)
    await refused({ details: 'x'.repeat(201) }, { details: 'I dettagli possono avere al massimo 200 caratteri.' })
    const service = { service: 'Il servizio valutato non è pubblicato.' }
    await refused({ service: '00000000-0000-4000-8000-000000000000' }, service)
    await refused({ service: fx.services.draftA }, service)
    await refused({ service: 'not-an-id' }, service)

    const english = await post({ ...valid, lang: 'en', rating: '7', answer: 'clear', details: 'y'.repeat(250) })
    expect(english.body.errors).toEqual({ rating: 'Choose from 1 to 5 stars.', details: 'The details can be 200 characters at most.' })

    // A plain post comes back to its page with the error shown at the form.
    const plain = await post({ ...valid, page: '/domande-frequenti', rating: '9' }, { json: false })
    expect(plain).toMatchObject({ status: 303, location: '/domande-frequenti?feedback=error#feedback' })

    // The collection refuses an answer that does not fit, in the request's language, whoever writes.
    const mismatched = await refusal(
      app.payload.create({
        collection: 'page-feedback',
        data: { page: '/notizie', rating: 5, answer: 'technical-problems' },
        req: await localRequest(app.payload, { language: 'en' }),
      }),
    )
    expect(mismatched).toMatchObject({ status: 400, errors: [{ path: 'answer', message: messages.feedbackAnswerMismatch.en }] })
    expect(await snapshot()).toBe(before)
  })

  it('refuses a form posted from another site and stores nothing', async () => {
    const before = await snapshot()
    const answer = await post({ page: '/notizie', lang: 'en', rating: '5' }, { origin: 'https://elsewhere.example' })
    expect(answer).toMatchObject({ status: 403, body: { errors: { form: 'The form was not sent from this site.' } } })
    expect(await snapshot()).toBe(before)
  })

  it('limits how often one connection may rate', async () => {
    const { attempts } = RATE_LIMITS.rateAPage.perAddress
    const from = visitor()
    const statuses: number[] = []
    for (let attempt = 0; attempt <= attempts; attempt += 1)
      statuses.push((await post({ page: '/', lang: 'it', rating: '4' }, { from })).status)
    expect(statuses).toEqual([...Array(attempts).fill(200), 429])
    const refused = await post({ page: '/', lang: 'it', rating: '4' }, { from })
    expect(refused.body.errors.form).toBe('Hai già inviato diverse valutazioni nell’ultima ora: riprova più tardi.')
    expect((await post({ page: '/', lang: 'it', rating: '4' })).status).toBe(200)
  })
})

describe('the collection’s other doors', () => {
  const graphql = (actor: Actor, query: string) => app.rest('POST', '/api/graphql', { token: actor.token, body: { query } })

  it('takes no rating from anyone through REST or GraphQL', async () => {
    const before = await snapshot()
    const data = { page: '/notizie', rating: 5, service: fx.services.publishedB }
    const actors = [fx.actors.anonymous, fx.actors.citizen, fx.actors.enteAdmin, fx.actors.editor, fx.actors.admin]
    for (const actor of actors) {
      expect((await app.rest('POST', '/api/page-feedback', { token: actor.token, body: data })).status).toBe(403)
      const created = await graphql(actor, `mutation { createPageFeedback(data: { page: "/notizie", rating: 5 }) { id } }`)
      expect(created.body.data?.createPageFeedback ?? null).toBeNull()
      expect(created.body.errors[0].extensions.statusCode).toBe(403)
    }
    expect(await snapshot()).toBe(before)
  })

  it('shows citizens and visitors nothing, and an ente administrator only its own services’ ratings', async () => {
    const onA = await idsOf(`organisation_id = '${fx.organisations.orgA}'`)
    const onB = await idsOf(`organisation_id = '${fx.organisations.orgB}'`)
    const all = await idsOf('true')
    expect(onA.length).toBeGreaterThan(0)
    expect(onB.length).toBeGreaterThan(0)

    for (const actor of [fx.actors.anonymous, fx.actors.citizen, fx.actors.enteOperator, fx.actors.operator]) {
      expect((await app.rest('GET', '/api/page-feedback', { token: actor.token })).status).toBe(403)
      expect((await app.rest('GET', `/api/page-feedback/${onA[0]}`, { token: actor.token })).status).toBe(403)
      const read = await graphql(actor, `{ allPageFeedback: PageFeedbacks { docs { id } } }`)
      expect(read.body.data?.allPageFeedback ?? null).toBeNull()
      expect(read.body.errors[0].extensions.statusCode).toBe(403)
    }

    const listed = async (actor: Actor, query = '') =>
      ((await app.rest('GET', `/api/page-feedback?limit=1000&depth=0${query}`, { token: actor.token })).body.docs as { id: string }[])
        .map((doc) => doc.id)
        .sort()
    expect(await listed(fx.actors.admin)).toEqual(all)
    expect(await listed(fx.actors.editor)).toEqual(all)
    expect(await listed(fx.actors.enteAdmin)).toEqual(onA)
    expect(await listed(fx.extraActors.enteAdminB)).toEqual(onB)
    expect(await listed(fx.actors.enteAdmin, `&where[organisation][equals]=${fx.organisations.orgB}`)).toEqual([])
    expect(await listed(fx.actors.enteAdmin, `&where[service][equals]=${fx.services.publishedB}`)).toEqual([])
    expect((await app.rest('GET', `/api/page-feedback/${onB[0]}`, { token: fx.actors.enteAdmin.token })).status).toBe(404)

    const throughGraphql = await graphql(
      fx.actors.enteAdmin,
      `{ PageFeedbacks(where: { organisation: { equals: "${fx.organisations.orgB}" } }, limit: 1000) { docs { id } } }`,
    )
    expect(throughGraphql.body.data.PageFeedbacks.docs).toEqual([])
    const ownThroughGraphql = await graphql(fx.actors.enteAdmin, `{ PageFeedbacks(limit: 1000) { docs { id } } }`)
    expect(ownThroughGraphql.body.data.PageFeedbacks.docs.map((doc: { id: string }) => doc.id).sort()).toEqual(onA)
  })

  it('lets nobody change a rating, and only WeMi administrators delete one', async () => {
    const [id] = await idsOf(`organisation_id = '${fx.organisations.orgA}'`)
    const before = await snapshot()
    for (const actor of [fx.actors.anonymous, fx.actors.citizen, fx.actors.enteAdmin, fx.actors.editor, fx.actors.admin]) {
      expect(
        (await app.rest('PATCH', `/api/page-feedback/${id}`, { token: actor.token, body: { rating: 1, details: 'cambiato' } })).status,
      ).toBe(403)
      const updated = await graphql(actor, `mutation { updatePageFeedback(id: "${id}", data: { rating: 1 }) { id } }`)
      expect(updated.body.data?.updatePageFeedback ?? null).toBeNull()
      expect(updated.body.errors[0].extensions.statusCode).toBe(403)
    }
    for (const actor of [fx.actors.citizen, fx.actors.enteAdmin, fx.actors.editor])
      expect((await app.rest('DELETE', `/api/page-feedback/${id}`, { token: actor.token })).status).toBe(403)
    expect(await snapshot()).toBe(before)

    expect((await app.rest('DELETE', `/api/page-feedback/${id}`, { token: fx.actors.admin.token })).status).toBe(200)
    expect(await idsOf(`id = '${id}'`)).toEqual([])
  })
})
