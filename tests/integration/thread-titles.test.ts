import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp, type TestApp } from '../helpers/app'
import { buildMarketplaceFixtures, type MarketplaceFixtures } from '../helpers/fixtures'

/**
 * An ente knows a request by who asked for what: enti cannot open a citizen's record, so the
 * thread carries the name with the service, and the records of the thread take its title.
 */
let app: TestApp
let fx: MarketplaceFixtures
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildMarketplaceFixtures(app.payload, app.rest)
})
afterAll(async () => app?.close())

describe('thread titles', () => {
  it('names the citizen and the service, for the ente that received the request', async () => {
    const service = await app.payload.findByID({ collection: 'services', id: fx.services.publishedA, locale: 'it', depth: 0 })
    const { status, body: thread } = await app.rest('GET', `/api/threads/${fx.threads.t1A}?depth=0`, { token: fx.actors.enteAdmin.token })
    expect(status).toBe(200)
    expect(thread.title).toBe(`Mario Rossi — ${service.title}`)
    // The ente still cannot open the citizen's record the title spares it.
    expect((await app.rest('GET', `/api/citizens/${fx.citizens.citizen1}`, { token: fx.actors.enteAdmin.token })).status).toBe(403)
  })

  it('titles a quote and a notification of the thread by the thread', async () => {
    const { body: thread } = await app.rest('GET', `/api/threads/${fx.threads.t1A}?depth=0`, { token: fx.actors.enteAdmin.token })
    const { body: quote } = await app.rest('GET', `/api/quotes/${fx.quotes.t1A}?depth=0`, { token: fx.actors.enteAdmin.token })
    expect(quote.threadTitle).toBe(thread.title)
    const notification = fx.notifications.orgA['t1A new-request']!
    const { body: notice } = await app.rest('GET', `/api/notifications/${notification}?depth=0`, { token: fx.actors.enteAdmin.token })
    expect(notice.threadTitle).toBe(thread.title)
  })

  it('gives another ente neither the thread nor its title', async () => {
    expect((await app.rest('GET', `/api/threads/${fx.threads.t1A}?depth=0`, { token: fx.extraActors.enteAdminB.token })).status).toBe(404)
    expect((await app.rest('GET', `/api/quotes/${fx.quotes.t1A}?depth=0`, { token: fx.extraActors.enteAdminB.token })).status).toBe(404)
  })
})
