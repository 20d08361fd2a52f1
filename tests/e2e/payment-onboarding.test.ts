import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataDir } from '../../lib/paths'
import { DEMO_ACCOUNTS } from '../../seed/accounts'
import { signedInToAdmin } from '../helpers/admin-session'
import { accessibilityViolations, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * The demo ente's administrator connects its payment account in Chromium: from its
 * organisation's payments tab to the local Stripe's onboarding page (which passes axe, in its
 * error state too), and back to the admin, where the account shows as active.
 */
let site: SiteUnderTest

const SHOTS = path.join(dataDir, 'screenshots', 'payment-onboarding')
const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  site = await startSite('payment-onboarding')
})
afterAll(async () => {
  await site?.stop()
})

const enteAdmin = DEMO_ACCOUNTS.find((account) => account.role === 'ente-admin')!

const paymentsTab = async (page: Page) => {
  await page
    .getByRole('tab', { name: 'Pagamenti e valutazioni' })
    .or(page.getByRole('button', { name: 'Pagamenti e valutazioni' }))
    .first()
    .click()
  await page.getByRole('heading', { name: 'Conto di pagamento' }).waitFor()
}

describe('connecting an ente’s payment account', () => {
  it('goes from the admin through Stripe’s onboarding and back to an active account', async () => {
    const [organisation] = await site.sql<{ id: string }>('SELECT id FROM organisations WHERE slug = $1', [enteAdmin.organisation])
    const { page, context } = await signedInToAdmin(site, enteAdmin.email, { width: 1280, height: 900 })
    try {
      await page.goto(`/admin/collections/organisations/${organisation!.id}`)
      await paymentsTab(page)
      await page.getByText('L’ente non ha ancora collegato un conto di pagamento').waitFor()

      await page.getByRole('button', { name: 'Collega il conto di pagamento' }).click()
      await page.waitForURL(/\/connect\/onboarding\//, { timeout: 30_000 })
      await page.getByRole('heading', { level: 1, name: 'Collega il conto di pagamento (prova)' }).waitFor()
      expect(await accessibilityViolations(page), page.url()).toEqual([])
      const [account] = await site.sql<{ status: string }>('SELECT payment_account_status AS status FROM organisations WHERE id = $1', [
        organisation!.id,
      ])
      expect(account!.status).toBe('pending')

      // A mistyped IBAN is refused in words, tied to its field, and the page stays accessible.
      await page.getByLabel('IBAN del conto dell’ente').fill('IT60 X054 2811 1010 0000 0123 457')
      await page.getByLabel('Nome e cognome del rappresentante legale').fill('Paola Conti')
      await page.getByRole('button', { name: 'Invia e torna a WeMi' }).click()
      await page.getByRole('alert').getByText('L’IBAN non è valido').waitFor()
      await expect(page.getByLabel('IBAN del conto dell’ente').getAttribute('aria-invalid')).resolves.toBe('true')
      expect(await accessibilityViolations(page), `${page.url()} with errors`).toEqual([])
      await page.setViewportSize({ width: 360, height: 800 })
      await shoot(page, 'onboarding-errors-360')

      await page.getByLabel('IBAN del conto dell’ente').fill('IT60 X054 2811 1010 0000 0123 456')
      await shoot(page, 'onboarding-360')
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.getByRole('button', { name: 'Invia e torna a WeMi' }).click()

      // Back on the organisation, on the tab it was left on, the page has Stripe's state read
      // again and reloads without the return marker.
      await page.waitForURL(new RegExp(`/admin/collections/organisations/${organisation!.id}$`), { timeout: 30_000 })
      await page.getByRole('heading', { name: 'Conto di pagamento' }).waitFor()
      await page.getByText('Il conto di pagamento è attivo').waitFor()
      await expect(page.getByRole('button', { name: 'Collega il conto di pagamento' }).count()).resolves.toBe(0)
      const [after] = await site.sql<{ status: string; account: string }>(
        'SELECT payment_account_status AS status, payment_account_account_id AS account FROM organisations WHERE id = $1',
        [organisation!.id],
      )
      expect(after).toMatchObject({ status: 'enabled', account: expect.stringMatching(/^acct_/) })
      await shoot(page, 'admin-enabled')
    } finally {
      await context.close()
    }
  })
})
