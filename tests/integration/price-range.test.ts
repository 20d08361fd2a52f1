import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runSql } from '../../lib/sql'
import { startTestApp, type TestApp } from '../helpers/app'
import { as, refusal } from '../helpers/as'
import { buildFixtures, type Fixtures, lexical } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'

let app: TestApp
let fx: Fixtures
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  // With the fixtures' two services at €18.00, category a1 publishes hourly prices from €18.00 to
  // €24.00: a usual price lies between €6.00 and €72.00.
  await app.payload.create({
    collection: 'services',
    data: {
      ...serviceData({ priceCents: 2400 }),
      organisation: fx.organisations.orgB,
      validation: { status: 'published' },
      _status: 'published',
    } as never,
  })
})
afterAll(async () => app?.close())

const serviceData = (overrides: Record<string, unknown> = {}) => ({
  title: unique('Assistenza'),
  summary: 'Aiuto a casa.',
  description: lexical('Aiuto a casa per chi vive da solo.'),
  audience: 'Persone anziane.',
  howTo: 'Chiedi un preventivo.',
  outcome: 'Due ore di aiuto.',
  costs: 'A ore.',
  organisation: fx.organisations.orgA,
  category: fx.categories.a1,
  districts: [fx.districts.d1],
  priceModel: 'per-hour',
  priceCents: 1800,
  ...overrides,
})

/** Every row a refused write could have left: services, their versions, their price tables. */
const footprint = async () =>
  runSql(
    app.payload,
    sql`SELECT (SELECT count(*) FROM services)::int AS services, (SELECT count(*) FROM _services_v)::int AS versions,
      (SELECT count(*) FROM services_shared_prices)::int AS shared, (SELECT coalesce(sum(price_cents), 0) FROM services)::int AS prices`,
  )

const createAsEnte = (data: Record<string, unknown>) =>
  app.payload.create({ collection: 'services', data: serviceData(data) as never, draft: true, ...as(fx.actors.enteAdmin) })

