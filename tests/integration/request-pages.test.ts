import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { runSql } from '../../lib/sql'
import type { Citizen } from '../../payload-types'
import { closePayload } from '../../server/instance'
import type { TestApp } from '../helpers/app'
import { createTestDatabase } from '../helpers/database'
import { buildFixtures, type Fixtures } from '../helpers/fixtures'
import { act, quoteInput, sendRequest, threadOf } from '../helpers/marketplace'

/**
 * The citizen's request pages as the site handles them (site/src/lib), on the site's own Payload
 * instance over this file's database: the new-request form and a request's page, posted as a
 * browser would post them.
 */
type RequestForm = typeof import('../../site/src/lib/request-form')
type RequestPages = typeof import('../../site/src/lib/requests')
let app: TestApp
let fx: Fixtures
let form: RequestForm
let pages: RequestPages
let citizen: Citizen
const savedUrl = process.env.DATABASE_URL
const ORIGIN = 'http://localhost:4321'

beforeAll(async () => {
  // The site reads its database address when the configuration first loads: the test's app and
  // the site's own instance share this file's database.
  const database = await createTestDatabase(inject('databaseServer'), inject('databaseRun'))
  process.env.DATABASE_URL = database.url
  app = await (await import('../helpers/app')).startTestApp(database)
  fx = await buildFixtures(app.payload, app.rest)
  form = await import('../../site/src/lib/request-form')
  pages = await import('../../site/src/lib/requests')
  citizen = (await app.payload.findByID({ collection: 'citizens', id: String(fx.actors.citizen.user!.id), depth: 0 })) as Citizen
})
afterAll(async () => {
  // The site's instance lets go of the database before the app drops it.
  await closePayload(await (await import('../../site/src/lib/payload')).payload())
  process.env.DATABASE_URL = savedUrl
  await app?.close()
})

/** A visit to a page of the site: a GET, or a POST of the fields given, from the site itself. */
const visit = (address: string, fields?: Record<string, string | string[]>) => {
  const url = new URL(address, ORIGIN)
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(fields ?? {})) for (const one of [value].flat()) body.append(name, one)
  return {
    url,
    request: new Request(url, fields ? { method: 'POST', body, headers: { origin: ORIGIN } } : {}),
    clientAddress: '127.0.0.1',
    cookies: {} as never,
    redirect: (to: string, status = 302) => new Response(null, { status, headers: { location: to } }),
  }
}

/** Says at which times of day a service works, in the catalogue's search table the form reads. */
const worksAt = (service: string, bands: string[]) =>
  runSql(
    app.payload,
    sql`UPDATE service_search SET time_bands = ${`{${bands.join(',')}}`}::varchar[], days = '{mon,wed,fri}' WHERE service_id = ${service}`,
  )

describe('the new-request form', () => {
  it('offers no other ente whose service works only at other times than those needed', async () => {
    await worksAt(fx.services.publishedA, ['morning'])
    await worksAt(fx.services.publishedB, ['night'])
    const offered = async (address: string) => {
      const page = await form.handleRequestForm(visit(address), citizen, 'it')
      if (page instanceof Response) throw new Error('unexpected redirect')
      return page.candidates.map((candidate) => candidate.id)
    }
    // The need is the chosen service's own times, or those narrowed in the search.
    expect(await offered(`/area-personale/richieste/nuova?service=${fx.services.publishedA}`)).toEqual([fx.services.publishedA])
    expect(await offered(`/area-personale/richieste/nuova?service=${fx.services.publishedA}&time=night`)).toEqual([
      fx.services.publishedA,
      fx.services.publishedB,
    ])
    await worksAt(fx.services.publishedB, ['morning', 'night'])
    expect(await offered(`/area-personale/richieste/nuova?service=${fx.services.publishedA}`)).toContain(fx.services.publishedB)
  })

  it('names the days and the times of day when they are missing, and sends nothing', async () => {
    const before = (await app.payload.count({ collection: 'requests', overrideAccess: true })).totalDocs
    const page = await form.handleRequestForm(
      visit('/area-personale/richieste/nuova', {
        services: fx.services.publishedA,
        beneficiary: 'self',
        street: 'Via Padova 12',
        district: fx.districts.d1,
        start: quoteInput().periodStart,
        end: quoteInput().periodEnd,
      }),
      citizen,
      'it',
    )
    if (page instanceof Response) throw new Error(`sent: ${page.headers.get('location')}`)
    expect(page.status).toBe(400)
    expect(page.errors).toEqual({ days: 'errorRequestDays', timeBands: 'errorRequestTimeBands' })
    expect((await app.payload.count({ collection: 'requests', overrideAccess: true })).totalDocs).toBe(before)
  })
})

describe('a request’s page', () => {
  it('accepts a quote only once the citizen has confirmed, and tells her what accepting closes', async () => {
    const { request, threads } = await sendRequest(
      app.payload,
      fx.actors.citizen,
      [fx.services.publishedA, fx.services.publishedB],
      fx.districts.d1,
    )
    const threadA = threads.find((thread) => thread.organisation === fx.organisations.orgA)!.id
    const threadB = threads.find((thread) => thread.organisation === fx.organisations.orgB)!.id
    await act(app.payload, fx.actors.enteAdmin, threadA, 'quote', quoteInput())
    await act(app.payload, fx.extraActors.enteAdminB, threadB, 'decline', { reason: 'Nessun operatore libero.' })
    const quote = String((await threadOf(app.payload, threadA)).quote)
    const address = `/area-personale/richieste/${request.id}`

    const asked = await pages.handleRequestPage(visit(`${address}?accept=${threadA}`), citizen, request.id, 'it')
    expect(asked).toMatchObject({ confirming: threadA, status: 200 })
    // A declined thread cannot be accepted: nothing to confirm, and its reason is there to read.
    const declined = await pages.handleRequestPage(visit(`${address}?accept=${threadB}`), citizen, request.id, 'it')
    expect(declined).toMatchObject({ confirming: null })
    const reason = (declined as { conversations: { thread: { id: string; note: string } }[] }).conversations.find(
      (conversation) => conversation.thread.id === threadB,
    )
    expect(reason?.thread.note).toBe('Nessun operatore libero.')

    // The accept form of an older page, or one forged without the confirmation, only asks again.
    const unconfirmed = await pages.handleRequestPage(
      visit(address, { thread: threadA, action: 'accept', quote }),
      citizen,
      request.id,
      'it',
    )
    expect(unconfirmed).toMatchObject({ confirming: threadA, status: 200 })
    expect((await threadOf(app.payload, threadA)).status).toBe('quoted')

    const confirmed = await pages.handleRequestPage(
      visit(address, { thread: threadA, action: 'accept', quote, confirmed: 'yes' }),
      citizen,
      request.id,
      'it',
    )
    expect(confirmed).toBeInstanceOf(Response)
    expect((confirmed as Response).headers.get('location')).toContain('done=accept')
    expect((await threadOf(app.payload, threadA)).status).toBe('accepted')
  })

  it('is named by the category asked for, whichever service each ente offered', async () => {
    const requests = await pages.listRequests(citizen, 'it')
    const category = await app.payload.findByID({ collection: 'categories', id: fx.categories.a1, depth: 0, locale: 'it' })
    expect(requests.length).toBeGreaterThan(0)
    for (const request of requests) expect(request.category).toBe(category.name)
  })
})
