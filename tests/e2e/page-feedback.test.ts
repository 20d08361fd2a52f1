import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataDir } from '../../lib/paths'
import { accessibilityViolations, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * The page-clarity rating on the demo city, in Chromium against `npm start`, as the national
 * checker of municipal sites drives it (by data-element, with real clicks and element.click()):
 * a service page on a phone and a content page on a desktop, in Italian and English, by mouse,
 * by keyboard alone and without JavaScript; what was sent is in the database, and axe finds no
 * WCAG 2.1 AA violation before or after sending.
 */
let site: SiteUnderTest
let service: { slug: string; id: string; organisation: string }
const SCREENSHOTS = path.join(dataDir, 'screenshots', 'page-feedback')
beforeAll(async () => {
  site = await startSite('page-feedback')
  mkdirSync(SCREENSHOTS, { recursive: true })
  const [row] = await site.sql<{ slug: string; id: string; organisation: string }>(
    `SELECT s.slug, s.id::text AS id, s.organisation_id::text AS organisation
       FROM services s JOIN service_search ss ON ss.slug = s.slug ORDER BY s.slug LIMIT 1`,
  )
  service = row!
})
afterAll(async () => {
  await site?.stop()
})

const expectAccessible = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([])
const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })

const TEXTS = {
  it: {
    title: 'Quanto sono chiare le informazioni su questa pagina?',
    content: '/domande-frequenti',
    service: (slug: string) => `/servizi/${slug}`,
    negativeAnswer: 'A volte le indicazioni non erano complete',
    positiveAnswer: 'Le indicazioni erano chiare',
    details: 'Vuoi aggiungere altri dettagli?',
    send: 'Invia la valutazione',
    thanks: 'Grazie, il tuo parere ci aiuterà a migliorare il servizio!',
    star: (n: number) => `${n} ${n === 1 ? 'stella' : 'stelle'} su 5`,
  },
  en: {
    title: 'How clear is the information on this page?',
    content: '/en/faq',
    service: (slug: string) => `/en/services/${slug}`,
    negativeAnswer: 'At times the instructions were not complete',
    positiveAnswer: 'The instructions were clear',
    details: 'Would you like to add more details?',
    send: 'Send your rating',
    thanks: 'Thank you, your opinion will help us improve the service!',
    star: (n: number) => `${n} ${n === 1 ? 'star' : 'stars'} out of 5`,
  },
} as const

/** Visible as the checker judges it: laid out, not visibility:hidden, and of some size. */
const visible = (page: Page, element: string) =>
  page.evaluate((selector) => {
    const node = document.querySelector<HTMLElement>(selector)
    if (!node || node.offsetParent === null) return false
    const box = node.getBoundingClientRect()
    return getComputedStyle(node).visibility !== 'hidden' && box.width > 0 && box.height > 0
  }, `[data-element="${element}"]`)

const panels = async (page: Page) => ({
  negative: await visible(page, 'feedback-rating-negative'),
  positive: await visible(page, 'feedback-rating-positive'),
})

const NEGATIVE = { negative: true, positive: false }
const POSITIVE = { negative: false, positive: true }

const rowWithDetails = (details: string) =>
  site.sql<{ page: string; rating: string; answer: string | null; language: string; service: string | null; organisation: string | null }>(
    `SELECT page, rating::text AS rating, answer::text AS answer, language::text AS language,
            service_id::text AS service, organisation_id::text AS organisation
       FROM page_feedback WHERE details = $1`,
    [details],
  )

