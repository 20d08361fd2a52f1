import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runSeed } from '../../seed'
import { startTestApp, type TestApp } from '../helpers/app'
import { readAsSystem } from '../helpers/channels'
import { type Actor, buildFixtures, type Fixtures, TAX_CODES } from '../helpers/fixtures'

/**
 * Attacks through the query surface of REST and GraphQL: filters that reveal fields the caller
 * may not read, replies inflated by depth and limit, Payload's own system collections, draft
 * and scheduled versions, and WeMi's notes to an ente. Each asserts the refusal and that the
 * database is as it was.
 */

let app: TestApp
let fx: Fixtures
let appointment: string

const REFUSED = [400, 401, 403]

const get = (actor: Actor, path: string) => app.rest('GET', path, { token: actor.token })

const graphql = async (actor: Actor, query: string) => {
  const response = await app.rest('POST', '/api/graphql', { token: actor.token, body: { query } })
  return response.body as { data?: Record<string, any>; errors?: { message: string }[] }
}

/** How many levels of populated documents a reply nests (0: none). */
const populatedDepth = (value: unknown): number => {
  if (Array.isArray(value)) return Math.max(0, ...value.map(populatedDepth))
  if (!value || typeof value !== 'object') return 0
  const inner = Math.max(0, ...Object.values(value).map(populatedDepth))
  return 'id' in value && 'createdAt' in value ? inner + 1 : inner
}

const count = (collection: CollectionSlug) => app.payload.count({ collection }).then(({ totalDocs }) => totalDocs)

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  // A booking of citizen1 at the operator's desk: the operator sees the citizen on screen.
  const slot = await app.payload.create({
    collection: 'desk-slots',
    data: {
      desk: fx.desks.closed,
      startsAt: new Date(Date.now() + 48 * 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 49 * 3_600_000).toISOString(),
      capacity: 3,
    },
    depth: 0,
  })
  appointment = String(
    (
      await app.payload.create({
        collection: 'appointments',
        data: {
          slot: slot.id,
          topic: 'orientation',
          name: 'Mario Rossi',
          email: 'citizen1@test.example',
          citizen: fx.citizens.citizen1,
        } as never,
        depth: 0,
      })
    ).id,
  )
  await app.payload.update({
    collection: 'citizens',
    id: fx.citizens.citizen1,
    data: { birthDate: '1980-01-01', beneficiaries: [{ name: 'Anna Rossi', relationship: 'parent' }] } as never,
    depth: 0,
  })
  await app.payload.update({
    collection: 'services',
    id: fx.services.publishedA,
    data: { validation: { status: 'published', notes: 'Manca il listino prezzi' } } as never,
    depth: 0,
  })
})
afterAll(async () => app?.close())

describe('filters that read what the caller may not', () => {
  it('refuses a desk operator’s filter and sort through an appointment into the citizen’s codice fiscale, birth date and beneficiaries', async () => {
    const operator = fx.actors.operator
    expect((await get(operator, `/api/appointments/${appointment}?depth=0`)).status, 'the operator sees the appointment').toBe(200)
    const prefix = TAX_CODES.citizen1.slice(0, 3)
    for (const [path, value] of [
      ['citizen.fiscalCode', prefix],
      ['citizen.birthDate', '1980'],
      ['citizen.beneficiaries.name', 'Anna'],
    ] as const) {
      const filtered = await get(operator, `/api/appointments?depth=0&where[${path}][like]=${value}`)
      expect(REFUSED, `${path}: ${JSON.stringify(filtered.body)}`).toContain(filtered.status)
      const sorted = await get(operator, `/api/appointments?depth=0&sort=${path}`)
      expect(REFUSED, `sort ${path}`).toContain(sorted.status)
      const viaGraphql = await graphql(operator, `{ Appointments(sort: "${path}") { totalDocs } }`)
      expect(viaGraphql.errors?.length, `GraphQL sort ${path}`).toBeGreaterThan(0)
    }
    // The refusal says why, in both languages.
    const { body } = await get(operator, `/api/appointments?where[citizen.fiscalCode][like]=${prefix}`)
    expect(JSON.stringify(body)).toMatch(/citizen\.fiscalCode/)
  })
})

