import type { BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { accessibilityViolations, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * The site on a 360 × 740 phone, as the demo city has it after `npm start`: the logo in sight,
 * the first search result's title on the first screen with the filters folded behind a summary, the area's
 * menu folded too, keyboard focus on the results after each search and filter (with and
 * without JavaScript), and a news item's image and English address. Each page is checked
 * with axe; on a wide screen the folds stay open.
 */
const PHONE = { width: 360, height: 740 }
const WIDE = { width: 1280, height: 800 }
/** At most this many Tabs from a new page of results to its first result: past the active filters and the sort links. */
const TABS_TO_FIRST_RESULT = 8

let site: SiteUnderTest
beforeAll(async () => {
  site = await startSite('phone-layout')
})
afterAll(async () => site?.stop())

const open = async (viewport: typeof PHONE, javaScriptEnabled = true) =>
  site.browser.newContext({ baseURL: site.app.url, locale: 'it-IT', viewport, javaScriptEnabled, isMobile: viewport === PHONE })

const within = async <T>(context: BrowserContext, work: (page: Page) => Promise<T>): Promise<T> => {
  try {
    return await work(await context.newPage())
  } finally {
    await context.close()
  }
}

const expectAccessible = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([])

/** Whether a filter of the search (a category's link) can be seen. */
const filterShown = (page: Page) =>
  page
    .locator('aside')
    .getByRole('link', { name: /Assistenza domiciliare/ })
    .first()
    .isVisible()

const signInAsCitizen = async (page: Page) => {
  const citizen = DEMO_ACCOUNTS.find((account) => account.role === 'citizen')!
  await page.goto('/accedi')
  await page.getByLabel('E-mail', { exact: true }).fill(citizen.email)
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Accedi' }).click()
  await page.waitForURL(/\/area-personale$/)
}

/**
 * The page laid out as the reader sees it once it settles: on a busy machine the text may
 * still be drawn in the fallback font when the page has loaded, and lines wrap differently.
 */
const settled = (page: Page) => page.evaluate(() => document.fonts.ready.then(() => undefined))

const top = async (page: Page, selector: string) => {
  await settled(page)
  return page
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().top + window.scrollY)
}

const bottom = async (page: Page, selector: string) => {
  await settled(page)
  return page
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY)
}

/** Whether the element is drawn and nothing else lies over its middle. */
const inSight = async (page: Page, selector: string) => {
  await settled(page)
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect()
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    return box.width > 0 && box.height > 0 && box.bottom <= window.innerHeight && element.contains(hit)
  })
}

/** Presses Tab until the focus is in the first result, and says how many presses it took. */
const tabsToFirstResult = async (page: Page) => {
  for (let tabs = 0; tabs <= 60; tabs++) {
    const inFirst = await page.evaluate(
      () => document.activeElement?.closest('article.wemi-card') === document.querySelector('article.wemi-card'),
    )
    if (inFirst) return tabs
    await page.keyboard.press('Tab')
  }
  return Infinity
}

type Focused = { tag: string; inFilters: boolean; text: string }

/** Presses Tab until the focused element is the one looked for, failing after many presses. */
const tabTo = async (page: Page, wanted: (focused: Focused) => boolean) => {
  for (let tabs = 0; tabs < 200; tabs++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => ({
      tag: document.activeElement?.tagName ?? '',
      inFilters: Boolean(document.activeElement?.closest('aside')),
      text: document.activeElement?.textContent ?? '',
    }))
    if (wanted(focused)) return
  }
  throw new Error('Tab never reached the element')
}

