import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { type SiteUnderTest, startSite } from '../helpers/site'

/**
 * The app as `npm start` runs it: every kind of answer of the one origin carries the security
 * headers, and the admin panel works under its Content-Security-Policy — signing in, a list and
 * a document open with no violation reported in the browser's console.
 */
let site: SiteUnderTest

beforeAll(async () => {
  site = await startSite('security-headers')
}, 900_000)
afterAll(async () => site?.stop(), 120_000)

describe('security headers of the running app', () => {
  it.each([
    '/',
    '/servizi',
    '/robots.txt',
    '/admin/login',
    '/api/services?limit=1',
    '/api/graphql?query=%7B__typename%7D',
    '/does-not-exist',
  ])('%s', async (url) => {
    const { headers } = await fetch(`${site.app.url}${url}`)
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('x-frame-options')).toBe('DENY')
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(headers.get('permissions-policy')).toContain('camera=()')
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })

  it('covers the admin panel’s own scripts and styles', async () => {
    const html = await (await fetch(`${site.app.url}/admin/login`)).text()
    const asset = html.match(/\/_next\/static\/[^"']+\.js/)?.[0]
    expect(asset).toBeTruthy()
    expect((await fetch(`${site.app.url}${asset}`)).headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('lets the admin sign in, list services and open one with no policy violation', async () => {
    const admin = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!
    const { page, context } = await site.page()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text())
    })
    page.on('pageerror', (error) => violations.push(error.message))
    try {
      await page.goto('/admin/login')
      await page.locator('#field-email').fill(admin.email)
      await page.locator('#field-password').fill(DEMO_PASSWORD)
      await page.locator('button[type="submit"]').click()
      await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
      await page.goto('/admin/collections/services')
      const first = page.locator('table tbody tr a[href*="/admin/collections/services/"]').first()
      await first.waitFor({ timeout: 30_000 })
      await first.click()
      await page.waitForURL(/\/admin\/collections\/services\/[0-9a-f-]{36}/, { timeout: 30_000 })
      await page.locator('[id^="field-title"]').first().waitFor({ timeout: 30_000 })
      expect(violations).toEqual([])
    } finally {
      await context.close()
    }
  })
})
