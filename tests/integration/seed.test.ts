import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'

import { createConfig } from '../../payload.config'
import { DEFAULT_SERVICES, runSeed, type SeedSummary } from '../../seed'
import { DEMO_ACCOUNTS } from '../../seed/accounts'
import { CITY } from '../../seed/cities'
import { planOrganisations, planServices } from '../../seed/plan'
import { Random } from '../../seed/random'
import { closePayload, openPayload } from '../../server/instance'
import { createTestDatabase } from '../helpers/database'

type Opened = { payload: Payload; close: () => Promise<void> }

const openFreshDatabase = async (): Promise<Opened> => {
  const database = await createTestDatabase(inject('databaseServer'), inject('databaseRun'))
  const payload = await openPayload(createConfig(database.url))
  return {
    payload,
    close: async () => {
      await closePayload(payload)
      await database.drop()
    },
  }
}

/**
 * The seeded data with every generated identifier and timestamp replaced by natural keys, in
 * both languages: what must be equal for two runs to count as "the same data".
 */
const canonical = async (payload: Payload) => {
  const all = async (collection: Parameters<Payload['find']>[0]['collection'], sort: string) =>
    (await payload.find({ collection, pagination: false, depth: 0, locale: 'all', sort })).docs as Record<string, any>[]
  const districts = await all('districts', 'number')
  const categories = await all('categories', 'slug')
  const organisations = await all('organisations', 'slug')
  const desks = await all('desks', 'slug')
  const targetGroups = await all('target-groups', 'slug')
  const companies = await all('companies', 'vatNumber')
  // The files' names may differ (both databases keep their uploads in one folder): their texts may not.
  const media = await all('media', 'createdAt')
  const key = new Map<string, string>([
    ...media.map((m) => [String(m.id), `media:${m.alt?.it}`] as [string, string]),
    ...districts.map((d) => [String(d.id), `district:${d.number}`] as [string, string]),
    ...categories.map((c) => [String(c.id), `category:${c.slug}`] as [string, string]),
    ...organisations.map((o) => [String(o.id), `organisation:${o.slug}`] as [string, string]),
    ...desks.map((d) => [String(d.id), `desk:${d.slug}`] as [string, string]),
    ...targetGroups.map((t) => [String(t.id), `target-group:${t.slug}`] as [string, string]),
    ...companies.map((c) => [String(c.id), `company:${c.vatNumber}`] as [string, string]),
  ])
  const naturalKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(naturalKeys)
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(
            ([name]) =>
              !['id', 'createdAt', 'updatedAt', 'fiscalCodeConfirmedAt', 'hash', 'salt', 'sessions', 'loginAttempts', 'lockUntil'].includes(
                name,
              ),
          )
          .map(([name, inner]) => [name, naturalKeys(inner)]),
      )
    }
    return typeof value === 'string' && key.has(value) ? key.get(value) : value
  }
  return naturalKeys({
    districts,
    categories,
    organisations,
    desks,
    targetGroups,
    companies,
    services: await all('services', 'slug'),
    users: await all('users', 'email'),
    citizens: await all('citizens', 'email'),
    pages: await all('pages', 'slug'),
    news: await all('news', 'slug'),
    faqs: await all('faqs', 'order'),
    city: await payload.findGlobal({ slug: 'city', depth: 0, locale: 'all' }),
  })
}

describe('the demo city', () => {
  let demo: Opened
  let first: SeedSummary
  beforeAll(async () => {
    demo = await openFreshDatabase()
    first = await runSeed(demo.payload)
  })
  afterAll(async () => demo?.close())

  it('has the scale the demo promises', async () => {
    const { payload } = demo
    const count = async (collection: Parameters<Payload['count']>[0]['collection'], where = {}) =>
      (await payload.count({ collection, where })).totalDocs
    expect(await count('districts')).toBe(CITY.districts.length)
    expect(await count('organisations')).toBeGreaterThanOrEqual(40)
    expect(await count('organisations', { 'accreditation.status': { in: ['draft', 'submitted', 'to-correct'] } })).toBeGreaterThan(0)
    expect(await count('services')).toBeGreaterThanOrEqual(300)
    expect(await count('services', { priceModel: { equals: 'free' } })).toBeGreaterThan(0)
    expect(await count('services', { 'sharedPrices.people': { exists: true } })).toBeGreaterThan(0)
    expect(await count('services', { 'validation.status': { equals: 'published' } })).toBeGreaterThan(200)
    expect(await count('desks')).toBe(CITY.desks.length)
    expect(await count('categories', { parent: { exists: false } })).toBeGreaterThanOrEqual(7)
    expect(await count('categories', { slug: { equals: 'residenzialita-temporanea' } })).toBe(1)
    for (const slug of ['chi-siamo', 'come-funziona', 'privacy', 'dichiarazione-di-accessibilita', 'note-legali']) {
      expect(await count('pages', { slug: { equals: slug } }), slug).toBe(1)
    }
    expect(await count('faqs')).toBeGreaterThanOrEqual(10)
    for (const account of DEMO_ACCOUNTS) {
      expect(await count(account.role === 'citizen' ? 'citizens' : 'users', { email: { equals: account.email } }), account.email).toBe(1)
    }
    expect(first.created.services).toBe(DEFAULT_SERVICES)
  })

  it('writes every text in Italian and English', async () => {
    const service = (await demo.payload.find({ collection: 'services', limit: 1, locale: 'all', depth: 0 })).docs[0] as Record<string, any>
    expect(service.title.it).toBeTruthy()
    expect(service.title.en).toBeTruthy()
    expect(service.title.en).not.toBe(service.title.it)
    expect(service.audience.en).toBeTruthy()
  })

  it('creates nothing and changes nothing when run again', async () => {
    const before = await canonical(demo.payload)
    const again = await runSeed(demo.payload)
    expect(again.created).toEqual({})
    expect(await canonical(demo.payload)).toEqual(before)
  })

  it('refuses to add one city to the database of another', async () => {
    const { payload } = demo
    const before = await canonical(payload)
    await payload.updateGlobal({ slug: 'city', data: { name: 'Altrove' } })
    try {
      await expect(runSeed(payload)).rejects.toThrow(`This database holds the WeMi of Altrove; WEMI_CITY asks for ${CITY.profile.name}.`)
    } finally {
      await payload.updateGlobal({ slug: 'city', data: { name: CITY.profile.name } })
    }
    expect(await canonical(payload)).toEqual(before)
  })
})

describe('determinism', () => {
  let a: Opened
  let b: Opened
  beforeAll(async () => {
    ;[a, b] = await Promise.all([openFreshDatabase(), openFreshDatabase()])
  })
  afterAll(async () => Promise.all([a?.close(), b?.close()]))

  it('builds the same data from the same seed', async () => {
    await runSeed(a.payload, { seed: 7, services: 40 })
    await runSeed(b.payload, { seed: 7, services: 40 })
    expect(await canonical(a.payload)).toEqual(await canonical(b.payload))
  })

  it('builds a different city from another seed', () => {
    const one = new Random(7)
    const other = new Random(8)
    const plan = (random: Random) => planServices(random, planOrganisations(random), 40).map((service) => service.slug)
    expect(plan(one)).not.toEqual(plan(other))
  })
})