describe('a price far outside what the category costs', () => {
  it('is refused through the Local API, saying the usual range, with nothing written', async () => {
    const before = await footprint()
    const refused = await refusal(createAsEnte({ priceCents: 22 }))
    expect(refused.status).toBe(400)
    expect(refused.errors).toEqual([
      {
        path: 'priceCents',
        message: expect.stringContaining(
          'Il prezzo di 0,22 € è molto lontano da quanto costano i servizi pubblicati della stessa categoria',
        ),
      },
    ])
    expect(refused.errors[0]!.message).toContain('di solito da 6,00 € a 72,00 € all’ora')
    expect(await footprint()).toEqual(before)
  })

  it('is refused through REST in English, too dear as well as too cheap, and in a group price', async () => {
    const before = await footprint()
    const cases = [
      { body: serviceData({ priceCents: 22 }), path: 'priceCents', price: '€0.22' },
      { body: serviceData({ priceCents: 220000 }), path: 'priceCents', price: '€2,200.00' },
      {
        body: serviceData({
          deliveryMode: 'both',
          sharedPrices: [
            { people: 3, priceCents: 1200 },
            { people: 4, priceCents: 9 },
          ],
        }),
        path: 'sharedPrices.1.priceCents',
        price: '€0.09',
      },
    ]
    for (const { body, path, price } of cases) {
      const response = await app.rest('POST', '/api/services?draft=true', { token: fx.actors.enteAdmin.token, body, language: 'en' })
      expect(response.status, path).toBe(400)
      const error = (response.body as { errors: { data: { errors: { path: string; message: string }[] } }[] }).errors[0]!.data.errors[0]!
      expect(error.path).toBe(path)
      expect(error.message).toContain(`The price of ${price} is far from what published services of the same category cost`)
      expect(error.message).toContain('usually from €6.00 to €72.00 per hour')
    }
    expect(await footprint()).toEqual(before)
  })

  it('is refused when an ente changes a draft to it through REST or GraphQL, and the stored price stays', async () => {
    const draft = await createAsEnte({ priceCents: 1900 })
    const before = await footprint()
    const response = await app.rest('PATCH', `/api/services/${draft.id}?draft=true`, {
      token: fx.actors.enteAdmin.token,
      body: { priceCents: 19 },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([{ path: 'priceCents', message: expect.stringContaining('0,19 €') }])
    const graphql = await app.rest('POST', '/api/graphql', {
      token: fx.actors.enteAdmin.token,
      body: {
        query: `mutation { updateService(id: "${draft.id}", draft: true, data: { priceCents: 19, validation: { status: draft } }) { id } }`,
      },
    })
    expect(graphql.body.data?.updateService ?? null).toBeNull()
    expect(graphql.body.errors[0].extensions).toMatchObject({ statusCode: 400, data: { errors: [{ path: 'priceCents' }] } })
    expect(await footprint()).toEqual(before)
    expect((await app.payload.findByID({ collection: 'services', id: draft.id, draft: true })).priceCents).toBe(1900)
  })

  it('has only the one-euro floor where the category has too few published services to compare with', async () => {
    const refused = await refusal(createAsEnte({ priceModel: 'per-month', priceCents: 50 }))
    expect(refused.errors[0]).toMatchObject({ path: 'priceCents', message: expect.stringContaining('di solito almeno 1,00 €') })
    const monthly = await createAsEnte({ priceModel: 'per-month', priceCents: 120000 })
    expect(monthly.priceCents).toBe(120000)
  })
})

describe('an unusual price the ente confirms', () => {
  it('is saved when the ente ticks the confirmation, and the confirmation goes once the price is usual again', async () => {
    const confirmed = await createAsEnte({ priceCents: 50, unusualPriceConfirmed: true })
    expect(confirmed).toMatchObject({ priceCents: 50, unusualPriceConfirmed: true })
    const corrected = await app.payload.update({
      collection: 'services',
      id: confirmed.id,
      data: { priceCents: 1500 },
      draft: true,
      ...as(fx.actors.enteAdmin),
    })
    expect(corrected).toMatchObject({ priceCents: 1500, unusualPriceConfirmed: false })
    // A slip made after that needs its own confirmation.
    const refused = await refusal(
      app.payload.update({ collection: 'services', id: confirmed.id, data: { priceCents: 15 }, draft: true, ...as(fx.actors.enteAdmin) }),
    )
    expect(refused.status).toBe(400)
  })
})

describe('WeMi’s validation', () => {
  it('cannot publish an unusual price the ente never confirmed', async () => {
    // A service saved before the rule existed, sent for validation with cents typed as euros.
    const slipped = await app.payload.create({
      collection: 'services',
      data: serviceData({ priceCents: 22, validation: { status: 'submitted' } }) as never,
      draft: true,
    })
    const before = await footprint()
    const refused = await refusal(
      app.payload.update({ collection: 'services', id: slipped.id, data: { _status: 'published' }, ...as(fx.actors.admin) }),
    )
    expect(refused.status).toBe(400)
    expect(refused.errors[0]?.path).toBe('priceCents')
    expect(await footprint()).toEqual(before)
    const { totalDocs } = await app.payload.count({
      collection: 'services',
      where: { and: [{ id: { equals: slipped.id } }, { _status: { equals: 'published' } }] },
    })
    expect(totalDocs).toBe(0)
  })

  it('publishes an unusual price the ente confirmed', async () => {
    const confirmed = await createAsEnte({ priceCents: 80, unusualPriceConfirmed: true })
    await app.payload.update({
      collection: 'services',
      id: confirmed.id,
      data: { validation: { status: 'submitted' } },
      draft: true,
      ...as(fx.actors.enteAdmin),
    })
    const published = await app.payload.update({
      collection: 'services',
      id: confirmed.id,
      data: { _status: 'published' },
      ...as(fx.actors.admin),
    })
    expect(published).toMatchObject({ _status: 'published', priceCents: 80, unusualPriceConfirmed: true })
  })
})
