import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp, type TestApp } from '../helpers/app'
import { buildMarketplaceFixtures, type MarketplaceFixtures, reviewedRequest } from '../helpers/fixtures'

/**
 * An ente's administrator reads every review of their own ente, whatever its moderation, and
 * nothing of another ente's beyond what is published; they change none, and never learn who
 * wrote one or what WeMi noted while moderating.
 */
let app: TestApp
let fx: MarketplaceFixtures
let ownPending: string
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildMarketplaceFixtures(app.payload, app.rest)
  const { actors, services, districts } = fx
  ownPending = (await reviewedRequest(app.payload, actors.citizen, actors.enteAdmin, services.publishedA, districts.d1)).review
})
afterAll(async () => app?.close())

const restRead = async (token: string | undefined, id: string) => app.rest('GET', `/api/reviews/${id}?depth=0`, { token })

describe('an ente reading its reviews', () => {
  it('finds its own reviews, published or waiting for moderation, with their status', async () => {
    const { docs } = await app.payload.find({
      collection: 'reviews',
      user: fx.actors.enteAdmin.user as never,
      overrideAccess: false,
      depth: 0,
      pagination: false,
    })
    const byId = new Map(docs.map((review) => [review.id, review]))
    expect(byId.get(ownPending)?.status).toBe('pending')
    expect(byId.get(fx.reviews.published)?.status).toBe('published')
    const own = byId.get(ownPending)!
    expect(own.punctuality).toBe(5)
    expect(own.comment).toBe('Ottimo')
    // Who wrote it, on which request, and WeMi's moderation note stay between the author and WeMi.
    expect(own).not.toHaveProperty('citizen')
    expect(own).not.toHaveProperty('thread')
    expect(own).not.toHaveProperty('moderationNote')
  })

  it('is refused another ente’s review that is not published, by the Local API and by REST', async () => {
    const foreign = fx.reviews.pending
    const { docs } = await app.payload.find({
      collection: 'reviews',
      user: fx.actors.enteAdmin.user as never,
      overrideAccess: false,
      depth: 0,
      pagination: false,
    })
    expect(docs.map((review) => review.id)).not.toContain(foreign)
    await expect(
      app.payload.findByID({ collection: 'reviews', id: foreign, user: fx.actors.enteAdmin.user as never, overrideAccess: false }),
    ).rejects.toThrow()
    expect((await restRead(fx.actors.enteAdmin.token, foreign)).status).toBe(404)
    // The other ente reads its own.
    expect((await restRead(fx.extraActors.enteAdminB.token, foreign)).status).toBe(200)
  })

  it('cannot moderate or change a review of its own', async () => {
    const response = await app.rest('PATCH', `/api/reviews/${ownPending}`, {
      token: fx.actors.enteAdmin.token,
      body: { status: 'published', comment: 'Servizio perfetto' },
    })
    expect(response.status).toBe(403)
    const stored = await app.payload.findByID({ collection: 'reviews', id: ownPending, depth: 0 })
    expect(stored.status).toBe('pending')
    expect(stored.comment).toBe('Ottimo')
  })

  it('leaves reviews waiting for moderation to the ente’s administrator, not its home-care operators', async () => {
    expect((await restRead(fx.actors.enteOperator.token, ownPending)).status).toBe(404)
    expect((await restRead(fx.actors.enteOperator.token, fx.reviews.published)).status).toBe(200)
  })
})
