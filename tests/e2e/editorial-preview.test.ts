import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataDir } from '../../lib/paths'
import { previewPath } from '../../lib/preview'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { accessibilityViolations, callApi, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * An editor's preview in Chromium: the demo editor saves a news item as a draft in the admin,
 * opens it on the site with the admin's "Anteprima" button and reads it there under a banner that
 * says it is not published, with no accessibility violation, also on a 360 px phone; the same
 * link with its signature changed, or once expired, shows nothing of it. Then an item scheduled a
 * few seconds ahead: the news list may not be kept past its time, and shows it once it comes.
 * Screenshots are kept to look at.
 */
const SHOTS = path.join(dataDir, 'screenshots', 'preview')
const BANNER = 'Anteprima: questa versione non è ancora pubblicata'
const TITLE = 'Gli Spazi WeMi aprono anche il sabato'
const SUMMARY = 'Dal primo marzo gli Spazi WeMi di Giambellino e Niguarda accolgono anche il sabato mattina.'

const editor = DEMO_ACCOUNTS.find((account) => account.role === 'editor')!

let site: SiteUnderTest
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  site = await startSite('preview')
})
afterAll(async () => site?.stop())

const signIn = async (page: Page) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(editor.email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 30_000 })
}

/** What a visitor with no session reads at an address: the answer's status, headers and text. */
const anonymousVisit = async (address: string) => {
  const { page, context } = await site.page()
  try {
    const response = await page.goto(address)
    return { status: response!.status(), headers: response!.headers(), text: await page.locator('body').innerText(), url: page.url() }
  } finally {
    await context.close()
  }
}

describe('an editor’s preview of a draft', () => {
  let link: string
  let draftId: string

  it('opens from the admin on the site, marked as a preview, with no accessibility violation', async () => {
    // The admin speaks the browser's language: an Italian editor's.
    const context = await site.browser.newContext({ baseURL: site.app.url, locale: 'it-IT', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    try {
      await signIn(page)
      await page.goto('/admin/collections/news/create')
      await page.locator('#field-title').fill(TITLE)
      await page.locator('#field-summary').fill(SUMMARY)
      await page
        .getByRole('button', { name: 'Salva la bozza' })
        .click()
        .catch(async (error) => {
          await page.screenshot({ path: path.join(SHOTS, 'admin-draft-missing.png'), fullPage: true })
          throw new Error(`${error}\nButtons: ${(await page.getByRole('button').allInnerTexts()).join(' | ')}`)
        })
      await page.waitForURL(/\/admin\/collections\/news\/[0-9a-f-]{36}/, { timeout: 30_000 })
      draftId = /news\/([0-9a-f-]{36})/.exec(page.url())![1]!
      const button = page.locator('#preview-button')
      await button.waitFor({ timeout: 30_000 })
      expect(await button.getAttribute('aria-label')).toBe('Anteprima')
      link = (await button.getAttribute('href'))!
      expect(link).toMatch(new RegExp(`^/anteprima/news/${draftId}\\?expires=\\d+&signature=`))

      const [preview] = await Promise.all([context.waitForEvent('page'), button.click()])
      await preview.waitForLoadState()
      await expect.poll(() => preview.locator('h1').textContent()).toBe(TITLE)
      expect(await preview.getByRole('status').innerText()).toContain(BANNER)
      expect(await preview.locator('.lead').innerText()).toBe(SUMMARY)
      expect(await preview.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex')
      expect(await accessibilityViolations(preview)).toEqual([])
      await preview.screenshot({ path: path.join(SHOTS, 'preview-desktop.png'), fullPage: true })

      // In English, through the page's own language switch, still the draft under its banner.
      await preview.getByRole('link', { name: 'Read this page in English' }).click()
      await preview.waitForURL(/\/en\/preview\/news\//)
      expect(await preview.getByRole('status').innerText()).toContain('Preview: this version is not published yet')
      expect(await accessibilityViolations(preview)).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('works for whoever holds the link, never from a cache and never indexed, and reads well on a phone', async () => {
    const answer = await anonymousVisit(link)
    expect(answer.status).toBe(200)
    expect(answer.text).toContain(BANNER)
    expect(answer.text).toContain(SUMMARY)
    expect(answer.headers['cache-control']).toBe('private, no-store')
    expect(answer.headers['x-robots-tag']).toBe('noindex')

    const context = await site.browser.newContext({ baseURL: site.app.url, locale: 'it-IT', viewport: { width: 360, height: 740 } })
    try {
      const phone = await context.newPage()
      await phone.goto(link)
      expect(await phone.getByRole('status').innerText()).toContain(BANNER)
      // Nothing wider than the screen.
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
      expect(await accessibilityViolations(phone)).toEqual([])
      await phone.screenshot({ path: path.join(SHOTS, 'preview-360.png'), fullPage: true })
    } finally {
      await context.close()
    }
  })

  it('shows nothing of the draft with its signature changed, once expired, or at the public address', async () => {
    const changed = link.replace(/signature=([\w-])/, (_, first: string) => `signature=${first === 'A' ? 'B' : 'A'}`)
    // Signed as the server signs (the app runs with this process's secret), for a moment a minute ago.
    const expired = previewPath({ collection: 'news', id: draftId, language: 'it', expires: Date.now() - 60_000 })
    for (const address of [changed, expired, `/anteprima/news/${draftId}`]) {
      const answer = await anonymousVisit(address)
      expect(answer.status, address).toBe(404)
      expect(answer.text, address).not.toContain(SUMMARY)
      expect(answer.text, address).not.toContain(BANNER)
      expect(answer.headers['cache-control'], address).toBe('private, no-store')
    }
    const { token } = await callApi(site, 'POST', '/api/users/login', { email: editor.email, password: DEMO_PASSWORD })
    const { slug } = await callApi(site, 'GET', `/api/news/${draftId}?draft=true&locale=it&depth=0`, undefined, token)
    expect(slug).toBeTruthy()
    expect((await anonymousVisit(`/notizie/${slug}`)).status).toBe(404)
    expect((await anonymousVisit('/notizie')).text).not.toContain(TITLE)
  })
})

describe('a news item scheduled a few seconds ahead', () => {
  it('is not kept in the news list past its time, and is there once its time comes', async () => {
    const { token } = await callApi(site, 'POST', '/api/users/login', { email: editor.email, password: DEMO_PASSWORD })
    const publishAt = Date.now() + 40_000
    const title = 'Nuovo bando per i centri estivi'
    await callApi(
      site,
      'POST',
      '/api/news?locale=it',
      { title, summary: 'Domande aperte fino a fine mese.', publishedAt: new Date(publishAt).toISOString(), _status: 'published' },
      token,
    )
    for (const address of ['/notizie', '/', '/en/news']) {
      // The server counts from when it answers, which is no earlier than this.
      const askedAt = Date.now()
      const response = await fetch(`${site.app.url}${address}`)
      const header = response.headers.get('cache-control') ?? ''
      const fresh = Number(/max-age=(\d+)/.exec(header)?.[1])
      const stale = Number(/stale-while-revalidate=(\d+)/.exec(header)?.[1] ?? 0)
      expect(header, address).toMatch(/^public, max-age=\d+/)
      expect(askedAt + (fresh + stale) * 1000, address).toBeLessThanOrEqual(publishAt)
      expect(await response.text(), address).not.toContain(title)
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, publishAt - Date.now()) + 1000))
    expect(await (await fetch(`${site.app.url}/notizie`)).text()).toContain(title)
  })
})
