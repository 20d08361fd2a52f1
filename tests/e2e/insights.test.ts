import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseCsv } from '../../lib/csv'
import { dataDir } from '../../lib/paths'
import { DEMO_ACCOUNTS } from '../../seed/accounts'
import { signedInToAdmin } from '../helpers/admin-session'
import { accessibilityViolations, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * Journey 5's Monday: Elena opens the insights page of the admin on the demo city's twelve
 * weeks of searches; a resident's search that found nothing shows up once she updates the
 * figures; she narrows to Municipio 5, reads "dopo scuola" among the frustrated searches and
 * downloads the table as CSV for the planning office. The page passes axe in Italian and
 * English, on a desktop and a phone; an ente's coordinator gets no figures. The same figures,
 * anonymised, are open data on the public site.
 */
let site: SiteUnderTest
const contexts: BrowserContext[] = []
const SHOTS = path.join(dataDir, 'screenshots', 'insights')
const account = (role: string) => DEMO_ACCOUNTS.find((candidate) => candidate.role === role)!

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  site = await startSite('insights')
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await site?.stop()
})

const signedIn = async (role: string, language: 'it' | 'en' = 'it', width = 1280): Promise<Page> => {
  const { page, context } = await signedInToAdmin(site, account(role).email, { width, height: 900 }, language)
  contexts.push(context)
  return page
}

const INSIGHTS = '#insights'
const expectAccessible = async (page: Page) => expect(await accessibilityViolations(page, INSIGHTS), page.url()).toEqual([])

describe('the insights page', () => {
  it('shows WeMi staff what residents searched and did not find, narrowed to a district, and exports it', async () => {
    // A resident of Municipio 5 searches with her own words and the catalogue has nothing.
    const [municipio5] = await site.sql<{ id: string; name: string; slug: string }>('SELECT id, name, slug FROM districts WHERE number = 5')
    const { page: resident, context } = await site.page()
    contexts.push(context)
    await resident.goto(`/servizi?q=centro+estivo+per+ragazzi+autistici&district=${municipio5!.slug}`)
    await resident.getByRole('heading', { level: 1 }).waitFor()

    const page = await signedIn('admin')
    // The menu leads to the page (a drawer on the admin's first visit: followed by its address).
    await expect(page.locator('#nav-insights').getAttribute('href')).resolves.toBe('/admin/analisi')
    await page.goto('/admin/analisi')
    await page.getByRole('heading', { level: 1, name: 'Analisi della domanda' }).waitFor()
    await page.getByText(/^Dati aggiornati al /).waitFor()
    await expectAccessible(page)
    await page.screenshot({ path: path.join(SHOTS, 'insights-desktop.png'), fullPage: true })

    await page.getByLabel('Municipio', { exact: true }).selectOption({ label: municipio5!.name })
    await page.getByRole('button', { name: 'Applica i filtri' }).click()
    await page.waitForURL(new RegExp(`district=${municipio5!.id}`))
    const coverage = page.getByRole('table', { name: 'Offerta e domanda per municipio' })
    await expect(coverage.locator('tbody tr').count()).resolves.toBe(1)
    await coverage.getByRole('cell', { name: municipio5!.name }).waitFor()
    const unmet = page.getByRole('table', { name: 'Ricerche senza risultati o con pochi risultati' })
    await expect(unmet.getByText('centro estivo per ragazzi autistici').count()).resolves.toBe(0)

    // Her search counts once the figures are updated; the filters stay.
    await page.getByRole('button', { name: 'Aggiorna ora' }).click()
    await page.waitForURL(new RegExp(`district=${municipio5!.id}`))
    await unmet.getByRole('cell', { name: 'centro estivo per ragazzi autistici' }).waitFor()
    // The demo city's Municipio 5 searches for "dopo scuola", and often finds nothing.
    await unmet.getByRole('cell', { name: 'dopo scuola' }).first().waitFor()

    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Scarica in CSV: Ricerche senza risultati o con pochi risultati' }).click()
    const file = await (await download).path()
    const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'))
    expect(header).toEqual(['Parole cercate', 'Municipio', 'Ricerche', 'Senza risultati', 'Con pochi risultati'])
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => row[1] === municipio5!.name)).toBe(true)
    expect(rows.map((row) => row[0])).toContain('dopo scuola')

    // A period that ends before it starts is refused in words; the page keeps its default period.
    await page.goto('/admin/analisi?from=2026-11-15&to=2026-11-01')
    await page.locator('#insights').getByRole('alert').getByText('La data di inizio deve precedere quella di fine.').waitFor()
    await expectAccessible(page)
  })

  it('reads in English and fits a phone', async () => {
    const page = await signedIn('admin', 'en', 360)
    await page.goto('/admin/analisi')
    await page.getByRole('heading', { level: 1, name: 'Demand insights' }).waitFor()
    await page
      .getByRole('table', { name: 'What became of requests' })
      .or(page.getByText('No figures for these filters.').first())
      .first()
      .waitFor()
    await expectAccessible(page)
    const overflow = await page.locator(INSIGHTS).evaluate((element) => element.scrollWidth - element.clientWidth)
    expect(overflow).toBeLessThanOrEqual(1)
    await page.screenshot({ path: path.join(SHOTS, 'insights-phone-en.png'), fullPage: true })
  })

  it('gives an ente’s coordinator no figures and no link to them', async () => {
    const page = await signedIn('ente-admin')
    await expect(page.locator('#nav-insights').count()).resolves.toBe(0)
    await page.goto('/admin/analisi')
    await page.getByText('Le analisi sono riservate allo staff WeMi.').waitFor()
    await expect(page.getByRole('table').count()).resolves.toBe(0)
    // Asked from the signed-in page itself, so with the coordinator's session.
    const status = await page.evaluate(async () => (await fetch('/api/insights/export?table=demand')).status)
    expect(status).toBe(403)
  })
})

