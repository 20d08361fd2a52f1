import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseCsv } from '../../lib/csv'
import { runSql } from '../../lib/sql'
import { CITY_PROFILE } from '../../seed/cities'
import { indicators, type InsightsFilters, tableRows } from '../../plugins/insights/report'
import { refreshInsights } from '../../plugins/insights/refresh'
import { startTestApp, type TestApp } from '../helpers/app'
import { buildFixtures, type Fixtures } from '../helpers/fixtures'
import { buildInsightsFixture, PERIOD, WEEK_1, WEEK_2 } from '../helpers/insights'

/**
 * Every insights table, read back for a fixture whose figures were worked out by hand: what
 * was searched (and not found), needed and asked for, what became of the requests, the prices
 * quoted, the groups, the care-work hires, the vouchers and the city's outcome indicators.
 */
let app: TestApp
let fx: Fixtures
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  await buildInsightsFixture(app.payload, app.rest, fx)
}, 120_000)
afterAll(async () => app?.close())

const rows = (name: Parameters<typeof tableRows>[1], filters: Partial<InsightsFilters> = {}, language: 'it' | 'en' = 'it') =>
  tableRows(app.payload, name, { ...PERIOD, ...filters }, language)

describe('demand', () => {
  it('counts searches, reported needs and requests by week, district and category, weeks in Rome time', async () => {
    expect(await rows('demand')).toEqual([
      // The 00:30 Monday search (Sunday in UTC) is in the first week; the one at 23:30 on Sunday is not.
      { week: WEEK_1, district: 'Municipio 1', category: 'Assistenza domiciliare', searches: 3, searchesEmpty: 3, needs: 2, requests: 3 },
      { week: WEEK_1, district: 'Municipio 1', category: 'Categoria non indicata', searches: 4, searchesEmpty: 3, needs: 0, requests: 0 },
      { week: WEEK_1, district: 'Municipio 2', category: 'Assistenza domiciliare', searches: 4, searchesEmpty: 0, needs: 0, requests: 0 },
      { week: WEEK_2, district: 'Municipio 1', category: 'Assistenza domiciliare', searches: 0, searchesEmpty: 0, needs: 0, requests: 1 },
      { week: WEEK_2, district: 'Municipio 1', category: 'Categoria non indicata', searches: 1, searchesEmpty: 1, needs: 0, requests: 0 },
      { week: WEEK_2, district: 'Municipio 2', category: 'Categoria non indicata', searches: 0, searchesEmpty: 0, needs: 1, requests: 0 },
    ])
  })

  it('narrows to a district, a category or its area, a target group and a period', async () => {
    const byDistrict = await rows('demand', { districtId: fx.districts.d2 })
    expect(byDistrict.map((row) => [row.week, row.searches, row.needs])).toEqual([
      [WEEK_1, 4, 0],
      [WEEK_2, 0, 1],
    ])
    const byArea = await rows('demand', { categoryId: fx.categories.areaA })
    expect(byArea.map((row) => row.category)).toEqual(['Assistenza domiciliare', 'Assistenza domiciliare', 'Assistenza domiciliare'])
    expect(await rows('demand', { categoryId: fx.categories.b1 })).toEqual([])
    // Only searches record a target group: needs and requests stay, searches count those made for it.
    const forElderly = await rows('demand', { targetGroupId: fx.targetGroup })
    expect(forElderly.reduce((sum, row) => sum + Number(row.searches), 0)).toBe(3)
    expect(forElderly.reduce((sum, row) => sum + Number(row.requests), 0)).toBe(4)
    const secondWeek = await rows('demand', { from: '2026-11-10', to: '2026-11-15' })
    expect(secondWeek.every((row) => row.week === WEEK_2)).toBe(true)
  })

  it('lists the words of searches that found nothing or little, worst first', async () => {
    expect(await rows('unmetSearches')).toEqual([
      { terms: 'dopo scuola', district: 'Municipio 1', searches: 5, searchesEmpty: 4, searchesFew: 1 },
      { terms: 'badante notte', district: 'Municipio 1', searches: 3, searchesEmpty: 3, searchesFew: 0 },
    ])
  })
})