describe('replies inflated by depth and limit', () => {
  it('caps depth and limit for anonymous lists through REST and GraphQL', async () => {
    const services = await get(fx.actors.anonymous, '/api/services?depth=10&limit=100000')
    expect(services.status).toBe(200)
    expect(services.body.limit).toBeLessThanOrEqual(100)
    // Depth is capped: the services with their relations, and not the relations' own.
    expect(populatedDepth(services.body.docs)).toBe(1 + 1)
    const districts = await get(fx.actors.anonymous, '/api/districts?depth=10&limit=3')
    expect(districts.status).toBe(200)
    const viaGraphql = await graphql(fx.actors.anonymous, '{ Services(limit: 100000) { limit docs { id } } }')
    expect(viaGraphql.data?.Services?.limit).toBeLessThanOrEqual(100)
    // GraphQL populates what the query names: a query that nests relations over and over is refused whole.
    const nested = `{ Services(limit: 100) { docs { category { ${'parent { '.repeat(40)}id${' }'.repeat(40)} } } } }`
    const deep = await graphql(fx.actors.anonymous, nested)
    expect(deep.data?.Services ?? null).toBeNull()
    expect(JSON.stringify(deep.errors)).toMatch(/complexity/i)
  })
})

describe('Payload’s system collections', () => {
  it('refuses a citizen creating, listing or deleting document locks, and leaves the staff’s locks alone', async () => {
    const citizen = fx.actors.citizen
    const adminLock = await app.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'services', value: fx.services.publishedB }, user: { relationTo: 'users', value: fx.users.admin } },
      depth: 0,
    })
    const before = await count('payload-locked-documents')
    const created = await app.rest('POST', '/api/payload-locked-documents', {
      token: citizen.token,
      body: {
        document: { relationTo: 'services', value: fx.services.publishedA },
        user: { relationTo: 'citizens', value: fx.citizens.citizen1 },
      },
    })
    expect(REFUSED).toContain(created.status)
    const listed = await get(citizen, '/api/payload-locked-documents')
    expect(REFUSED).toContain(listed.status)
    const deleted = await app.rest('DELETE', `/api/payload-locked-documents/${adminLock.id}`, { token: citizen.token })
    expect(REFUSED).toContain(deleted.status)
    const viaGraphql = await graphql(citizen, `mutation { deletePayloadLockedDocument(id: "${adminLock.id}") { id } }`)
    expect(viaGraphql.errors?.length).toBeGreaterThan(0)
    expect(await count('payload-locked-documents')).toBe(before)
    expect(await readAsSystem(app.payload, 'payload-locked-documents', String(adminLock.id))).toBeDefined()
  })

  it('keeps the admin panel’s preferences to staff, each to their own', async () => {
    const before = await count('payload-preferences')
    const written = await app.rest('POST', '/api/payload-preferences/nav', {
      token: fx.actors.citizen.token,
      body: { value: { open: true } },
    })
    expect(REFUSED).toContain(written.status)
    const created = await app.rest('POST', '/api/payload-preferences', {
      token: fx.actors.citizen.token,
      body: { key: 'nav', value: { open: true } },
    })
    expect(REFUSED).toContain(created.status)
    expect(await count('payload-preferences')).toBe(before)
    const own = await app.rest('POST', '/api/payload-preferences/nav', { token: fx.actors.editor.token, body: { value: { open: true } } })
    expect(own.status).toBe(200)
    const others = await get(fx.actors.operator, '/api/payload-preferences?depth=0')
    expect(others.body.docs ?? []).toHaveLength(0)
  })

  it('refuses to run the job queue for a citizen or any staff member but a WeMi admin, and runs nothing', async () => {
    const job = (await app.payload.jobs.queue({
      task: 'send-notification-email' as never,
      input: { notification: '00000000-0000-0000-0000-000000000000' } as never,
    })) as { id: string | number }
    for (const actor of [fx.actors.citizen, fx.actors.editor, fx.actors.enteAdmin]) {
      const run = await get(actor, '/api/payload-jobs/run?allQueues=true')
      expect(REFUSED, JSON.stringify(run.body)).toContain(run.status)
      const schedules = await get(actor, '/api/payload-jobs/handle-schedules')
      expect(REFUSED).toContain(schedules.status)
    }
    const untouched = await readAsSystem(app.payload, 'payload-jobs', String(job.id))
    expect(untouched?.processing).toBeFalsy()
    expect(untouched?.completedAt ?? null).toBeNull()
    expect(untouched?.totalTried ?? 0).toBe(0)
    await app.payload.delete({ collection: 'payload-jobs', id: job.id, depth: 0 })
  })
})