describe('the open data', () => {
  it('lists the datasets with their licence, on a phone, in Italian and English, and passes axe', async () => {
    for (const [address, heading, width] of [
      ['/dati-aperti', 'Dati aperti', 360],
      ['/en/open-data', 'Open data', 1280],
    ] as const) {
      const { page, context } = await site.page()
      contexts.push(context)
      await page.setViewportSize({ width, height: 900 })
      await page.goto(address)
      await page.getByRole('heading', { level: 1, name: heading }).waitFor()
      await page.getByRole('link', { name: /CC BY 4\.0/ }).waitFor()
      expect(await accessibilityViolations(page), address).toEqual([])
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      await page.screenshot({ path: path.join(SHOTS, `open-data-${width}.png`), fullPage: width === 360 })
    }
  })

  it('serves every dataset as CSV and JSON with no count below five, and its DCAT-AP_IT catalogue', async () => {
    const catalogue = await (await fetch(`${site.app.url}/dati-aperti/catalogo.jsonld`)).json()
    expect(catalogue['@type']).toContain('dcatapit:Catalog')
    expect(catalogue['dct:publisher']['dct:identifier']).toBe('c_f205')
    let shown = 0
    for (const dataset of catalogue['dcat:dataset'] as { 'dcat:distribution': { 'dcat:downloadURL': { '@id': string } }[] }[]) {
      const [csvFile, jsonFile] = dataset['dcat:distribution'].map((file) => new URL(file['dcat:downloadURL']['@id']).pathname)
      const csv = await fetch(`${site.app.url}${csvFile}`)
      expect(csv.status, csvFile).toBe(200)
      expect(csv.headers.get('content-type')).toContain('text/csv')
      const json = await (await fetch(`${site.app.url}${jsonFile}`)).json()
      expect(json.licence.url).toBe('https://creativecommons.org/licenses/by/4.0/')
      const [header, ...rows] = parseCsv(await csv.text())
      expect(header).toEqual(json.columns.map((column: { label: string }) => column.label))
      expect(rows).toHaveLength(json.rows.length)
      for (const row of json.rows as Record<string, unknown>[]) {
        for (const column of json.columns as { key: string }[]) {
          const value = row[column.key]
          if (
            typeof value === 'number' &&
            !['lowQuarter', 'median', 'highQuarter', 'catalogueMedian', 'spent', 'hoursToFirstQuote', 'services'].includes(column.key)
          ) {
            expect(value, `${jsonFile} ${column.key}`).toBeGreaterThanOrEqual(5)
            shown++
          }
        }
      }
    }
    // The demo city's twelve weeks of searches show some figures.
    expect(shown).toBeGreaterThan(0)
    expect((await fetch(`${site.app.url}/dati-aperti/cittadini.csv`)).status).toBe(404)
  })
})
