import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { accessibilityViolations, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * Home visits in Chromium against `npm start` with the demo city: the demo operator works
 * through today's visit on a phone-sized screen, and the demo resident then finds it, done,
 * on her request's page in both languages. Every page is checked with axe.
 */
let site: SiteUnderTest
beforeAll(async () => {
  site = await startSite('visits')
  // The demo's first visit is at 9:00 today; the test may run before an operator could check in.
  await site.sql(`UPDATE visits SET starts_at = now() - interval '5 minutes', ends_at = now() + interval '115 minutes'
    WHERE id = (SELECT id FROM visits ORDER BY starts_at LIMIT 1)`)
})
afterAll(async () => site?.stop())

const account = (role: string) => DEMO_ACCOUNTS.find((candidate) => candidate.role === role)!

const expectAccessible = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([])

describe('home visits', () => {
  it('the operator checks in, writes a note and checks out on a 375 px wide screen', async () => {
    const context = await site.browser.newContext({
      baseURL: site.app.url,
      locale: 'it-IT',
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    })
    const page = await context.newPage()
    try {
      await page.goto('/admin/login')
      await page.locator('#field-email').fill(account('ente-operator').email)
      await page.locator('#field-password').fill(DEMO_PASSWORD)
      await page.locator('button[type="submit"]').click()
      await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 30_000 })
      expect(await page.locator('nav a[href="/admin/visite"]').count()).toBe(1)

      await page.goto('/admin/visite')
      await page.getByRole('heading', { level: 1, name: 'Le mie visite' }).waitFor()
      await expectAccessible(page)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)

      const today = page.locator('section[aria-labelledby="visits-today"]')
      const startedAt = Date.now()
      await today.getByRole('button', { name: 'Registra l’arrivo' }).tap()
      await today.getByText('Arrivo registrato.').waitFor()
      await today.getByLabel('Nota sulla visita').fill('Spesa fatta, la signora sta bene.')
      await today.getByRole('button', { name: 'Salva la nota' }).tap()
      await today.getByText('Nota salvata.').waitFor()
      await today.getByRole('button', { name: 'Registra l’uscita' }).tap()
      await today.getByText('Uscita registrata.').waitFor()
      await today.getByText('Svolta').waitFor()
      await expectAccessible(page)

      const [visit] = await site.sql<{ status: string; checked_in_at: Date; checked_out_at: Date; note: string }>(
        `SELECT status, checked_in_at, checked_out_at, note FROM visits WHERE checked_in_at IS NOT NULL`,
      )
      expect(visit).toMatchObject({ status: 'done', note: 'Spesa fatta, la signora sta bene.' })
      expect(visit!.checked_in_at.getTime()).toBeGreaterThanOrEqual(startedAt - 1000)
      expect(visit!.checked_out_at.getTime()).toBeGreaterThanOrEqual(visit!.checked_in_at.getTime())
    } finally {
      await context.close()
    }
  })

  it('the resident sees her visits, planned and done, in Italian and English', async () => {
    const context = await site.browser.newContext({ baseURL: site.app.url, locale: 'it-IT', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    try {
      await page.goto('/accedi')
      await page.getByLabel('E-mail', { exact: true }).fill(account('citizen').email)
      await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD)
      await page.getByRole('button', { name: 'Accedi' }).click()
      await page.waitForURL(/\/area-personale$/)

      const [row] = await site.sql<{ request: string }>(`SELECT request_id AS request FROM visits LIMIT 1`)
      await page.goto(`/area-personale/richieste/${row!.request}`)
      await page.getByRole('heading', { name: 'Visite a domicilio' }).waitFor()
      const table = page.getByRole('table', { name: /^Visite programmate e svolte da / })
      expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
        'Data',
        'Orario previsto',
        'Operatore',
        'Stato',
        'Arrivo',
        'Uscita',
      ])
      const statuses = await table.locator('tbody tr td:nth-child(4)').allInnerTexts()
      expect(statuses).toContain('Svolta')
      expect(statuses).toContain('Programmata')
      expect(await table.locator('tbody tr td:nth-child(3)').allInnerTexts()).toEqual(statuses.map(() => 'Marco'))
      expect(await page.getByText('Spesa fatta').count()).toBe(0)
      await expectAccessible(page)

      await page.goto(`/en/personal-area/requests/${row!.request}`)
      const english = page.getByRole('table', { name: /^Visits planned and made by / })
      expect(await english.getByRole('columnheader').allInnerTexts()).toEqual([
        'Date',
        'Planned time',
        'Operator',
        'Status',
        'Arrived',
        'Left',
      ])
      expect(await english.locator('tbody tr td:nth-child(4)').allInnerTexts()).toContain('Done')
      await expectAccessible(page)
    } finally {
      await context.close()
    }
  })
})