describe('requests and prices', () => {
  it('tells what became of requests and how long the first quote took', async () => {
    expect(await rows('outcomes')).toEqual([
      {
        category: 'Assistenza domiciliare',
        district: 'Municipio 1',
        requests: 4,
        paidShare: 0.5,
        declined: 1,
        expired: 2,
        unanswered: 1,
        hoursToFirstQuote: 20,
      },
    ])
  })

  it('spreads the quoted amounts beside the catalogue price', async () => {
    expect(await rows('prices')).toEqual([
      { category: 'Assistenza domiciliare', quotes: 2, lowQuarter: 3000, median: 6000, highQuarter: 9000, catalogueMedian: 1800 },
    ])
  })

  it('sums the public money spent with vouchers by category', async () => {
    expect(await rows('vouchers')).toEqual([{ category: 'Assistenza domiciliare', spent: 12_000 }])
  })
})

describe('sharing, care work and coverage', () => {
  it('counts groups opened, formed and dissolved by week', async () => {
    expect(await rows('sharing')).toEqual([{ week: WEEK_1, opened: 2, formed: 0, dissolved: 1 }])
  })

  it('counts families’ care requests, proposals and hires by job, in the reader’s language', async () => {
    expect(await rows('care')).toEqual([{ job: 'Badante (assistente familiare)', requests: 1, proposals: 1, hired: 1 }])
    expect((await rows('care', {}, 'en'))[0]?.job).toBe('Carer (badante)')
    expect(await rows('care', { from: '2026-11-02', to: '2026-11-08' })).toEqual([
      { job: 'Badante (assistente familiare)', requests: 1, proposals: 0, hired: 0 },
    ])
  })

  it('sets the services reaching each district beside its demand', async () => {
    expect(await rows('coverage')).toEqual([
      // Two published services of accredited enti reach Municipio 1 (and the shared one, Municipio 1 and 2).
      { district: 'Municipio 1', services: 3, searches: 8, searchesEmpty: 7, needs: 2 },
      { district: 'Municipio 2', services: 1, searches: 4, searchesEmpty: 0, needs: 1 },
      { district: 'Municipio 3', services: 0, searches: 0, searchesEmpty: 0, needs: 0 },
    ])
  })
})

describe('outcome indicators', () => {
  it('counts people served once, new or returning, and the other indicators of the period', async () => {
    expect(await indicators(app.payload, PERIOD)).toEqual({
      peopleServed: 1,
      newPeople: 1,
      returningPeople: 0,
      deliveredShared: 0,
      jobsCreated: 1,
      vouchersSpentCents: 12_000,
      districtsCovered: 2,
      districts: 3,
    })
    // In the second week alone, the same family comes back.
    expect(await indicators(app.payload, { from: WEEK_2, to: PERIOD.to })).toMatchObject({
      peopleServed: 1,
      newPeople: 0,
      returningPeople: 1,
    })
  })
})

describe('refresh', () => {
  it('keeps no identifier of a person in any insights table', async () => {
    const [row] = await runSql<{ columns: string }>(
      app.payload,
      sql`SELECT string_agg(column_name, ',') AS columns FROM information_schema.columns WHERE table_name LIKE 'insights_%'`,
    )
    expect(row!.columns).not.toMatch(/citizen|user|email|worker|family/)
  })

  it('rebuilds from the records: a new search shows after the next refresh, not before', async () => {
    await runSql(
      app.payload,
      sql`INSERT INTO search_log (terms, district_id, result_count, language, created_at) VALUES ('ripetizioni', ${fx.districts.d3}, 0, 'it', '2026-11-12T10:00:00Z')`,
    )
    expect((await rows('unmetSearches')).map((row) => row.terms)).not.toContain('ripetizioni')
    await refreshInsights(app.payload)
    expect((await rows('unmetSearches')).map((row) => row.terms)).toContain('ripetizioni')
  })
})

