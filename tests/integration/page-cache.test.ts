import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest'

import { siteContentGeneration } from '../../lib/site-content'
import { rebuildSearchIndex } from '../../plugins/search'
import { searchServices } from '../../plugins/search/query'
import type { TestApp } from '../helpers/app'
import { createTestDatabase } from '../helpers/database'
import { buildFixtures, type Fixtures } from '../helpers/fixtures'

/**
 * The site's memory of rendered public pages (site/src/lib/page-cache.ts) against a real
 * PostgreSQL: what is kept and for whom, and every way a kept page goes stale — an edit through
 * the API, a change committed by another process, a change still uncommitted while the page was
 * rendered, and the page’s own lifetime; and the search answers and the catalogue copy search
 * reads, which go stale with the pages.
 */
type PageCache = typeof import('../../site/src/lib/page-cache')
let app: TestApp
let fx: Fixtures
let cache: PageCache
let otherProcess: pg.Client
const savedUrl = process.env.DATABASE_URL
const ORIGIN = 'http://localhost:4321'

beforeAll(async () => {
  const database = await createTestDatabase(inject('databaseServer'), inject('databaseRun'))
  process.env.DATABASE_URL = database.url
  app = await (await import('../helpers/app')).startTestApp(database)
  fx = await buildFixtures(app.payload, app.rest)
  cache = await import('../../site/src/lib/page-cache')
  otherProcess = new pg.Client({ connectionString: database.url })
  await otherProcess.connect()
})
afterAll(async () => {
  await otherProcess?.end()
  process.env.DATABASE_URL = savedUrl
  await app?.close()
})

let pageNumber = 0
const get = (path: string, headers: Record<string, string> = {}) => new Request(new URL(path, ORIGIN), { headers })
const publicHeaders = (cacheControl = 'public, max-age=60, stale-while-revalidate=600') =>
  new Headers({ 'content-type': 'text/html; charset=utf-8', 'cache-control': cacheControl, etag: `W/"page-${pageNumber}"` })

const bytes = (text: string) => new TextEncoder().encode(text)

