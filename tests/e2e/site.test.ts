import { gzipSync } from 'node:zlib'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { CITY, CITY_PROFILE, demoDistrict, districtOf, districtSlugOf } from '../../seed/cities'
import { accessibilityViolations, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * The public site on the demo city, in Chromium: a resident's search to a reported need, with
 * and without JavaScript; zero WCAG 2.1 AA violations on every page type in both languages;
 * the keyboard; what pages load; caching and the search log.
 */
let site: SiteUnderTest
let samples: { service: string; organisation: string; category: string; desk: string; article: string }
beforeAll(async () => {
  site = await startSite('site')
  const [service] = await site.sql<{ slug: string; organisation_slug: string }>(
    'SELECT slug, organisation_slug FROM service_search ORDER BY slug LIMIT 1',
  )
  const [desk] = await site.sql<{ slug: string }>('SELECT slug FROM desks ORDER BY slug LIMIT 1')
  samples = {
    service: service!.slug,
    organisation: service!.organisation_slug,
    category: 'assistenza-domiciliare',
    desk: desk!.slug,
    article: 'nuovi-servizi-estate',
  }
})
afterAll(async () => site?.stop())

/** A district's slug, numbered as the demo's data numbers it; the demo resident's own. */
const districtSlug = (number: number) => districtSlugOf(districtOf(demoDistrict(number)))
const home = districtSlugOf(districtOf(CITY.resident.district))

const countOf = (text: string) => Number(/\((\d+)\)/.exec(text)?.[1])

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('a resident’s search %s', (_, javaScriptEnabled) => {
  it('searches, narrows by district and category, opens a service and its ente, switches to English', async () => {
    const { page, context } = await site.page({ javaScriptEnabled })
    try {
      await page.goto('/')
      await page.locator('#home-search-q').fill('assistenza anziani')
      await page.locator('#home-search-district').selectOption(home)
      await page.getByRole('button', { name: 'Cerca' }).first().click()
      await page.waitForURL(new RegExp(`/servizi\\?q=assistenza\\+anziani&district=${home}`))
      const heading = await page.locator('#results-heading').textContent()
      expect(Number(heading!.match(/\d+/)![0])).toBeGreaterThan(0)

      const facet = page.locator('aside section').filter({ hasText: 'Categoria' }).locator('li.ps-3 a').first()
      const expected = countOf((await facet.textContent())!)
      await facet.click()
      await page.waitForURL(/category=/)
      expect(await page.locator('#results-heading').textContent()).toContain(String(expected))
      expect(await page.locator('article.wemi-card').count()).toBe(Math.min(expected, 20))

      const first = page.locator('article.wemi-card h3 a').first()
      const title = (await first.textContent())!.trim()
      await first.click()
      await expect.poll(() => page.locator('h1').textContent()).toBe(title)
      for (const section of ['A chi è rivolto', 'Come fare', 'Cosa serve', 'Cosa si ottiene', 'Tempi e scadenze', 'Costi', 'Contatti']) {
        expect(await page.locator('main').getByRole('heading', { name: section, exact: true }).count(), section).toBe(1)
      }
      expect(await page.getByRole('link', { name: 'Richiedi il servizio' }).getAttribute('href')).toMatch(
        /^\/area-personale\/richieste\/nuova\?service=/,
      )

      const ente = page.locator('p', { hasText: 'Offerto da' }).locator('a')
      const enteName = (await ente.textContent())!.trim()
      await ente.click()
      await expect.poll(() => page.locator('h1').textContent()).toBe(enteName)
      expect(await page.getByRole('link', { name: title, exact: true }).count()).toBeGreaterThan(0)

      await page.getByRole('link', { name: 'Read this page in English' }).click()
      await page.waitForURL(/\/en\/organisations\//)
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
      expect(await page.locator('h1').textContent()).toBe(enteName)
      expect(await page.getByRole('heading', { name: `Services by ${enteName}` }).count()).toBe(1)
    } finally {
      await context.close()
    }
  })

  it('finds nothing, is offered alternatives and reports the need', async () => {
    const { page, context } = await site.page({ javaScriptEnabled })
    const words = `zebre volanti ${javaScriptEnabled ? 'uno' : 'due'}`
    try {
      await page.goto(`/servizi?q=${encodeURIComponent(words)}&district=${home}`)
      expect(await page.locator('#results-heading').textContent()).toContain('0 servizi')
      expect(await page.getByText('Non abbiamo trovato servizi per questa ricerca').count()).toBe(1)
      await page
        .locator('section[aria-labelledby="results-heading"]')
        .getByRole('link', { name: 'Segnala un bisogno', exact: true })
        .click()
      await page.waitForURL(/segnala-un-bisogno\?/)
      expect(await page.locator('#need-district').inputValue()).toBe(home)

      await page.getByRole('button', { name: 'Invia la segnalazione' }).click()
      await expect.poll(() => page.locator('#form-errors').count()).toBe(1)
      expect(await page.locator('#need-description').getAttribute('aria-invalid')).toBe('true')

      await page.locator('#need-description').fill('Cerco qualcuno che porti a spasso il cane di mia madre la sera.')
      await page.getByRole('button', { name: 'Invia la segnalazione' }).click()
      await page.waitForURL(/sent=1/)
      expect(await page.getByRole('status').textContent()).toContain('Grazie')
      const [need] = await site.sql<{ terms: string; language: string; has_district: boolean }>(
        'SELECT terms, language, district_id IS NOT NULL AS has_district FROM reported_needs WHERE terms = $1',
        [words],
      )
      expect(need).toEqual({ terms: words, language: 'it', has_district: true })
    } finally {
      await context.close()
    }
  })
})

/** One address of every page type, in Italian; the English twin is reached by the language link. */
const pageTypes = (): [string, string][] => [
  ['home', '/'],
  ['search results', `/servizi?q=babysitter&district=${districtSlug(2)}`],
  ['zero results', `/servizi?q=zebre+volanti&category=babysitting&district=${districtSlug(1)}`],
  ['service', `/servizi/${samples.service}`],
  ['ente', `/enti/${samples.organisation}`],
  ['category', `/categorie/${samples.category}`],
  ['area', '/categorie/assistenza-e-cura'],
  ['desks', `/spazi-wemi?district=${districtSlug(6)}`],
  ['desk', `/spazi-wemi/${samples.desk}`],
  ['editorial page', '/chi-siamo'],
  ['accessibility statement', '/dichiarazione-di-accessibilita'],
  ['privacy', '/privacy'],
  ['legal notes', '/note-legali'],
  ['cookies', '/cookie'],
  ['news', '/notizie'],
  ['article', `/notizie/${samples.article}`],
  ['FAQ', '/domande-frequenti'],
  ['report a need', '/segnala-un-bisogno'],
  ['domestic-work cost', '/costo-lavoro-domestico?role=babysitter&hours=10&children=1'],
  ['temporary housing', '/alloggi-temporanei'],
  ['book an appointment', '/prenota-appuntamento'],
  ['not found', '/pagina-che-non-esiste'],
]

const englishTwin = async (page: Page) => {
  const href = await page.getByRole('link', { name: 'Read this page in English' }).getAttribute('href')
  expect(href).toMatch(/^\/en(\/|$)/)
  return href!
}

describe('accessibility (WCAG 2.1 AA, axe)', () => {
  it('finds no violation on any page type, in Italian and in English', async () => {
    const { page, context } = await site.page()
    const failures: string[] = []
    try {
      for (const [name, url] of pageTypes()) {
        const response = await page.goto(url)
        expect(response!.status(), name).toBe(name === 'not found' ? 404 : 200)
        expect(await page.locator('html').getAttribute('lang')).toBe('it')
        failures.push(...(await accessibilityViolations(page)).map((line) => `${name} (it): ${line}`))
        const twin = name === 'not found' ? '/en/page-that-does-not-exist' : await englishTwin(page)
        await page.goto(twin)
        expect(await page.locator('html').getAttribute('lang')).toBe('en')
        failures.push(...(await accessibilityViolations(page)).map((line) => `${name} (en): ${line}`))
      }
      await page.goto('/segnala-un-bisogno')
      await page.getByRole('button', { name: 'Invia la segnalazione' }).click()
      await page.locator('#form-errors').waitFor()
      failures.push(...(await accessibilityViolations(page)).map((line) => `report a need with errors: ${line}`))
    } finally {
      await context.close()
    }
    expect(failures).toEqual([])
  })

  it('shows an accessible error page in both languages when the database fails', async () => {
    const { page, context } = await site.page()
    await site.sql('ALTER TABLE service_search RENAME TO service_search_unavailable')
    try {
      for (const [url, lang, heading] of [
        ['/servizi?q=badante', 'it', 'Si è verificato un errore'],
        ['/en/services?q=carer', 'en', 'Something went wrong'],
      ] as const) {
        const response = await page.goto(url)
        expect(response!.status()).toBe(500)
        expect(await page.locator('html').getAttribute('lang')).toBe(lang)
        expect(await page.locator('h1').textContent()).toBe(heading)
        expect(await accessibilityViolations(page)).toEqual([])
      }
    } finally {
      await site.sql('ALTER TABLE service_search_unavailable RENAME TO service_search')
      await context.close()
    }
  })
})

describe('keyboard', () => {
  it('runs the search flow with the keyboard alone, focus visible and in order', async () => {
    const { page, context } = await site.page()
    try {
      await page.goto('/')
      const focused = () =>
        page.evaluate(() => {
          const element = document.activeElement as HTMLElement
          const style = getComputedStyle(element)
          return {
            text: (element.textContent ?? '').trim() || element.getAttribute('name') || element.id,
            id: element.id,
            visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
          }
        })
      const isBefore = (first: string, second: string) =>
        page.evaluate(
          ([a, b]) =>
            Boolean(document.querySelector(a!)!.compareDocumentPosition(document.querySelector(b!)!) & Node.DOCUMENT_POSITION_FOLLOWING),
          [first, second],
        )

      await page.keyboard.press('Tab')
      expect((await focused()).text).toBe('Vai al contenuto principale')
      expect(await page.locator('.skiplinks a').first().boundingBox()).not.toBeNull()
      await page.keyboard.press('Enter')
      await page.keyboard.press('Tab')
      expect((await focused()).id).toBe('home-search-q')
      expect((await focused()).visible).toBe(true)
      await page.keyboard.type('babysitter')
      await page.keyboard.press('Tab')
      expect((await focused()).id).toBe('home-search-district')
      expect(await isBefore('#home-search-q', '#home-search-district')).toBe(true)
      await page.keyboard.press('Tab')
      expect((await focused()).text).toBe('Cerca')
      expect((await focused()).visible).toBe(true)
      await page.keyboard.press('Enter')
      await page.waitForURL(/\/servizi\?q=babysitter/)

      // The search leads focus to its results; the filters come before them, Shift+Tab away.
      expect((await focused()).id).toBe('results-heading')
      let step = 0
      while (
        !(await page.evaluate(
          () =>
            document.activeElement?.closest('aside') !== null && (document.activeElement as HTMLAnchorElement).href?.includes('category='),
        ))
      ) {
        await page.keyboard.press('Shift+Tab')
        if (++step > 80) throw new Error('No filter link reachable by keyboard')
      }
      expect((await focused()).visible).toBe(true)
      await page.keyboard.press('Enter')
      await page.waitForURL(/category=/)
      step = 0
      while (!(await page.evaluate(() => document.activeElement?.closest('article.wemi-card') !== null))) {
        await page.keyboard.press('Tab')
        if (++step > 80) throw new Error('No result reachable by keyboard')
      }
      const title = (await focused()).text
      await page.keyboard.press('Enter')
      await expect.poll(() => page.locator('h1').textContent()).toBe(title)
    } finally {
      await context.close()
    }
  })
})

describe('what pages load', () => {
  it('loads nothing from another origin and ships no more than 30 KB of compressed script on the search page', async () => {
    const { page, context } = await site.page()
    const origin = new URL(site.app.url).origin
    const foreign: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url())
    })
    try {
      for (const [, url] of pageTypes()) await page.goto(url)
      await page.goto('/servizi?q=badante')
      const scripts = await page.evaluate(() =>
        [...document.querySelectorAll('script')].map((script) => ({ src: script.getAttribute('src'), inline: script.textContent ?? '' })),
      )
      let bytes = 0
      for (const script of scripts) {
        const source = script.src ? await (await fetch(new URL(script.src, origin))).text() : script.inline
        bytes += gzipSync(source).length
      }
      expect(bytes).toBeLessThanOrEqual(30 * 1024)
    } finally {
      await context.close()
    }
    expect(foreign).toEqual([])
    const response = await fetch(`${site.app.url}/`)
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
  })

  it('describes itself to search engines', async () => {
    const { page, context } = await site.page()
    try {
      await page.goto(`/servizi/${samples.service}`)
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${site.app.url}/servizi/${samples.service}`)
      expect(await page.locator('link[hreflang="en"]').getAttribute('href')).toBe(`${site.app.url}/en/services/${samples.service}`)
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy()
    } finally {
      await context.close()
    }
    const sitemap = await (await fetch(`${site.app.url}/sitemap.xml`)).text()
    expect(sitemap).toContain(`/servizi/${samples.service}</loc>`)
    expect(sitemap).toContain(`/en/services/${samples.service}</loc>`)
    const [{ count }] = (await site.sql<{ count: string }>('SELECT count(*) FROM service_search')) as [{ count: string }]
    expect(sitemap.match(/\/en\/services\//g)!.length).toBeGreaterThanOrEqual(Number(count))
    expect(await (await fetch(`${site.app.url}/robots.txt`)).text()).toContain('Sitemap:')
  })
})

describe('the city’s look', () => {
  it('draws the header in the city’s colour with its coat of arms, as its profile says', async () => {
    const { page, context } = await site.page()
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)).join(', ')})`
    try {
      for (const url of ['/', '/en']) {
        await page.goto(url)
        const header = await page.evaluate(() => {
          const background = (selector: string) => getComputedStyle(document.querySelector(selector)!).backgroundColor
          const logo = document.querySelector<HTMLImageElement>('.it-brand-wrapper img')
          return {
            centre: background('.it-header-center-wrapper'),
            slim: background('.it-header-slim-wrapper'),
            logo: logo && { loaded: logo.complete && logo.naturalWidth > 0, alt: logo.alt, height: logo.getBoundingClientRect().height },
            themeColour: document.querySelector('meta[name="theme-color"]')?.getAttribute('content'),
          }
        })
        expect(header.centre, url).toBe(rgb(CITY_PROFILE.primaryColor))
        expect(header.slim, url).not.toBe(header.centre)
        expect(header.themeColour, url).toBe(CITY_PROFILE.primaryColor)
        // The coat of arms sits beside the name WeMi, which says what the link is: it is decorative.
        expect(header.logo, url).toEqual({ loaded: true, alt: '', height: expect.any(Number) })
        expect(header.logo!.height, url).toBeGreaterThan(40)
      }
      // The search icon: the colour in a white circle on a wide screen, white on the colour on a phone.
      const searchIcon = () => page.evaluate(() => getComputedStyle(document.querySelector('.search-link svg')!).fill)
      expect(await searchIcon()).toBe(rgb(CITY_PROFILE.primaryColor))
      await page.setViewportSize({ width: 360, height: 740 })
      expect(await searchIcon()).toBe('rgb(255, 255, 255)')
    } finally {
      await context.close()
    }
  })
})