/** A GET as the browser sends it, with the person's token and language. */
const get = (path: string, token?: string, language = 'it') =>
  app.fetch(
    new Request(`http://localhost${path}`, {
      headers: { 'accept-language': language, ...(token ? { authorization: `JWT ${token}` } : {}) },
    }),
  )

describe('CSV export', () => {
  const path = `/api/insights/export?table=outcomes&from=${PERIOD.from}&to=${PERIOD.to}`

  it('gives WeMi staff each table as CSV with its headings, in their language', async () => {
    const response = await get(path, fx.actors.admin.token)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    expect(parseCsv(await response.text())).toEqual([
      [
        'Categoria',
        CITY_PROFILE.wording.it.districtLabel,
        'Richieste',
        'Pagate',
        'Rifiutate da un ente',
        'Scadute presso un ente',
        'Senza alcuna risposta',
        'Ore al primo preventivo (media)',
      ],
      ['Assistenza domiciliare', 'Municipio 1', '4', '50', '1', '2', '1', '20'],
    ])
    const prices = await get(`/api/insights/export?table=prices&from=${PERIOD.from}&to=${PERIOD.to}`, fx.actors.admin.token, 'en')
    expect(parseCsv(await prices.text())[1]).toEqual(['Assistenza domiciliare', '2', '30.00', '60.00', '90.00', '18.00'])
  })

  it('refuses bad filters in words, and everyone but WeMi staff', async () => {
    const asAdmin = (query: string) => get(`/api/insights/export?${query}`, fx.actors.admin.token)
    const wrongTable = await asAdmin('table=citizens')
    expect(wrongTable.status).toBe(400)
    expect((await wrongTable.json()).errors[0].message).toBe('Questa tabella non esiste.')
    const backwards = await asAdmin('table=demand&from=2026-11-15&to=2026-11-01')
    expect((await backwards.json()).errors[0].message).toBe('La data di inizio deve precedere quella di fine.')
    const injected = await asAdmin(`table=demand&district=${encodeURIComponent("x' OR 1=1 --")}`)
    expect((await injected.json()).errors[0].message).toBe('Il filtro scelto non esiste.')

    for (const actor of [fx.actors.anonymous, fx.actors.citizen, fx.actors.editor, fx.actors.operator, fx.actors.enteAdmin]) {
      const response = await get(path, actor.token)
      expect(response.status).toBe(403)
      expect(await response.text()).not.toContain('Municipio 1')
    }
  })

  it('lets WeMi staff alone rebuild the figures at once, back on the page with the same filters', async () => {
    const post = (token?: string) =>
      app.fetch(
        new Request(`http://localhost/api/insights/refresh?from=${PERIOD.from}&to=${PERIOD.to}`, {
          method: 'POST',
          headers: token ? { authorization: `JWT ${token}` } : {},
        }),
      )
    const refreshedAt = async () =>
      (await runSql<{ at: string }>(app.payload, sql`SELECT refreshed_at::text AS at FROM insights_refreshes`))[0]?.at
    const before = await refreshedAt()
    for (const actor of [fx.actors.anonymous, fx.actors.citizen, fx.actors.editor, fx.actors.enteAdmin]) {
      expect((await post(actor.token)).status).toBe(403)
    }
    expect(await refreshedAt()).toBe(before)
    const response = await post(fx.actors.admin.token)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`/admin/analisi?from=${PERIOD.from}&to=${PERIOD.to}`)
    expect(await refreshedAt()).not.toBe(before)
  })

  it('is not reachable through GraphQL or as a collection', async () => {
    const response = await app.rest('POST', '/api/graphql', {
      token: fx.actors.admin.token,
      body: { query: '{ __schema { queryType { fields { name } } } }' },
    })
    const names = (response.body.data.__schema.queryType.fields as { name: string }[]).map((field) => field.name.toLowerCase())
    expect(names.some((name) => name.includes('insight'))).toBe(false)
  })
})
