import { en } from '@payloadcms/translations/languages/en'
import { it as italian } from '@payloadcms/translations/languages/it'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import * as ADMIN_TEXT from '../../lib/i18n/admin'
import { wemiConfig } from '../../payload.config'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { joinDemoGroup, openDemoGroup } from '../helpers/demo-group'
import { type SiteUnderTest, startSite } from '../helpers/site'

/**
 * What the enti and WeMi's staff read in the admin panel, scanned page by page for each role of
 * the demo city in Italian: the dashboard, then the list and one document of every collection
 * its menu offers. A page fails on English wording, Title Case Italian, raw ids, dates written
 * the American way, amounts in cents and images that do not load; each finding names the page.
 * The demo city gets a shared group, opened by its resident, so that the groups' list and a group's
 * page are read too by everyone who may open them.
 */

type Wording = { it: string; en: string }
const isWording = (value: unknown): value is Wording =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === 2 &&
  typeof (value as Wording).it === 'string' &&
  typeof (value as Wording).en === 'string'

/** Every text in both languages reachable from the configuration (labels, options, groups, messages). */
const ourWording = (): Wording[] => {
  const found: Wording[] = []
  const seen = new Set<object>()
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return
    seen.add(value)
    if (isWording(value)) found.push(value)
    else for (const child of Object.values(value)) walk(child)
  }
  walk(wemiConfig('postgres://unused@127.0.0.1:1/unused'))
  walk(ADMIN_TEXT)
  return found
}

/** Payload's own strings, keyed "namespace:key". */
const payloadStrings = (language: typeof en | typeof italian): Map<string, string> =>
  new Map(
    Object.entries(language.translations).flatMap(([namespace, entries]) =>
      Object.entries(entries as Record<string, unknown>)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
        .map(([key, text]) => [`${namespace}:${key}`, text]),
    ),
  )

const WORD = /\p{L}{3,}/u

