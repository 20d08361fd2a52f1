import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishedServices } from '../../collections/Services/access/publishedServices'
import { startTestApp, type TestApp } from '../helpers/app'
import { as, refusal } from '../helpers/as'
import { buildFixtures, type Fixtures, serviceSections } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'

let app: TestApp
let fx: Fixtures
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})
afterAll(async () => app?.close())

const draftData = (overrides: Record<string, unknown> = {}) => ({
  title: unique('Servizio'),
  summary: 'Aiuto a casa.',
  organisation: fx.organisations.orgA,
  category: fx.categories.a1,
  districts: [fx.districts.d1],
  priceModel: 'per-hour',
  priceCents: 1800,
  ...serviceSections(),
  ...overrides,
})

const createAsEnte = (overrides: Record<string, unknown> = {}, actor = fx.actors.enteAdmin) =>
  app.payload.create({ collection: 'services', data: draftData(overrides) as never, ...as(actor) })

/** What an anonymous visitor sees of a service, or undefined. */
const publicView = async (id: string) =>
  (await app.payload.find({ collection: 'services', where: { id: { equals: id } }, overrideAccess: false, user: null })).docs[0]

/** The newest version, draft or published, as WeMi staff see it in the admin. */
const latest = async (id: string) => app.payload.findByID({ collection: 'services', id, draft: true })

describe('what an ente admin may create', () => {
  it('creates a draft in its own accredited category and districts', async () => {
    const doc = await createAsEnte()
    expect(doc._status).toBe('draft')
    expect(doc.validation.status).toBe('draft')
    expect(await publicView(doc.id)).toBeUndefined()
  })

  it('fills in its own organisation when it gives none', async () => {
    const doc = await createAsEnte({ organisation: undefined })
    expect(typeof doc.organisation === 'string' ? doc.organisation : doc.organisation.id).toBe(fx.organisations.orgA)
  })

  it('refuses another organisation, a category or district outside its accreditation, and an area', async () => {
    const cases = [
      { overrides: { organisation: fx.organisations.orgB }, path: 'organisation', message: 'tuo ente' },
      { overrides: { category: fx.categories.b1 }, path: 'category', message: 'non è accreditato per questa categoria' },
      { overrides: { districts: [fx.districts.d1, fx.districts.d3] }, path: 'districts', message: 'Municipio 3' },
      { overrides: { category: fx.categories.areaA }, path: 'category', message: 'non un’area' },
    ]
    for (const { overrides, path, message } of cases) {
      const before = (await app.payload.count({ collection: 'services' })).totalDocs
      const refused = await refusal(createAsEnte(overrides))
      expect(refused.status).toBe(400)
      expect(refused.errors[0]).toMatchObject({ path, message: expect.stringContaining(message) })
      expect((await app.payload.count({ collection: 'services' })).totalDocs).toBe(before)
    }
  })

  it('refuses an organisation that is not accredited yet (it has no categories)', async () => {
    const refused = await refusal(createAsEnte({ organisation: fx.organisations.orgPending }, fx.extraActors.enteAdminPending))
    expect(refused.status).toBe(400)
    expect(refused.errors[0]?.path).toBe('category')
  })

  it('refuses to publish, through the Local API and REST', async () => {
    const local = await refusal(
      app.payload.create({ collection: 'services', data: { ...draftData(), _status: 'published' } as never, ...as(fx.actors.enteAdmin) }),
    )
    expect(local.status).toBe(403)
    const rest = await app.rest('POST', '/api/services', {
      token: fx.actors.enteAdmin.token,
      body: { ...draftData(), _status: 'published' },
    })
    expect(rest.status).toBe(403)
    const sneaky = await app.rest('POST', '/api/services', {
      token: fx.actors.enteAdmin.token,
      body: { ...draftData(), validation: { status: 'published' } },
    })
    expect(sneaky.status).toBe(400)
  })
})

