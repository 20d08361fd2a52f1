import type { BrowserContext, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../seed/accounts'
import type { SiteUnderTest } from './site'

/** A staff member's browser at a given size, signed in to the admin in Italian and on the dashboard. */
export const signedInToAdmin = async (
  site: SiteUnderTest,
  email: string,
  viewport: { width: number; height: number },
): Promise<{ page: Page; context: BrowserContext }> => {
  const context = await site.browser.newContext({ baseURL: site.app.url, locale: 'it-IT', viewport })
  await context.addCookies([{ name: 'payload-lng', value: 'it', url: site.app.url }])
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 30_000 })
  return { page, context }
}
