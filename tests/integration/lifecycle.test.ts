import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp, type TestApp } from '../helpers/app'
import { as, refusal } from '../helpers/as'
import { buildFixtures, type Fixtures } from '../helpers/fixtures'
import { act, dayFromNow, footprint, quoteInput, sendRequest, threadOf } from '../helpers/marketplace'

let app: TestApp
let fx: Fixtures

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})
afterAll(async () => app?.close())

describe('a request to several enti', () => {
  it('opens one thread per ente, each waiting for an answer, and tells each ente', async () => {
    const { request, threads } = await sendRequest(
      app.payload,
      fx.actors.citizen,
      [fx.services.publishedA, fx.services.publishedB],
      fx.districts.d1,
    )
    expect(request.reference).toMatch(/^WM-[A-Z2-9]{6}$/)
    expect(request.category).toBe(fx.categories.a1)
    expect(threads.map((thread) => thread.status)).toEqual(['sent', 'sent'])
    expect(threads.map((thread) => thread.organisation).sort()).toEqual([fx.organisations.orgA, fx.organisations.orgB].sort())
    const { docs } = await app.payload.find({
      collection: 'notifications',
      where: { thread: { in: threads.map((t) => t.id) } },
      overrideAccess: true,
    })
    expect(docs.map((doc) => doc.kind)).toEqual(['new-request', 'new-request'])
  })

  it('refuses services that are not public, of mixed categories or twice from one ente, writing nothing', async () => {
    const before = (await app.payload.count({ collection: 'requests', overrideAccess: true })).totalDocs
    const draft = await refusal(sendRequest(app.payload, fx.actors.citizen, [fx.services.draftA], fx.districts.d1))
    expect(draft.status).toBe(400)
    expect(draft.errors[0]?.message).toContain('non è più disponibile')
    const none = await refusal(sendRequest(app.payload, fx.actors.citizen, [], fx.districts.d1))
    expect(none.errors[0]?.path).toBe('services')
    const past = await refusal(
      sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA], fx.districts.d1, {
        period: { start: '2020-01-01', end: '2020-01-02' },
      }),
    )
    expect(past.errors.map((error) => error.path)).toContain('period.start')
    expect((await app.payload.count({ collection: 'requests', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('refuses a request that names no day or no time of day, in the citizen’s words, writing nothing', async () => {
    const before = (await app.payload.count({ collection: 'requests', overrideAccess: true })).totalDocs
    const refused = await refusal(
      sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA], fx.districts.d1, {
        period: { start: quoteInput().periodStart, end: quoteInput().periodEnd, days: [], timeBands: [] },
      }),
    )
    expect(refused.status).toBe(400)
    expect(refused.errors).toEqual([
      { path: 'period.days', message: 'Scegli almeno un giorno.' },
      { path: 'period.timeBands', message: 'Scegli almeno una fascia oraria.' },
    ])
    expect((await app.payload.count({ collection: 'requests', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('takes the days and times asked for into a quote that names none, and keeps those a quote names', async () => {
    const { threads } = await sendRequest(
      app.payload,
      fx.actors.citizen,
      [fx.services.publishedA, fx.services.publishedB],
      fx.districts.d1,
      {
        period: { start: quoteInput().periodStart, end: quoteInput().periodEnd, days: ['mon', 'wed', 'fri'], timeBands: ['morning'] },
      },
    )
    const threadA = threads.find((thread) => thread.organisation === fx.organisations.orgA)!
    const threadB = threads.find((thread) => thread.organisation === fx.organisations.orgB)!
    await act(app.payload, fx.actors.enteAdmin, threadA.id, 'quote', quoteInput({ days: [], timeBands: [] }))
    await act(app.payload, fx.extraActors.enteAdminB, threadB.id, 'quote', quoteInput({ days: ['tue'], timeBands: ['afternoon'] }))
    const quoteOf = async (threadId: string) =>
      app.payload.findByID({
        collection: 'quotes',
        id: String((await threadOf(app.payload, threadId)).quote),
        depth: 0,
        overrideAccess: true,
      })
    expect(await quoteOf(threadA.id)).toMatchObject({ days: ['mon', 'wed', 'fri'], timeBands: ['morning'] })
    expect(await quoteOf(threadB.id)).toMatchObject({ days: ['tue'], timeBands: ['afternoon'] })
  })

  it('lets an ente update its quote: the new one replaces the old, checked like the first, and a bad one changes nothing', async () => {
    const { threads } = await sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA], fx.districts.d1)
    const thread = threads[0]!.id
    const { quote: first } = await act(app.payload, fx.actors.enteAdmin, thread, 'quote', quoteInput({ amountCents: 12_000 }))
    const before = await footprint(app.payload, thread)
    const wrong = await refusal(act(app.payload, fx.actors.enteAdmin, thread, 'requote', quoteInput({ validUntil: dayFromNow(-1) })))
    expect(wrong.errors).toEqual([{ path: 'validUntil', message: expect.stringMatching(/\S/) }])
    expect(await footprint(app.payload, thread)).toEqual(before)

    const { quote: second } = await act(app.payload, fx.actors.enteAdmin, thread, 'requote', quoteInput({ amountCents: 10_000 }))
    expect(second).not.toBe(first)
    const updated = await threadOf(app.payload, thread)
    expect(updated).toMatchObject({ status: 'quoted', quote: second })
    const old = await app.payload.findByID({ collection: 'quotes', id: String(first), depth: 0, overrideAccess: true })
    expect(old.supersededAt).toBeTruthy()
    const current = await app.payload.findByID({ collection: 'quotes', id: String(second), depth: 0, overrideAccess: true })
    expect(current).toMatchObject({ amountCents: 10_000, supersededAt: null })
  })

  it('goes from quote to review, closing the other thread when one quote is accepted', async () => {
    const { threads } = await sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA, fx.services.publishedB], fx.districts.d1)
    const [threadA, threadB] = threads.sort((a) => (a.organisation === fx.organisations.orgA ? -1 : 1))
    const quoted = await act(
      app.payload,
      fx.actors.enteAdmin,
      threadA!.id,
      'quote',
      quoteInput({ amountCents: 0, periodStart: dayFromNow(0) }),
    )
    expect(quoted.to).toBe('quoted')
    await act(app.payload, fx.extraActors.enteAdminB, threadB!.id, 'quote', quoteInput({ amountCents: 15_000 }))
    const current = await threadOf(app.payload, threadA!.id)
    const accepted = await act(app.payload, fx.actors.citizen, threadA!.id, 'accept', { quote: current.quote })
    expect(accepted.to).toBe('accepted')
    expect((await threadOf(app.payload, threadB!.id)).status).toBe('not-chosen')

    const paid = await act(app.payload, fx.actors.enteAdmin, threadA!.id, 'confirm-payment', { method: 'free' })
    expect(paid.to).toBe('paid')
    await act(app.payload, fx.actors.enteAdmin, threadA!.id, 'deliver')
    const reviewed = await act(app.payload, fx.actors.citizen, threadA!.id, 'review', {
      punctuality: 5,
      professionalism: 4,
      speed: 3,
      comment: 'Bene.',
    })
    expect(reviewed.to).toBe('reviewed')
    const { docs: audit } = await app.payload.find({
      collection: 'audit-log',
      where: { and: [{ documentId: { equals: threadA!.id } }, { action: { equals: 'transition' } }] },
      sort: 'createdAt',
      overrideAccess: true,
    })
    expect(audit.map((entry) => (entry.changes as { action: string }).action)).toEqual([
      'send',
      'quote',
      'accept',
      'confirm-payment',
      'deliver',
      'review',
    ])
  })

  it('tells the wrong party and the wrong moment apart, in the user’s language, and writes nothing', async () => {
    const { threads } = await sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA], fx.districts.d1)
    const id = threads[0]!.id
    const before = await footprint(app.payload, id)
    const notYours = await refusal(act(app.payload, fx.actors.citizen, id, 'quote', quoteInput()))
    expect(notYours.status).toBe(403)
    expect(notYours.message).toContain('inviare un preventivo')
    const notNow = await refusal(act(app.payload, fx.actors.citizen, id, 'review', {}))
    expect(notNow.status).toBe(409)
    const stranger = await refusal(act(app.payload, fx.extraActors.citizen2, id, 'cancel'))
    expect(stranger.status).toBe(404)
    const otherEnte = await refusal(act(app.payload, fx.extraActors.enteAdminB, id, 'quote', quoteInput()))
    expect(otherEnte.status).toBe(404)
    const badQuote = await refusal(
      act(app.payload, fx.actors.enteAdmin, id, 'quote', quoteInput({ amountCents: -5, validUntil: '2020-01-01' })),
    )
    expect(badQuote.status).toBe(400)
    expect(badQuote.errors.map((error) => error.path).sort()).toEqual(['amountCents', 'validUntil'])
    expect(await footprint(app.payload, id)).toEqual(before)
  })

  it('lets a citizen read only their own threads', async () => {
    const { threads } = await sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA], fx.districts.d1)
    const own = await app.payload.find({ collection: 'threads', ...as(fx.actors.citizen), where: { id: { equals: threads[0]!.id } } })
    expect(own.totalDocs).toBe(1)
    const other = await app.payload.find({
      collection: 'threads',
      ...as(fx.extraActors.citizen2),
      where: { id: { equals: threads[0]!.id } },
    })
    expect(other.totalDocs).toBe(0)
  })
})