describe('the site on a phone', () => {
  it('shows the logo, and the first result on the first screen with the filters folded', async () => {
    await within(await open(PHONE), async (page) => {
      await page.goto('/servizi?q=assistenza+anziani')
      expect(await inSight(page, '.it-brand-wrapper a')).toBe(true)
      expect(await page.locator('aside details').getAttribute('open')).toBeNull()
      expect(await filterShown(page)).toBe(false)
      expect(await bottom(page, 'article.wemi-card :is(h2, h3, h4, h5)')).toBeLessThan(PHONE.height)
      await expectAccessible(page)

      await page.locator('aside summary').click()
      expect(await filterShown(page)).toBe(true)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
      await expectAccessible(page)
    })
  })

  it('lays text out as Titillium would when the web fonts never arrive, and keeps the first result on the first screen', async () => {
    await within(await open(PHONE), async (page) => {
      await page.route(/\.woff2(?:\?|$)/, (route) => route.abort())
      await page.goto('/servizi?q=assistenza+anziani')
      await settled(page)
      const fallback = await page.evaluate(() =>
        [...document.fonts].filter((face) => face.family.includes('Fallback')).map((face) => `${face.weight} ${face.status}`),
      )
      expect(fallback).toContain('100 500 loaded')
      // Titillium stands 1.133 em above the baseline and 0.388 em below; its stand-in must too (a line of it).
      const link = await page
        .locator('article.wemi-card h3 a')
        .first()
        .evaluate((element) => ({ height: element.getClientRects()[0]!.height, size: parseFloat(getComputedStyle(element).fontSize) }))
      expect(link.height / link.size).toBeCloseTo(1.133 + 0.388, 1)
      expect(await page.locator('article.wemi-card h3 a').first().isVisible()).toBe(true)
      expect(await bottom(page, 'article.wemi-card :is(h2, h3, h4, h5)')).toBeLessThan(PHONE.height)
    })
  })

  it('keeps the filters open beside the results on a wide screen', async () => {
    await within(await open(WIDE), async (page) => {
      await page.goto('/servizi?q=assistenza+anziani')
      expect(await page.locator('aside summary').isVisible()).toBe(false)
      expect(await page.getByRole('heading', { name: 'Filtri', level: 2 }).isVisible()).toBe(true)
      expect(await filterShown(page)).toBe(true)
      await expectAccessible(page)
    })
  })

  describe.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])('focus on the results %s', (_, javaScriptEnabled) => {
    it('lands on the results after a search typed and sent from the keyboard', async () => {
      await within(await open(PHONE, javaScriptEnabled), async (page) => {
        await page.goto('/servizi')
        await page.locator('#search-q').focus()
        await page.keyboard.type('badante')
        await page.keyboard.press('Enter')
        await page.waitForURL(/\?q=badante/)
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading')
        expect(await tabsToFirstResult(page)).toBeLessThanOrEqual(TABS_TO_FIRST_RESULT)
      })
    })

    it('lands on the results after a filter chosen from the keyboard, with the filters folded again', async () => {
      await within(await open(PHONE, javaScriptEnabled), async (page) => {
        await page.goto('/servizi?q=assistenza+anziani')
        await tabTo(page, ({ tag }) => tag === 'SUMMARY')
        await page.keyboard.press('Enter')
        await tabTo(page, ({ inFilters, text }) => inFilters && text.includes('Assistenza domiciliare'))
        await page.keyboard.press('Enter')
        await page.waitForURL(/category=assistenza-domiciliare/)
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading')
        expect(await page.locator('aside details').getAttribute('open')).toBeNull()
        expect(await page.locator('aside summary').textContent()).toBe('Filtri (1 attivo)')
        expect(await tabsToFirstResult(page)).toBeLessThanOrEqual(TABS_TO_FIRST_RESULT)
        // axe runs as a script in the page, so it checks this page in the run with JavaScript.
        if (javaScriptEnabled) await expectAccessible(page)
      })
    })
  })

  it('folds the personal area’s menu, so that the page’s own content comes first', async () => {
    await within(await open(PHONE), async (page) => {
      await signInAsCitizen(page)
      await page.goto('/area-personale/richieste')
      const menu = page.getByRole('navigation', { name: 'Sezioni dell’area personale' })
      expect(await menu.locator('summary').textContent()).toBe('Menu dell’area: Le mie richieste')
      expect(await menu.getByRole('link', { name: 'I miei voucher' }).isVisible()).toBe(false)
      expect(await top(page, 'main h1')).toBeLessThan(PHONE.height * 0.6)
      expect(await top(page, 'main .col-lg-9 a')).toBeLessThan(PHONE.height)
      await expectAccessible(page)

      await menu.locator('summary').click()
      await menu.getByRole('link', { name: 'I miei voucher' }).click()
      await page.waitForURL(/\/area-personale\/voucher/)
      expect(await page.locator('main h1').textContent()).toBe('I miei voucher')
    })
    await within(await open(WIDE), async (page) => {
      await signInAsCitizen(page)
      const menu = page.getByRole('navigation', { name: 'Sezioni dell’area personale' })
      expect(await menu.locator('summary').isVisible()).toBe(false)
      expect(await menu.getByRole('link', { name: 'I miei voucher' }).isVisible()).toBe(true)
    })
  })
})

