import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runSql } from '../../lib/sql'
import { dcatCatalogue } from '../../plugins/insights/dcat'
import { MIN_CELL, OPEN_DATASETS, type OpenDataset, openRows } from '../../plugins/insights/open-data'
import { refreshInsights } from '../../plugins/insights/refresh'
import type { Row } from '../../plugins/insights/report'
import { startTestApp, type TestApp } from '../helpers/app'
import { buildFixtures, type Fixtures } from '../helpers/fixtures'
import { buildInsightsFixture } from '../helpers/insights'

/**
 * The open data never shows a figure about fewer than five people, and a hidden figure cannot
 * be worked out from the figures shown: an attacker who subtracts the visible cells from any
 * published total of the same measure gets nothing back.
 */
let app: TestApp
let fx: Fixtures
type Published = { dataset: OpenDataset; rows: Row[]; truth: Row[] }
let published: Published[]

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  await buildInsightsFixture(app.payload, app.rest, fx)
  // Enough searches to show a cell: "badante" seven more times in Municipio 2 in the first week (11 in all).
  await runSql(
    app.payload,
    sql`INSERT INTO search_log (terms, filters, district_id, result_count, language, created_at)
      SELECT 'badante', '{"category": "assistenza-domiciliare"}'::jsonb, ${fx.districts.d2}, 0, 'it', '2026-11-06T10:00:00Z'
      FROM generate_series(1, 7)`,
  )
  await refreshInsights(app.payload)
  published = await Promise.all(
    OPEN_DATASETS.map(async (dataset) => ({
      dataset,
      rows: await openRows(app.payload, dataset, 'it'),
      truth: await runSql<Row>(app.payload, dataset.query('it')),
    })),
  )
}, 120_000)
afterAll(async () => app?.close())

const countColumns = (dataset: OpenDataset) => dataset.columns.filter((column) => column.kind === 'count')
const dimensions = (dataset: OpenDataset) => dataset.columns.filter((column) => column.kind === 'text' || column.kind === 'week')

describe('suppression', () => {
  it('shows no count below five, and hides what was computed from one', () => {
    let hidden = 0
    let shown = 0
    for (const { dataset, rows, truth } of published) {
      rows.forEach((row, index) => {
        for (const column of countColumns(dataset)) {
          const value = row[column.key]
          if (value === null) {
            hidden++
            expect(Number(truth[index]![column.key])).toBeLessThan(MIN_CELL)
          } else {
            shown++
            expect(Number(value), `${dataset.slug}.${column.key}`).toBeGreaterThanOrEqual(MIN_CELL)
            expect(value).toBe(truth[index]![column.key])
          }
        }
        for (const column of dataset.columns.filter((candidate) => candidate.basedOn)) {
          if (row[column.basedOn!] === null) expect(row[column.key], `${dataset.slug}.${column.key}`).toBeNull()
        }
      })
    }
    // The fixture is small: most cells are hidden, and one district's searches show.
    expect(hidden).toBeGreaterThan(20)
    expect(shown).toBeGreaterThan(0)
    const demand = published.find((entry) => entry.dataset.slug === 'domanda')!
    expect(demand.rows.find((row) => row.searches !== null)).toMatchObject({ district: 'Municipio 2', searches: 11 })
    // Two quotes make no price: the quartiles are hidden with the count.
    expect(published.find((entry) => entry.dataset.slug === 'prezzi-preventivi')!.rows[0]).toMatchObject({ quotes: null, median: null })
  })

  it('publishes no free text searched fewer than five times, nor any with digits or e-mail addresses', async () => {
    await runSql(
      app.payload,
      sql`INSERT INTO search_log (terms, district_id, result_count, language, created_at)
        SELECT terms, ${fx.districts.d1}, 0, 'it', '2026-11-11T10:00:00Z'
        FROM unnest(ARRAY['mario rossi via padova 12', 'scrivimi a mario@example.it']) terms, generate_series(1, 6)`,
    )
    await refreshInsights(app.payload)
    const terms = (
      await openRows(
        app.payload,
        OPEN_DATASETS.find((dataset) => dataset.slug === 'ricerche-senza-esito')!,
        'it',
      )
    ).map((row) => row.terms)
    expect(terms).not.toContain('mario rossi via padova 12')
    expect(terms).not.toContain('scrivimi a mario@example.it')
    // "badante notte" (3 searches) and "dopo scuola" (4 without results, 1 with few: 5) in Municipio 1.
    expect(terms).not.toContain('badante notte')
    expect(terms).toContain('dopo scuola')
  })
})

/** Every published figure of a measure for exactly these dimension values: the "totals" an attacker would subtract from. */
const totalsFor = (measure: string, key: Record<string, unknown>, sets: Published[]) =>
  sets.flatMap(({ dataset, rows }) => {
    const names = dimensions(dataset).map((column) => column.key)
    if (!dataset.columns.some((column) => column.key === measure)) return []
    if (names.length !== Object.keys(key).length || !names.every((name) => name in key)) return []
    return rows.filter((row) => names.every((name) => row[name] === key[name]) && row[measure] !== null).map((row) => Number(row[measure]))
  })