describe('editing a published service', () => {
  it('keeps the published version public while the change waits for WeMi', async () => {
    const id = fx.services.publishedA
    const original = await publicView(id)
    expect(original?.title).toBe('Assistenza pubblicata A')

    // A REST save without ?draft=true is still only a draft when an ente admin makes it.
    const response = await app.rest('PATCH', `/api/services/${id}`, { token: fx.actors.enteAdmin.token, body: { title: 'Titolo nuovo' } })
    expect(response.status).toBe(200)
    expect((await publicView(id))?.title).toBe('Assistenza pubblicata A')
    expect(await latest(id)).toMatchObject({ title: 'Titolo nuovo', _status: 'draft', validation: { status: 'draft' } })

    await app.payload.update({
      collection: 'services',
      id,
      data: { validation: { status: 'submitted' } },
      draft: true,
      ...as(fx.actors.enteAdmin),
    })
    expect((await latest(id)).validation.status).toBe('submitted')
    expect((await publicView(id))?.title).toBe('Assistenza pubblicata A')

    const publish = await app.rest('PATCH', `/api/services/${id}`, { token: fx.actors.enteAdmin.token, body: { _status: 'published' } })
    expect(publish.status).toBe(403)
    expect((await publicView(id))?.title).toBe('Assistenza pubblicata A')

    // WeMi validates: publishing what was submitted makes it the public version.
    await app.payload.update({ collection: 'services', id, data: { _status: 'published' }, ...as(fx.actors.admin) })
    const validated = await publicView(id)
    expect(validated?.title).toBe('Titolo nuovo')
    expect(validated?.validation.status).toBe('published')
    expect(Date.now() - Date.parse(validated!.validation.validatedAt!)).toBeLessThan(60_000)
  })

  it('lets WeMi send a submitted change back with notes', async () => {
    const doc = await createAsEnte()
    await app.payload.update({
      collection: 'services',
      id: doc.id,
      data: { validation: { status: 'submitted' } },
      ...as(fx.actors.enteAdmin),
    })
    await app.payload.update({
      collection: 'services',
      id: doc.id,
      data: { validation: { status: 'draft', notes: 'Indicate le qualifiche del personale.' } },
      draft: true,
      ...as(fx.actors.admin),
    })
    const returned = await latest(doc.id)
    expect(returned.validation).toMatchObject({ status: 'draft', notes: 'Indicate le qualifiche del personale.' })
    expect(returned.validation.submittedAt).toBeTruthy()
  })

  it('refuses an ente admin a live state, even in a draft', async () => {
    const doc = await createAsEnte()
    for (const status of ['published', 'suspended', 'archived'] as const) {
      const refused = await refusal(
        app.payload.update({ collection: 'services', id: doc.id, data: { validation: { status } }, ...as(fx.actors.enteAdmin) }),
      )
      expect(refused.status).toBe(400)
      expect(refused.errors[0]?.path).toBe('validation.status')
    }
    expect((await latest(doc.id)).validation.status).toBe('draft')
  })

  it('refuses an ente admin moving the service to another organisation', async () => {
    await app.payload.update({
      collection: 'services',
      id: fx.services.draftA,
      data: { organisation: fx.organisations.orgB },
      ...as(fx.actors.enteAdmin),
    })
    const after = await latest(fx.services.draftA)
    expect(typeof after.organisation === 'string' ? after.organisation : after.organisation.id).toBe(fx.organisations.orgA)
  })

  it('does not let a suspended organisation submit services', async () => {
    const refused = await refusal(
      app.payload.update({
        collection: 'services',
        id: fx.services.publishedSuspended,
        data: { validation: { status: 'submitted' } },
        draft: true,
        ...as(fx.actors.admin),
      }),
    )
    expect(refused.status).toBe(400)
    expect(refused.errors[0]?.message).toContain('non è accreditato')
  })
})