/** The literal pieces of a text between its placeholders and markup, worth looking for on a page. */
const fragmentsOf = (text: string): string[] =>
  text
    .split(/{{\w+}}|<\/?\d>|<[^>]+>|["“”«»]/)
    .map((fragment) => fragment.trim().replace(/[.:!?…]+$/, ''))
    .filter((fragment) => fragment.length >= 4 && WORD.test(fragment))

const wording = ourWording()
const payloadItalian = payloadStrings(italian)
const payloadEnglish = payloadStrings(en)

/** Italian texts, whole: an English phrase that is also one of them (e.g. "Password") proves nothing. */
const italianTexts = new Set([...wording.map((text) => text.it), ...payloadItalian.values()])

/** English phrases an Italian screen must not show: Payload's own and ours. */
const ENGLISH_PHRASES = [
  ...new Set(
    [
      ...[...payloadEnglish.values()].flatMap(fragmentsOf),
      ...wording.filter((text) => text.it !== text.en).flatMap((text) => fragmentsOf(text.en)),
    ].filter((fragment) => !italianTexts.has(fragment) && ![...italianTexts].some((text) => text.includes(fragment))),
  ),
]

/** "Salva Bozza": more than one capitalised word in a short Payload label, which Italian never writes. */
const isTitleCase = (text: string): boolean => {
  const words = text
    .replace(/{{\w+}}/g, '')
    .split(/\s+/)
    .filter((word) => WORD.test(word))
  return words.length >= 2 && words.length <= 5 && words.filter((word) => /^\p{Lu}\p{Ll}/u.test(word)).length >= 2
}
const TITLE_CASE_PHRASES = [...payloadItalian.values()].filter(isTitleCase).flatMap(fragmentsOf).filter(isTitleCase)

/** Payload's Italian messages we reword ("Notizia creato con successo"): seeing one means our wording did not apply. */
const REWORDED_PHRASES = Object.keys(ADMIN_TEXT.PAYLOAD_WORDING)
  .flatMap((key) => fragmentsOf(payloadItalian.get(key) ?? ''))
  .filter((fragment) => fragment.includes(' ') && !Object.values(ADMIN_TEXT.PAYLOAD_WORDING).some((text) => text.it.includes(fragment)))

/** Plural collection labels, which "1" must never precede ("1 recensioni"). */
const collectionPlurals = (): string[] =>
  wemiConfig('postgres://unused@127.0.0.1:1/unused')
    .collections!.map((collection) => collection.labels?.plural)
    .filter(isWording)
    .map((plural) => plural.it)

/** The Italian labels of the fields that hold money in cents, which people must read in euros. */
const moneyLabels = (): Set<string> => {
  const labels = new Set<string>()
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return
    if (Array.isArray(value)) return value.forEach(walk)
    const field = value as { name?: unknown; label?: unknown; fields?: unknown; tabs?: unknown; blocks?: unknown }
    if (typeof field.name === 'string' && field.name.endsWith('Cents') && isWording(field.label)) labels.add(field.label.it)
    for (const children of [field.fields, field.tabs, field.blocks]) walk(children)
  }
  for (const collection of wemiConfig('postgres://unused@127.0.0.1:1/unused').collections!) walk(collection.fields)
  return labels
}

const MONTHS =
  '(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|January|February|March|April|May|June|July|August|September|October|November|December)'
const CHECKS: { problem: string; pattern: RegExp }[] = [
  { problem: 'raw id', pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi },
  { problem: 'raw id', pattern: /\bID: \S+/g },
  { problem: 'untitled document', pattern: /Senza titolo/g },
  { problem: 'date written month first', pattern: new RegExp(`\\b${MONTHS} \\d{1,2}(?:º|st|nd|rd|th)?,? \\d{4}`, 'gi') },
  { problem: '12-hour time', pattern: /\b\d{1,2}:\d{2}\s?(?:AM|PM)\b/gi },
  { problem: 'date as stored', pattern: /\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?\b/g },
  { problem: 'amount in cents', pattern: /\bcentesim[oi]\b/gi },
]

const EUROS_READ = /^-?\d{1,3}(?:\.\d{3})*,\d{2} €$/
const EUROS_TYPED = /^\d{1,3}(?:\.?\d{3})*,\d{2}(?: €)?$/

const OPERATIONS_LOG = '/admin/collections/audit-log'

type Finding = { page: string; problem: string; text: string }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const containsPhrase = (text: string, phrase: string) =>
  text.includes(phrase) && new RegExp(`(?<![\\p{L}\\d])${escape(phrase)}(?![\\p{L}\\d])`, 'u').test(text)

/** What a page shows a person, its table's money cells, its money inputs and its broken images. */
const readPage = (page: Page, money: string[]) =>
  page.evaluate((moneyHeaders) => {
    const headers = [...document.querySelectorAll('table thead th')].map((cell) => (cell as HTMLElement).innerText.trim())
    const moneyCells = [...document.querySelectorAll('table tbody tr')].flatMap((row) =>
      [...row.querySelectorAll('td')]
        .filter((_, index) => moneyHeaders.includes(headers[index] ?? ''))
        .map((cell) => (cell as HTMLElement).innerText.trim()),
    )
    const moneyInputs = [...document.querySelectorAll<HTMLInputElement>('input[id^="field-"]')]
      .filter((input) => /Cents$/.test(input.id) && input.value !== '')
      .map((input) => `${input.id}=${input.value}`)
    const brokenImages = [...document.images]
      .filter((image) => image.complete && image.naturalWidth === 0)
      .map((image) => image.src || image.alt)
    return { text: `${document.title}\n${document.body.innerText}`, moneyCells, moneyInputs, brokenImages }
  }, money)

/** What is wrong with a page's text, as [problem, offending text] pairs. */
const problemsIn = (text: string, page: string, plurals: string[]): [string, string][] => {
  const found: [string, string][] = []
  for (const phrase of ENGLISH_PHRASES) if (containsPhrase(text, phrase)) found.push(['English', phrase])
  for (const phrase of TITLE_CASE_PHRASES) if (containsPhrase(text, phrase)) found.push(['Title Case', phrase])
  for (const phrase of REWORDED_PHRASES) if (containsPhrase(text, phrase)) found.push(['Payload’s wording we replace', phrase])
  for (const plural of plurals)
    for (const match of text.match(new RegExp(`(?<!\\d)1 ${escape(plural)}\\b`, 'gi')) ?? []) found.push(['one in the plural', match])
  for (const { problem, pattern } of CHECKS) {
    // WeMi's log of operations names each record by its id on purpose: it outlives their titles.
    if (problem === 'raw id' && page.startsWith(OPERATIONS_LOG)) continue
    for (const match of text.match(pattern) ?? []) found.push([problem, match])
  }
  return found
}

const scan = async (page: Page, label: string, findings: Finding[], plurals: string[], money: string[]) => {
  await page.waitForLoadState('networkidle')
  // Panels that load their content after the page (the request's conversation) say so until then.
  await page
    .getByText('Caricamento…')
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => {})
  const { text, moneyCells, moneyInputs, brokenImages } = await readPage(page, money)
  const add = (problem: string, offending: string) => findings.push({ page: label, problem, text: offending })
  for (const [problem, offending] of problemsIn(text, label, plurals)) add(problem, offending)
  for (const cell of moneyCells) if (cell !== '' && !EUROS_READ.test(cell)) add('amount not in euros', cell)
  for (const input of moneyInputs) if (!EUROS_TYPED.test(input.split('=')[1]!)) add('amount typed not in euros', input)
  for (const image of brokenImages) add('broken image', image)
}

const signIn = async (page: Page, email: string) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 30_000 })
}