describe('caching', () => {
  it('lets caches revalidate public pages, and answers with the new page once content changes', async () => {
    const url = `${site.app.url}/chi-siamo`
    const first = await fetch(url)
    const etag = first.headers.get('etag')!
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304)

    const admin = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!
    const login = await (
      await fetch(`${site.app.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: admin.email, password: DEMO_PASSWORD }),
      })
    ).json()
    const [page] = await site.sql<{ id: string }>("SELECT id FROM pages WHERE slug = 'chi-siamo'")
    const update = await fetch(`${site.app.url}/api/pages/${page!.id}?locale=it`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${login.token}` },
      body: JSON.stringify({ summary: 'WeMi riunisce i servizi di cura della città.', _status: 'published' }),
    })
    expect(update.status).toBe(200)
    const changed = await fetch(url, { headers: { 'if-none-match': etag } })
    expect(changed.status).toBe(200)
    expect(await changed.text()).toContain('WeMi riunisce i servizi di cura della città.')
  })

  it('never lets a shared cache answer a search or a form, and logs every search once', async () => {
    const count = async () => Number((await site.sql<{ n: string }>('SELECT count(*) AS n FROM search_log'))[0]!.n)
    const before = await count()
    for (const url of [
      '/servizi?q=pasti',
      `/en/services?q=meals&district=${districtSlug(3)}`,
      `/servizi?district=${districtSlug(9)}&free=1`,
    ]) {
      const response = await fetch(`${site.app.url}${url}`)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
    }
    expect((await fetch(`${site.app.url}/servizi`)).headers.get('cache-control')).toMatch(/^public/)
    expect((await fetch(`${site.app.url}/segnala-un-bisogno`)).headers.get('cache-control')).toBe('private, no-store')
    await expect.poll(count).toBe(before + 3)
    // Searches made together are written together, at one moment.
    const latest = await site.sql<Record<string, unknown>>(
      'SELECT terms, filters, language FROM search_log ORDER BY created_at DESC LIMIT 3',
    )
    expect(latest).toEqual(
      expect.arrayContaining([
        { terms: 'pasti', filters: {}, language: 'it' },
        { terms: 'meals', filters: { district: districtSlug(3) }, language: 'en' },
        { terms: null, filters: { district: districtSlug(9), free: true }, language: 'it' },
      ]),
    )
  })
})
