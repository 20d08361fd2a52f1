import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mainPages } from '../helpers/main-pages'
import { type SiteUnderTest, startSite } from '../helpers/site'

/**
 * What a municipal-site audit checks on every main page, in both languages, on a 360 px phone:
 * no error in the console and no failed request of our own origin; a favicon and a web app
 * manifest that are really served; and the layout holding still while the fonts arrive late.
 */
const PHONE = { width: 360, height: 800 }
/** Google's threshold for a "good" cumulative layout shift. */
const MAX_LAYOUT_SHIFT = 0.1
/** How late each web font arrives, as on a slow mobile connection, so that a swap can shift the page. */
const FONT_DELAY_MS = 800

let site: SiteUnderTest
let pages: [string, string][]
const shifts: Record<string, number> = {}

beforeAll(async () => {
  site = await startSite('page-hygiene')
  const [service] = await site.sql<{ slug: string; organisation_slug: string }>(
    'SELECT slug, organisation_slug FROM service_search ORDER BY slug LIMIT 1',
  )
  pages = mainPages({ service: service!.slug, organisation: service!.organisation_slug })
})
afterAll(async () => {
  if (Object.keys(shifts).length) console.table(shifts)
  await site?.stop()
})

type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }

/**
 * Sums the layout shifts not caused by recent input, as Chromium's CLS does, from the start of
 * the load, and names what moved so that a failure says where to look.
 */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ total: number; moved: string[] }>((resolve) => {
        let total = 0
        const moved: string[] = []
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[]) {
            if (entry.hadRecentInput) continue
            total += entry.value
            for (const { node } of entry.sources) {
              const element = node instanceof Element ? node : node?.parentElement
              if (element) moved.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} (${entry.value.toFixed(3)})`)
            }
          }
        }).observe({ type: 'layout-shift', buffered: true })
        // The observer reports the buffered entries in its first callback, shortly after it starts.
        setTimeout(() => resolve({ total, moved }), 500)
      }),
  )

describe('page hygiene on a phone', () => {
  it('serves a favicon and a web app manifest that names the site', async () => {
    const ico = await fetch(`${site.app.url}/favicon.ico`)
    expect(ico.status).toBe(200)
    expect(ico.headers.get('content-type')).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/)
    const svg = await fetch(`${site.app.url}/favicon.svg`)
    expect(svg.status).toBe(200)
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/)

    const html = await (await fetch(`${site.app.url}/`)).text()
    const manifestHref = /<link rel="manifest" href="([^"]+)"/.exec(html)?.[1]
    expect(manifestHref).toBeTruthy()
    expect(html).toMatch(/<link rel="icon" href="\/favicon\.svg" type="image\/svg\+xml"/)
    expect(html).toMatch(/<meta name="theme-color" content="#[0-9a-f]{6}"/)

    const response = await fetch(new URL(manifestHref!, site.app.url))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/)
    const manifest = (await response.json()) as { name: string; short_name: string; lang: string; icons: { src: string; type: string }[] }
    expect(manifest.name).toMatch(/WeMi/)
    expect(manifest.lang).toBe('it')
    expect(manifest.icons.length).toBeGreaterThan(0)
    for (const icon of manifest.icons) {
      const served = await fetch(new URL(icon.src, site.app.url))
      expect(served.status, icon.src).toBe(200)
      expect(served.headers.get('content-type'), icon.src).toContain(icon.type)
    }
  })

  it('loads every main page without a console error, a failed request or a layout shift', async () => {
    const problems: string[] = []
    for (const [name, address] of pages) {
      const context = await site.browser.newContext({ baseURL: site.app.url, viewport: PHONE, isMobile: true, hasTouch: true })
      const page = await context.newPage()
      const origin = new URL(site.app.url).origin
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${name}: console: ${message.text()}`)
      })
      page.on('pageerror', (error) => problems.push(`${name}: page error: ${error.message}`))
      page.on('requestfailed', (request) => {
        if (request.url().startsWith(origin)) problems.push(`${name}: failed ${request.url()} ${request.failure()?.errorText}`)
      })
      page.on('response', (response) => {
        if (response.url().startsWith(origin) && response.status() >= 400) {
          problems.push(`${name}: ${response.status()} ${response.url()}`)
        }
      })
      await page.route('**/*.woff2', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, FONT_DELAY_MS))
        await route.continue()
      })
      try {
        await page.goto(address, { waitUntil: 'load' })
        await page.evaluate(() => document.fonts.ready)
        // The favicon is fetched after the load; give it, and any late shift, time to show.
        await page.waitForTimeout(300)
        const { total, moved } = await layoutShift(page)
        shifts[name] = Math.round(total * 1000) / 1000
        if (total > MAX_LAYOUT_SHIFT) console.log(`${name} moved:`, moved.join('; '))
      } finally {
        await context.close()
      }
    }
    console.log(`layout shift at ${PHONE.width}×${PHONE.height}:`, JSON.stringify(shifts))
    expect(problems).toEqual([])
    expect(Object.entries(shifts).filter(([, value]) => value > MAX_LAYOUT_SHIFT)).toEqual([])
  })
})
