import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { type IoMessage, type LocalAppIo, startLocalAppIo } from '../../dev/app-io'
import { personalCheckCharacter } from '../../lib/fiscal'
import { runDueJobs } from '../../lib/jobs'
import { publicUrl, requestPath } from '../../lib/links'
import { runSql } from '../../lib/sql'
import { startTestApp, type TestApp } from '../helpers/app'
import { as, refusal } from '../helpers/as'
import { runJobsAtMoment } from '../helpers/clock'
import { buildFixtures, type Fixtures, TAX_CODES } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'
import { act, quoteInput, sendRequest, threadOf } from '../helpers/marketplace'

/**
 * A resident who never opens e-mail reads WeMi's main notices in App IO. They go through IO's
 * public API as IO documents it (profile check, then message), here to the local stand-in on
 * loopback, which keeps IO's rules: its key, its codice fiscale check, its limits on a message.
 */
let app: TestApp
let fx: Fixtures
let io: LocalAppIo
const API_KEY = 'chiave-del-servizio-wemi'
const UNPROVEN_CODE = `VRDPLA80A01F205${personalCheckCharacter('VRDPLA80A01F205')}`
const MINUTE = 60_000

beforeAll(async () => {
  io = await startLocalAppIo({ apiKey: API_KEY })
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})
afterAll(async () => {
  await app?.close()
  await io?.close()
  delete process.env.APP_IO_API_KEY
  delete process.env.APP_IO_API_URL
})
beforeEach(() => {
  Object.assign(process.env, { APP_IO_API_KEY: API_KEY, APP_IO_API_URL: io.url })
  io.setProfile(TAX_CODES.citizen1, { senderAllowed: true })
  io.setProfile(TAX_CODES.citizen2, { senderAllowed: true })
})

const messagesTo = (fiscalCode: string): IoMessage[] => io.messages.filter((message) => message.fiscalCode === fiscalCode)

const recordsOf = (citizen: string) =>
  runSql<{ notice: string; status: string; attempts: string; io_id: string | null; error: string | null }>(
    app.payload,
    sql`SELECT notice, status, attempts, io_id, error FROM io_messages WHERE citizen_id = ${citizen} ORDER BY created_at`,
  )

/** A citizen sends a request to ente A, which quotes for it: the notice "quote received". */
const quoteFor = async (citizen = fx.actors.citizen) => {
  const { request, threads } = await sendRequest(app.payload, citizen, [fx.services.publishedA], fx.districts.d1)
  const thread = threads[0]!.id
  await act(app.payload, fx.actors.enteAdmin, thread, 'quote', quoteInput())
  return { request, thread }
}