const rateByMouse = async (lang: 'it' | 'en', address: string, width: number) => {
  const text = TEXTS[lang]
  const { page, context } = await site.page()
  await page.setViewportSize({ width, height: 800 })
  expect((await page.goto(address))?.status()).toBe(200)
  const feedback = page.locator('[data-element="feedback"]')
  await feedback.scrollIntoViewIfNeeded()
  expect(await page.locator('[data-element="feedback-title"]').textContent()).toBe(text.title)
  await expectAccessible(page)

  // Real clicks, as a person (and the checker) makes them.
  await page.locator('[data-element="feedback-rate-2"]').click()
  expect(await panels(page)).toEqual(NEGATIVE)
  await page.locator('[data-element="feedback-rate-5"]').click()
  expect(await panels(page)).toEqual(POSITIVE)
  // element.click(), as the checker's script also does.
  for (const [star, expected] of [
    [1, NEGATIVE],
    [4, POSITIVE],
    [3, NEGATIVE],
  ] as const) {
    await page.evaluate((selector) => document.querySelector<HTMLElement>(selector)!.click(), `[data-element="feedback-rate-${star}"]`)
    expect(await panels(page), `star ${star}`).toEqual(expected)
  }
  expect(await page.getByRole('radio', { name: text.star(3), exact: true }).isChecked()).toBe(true)

  await page
    .locator('[data-element="feedback-rating-negative"] [data-element="feedback-rating-answer"]', { hasText: text.negativeAnswer })
    .click()
  const details = `${lang}-${width}-${Date.now().toString(36)}: la pagina non dice gli orari`
  await page.getByLabel(text.details).fill(details)
  await screenshot(page, `${lang}-${width}-chosen`)
  await expectAccessible(page)

  await page.getByRole('button', { name: text.send }).click()
  await expect.poll(() => page.getByRole('status').textContent()).toBe(text.thanks)
  expect(await page.locator('form[data-feedback-form]').isVisible()).toBe(false)
  await screenshot(page, `${lang}-${width}-sent`)
  await expectAccessible(page)
  await context.close()
  return { details, answer: await rowWithDetails(details) }
}

describe('rating how clear a page is', () => {
  for (const lang of ['it', 'en'] as const) {
    it(`rates a service page on a phone, linked to its service and ente (${lang})`, async () => {
      const { answer } = await rateByMouse(lang, TEXTS[lang].service(service.slug), 360)
      expect(answer).toEqual([
        {
          page: TEXTS[lang].service(service.slug),
          rating: '3',
          answer: 'incomplete',
          language: lang,
          service: service.id,
          organisation: service.organisation,
        },
      ])
    })

    it(`rates a content page on a desktop (${lang})`, async () => {
      const { answer } = await rateByMouse(lang, TEXTS[lang].content, 1280)
      expect(answer).toEqual([
        { page: TEXTS[lang].content, rating: '3', answer: 'incomplete', language: lang, service: null, organisation: null },
      ])
    })
  }

  it('is operated by keyboard alone, with the focus always in sight', async () => {
    const text = TEXTS.it
    const { page, context } = await site.page()
    await page.goto(text.content)
    // Tab from the top of the page to the first star.
    for (let step = 0; step < 300; step += 1) {
      await page.keyboard.press('Tab')
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'rating')) break
    }
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('1')
    const outline = () =>
      page.evaluate(() => {
        const label = document.querySelector(`label[for="${document.activeElement!.id}"]`)!
        return getComputedStyle(label).outlineStyle
      })
    expect(await outline()).not.toBe('none')

    await page.keyboard.press('Space')
    expect(await panels(page)).toEqual(NEGATIVE)
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight')
    expect(await page.getByRole('radio', { name: text.star(4), exact: true }).isChecked()).toBe(true)
    expect(await panels(page)).toEqual(POSITIVE)
    expect(await outline()).not.toBe('none')

    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    expect(await page.getByRole('radio', { name: text.positiveAnswer, exact: true }).isChecked()).toBe(true)
    await page.keyboard.press('Tab')
    const details = `tastiera-${Date.now().toString(36)}`
    await page.keyboard.type(details)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('status').textContent()).toBe(text.thanks)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feedback-status')
    expect(await rowWithDetails(details)).toEqual([
      { page: text.content, rating: '4', answer: 'clear', language: 'it', service: null, organisation: null },
    ])
    await context.close()
  })

  it('sends the stars and the details without JavaScript, and comes back to the form with a thank-you', async () => {
    const text = TEXTS.en
    const { page, context } = await site.page({ javaScriptEnabled: false })
    await page.goto(`${text.content}?topic=general`)
    await page.locator('[data-element="feedback-rate-5"]').click()
    const details = `no-script-${Date.now().toString(36)}`
    await page.getByLabel(text.details).fill(details)
    await page.getByRole('button', { name: text.send }).click()
    await page.waitForURL((url) => url.searchParams.get('feedback') === 'sent')
    const url = new URL(page.url())
    expect(url.pathname).toBe(text.content)
    expect(url.searchParams.get('topic')).toBe('general')
    expect(url.hash).toBe('#feedback')
    expect(await page.getByRole('status').textContent()).toContain(text.thanks)
    expect(await rowWithDetails(details)).toEqual([
      { page: text.content, rating: '5', answer: null, language: 'en', service: null, organisation: null },
    ])
    await context.close()

    // axe runs as a script in the page: the page the browser came back to is checked with scripts on.
    const checked = await site.page()
    await checked.page.goto(url.href)
    await expectAccessible(checked.page)
    await checked.context.close()
  })
})
