import type { BrowserContext, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../seed/accounts'
import type { SiteUnderTest } from './site'

/** A staff member's browser at a given size, signed in to the admin (in Italian unless told) and on the dashboard. */
export const signedInToAdmin = async (
  site: SiteUnderTest,
  email: string,
  viewport: { width: number; height: number },
  language: 'it' | 'en' = 'it',
): Promise<{ page: Page; context: BrowserContext }> => {
  const context = await site.browser.newContext({
    baseURL: site.app.url,
    locale: language === 'it' ? 'it-IT' : 'en-GB',
    viewport,
    acceptDownloads: true,
  })
  await context.addCookies([{ name: 'payload-lng', value: language, url: site.app.url }])
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 30_000 })
  return { page, context }
}