describe('notices in App IO', () => {
  it('tells a resident of a quote in Italian, with the way to the request, once however often the queue runs', async () => {
    const before = messagesTo(TAX_CODES.citizen1).length
    const { request } = await quoteFor()
    await runDueJobs(app.payload)
    await runDueJobs(app.payload)
    const fresh = messagesTo(TAX_CODES.citizen1).slice(before)
    expect(fresh).toHaveLength(1)
    const [message] = fresh
    expect(message).toMatchObject({ subject: 'Hai ricevuto un preventivo', delivered: true })
    expect(message!.markdown).toContain('Ente orgA ti propone «Assistenza pubblicata A» a 120,00')
    expect(message!.markdown).toContain(`(${publicUrl(requestPath('it', request.id))})`)
    expect(message!.markdown).toMatch(/Ti scrive WeMi, la piattaforma del Comune di \S+/)
    const records = await recordsOf(fx.citizens.citizen1)
    expect(records.at(-1)).toMatchObject({ notice: 'new-quote', status: 'sent', io_id: message!.id })
  })

  it('writes in English to a resident who chose English, and gives IO the payment’s deadline', async () => {
    await app.payload.update({ collection: 'citizens', id: fx.citizens.citizen2, data: { language: 'en' }, overrideAccess: true })
    const citizen = fx.extraActors.citizen2
    const before = messagesTo(TAX_CODES.citizen2).length
    const { request, thread } = await quoteFor(citizen)
    await runDueJobs(app.payload)
    const [quoteNotice] = messagesTo(TAX_CODES.citizen2).slice(before)
    expect(quoteNotice!.subject).toBe('You have received a quote')
    expect(quoteNotice!.markdown).toContain('Ente orgA offers “Assistenza pubblicata A” for €120.00')
    expect(quoteNotice!.markdown).toContain(`(${publicUrl(requestPath('en', request.id))})`)
    expect(quoteNotice!.markdown).toContain('This message is from WeMi')

    const { quote } = await threadOf(app.payload, thread)
    await act(app.payload, citizen, thread, 'accept', { quote })
    const { payBy } = await threadOf(app.payload, thread)
    // The reminder comes a day before the payment's deadline.
    await runJobsAtMoment(app.payload, Date.parse(payBy!) - 20 * 60 * MINUTE)
    const [paymentNotice] = messagesTo(TAX_CODES.citizen2).slice(before + 1)
    expect(paymentNotice).toMatchObject({ subject: 'Remember to pay', dueDate: new Date(payBy!).toISOString() })
    await app.payload.update({ collection: 'citizens', id: fx.citizens.citizen2, data: { language: 'it' }, overrideAccess: true })
  })

  it('sends nothing to a resident who is not on IO, or who turned the service off in it', async () => {
    for (const [profile, status] of [
      [null, 'no-app'],
      [{ senderAllowed: false }, 'turned-off'],
    ] as const) {
      io.setProfile(TAX_CODES.citizen1, profile)
      const before = io.messages.length
      await quoteFor()
      await runDueJobs(app.payload)
      expect(io.messages).toHaveLength(before)
      expect((await recordsOf(fx.citizens.citizen1)).at(-1)).toMatchObject({ notice: 'new-quote', status })
    }
  })

  it('sends nothing to a resident whose codice fiscale is not confirmed, and nothing at all without the city’s key', async () => {
    const unconfirmed = await app.payload.create({
      collection: 'citizens',
      data: {
        email: `${unique('senza-spid')}@esempio.it`,
        password: 'Password-sicura-2026',
        firstName: 'Paolo',
        lastName: 'Verdi',
        // Typed in, as anyone may, but never proven by SPID/CIE or at a desk.
        fiscalCode: UNPROVEN_CODE,
        privacyConsent: true,
        _verified: true,
      } as never,
      overrideAccess: true,
    })
    const signIn = await app.rest('POST', '/api/citizens/login', { body: { email: unconfirmed.email, password: 'Password-sicura-2026' } })
    const before = io.messages.length
    await quoteFor({ user: { ...unconfirmed, collection: 'citizens' }, token: signIn.body.token } as never)
    await runDueJobs(app.payload)
    expect(await recordsOf(unconfirmed.id)).toEqual([])
    expect(messagesTo(UNPROVEN_CODE)).toEqual([])

    delete process.env.APP_IO_API_KEY
    const records = (await recordsOf(fx.citizens.citizen1)).length
    await quoteFor()
    await runDueJobs(app.payload)
    expect(await recordsOf(fx.citizens.citizen1)).toHaveLength(records)
    expect(io.messages).toHaveLength(before)
  })

  it('retries while IO is down, never holding up the quote, and sends the notice once IO is back', async () => {
    const before = messagesTo(TAX_CODES.citizen1).length
    io.failNext(2)
    const { thread } = await quoteFor()
    // The quote was committed and the ente's e-mail goes out, whatever IO does.
    expect((await threadOf(app.payload, thread)).status).toBe('quoted')
    await runDueJobs(app.payload)
    expect((await recordsOf(fx.citizens.citizen1)).at(-1)).toMatchObject({ status: 'failed', attempts: '1' })
    expect((await recordsOf(fx.citizens.citizen1)).at(-1)!.error).toContain('503')
    // Retried after a minute, then after two more.
    await runJobsAtMoment(app.payload, Date.now() + 1.5 * MINUTE)
    expect((await recordsOf(fx.citizens.citizen1)).at(-1)).toMatchObject({ status: 'failed', attempts: '2' })
    await runJobsAtMoment(app.payload, Date.now() + 5 * MINUTE)
    expect((await recordsOf(fx.citizens.citizen1)).at(-1)).toMatchObject({ status: 'sent', attempts: '3' })
    expect(messagesTo(TAX_CODES.citizen1).slice(before)).toHaveLength(1)
  })

  it('tells a signed-in resident of a desk appointment booked and moved', async () => {
    const slot = async (hours: number) =>
      (
        await app.payload.create({
          collection: 'desk-slots',
          data: {
            desk: fx.desks.open,
            startsAt: new Date(Date.now() + hours * 60 * MINUTE).toISOString(),
            endsAt: new Date(Date.now() + (hours + 1) * 60 * MINUTE).toISOString(),
            capacity: 2,
          },
        })
      ).id
    const [first, second] = [await slot(30), await slot(54)]
    const before = messagesTo(TAX_CODES.citizen1).length
    const appointment = await app.payload.create({
      collection: 'appointments',
      data: { slot: first, topic: 'orientation', name: 'Mario Rossi', email: 'citizen1@test.example' } as never,
      ...as(fx.actors.citizen),
    })
    await app.payload.update({ collection: 'appointments', id: appointment.id, data: { slot: second } as never, ...as(fx.actors.citizen) })
    await runDueJobs(app.payload)
    const fresh = messagesTo(TAX_CODES.citizen1).slice(before)
    expect(fresh.map((message) => message.subject)).toEqual([
      'Appuntamento confermato: Spazio WeMi Aperto',
      'Appuntamento spostato: Spazio WeMi Aperto',
    ])
    expect(fresh[1]!.markdown).toContain('Gestisci l’appuntamento')
  })
})

describe('the record of App IO messages', () => {
  it('is read by WeMi admins only, and written by nobody through the API', async () => {
    const count = async () => Number((await runSql<{ n: string }>(app.payload, sql`SELECT count(*) AS n FROM io_messages`))[0]!.n)
    const before = await count()
    expect(before).toBeGreaterThan(0)
    for (const actor of [fx.actors.citizen, fx.actors.enteAdmin, fx.actors.operator, fx.actors.editor, fx.actors.anonymous]) {
      const listed = await app.rest('GET', '/api/io-messages', { token: actor.token })
      expect(listed.status).toBe(403)
      const byGraphql = await app.rest('POST', '/api/graphql', {
        token: actor.token,
        body: { query: '{ IoMessages { docs { id notice } } }' },
      })
      expect(byGraphql.body.data?.IoMessages ?? null).toBeNull()
      expect((await refusal(app.payload.find({ collection: 'io-messages', ...as(actor) }))).status).toBe(403)
      const created = await app.rest('POST', '/api/io-messages', {
        token: actor.token,
        body: { citizen: fx.citizens.citizen1, notice: 'new-quote', status: 'sent' },
      })
      expect(created.status).toBe(403)
    }
    const asAdmin = await app.rest('GET', '/api/io-messages', { token: fx.actors.admin.token })
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.body.totalDocs).toBe(before)
    // Not even WeMi admins change what IO answered.
    const [first] = asAdmin.body.docs as { id: string }[]
    expect(
      (await app.rest('PATCH', `/api/io-messages/${first!.id}`, { token: fx.actors.admin.token, body: { status: 'queued' } })).status,
    ).toBe(403)
    expect(await count()).toBe(before)
  })
})