let site: SiteUnderTest
beforeAll(async () => {
  site = await startSite('admin-language')
  // A group that reached its minimum: the ente has it to confirm, and a notification saying so.
  await joinDemoGroup(site, await openDemoGroup(site))
})

/** Who opens shared groups in the admin: WeMi and the enti's staff. */
const READS_GROUPS = new Set(['admin', 'ente-admin', 'ente-operator'])
afterAll(async () => {
  await site?.stop()
})

describe('a request in the ente’s admin', () => {
  it('names its actions as people do and shows the new status in the sidebar at once', async () => {
    const { page, context } = await site.page()
    try {
      await context.addCookies([{ name: 'payload-lng', value: 'it', url: site.app.url }])
      await signIn(page, DEMO_ACCOUNTS.find((account) => account.role === 'ente-admin')!.email)
      await page.goto('/admin/collections/threads?where[status][equals]=paid')
      await page.goto((await page.locator('table tbody tr a[href^="/admin/collections/threads/"]').first().getAttribute('href'))!)
      const sidebar = page.locator('.document-fields__sidebar')
      await sidebar.getByText('Pagata', { exact: true }).waitFor()
      const deliver = page.getByRole('form', { name: 'Segna il servizio come erogato' })
      await expect(deliver.getByRole('heading').textContent()).resolves.toBe('Segna il servizio come erogato')
      await deliver.getByRole('button', { name: 'Segna il servizio come erogato' }).click()
      await page.getByText('Segna il servizio come erogato: Fatto.').waitFor()
      await sidebar.getByText('Servizio erogato', { exact: true }).waitFor({ timeout: 10_000 })
      await expect(sidebar.getByText('Pagata', { exact: true }).count()).resolves.toBe(0)
    } finally {
      await context.close()
    }
  })
})

describe('the admin panel in Italian', () => {
  it('knows what it looks for', () => {
    // The word lists come from the dictionaries: if they came out empty, every page would pass.
    expect(ENGLISH_PHRASES).toEqual(expect.arrayContaining(['Filters', 'Columns', 'Create New']))
    expect(TITLE_CASE_PHRASES).toContain('Salva Bozza')
    expect(collectionPlurals()).toContain('Recensioni')
    expect(moneyLabels()).toContain('Importo')
    // What people saw before, each caught.
    const seen = [
      'Notizia creato con successo.',
      'Salva Bozza',
      'Filters',
      '1 Recensioni',
      'dicembre 7 2026, 4:13 PM',
      'Senza titolo – ID: 6e807086-5de5-40bb-b603-79c859464a7b',
      'Importo: 5400 centesimi',
    ].join('\n')
    expect(new Set(problemsIn(seen, '/admin', collectionPlurals()).map(([problem]) => problem))).toEqual(
      new Set([
        'Payload’s wording we replace',
        'Title Case',
        'English',
        'one in the plural',
        'date written month first',
        '12-hour time',
        'untitled document',
        'raw id',
        'amount in cents',
      ]),
    )
  })

  for (const account of DEMO_ACCOUNTS.filter((candidate) => candidate.role !== 'citizen')) {
    it(`reads as Italian, with names, Italian dates and euros, for the ${account.role} demo account`, async () => {
      const { page, context } = await site.page()
      const findings: Finding[] = []
      const scanned: string[] = []
      const plurals = collectionPlurals()
      const money = [...moneyLabels()]
      try {
        await context.addCookies([{ name: 'payload-lng', value: 'it', url: site.app.url }])
        await signIn(page, account.email)
        await scan(page, '/admin', findings, plurals, money)
        const menu = await page
          .locator('nav a[href^="/admin/"]')
          .evaluateAll((anchors) => [...new Set(anchors.map((anchor) => anchor.getAttribute('href')!))])
        expect(menu.length).toBeGreaterThan(0)
        for (const path of menu) {
          await page.goto(path)
          await scan(page, path, findings, plurals, money)
          scanned.push(path)
          if (!path.startsWith('/admin/collections/')) continue
          // The list has rendered by now (scan waited for the network to settle): no row, no document.
          const rows = page.locator('table tbody tr a[href^="/admin/collections/"]')
          if ((await rows.count()) === 0) continue
          const first = await rows.first().getAttribute('href')
          if (!first) continue
          await page.goto(first)
          await scan(page, `${path} (document)`, findings, plurals, money)
          scanned.push(`${path} (document)`)
        }
        if (READS_GROUPS.has(account.role))
          expect(scanned).toEqual(expect.arrayContaining(['/admin/collections/groups', '/admin/collections/groups (document)']))
        expect(findings.map(({ page, problem, text }) => `${page}: ${problem}: «${text}»`)).toEqual([])
      } finally {
        await context.close()
      }
    }, 600_000)
  }
})