describe('news', () => {
  const ITALIAN = 'nuovi-servizi-estate'
  const ENGLISH = 'new-services-for-the-summer'

  beforeAll(async () => {
    // An editor attaches a photo to a demo news item through the API, as the admin panel does.
    const editor = DEMO_ACCOUNTS.find((account) => account.role === 'editor')!
    const api = (path: string, init: RequestInit & { token?: string } = {}) =>
      fetch(new URL(path, site.app.url), {
        ...init,
        headers: { ...(init.token ? { authorization: `JWT ${init.token}` } : {}), ...(init.headers ?? {}) },
      }).then(async (response) => {
        if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
        return response.json()
      })
    const json = { 'content-type': 'application/json' }
    const { token } = await api('/api/users/login', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: editor.email, password: DEMO_PASSWORD }),
    })
    const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#2f7d5b' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/png' }), 'centro-estivo.png')
    form.append('_payload', JSON.stringify({ alt: 'Bambini che giocano in un centro estivo' }))
    const { doc: media } = await api('/api/media?locale=it', { method: 'POST', body: form, token })
    await api(`/api/media/${media.id}?locale=en`, {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ alt: 'Children playing at a summer camp' }),
      token,
    })
    const [news] = await site.sql<{ id: string }>(`SELECT _parent_id AS id FROM news_locales WHERE slug = $1 AND _locale = 'it'`, [ITALIAN])
    await api(`/api/news/${news!.id}?locale=it`, {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ image: media.id, _status: 'published' }),
      token,
    })
  })

  /** The image the browser chose and loaded, with its text alternative. */
  const shownImage = (page: Page, selector: string) =>
    page.locator(selector).evaluate((image: HTMLImageElement) => ({
      alt: image.alt,
      loaded: image.complete && image.naturalWidth > 0,
      // A lazy image has chosen no source until it starts loading.
      chosen: image.currentSrc ? new URL(image.currentSrc).pathname : '',
    }))

  it('shows the news item’s image, in a phone-sized copy, on the list and the article, in both languages', async () => {
    await within(await open(PHONE), async (page) => {
      await page.goto('/notizie')
      const card = page.locator('article.wemi-card', { has: page.getByRole('link', { name: 'Nuovi servizi per l’estate' }) })
      await card.locator('img').scrollIntoViewIfNeeded()
      await expect.poll(() => shownImage(page, 'article.wemi-card img'), { timeout: 15_000 }).toMatchObject({ loaded: true })
      expect(await shownImage(page, 'article.wemi-card img')).toEqual({
        alt: 'Bambini che giocano in un centro estivo',
        loaded: true,
        chosen: expect.stringMatching(/-480x270\.png$/),
      })
      await expectAccessible(page)

      await card.getByRole('link').click()
      await page.waitForURL(`**/notizie/${ITALIAN}`)
      await expect.poll(() => shownImage(page, 'main article img'), { timeout: 15_000 }).toMatchObject({ loaded: true })
      expect((await shownImage(page, 'main article img')).alt).toBe('Bambini che giocano in un centro estivo')
      await expectAccessible(page)

      await page.goto('/en/news')
      await expect.poll(() => shownImage(page, 'article.wemi-card img'), { timeout: 15_000 }).toMatchObject({ loaded: true })
      expect((await shownImage(page, 'article.wemi-card img')).alt).toBe('Children playing at a summer camp')
      await expectAccessible(page)
    })
  })

  it('gives the English article its English address, links the two languages, and leads old addresses on', async () => {
    await within(await open(PHONE), async (page) => {
      await page.goto('/en/news')
      await page.getByRole('link', { name: 'New services for the summer' }).click()
      await page.waitForURL(`**/en/news/${ENGLISH}`)
      expect(await page.locator('h1').textContent()).toBe('New services for the summer')
      expect(await page.locator('link[rel="alternate"][hreflang="it"]').getAttribute('href')).toMatch(new RegExp(`/notizie/${ITALIAN}$`))
      await expectAccessible(page)

      await page.getByRole('link', { name: 'Leggi questa pagina in italiano' }).click()
      await page.waitForURL(`**/notizie/${ITALIAN}`)
      expect(await page.getByRole('link', { name: 'Read this page in English' }).getAttribute('href')).toBe(`/en/news/${ENGLISH}`)

      const old = await page.goto(`/en/news/${ITALIAN}`)
      expect(new URL(old!.url()).pathname).toBe(`/en/news/${ENGLISH}`)
      expect(old!.request().redirectedFrom()?.url()).toMatch(new RegExp(`/en/news/${ITALIAN}$`))
      const crossed = await page.goto(`/notizie/${ENGLISH}`)
      expect(new URL(crossed!.url()).pathname).toBe(`/notizie/${ITALIAN}`)
      expect((await page.goto('/en/news/no-such-news'))!.status()).toBe(404)

      const sitemap = await (await page.request.get('/sitemap.xml')).text()
      expect(sitemap).toContain(`/en/news/${ENGLISH}</loc>`)
      expect(sitemap).not.toContain(`/en/news/${ITALIAN}<`)
    })
  })
})