describe('versions', () => {
  const VERSIONED = ['news', 'pages', 'faqs', 'services'] as const

  it('gives anonymous visitors and citizens nothing from the version history of any versioned collection', async () => {
    const versioned = app.config.collections.filter((collection) => collection.versions).map((collection) => collection.slug)
    expect(versioned.sort()).toEqual([...VERSIONED].sort())
    for (const slug of versioned) {
      for (const actor of [fx.actors.anonymous, fx.actors.citizen, fx.actors.operator]) {
        const listed = await get(actor, `/api/${slug}/versions?depth=0&where[version.publishedAt][greater_than]=2098-01-01`)
        if (listed.status === 200) expect(listed.body.docs, `${slug} versions`).toHaveLength(0)
        else expect(REFUSED, `${slug} versions`).toContain(listed.status)
      }
    }
    const scheduled = await graphql(
      fx.actors.citizen,
      '{ versionsNews(where: { version__publishedAt: { greater_than: "2098-01-01" } }) { docs { id version { title } } } }',
    )
    expect(scheduled.data?.versionsNews?.docs ?? []).toHaveLength(0)
  })

  it('lets editors read the history of what they edit', async () => {
    const news = await get(fx.actors.editor, '/api/news/versions?depth=0&where[version.publishedAt][greater_than]=2098-01-01')
    expect(news.status).toBe(200)
    expect(news.body.docs.length).toBeGreaterThan(0)
  })
})

describe('WeMi’s validation notes to an ente', () => {
  it('are read by WeMi admins and the ente’s own admins only, never anonymously or by another ente', async () => {
    const id = fx.services.publishedA
    for (const actor of [fx.actors.anonymous, fx.actors.citizen, fx.extraActors.enteAdminB, fx.actors.operator]) {
      const selected = await get(actor, `/api/services/${id}?depth=0&select[validation]=true`)
      expect(selected.body?.validation?.notes, JSON.stringify(selected.body)).toBeUndefined()
      // Refused, or (for another ente's admin, kept to their own services) finding nothing.
      const filtered = await get(actor, `/api/services?depth=0&where[validation.notes][like]=listino`)
      expect(REFUSED.includes(filtered.status) || filtered.body.docs?.length === 0, JSON.stringify(filtered.body)).toBe(true)
      const viaGraphql = await graphql(actor, `{ Service(id: "${id}") { validation { notes } } }`)
      expect(viaGraphql.data?.Service?.validation?.notes ?? null).toBeNull()
    }
    for (const actor of [fx.actors.admin, fx.actors.enteAdmin]) {
      const selected = await get(actor, `/api/services/${id}?depth=0&select[validation]=true`)
      expect(selected.body.validation.notes).toBe('Manca il listino prezzi')
    }
    expect((await readAsSystem(app.payload, 'services', id))?.validation?.notes).toBe('Manca il listino prezzi')
  })
})

describe('the demo city under deep, long lists', () => {
  let city: TestApp

  beforeAll(async () => {
    city = await startTestApp()
    await runSeed(city.payload)
  })
  afterAll(async () => city?.close())

  it('answers anonymous deep lists of every public collection, under 1 MB and never with a 500', async () => {
    const anonymous = (path: string) => city.rest('GET', path)
    const services = await anonymous('/api/services?depth=10&limit=100')
    expect(services.status).toBe(200)
    expect(services.body.docs.length).toBeGreaterThan(0)
    expect(JSON.stringify(services.body).length).toBeLessThan(1_000_000)
    for (const slug of ['districts', 'categories', 'organisations', 'desks', 'target-groups', 'news', 'pages', 'faqs', 'media']) {
      for (const limit of [1, 3, 100, 1000]) {
        const listed = await anonymous(`/api/${slug}?depth=10&limit=${limit}`)
        expect(listed.status, `${slug} limit=${limit}`).toBe(200)
        expect(JSON.stringify(listed.body).length, `${slug} limit=${limit}`).toBeLessThan(1_000_000)
      }
    }
  })
})
