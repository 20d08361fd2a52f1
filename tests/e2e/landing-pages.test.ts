import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TODAY_QUEUES_TEXT } from '../../lib/i18n/admin'
import { dataDir } from '../../lib/paths'
import { DEMO_ACCOUNTS } from '../../seed/accounts'
import { signedInToAdmin } from '../helpers/admin-session'
import { accessibilityViolations, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * Each staff role of the demo city opens the admin on what it has to do today, in Chromium: the
 * block passes axe at desktop and phone widths, shows the role's tiles in order, fits a 360 px
 * screen, and every tile's link opens its list filtered to as many records as the tile counts.
 */
let site: SiteUnderTest
beforeAll(async () => {
  site = await startSite('landing-pages')
})
afterAll(async () => {
  await site?.stop()
})

const SCREENS = path.join(dataDir, 'screenshots', 'landing-pages')
const BLOCK = 'section[aria-labelledby="today-queues-title"]'
const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 360, height: 740 }

type Key = keyof typeof TODAY_QUEUES_TEXT
const labels = (...keys: Key[]) => keys.map((key) => TODAY_QUEUES_TEXT[key].it)

const LANDING: [string, string[]][] = [
  [
    'admin',
    labels(
      'servicesToValidate',
      'entiToAccredit',
      'reviewsToModerate',
      'disputes',
      'needsToReview',
      'reportsToAnswer',
      'voucherImports',
      'groupsForming',
      'workersToAssess',
      'familiesToMatch',
      'careJobsThisYear',
    ),
  ],
  ['editor', labels('draftPages', 'draftNews', 'draftFaqs', 'scheduledPages', 'scheduledNews', 'scheduledFaqs')],
  ['operator', labels('appointmentsToday', 'citizensHelpedThisWeek')],
  [
    'ente-admin',
    labels('requestsToQuote', 'quotesExpiring', 'groupsToConfirm', 'quotesToPlan', 'visitsToday', 'servicesToCorrect', 'rating'),
  ],
  ['ente-operator', labels('requestsToQuote', 'quotesExpiring', 'groupsToConfirm', 'quotesToPlan', 'visitsToday', 'rating')],
]

type ShownTile = { figure: string; label: string; href: string | null }

/** The block's tiles as shown: figure, words and link. */
const tilesOn = (page: Page): Promise<ShownTile[]> =>
  page.locator(`${BLOCK} li`).evaluateAll((items) =>
    items.map((item) => {
      const [figure, label] = [...item.querySelectorAll(':scope > a > span, :scope > div > span')].map((span) => span.textContent ?? '')
      return { figure: figure ?? '', label: label ?? '', href: item.querySelector('a')?.getAttribute('href') ?? null }
    }),
  )

const expectAccessible = async (page: Page) => expect(await accessibilityViolations(page, BLOCK), page.url()).toEqual([])

describe('each role’s landing page in the admin', () => {
  it.each(LANDING)('shows %s what it has to do today, accessible and linked to its filtered lists', async (role, expected) => {
    const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === role)!
    mkdirSync(SCREENS, { recursive: true })
    const { page, context } = await signedInToAdmin(site, account.email, DESKTOP)
    try {
      await page.locator('#today-queues-title').waitFor()
      await expect(page.getByRole('heading', { level: 2, name: TODAY_QUEUES_TEXT.title.it }).count()).resolves.toBe(1)
      const tiles = await tilesOn(page)
      expect(tiles.map(({ label }) => label)).toEqual(expected)
      for (const { figure, label } of tiles) expect(figure, label).toMatch(/^(\d[\d.]*|\d,\d su 5 · .+|Nessuna recensione)$/)
      await expectAccessible(page)
      await page.screenshot({ path: path.join(SCREENS, `${role}-1280.png`), fullPage: true })

      await page.setViewportSize(PHONE)
      await page.locator('#today-queues-title').waitFor()
      await expectAccessible(page)
      expect(await page.locator(BLOCK).evaluate((block) => block.scrollWidth <= block.clientWidth)).toBe(true)
      await page.screenshot({ path: path.join(SCREENS, `${role}-360.png`), fullPage: true })

      // Each link opens the list, with the filter the admin's list view applies, as many rows as counted.
      for (const { figure, label, href } of tiles) {
        if (!href) continue
        const response = await page.goto(href)
        expect(response?.status(), href).toBe(200)
        if (!href.startsWith('/admin/collections/')) {
          await page.getByRole('heading', { level: 1 }).waitFor()
          continue
        }
        await page.locator('.collection-list').waitFor()
        const count = Number(figure)
        if (Number.isNaN(count) || count > 10) continue
        // Payload's own table of the list, not a table a component shows above it (the desk's day).
        const rows = await page.locator('.collection-list div.table > table > tbody > tr').count()
        // Citizens helped are counted once each; the list has each of their assistances.
        if (label === TODAY_QUEUES_TEXT.citizensHelpedThisWeek.it) expect(rows, href).toBeGreaterThanOrEqual(count)
        else expect(rows, href).toBe(count)
      }
    } finally {
      await context.close()
    }
  })
})
