import { sql } from '@payloadcms/db-postgres/drizzle'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runSql } from '../../lib/sql'
import { type LocalStripe, startLocalStripe } from '../../dev/local-stripe'
import { logSearch, searchServices } from '../../plugins/search/query'
import { startTestApp, type TestApp } from '../helpers/app'
import { refusal } from '../helpers/as'
import { buildFixtures, type Fixtures } from '../helpers/fixtures'
import { act, sendRequest } from '../helpers/marketplace'

/**
 * Malformed input is the caller's mistake and gets a clear 4xx in their language, never a
 * server error, and nothing is written: a null byte (which PostgreSQL cannot store or compare)
 * in a filter, a name or a message, ids that are no ids, a geographic operator on a field that
 * is no point, a negative page, broken JSON to a thread action, and a correctly signed Stripe
 * event about a payment page Stripe does not know.
 */
const SECRET_KEY = 'sk_test_malformed'
const WEBHOOK_SECRET = 'whsec_test_malformed'

let app: TestApp
let fx: Fixtures
let stripeServer: LocalStripe
let threadId: string

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  stripeServer = await startLocalStripe({ secretKey: SECRET_KEY, webhookUrl: 'http://127.0.0.1:9/unused', webhookSecret: WEBHOOK_SECRET })
  Object.assign(process.env, { STRIPE_SECRET_KEY: SECRET_KEY, STRIPE_API_URL: stripeServer.url, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET })
  threadId = String((await sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA], fx.districts.d1)).threads[0]!.id)
})
afterAll(async () => {
  await stripeServer?.close()
  await app?.close()
})

const count = async (table: string) =>
  (await runSql<{ n: number }>(app.payload, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`))[0]!.n

/** Everything the attacks below could have written. */
const footprint = async () => ({
  messages: await count('messages'),
  threads: JSON.stringify((await app.payload.findByID({ collection: 'threads', id: threadId, depth: 0, overrideAccess: true })).status),
  citizen: (await app.payload.findByID({ collection: 'citizens', id: fx.citizens.citizen1, depth: 0, overrideAccess: true })).firstName,
  payments: await count('payments'),
  stripeEvents: await count('stripe_events'),
})

const expectClientError = (status: number) => {
  expect(status).toBeGreaterThanOrEqual(400)
  expect(status).toBeLessThan(500)
}

describe('malformed queries', () => {
  it.each([
    ['a null byte in a where value', '/api/services?where[title][equals]=a%00b'],
    ['a null byte in a like filter', '/api/services?where[title][like]=%00'],
    ['a null byte in a nested and', '/api/services?where[and][0][slug][equals]=x%00'],
    ['ids that are not ids', '/api/services?where[id][in]=a,b,c'],
    ['a relationship id that is not an id', '/api/services?where[organisation][in]=a,b'],
    ['the near operator on a text field', '/api/services?where[title][near]=9.19,45.46,1000'],
    ['a negative page', '/api/services?page=-5'],
    ['a page that is not a number', '/api/services?page=abc'],
  ])('%s → 4xx', async (_what, url) => {
    const response = await app.rest('GET', url)
    expectClientError(response.status)
    expect(JSON.stringify(response.body)).not.toMatch(/Something went wrong/i)
  })

  it('says what is wrong in the caller’s language', async () => {
    const italian = await app.rest('GET', '/api/services?where[id][in]=a,b,c', { language: 'it' })
    const english = await app.rest('GET', '/api/services?where[id][in]=a,b,c', { language: 'en' })
    expect(italian.status).toBe(400)
    expect(JSON.stringify(italian.body)).toContain('identificativo')
    expect(JSON.stringify(english.body)).toContain('identifier')
  })

  it('refuses a null byte in a GraphQL filter without a server error', async () => {
    const response = await app.fetch(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query { Services(where: { title: { equals: "a\\u0000b" } }) { totalDocs } }' }),
      }),
    )
    const body = await response.json()
    expect(response.status).toBeLessThan(500)
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(400)
  })
})

describe('malformed writes', () => {
  it('refuses a null byte in a name, through REST, and changes nothing', async () => {
    const before = await footprint()
    const response = await app.rest('PATCH', `/api/citizens/${fx.citizens.citizen1}`, {
      token: fx.actors.citizen.token,
      body: { firstName: 'Ma\u0000rio' },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors.map((error: { path: string }) => error.path)).toEqual(['firstName'])
    expect(await footprint()).toEqual(before)
  })

  it('refuses a null byte in a message, through the thread action, and writes nothing', async () => {
    const before = await footprint()
    const response = await app.rest('POST', `/api/threads/${threadId}/actions/message`, {
      token: fx.actors.citizen.token,
      body: { body: 'Buongiorno\u0000' },
    })
    expectClientError(response.status)
    expect(await footprint()).toEqual(before)
  })

  it('refuses a null byte in a message sent from the site (the lifecycle, through the Local API)', async () => {
    const before = await footprint()
    const failure = await refusal(act(app.payload, fx.actors.citizen, threadId, 'message', { body: 'Buongiorno\u0000' }))
    expect(failure.status).toBe(400)
    expect(failure.errors.map((error) => error.path)).toEqual(['body'])
    expect(await footprint()).toEqual(before)
  })

  it.each([
    ['broken JSON', '{"body": "Buongiorno"'],
    ['JSON that is not an object', '"Buongiorno"'],
  ])('answers %s to a thread action with 400, writing nothing', async (_what, body) => {
    const before = await footprint()
    const response = await app.fetch(
      new Request(`http://localhost/api/threads/${threadId}/actions/message`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${fx.actors.citizen.token}`, 'accept-language': 'it' },
        body,
      }),
    )
    expect(response.status).toBe(400)
    expect(await footprint()).toEqual(before)
  })
})

describe('a correctly signed Stripe event about a payment page Stripe does not know', () => {
  it.each(['checkout.session.completed', 'checkout.session.expired'])(
    '%s is answered without a server error and writes nothing',
    async (type) => {
      const before = await footprint()
      const body = JSON.stringify({
        id: `evt_${Date.now()}${type.length}`,
        object: 'event',
        type,
        data: { object: { id: 'cs_test_unknown_session_0000000000', object: 'checkout.session' } },
      })
      const response = await app.fetch(
        new Request('http://localhost/api/stripe/webhook', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload: body, secret: WEBHOOK_SECRET }),
          },
          body,
        }),
      )
      expect(response.status).toBeLessThan(500)
      expect(await footprint()).toEqual(before)
    },
  )
})

describe('the site’s search', () => {
  it('searches and logs terms with a null byte in them without a server error', async () => {
    const terms = 'assistenza\u0000anziani'
    const result = await searchServices(app.payload, { terms, filters: {}, sort: 'relevance', page: 1 })
    expect(result.total).toBeGreaterThanOrEqual(0)
    await logSearch(app.payload, { terms, filters: {}, resultCount: result.total, language: 'it' })
  })
})