/** Subsets of a list (the dimensions a group of cells may share). */
const subsets = <T>(items: T[]): T[][] => items.reduce<T[][]>((all, item) => [...all, ...all.map((set) => [...set, item])], [[]])

/**
 * The differencing attack: group a dataset's cells by any of its dimensions; where a group
 * hides exactly one cell, subtract the cells shown from every published total of that group
 * and measure. Returns the hidden values it recovers.
 */
const recovered = (sets: Published[]) =>
  sets.flatMap(({ dataset, rows, truth }) =>
    countColumns(dataset).flatMap((measure) =>
      subsets(dimensions(dataset).map((column) => column.key))
        .filter((shared) => shared.length < dimensions(dataset).length)
        .flatMap((shared) => {
          const groups = new Map<string, number[]>()
          rows.forEach((row, index) => {
            const key = JSON.stringify(shared.map((name) => row[name]))
            groups.set(key, [...(groups.get(key) ?? []), index])
          })
          return [...groups.values()].flatMap((members) => {
            const hiddenCells = members.filter((index) => rows[index]![measure.key] === null)
            if (hiddenCells.length !== 1) return []
            const visible = members.reduce((sum, index) => sum + Number(rows[index]![measure.key] ?? 0), 0)
            const key = Object.fromEntries(shared.map((name) => [name, rows[members[0]!]![name]]))
            const truthValue = Number(truth[hiddenCells[0]!]![measure.key])
            return totalsFor(measure.key, key, sets)
              .map((total) => total - visible)
              .filter((guess) => guess === truthValue)
              .map((value) => ({ dataset: dataset.slug, measure: measure.key, key, value }))
          })
        }),
    ),
  )

describe('a hidden cell cannot be recovered from totals', () => {
  it('finds nothing to subtract from in what is published', () => {
    expect(recovered(published)).toEqual([])
  })

  it('would recover one if totals by week and district were published beside the demand', () => {
    const demand = published.find((entry) => entry.dataset.slug === 'domanda')!
    const totals = new Map<string, Row>()
    for (const row of demand.truth) {
      const key = `${row.week}|${row.district}`
      const total = totals.get(key) ?? { week: row.week!, district: row.district!, searches: 0 }
      totals.set(key, { ...total, searches: Number(total.searches) + Number(row.searches) })
    }
    const leaky: Published = {
      dataset: {
        ...demand.dataset,
        slug: 'totali',
        columns: demand.dataset.columns.filter((column) => ['week', 'district', 'searches'].includes(column.key)),
      },
      rows: [...totals.values()],
      truth: [],
    }
    expect(recovered([...published, leaky]).length).toBeGreaterThan(0)
  })
})

describe('the files and their metadata', () => {
  const get = (path: string) => app.fetch(new Request(`http://localhost${path}`))

  it('describes every dataset in DCAT-AP_IT, with its licence, formats and rights holder', async () => {
    const catalogue = dcatCatalogue({
      origin: 'https://wemi.comune.milano.example',
      publisher: { name: 'Milano', ipaCode: 'c_f205', email: 'wemi@comune.milano.example', website: null },
      modified: new Date('2026-11-16T07:00:00Z'),
      pages: { home: '/dati-aperti', file: (slug, format) => `/dati-aperti/${slug}.${format}` },
    })
    expect(catalogue['@type']).toContain('dcatapit:Catalog')
    expect(catalogue['dct:publisher']).toMatchObject({ 'dct:identifier': 'c_f205', 'foaf:name': 'Milano' })
    expect(catalogue['dcat:dataset']).toHaveLength(OPEN_DATASETS.length)
    for (const dataset of catalogue['dcat:dataset']) {
      expect(dataset['@type']).toContain('dcatapit:Dataset')
      expect(dataset['dct:identifier']).toMatch(/^c_f205:wemi-/)
      expect(dataset['dct:modified']).toEqual({ '@value': '2026-11-16', '@type': 'xsd:date' })
      expect(dataset['dct:rightsHolder']['dct:identifier']).toBe('c_f205')
      expect(dataset['dcat:theme']['@id']).toBe('http://publications.europa.eu/resource/authority/data-theme/SOCI')
      expect(dataset['dcat:distribution'].map((file) => file['dct:format']['@id'])).toEqual([
        'http://publications.europa.eu/resource/authority/file-type/CSV',
        'http://publications.europa.eu/resource/authority/file-type/JSON',
      ])
      for (const file of dataset['dcat:distribution']) {
        expect(file['dct:license']['@id']).toBe('https://creativecommons.org/licenses/by/4.0/')
        expect(file['dcat:downloadURL']['@id']).toMatch(/^https:\/\/wemi\.comune\.milano\.example\/dati-aperti\/[a-z-]+\.(csv|json)$/)
      }
    }
    expect(JSON.stringify(catalogue)).not.toMatch(/Mario|Rossi|citizen/)
    // Nothing reaches the open data through Payload's API.
    expect((await get('/api/insights/export?table=demand')).status).toBe(403)
  })
})