describe('what the public sees', () => {
  it('hides a service when WeMi suspends it, and every service of a suspended organisation', async () => {
    const doc = await app.payload.create({
      collection: 'services',
      data: { ...draftData(), validation: { status: 'published' }, _status: 'published' } as never,
    })
    expect(await publicView(doc.id)).toBeDefined()
    await app.payload.update({
      collection: 'services',
      id: doc.id,
      data: { validation: { status: 'suspended' }, _status: 'published' },
      ...as(fx.actors.admin),
    })
    expect(await publicView(doc.id)).toBeUndefined()
    expect(await publicView(fx.services.publishedSuspended)).toBeUndefined()
  })

  it('uses one definition of "public" that the access rules and the site share', async () => {
    const { docs } = await app.payload.find({ collection: 'services', where: publishedServices, pagination: false, depth: 0 })
    const anonymous = await app.payload.find({ collection: 'services', overrideAccess: false, user: null, pagination: false, depth: 0 })
    expect(docs.map((d) => d.id).sort()).toEqual(anonymous.docs.map((d) => d.id).sort())
  })

  it('does not show another ente its drafts’ history', async () => {
    const response = await app.rest('GET', `/api/services/versions?where[parent][equals]=${fx.services.draftA}`, {
      token: fx.extraActors.enteAdminB.token,
    })
    expect(response.status).toBe(200)
    expect(response.body.docs).toEqual([])
    const own = await app.rest('GET', `/api/services/versions?where[parent][equals]=${fx.services.draftA}`, {
      token: fx.actors.enteAdmin.token,
    })
    expect(own.body.docs.length).toBeGreaterThan(0)
    const citizen = await app.rest('GET', '/api/services/versions', { token: fx.actors.citizen.token })
    expect(citizen.status).toBe(403)
  })
})

describe('prices', () => {
  it('stores the lowest prices a citizen can pay, for sorting and display', async () => {
    const doc = await createAsEnte({
      deliveryMode: 'both',
      priceCents: 1400,
      sharedPrices: [
        { people: 2, priceCents: 1000 },
        { people: 3, priceCents: 800 },
      ],
    })
    expect(doc.priceFromCents).toBe(800)
    expect(doc.sharedPriceFromCents).toBe(800)
    const free = await createAsEnte({ priceModel: 'free', priceCents: undefined })
    expect(free.priceFromCents).toBe(0)
  })

  it('refuses incoherent prices with a clear message, in Italian or English', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ priceModel: 'free', priceCents: 500 }, 'priceCents', 'gratuito'],
      [{ priceCents: undefined }, 'priceCents', 'prezzo'],
      [{ deliveryMode: 'shared', priceCents: undefined, sharedPrices: [] }, 'sharedPrices', 'tabella'],
      [{ sharedPrices: [{ people: 2, priceCents: 900 }] }, 'sharedPrices', 'condivisa'],
      [
        {
          deliveryMode: 'shared',
          sharedPrices: [
            { people: 2, priceCents: 900 },
            { people: 2, priceCents: 800 },
          ],
        },
        'sharedPrices',
        'una sola volta',
      ],
      [{ priceCents: 12.5 }, 'priceCents', 'in euro'],
    ]
    for (const [overrides, path, text] of cases) {
      const refused = await refusal(createAsEnte(overrides))
      expect(refused.status, JSON.stringify(overrides)).toBe(400)
      expect(refused.errors.find((error) => error.path === path)?.message ?? '', JSON.stringify(refused.errors)).toContain(text)
    }
    const english = await app.rest('POST', '/api/services', {
      token: fx.actors.enteAdmin.token,
      language: 'en',
      body: draftData({ priceModel: 'free', priceCents: 500 }),
    })
    expect(english.status).toBe(400)
    expect(JSON.stringify(english.body)).toContain('A free service cannot have prices')
  })
})

describe('slugs', () => {
  it('gives services with the same title distinct addresses', async () => {
    const first = await createAsEnte({ title: 'Badante a ore' })
    const second = await createAsEnte({ title: 'Badante a ore' })
    expect(first.slug).toBe('badante-a-ore')
    expect(second.slug).toBe('badante-a-ore-2')
  })
})