/** A page as the middleware keeps it, once this process listens for changes. */
const keepNew = async (cacheControl?: string) => {
  const path = `/servizi/pagina-${++pageNumber}`
  const body = `<!DOCTYPE html><title>Pagina ${pageNumber}</title>`
  await expect
    .poll(() => {
      cache.keptPage(get(path))
      return cache.keepPage(get(path), bytes(body), publicHeaders(cacheControl), siteContentGeneration())
    })
    .toBe(true)
  return { path, body }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const body = async (path: string) => {
  const response = cache.keptPage(get(path))
  return response ? await response.text() : null
}

describe('the site’s kept pages', () => {
  it('answers an anonymous visitor from memory, and a browser that holds the page with a 304', async () => {
    const { path, body: html } = await keepNew()
    expect(await body(path)).toBe(html)
    const response = cache.keptPage(get(path))!
    expect(response.headers.get('cache-control')).toMatch(/^public/)
    const revalidated = cache.keptPage(get(path, { 'if-none-match': response.headers.get('etag')! }))
    expect(revalidated?.status).toBe(304)
  })

  it('keeps a page for the host it was asked on, whose address its links name', async () => {
    const { path } = await keepNew()
    expect(cache.keptPage(new Request(new URL(path, 'http://wemi.example')))).toBeNull()
  })

  it('serves nobody who is signed in or sends anything but a GET', () => {
    expect(cache.isAnonymousGet(get('/'))).toBe(true)
    expect(cache.isAnonymousGet(get('/', { cookie: 'payload-token=abc' }))).toBe(false)
    expect(cache.isAnonymousGet(get('/', { authorization: 'JWT abc' }))).toBe(false)
    expect(cache.isAnonymousGet(new Request(new URL('/', ORIGIN), { method: 'POST', body: 'x' }))).toBe(false)
  })

  it('keeps no page that is private, sets a cookie or may not be kept at all', async () => {
    await keepNew()
    for (const headers of [
      publicHeaders('private, no-store'),
      publicHeaders('public, max-age=0'),
      new Headers([...publicHeaders(), ['set-cookie', 'session=1']]),
    ]) {
      const path = `/pagina-privata-${++pageNumber}`
      expect(cache.keepPage(get(path), bytes('privata'), headers, siteContentGeneration())).toBe(false)
      expect(cache.keptPage(get(path))).toBeNull()
    }
  })

  it('forgets every page when an editor changes one through the API', async () => {
    const { path } = await keepNew()
    const page = fx.pages.published
    const changed = await app.rest('PATCH', `/api/pages/${page}`, { token: fx.actors.admin.token, body: { title: 'Chi siamo (nuovo)' } })
    expect(changed.status).toBe(200)
    expect(cache.keptPage(get(path))).toBeNull()
  })

  it('keeps its pages when something the site does not show changes', async () => {
    // The earlier tests' announcements arrive first.
    await pause(300)
    const { path, body: html } = await keepNew()
    await app.payload.update({ collection: 'citizens', id: fx.citizens.citizen1, data: { firstName: 'Marco' } })
    // Time for an announcement, had there been one, to arrive.
    await pause(300)
    expect(await body(path)).toBe(html)
  })

  it('forgets every page when another process commits a change', async () => {
    const { path } = await keepNew()
    await otherProcess.query(`SELECT pg_notify('site_content_changed', '')`)
    await expect.poll(() => cache.keptPage(get(path)), { timeout: 5_000 }).toBeNull()
  })

  it('does not serve a page rendered while another process’s change was not yet committed', async () => {
    await keepNew()
    await otherProcess.query('BEGIN')
    await otherProcess.query(`SELECT pg_notify('site_content_changed', '')`)
    // Rendered from the data before the change: kept, and right until the change commits.
    const { path } = await keepNew()
    await pause(200)
    expect(cache.keptPage(get(path))).not.toBeNull()
    await otherProcess.query('COMMIT')
    await expect.poll(() => cache.keptPage(get(path)), { timeout: 5_000 }).toBeNull()
  })

  it('does not keep a page whose rendering began before a change', async () => {
    await keepNew()
    const began = siteContentGeneration()
    await app.rest('PATCH', `/api/pages/${fx.pages.published}`, { token: fx.actors.admin.token, body: { title: 'Chi siamo' } })
    const path = `/pagina-lenta-${++pageNumber}`
    expect(cache.keepPage(get(path), bytes('vecchia'), publicHeaders(), began)).toBe(false)
    expect(cache.keptPage(get(path))).toBeNull()
  })

  it('forgets remembered search answers too when another process commits a change', async () => {
    const query = { terms: 'assistenza', filters: {}, sort: 'relevance' as const, page: 1 }
    // The earlier tests' announcements arrive first.
    await pause(300)
    const first = searchServices(app.payload, query)
    await first
    expect(searchServices(app.payload, query)).toBe(first)
    await otherProcess.query(`SELECT pg_notify('site_content_changed', '')`)
    await expect.poll(() => searchServices(app.payload, query) !== first, { timeout: 5_000 }).toBe(true)
  })

  it('drops a service another process took out of the catalogue: at once when announced, within half a minute when not', async () => {
    let asked = 0
    // Another page each time, so that no remembered answer is read.
    const total = async () => (await searchServices(app.payload, { terms: '', filters: {}, sort: 'relevance', page: 100 + ++asked })).total
    await pause(300)
    const before = await total()
    const [announced, silent] = (
      await otherProcess.query<{ service_id: string }>('SELECT service_id FROM service_search ORDER BY slug LIMIT 2')
    ).rows
    await otherProcess.query('BEGIN')
    await otherProcess.query('DELETE FROM service_search WHERE service_id = $1', [announced!.service_id])
    await otherProcess.query(`SELECT pg_notify('site_content_changed', '')`)
    await otherProcess.query('COMMIT')
    await expect.poll(total, { timeout: 5_000 }).toBe(before - 1)

    await otherProcess.query('DELETE FROM service_search WHERE service_id = $1', [silent!.service_id])
    // Unannounced, the change waits for the next check of the copy in memory.
    expect(await total()).toBe(before - 1)
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(Date.now() + 31_000)
      await expect.poll(total, { timeout: 5_000 }).toBe(before - 2)
    } finally {
      vi.useRealTimers()
      await rebuildSearchIndex(app.payload)
    }
    await expect.poll(total, { timeout: 5_000 }).toBe(before)
  })

  it('keeps a page no longer than its own Cache-Control allows', async () => {
    const { path } = await keepNew('public, max-age=1')
    expect(cache.keptPage(get(path))).not.toBeNull()
    await pause(1_100)
    expect(cache.keptPage(get(path))).toBeNull()
  })
})
