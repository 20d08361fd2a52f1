import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { daysFromToday } from '../../lib/dates'
import { CITY_TIME_ZONE } from '../../seed/cities'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { accessibilityViolations, callApi, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * Giulia's journey on her phone (360×740), in Chromium against `npm start`: she searches
 * "assistenza anziano mattina", narrows the results, opens a service, signs in and asks three
 * enti for three mornings a week; two quote and one declines (the enti answer through the REST
 * API as their own users); she reads the decline's reason, compares the quotes on the phone,
 * confirms the acceptance knowing what it closes, pays by card on the local checkout page, the
 * ente marks the service delivered and she reviews it. axe checks every page she sees.
 */
let mailbox: Mailbox
let site: SiteUnderTest
let admin: string
const PHONE = { width: 360, height: 740 }
const SCREENS = process.env.SCREENSHOT_DIR ?? ''
const ENTE_PASSWORD = 'Ente-Password-2026'
const giulia = DEMO_ACCOUNTS.find((account) => account.role === 'citizen')!
const day = (days: number) => daysFromToday(days, CITY_TIME_ZONE)

const api = (method: string, address: string, body?: unknown, token = admin) => callApi(site, method, address, body, token)

beforeAll(async () => {
  mailbox = await startMailbox()
  site = await startSite('resident-on-phone', mailbox.env)
  const elena = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!
  admin = (await api('POST', '/api/users/login', { email: elena.email, password: DEMO_PASSWORD }, '')).token
})
afterAll(async () => {
  await site?.stop()
  await mailbox?.close()
})

const expectAccessible = async (page: Page) => expect(await accessibilityViolations(page), page.url()).toEqual([])

/** Whether the page is wider than the screen, so that something can only be reached by scrolling sideways. */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

/** Screenshots to look at: the screen as shown (scrolled to a part when given) and the whole page. */
const shoot = async (page: Page, name: string, part?: Locator) => {
  if (!SCREENS) return
  await part?.scrollIntoViewIfNeeded()
  mkdirSync(SCREENS, { recursive: true })
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`) })
  await page.screenshot({ path: path.join(SCREENS, `${name}-full.png`), fullPage: true })
}

const arriveAt = async (page: Page, address: RegExp) =>
  page.waitForURL(address, { timeout: 15_000 }).catch(async (error) => {
    throw new Error(`${error}\nAt ${page.url()}:\n${await page.locator('main').innerText()}\n${site.app.output().slice(-3000)}`)
  })

/** Opens the filters when a narrow screen folds them away, then follows one filter's link. */
const filterBy = async (page: Page, name: RegExp) => {
  const fold = page.locator('aside details').first()
  if ((await fold.count()) > 0 && !(await fold.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await fold.locator('summary').click()
  }
  await page.locator('aside').getByRole('link', { name }).first().click()
  await page.waitForLoadState()
}

/** An ente's own user, signed in to the REST API, as its coordinator would be in the admin. */
const enteUser = async (organisation: string, index: number) => {
  const email = `e2e-phone-ente-${index}@wemi.example`
  await api('POST', '/api/users', {
    email,
    password: ENTE_PASSWORD,
    name: `Ente ${index}`,
    roles: ['ente-admin'],
    organisation,
    language: 'it',
  })
  return (await api('POST', '/api/users/login', { email, password: ENTE_PASSWORD }, '')).token as string
}

describe('Giulia asks for three mornings a week from her phone, and reviews the service after it', () => {
  let context: BrowserContext
  let page: Page
  beforeAll(async () => {
    context = await site.browser.newContext({ baseURL: site.app.url, locale: 'it-IT', viewport: PHONE, isMobile: true, hasTouch: true })
    page = await context.newPage()
  })
  afterAll(async () => context?.close())

  let chosen: { slug: string; category: string; organisation: string; organisationName: string }
  let nightOnly: string
  it('searches, narrows the results and opens a service', async () => {
    await page.goto('/')
    await page.locator('main').getByLabel('Cerca un servizio').first().fill('assistenza anziano mattina')
    await page.locator('main').getByLabel('Cerca un servizio').first().press('Enter')
    await arriveAt(page, /\/servizi\?/)
    await filterBy(page, /^Municipio 8\b/)
    await filterBy(page, /^Anziani\b/)
    expect(page.url()).toMatch(/district=municipio-8/)
    expect(await scrollsSideways(page)).toBe(false)
    await expectAccessible(page)
    await shoot(page, 'phone-1-results')

    // The first result in a category at least four enti offer in the morning, itself never at night.
    const slugs = await page
      .locator('main a[href^="/servizi/"]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/')[2]))
    const rows = await site.sql<typeof chosen>(
      `SELECT s.slug, s.category_id AS category, s.organisation_id AS organisation, s.organisation_name AS "organisationName"
       FROM service_search s WHERE s.slug = ANY($1) AND 'morning' = ANY(s.time_bands) AND NOT 'night' = ANY(s.time_bands)
         AND (SELECT count(DISTINCT organisation_id) FROM service_search o
              WHERE o.category_id = s.category_id AND 'morning' = ANY(o.time_bands)) >= 4`,
      [slugs],
    )
    chosen = slugs.map((slug) => rows.find((row) => row.slug === slug)).find(Boolean)!
    expect(chosen, `no result fits among ${slugs.join(', ')}`).toBeTruthy()
    // Another ente of that category works only at night: it is no answer to a morning need.
    const [night] = await site.sql<{ organisation: string }>(
      `UPDATE service_search SET time_bands = '{night}' WHERE organisation_id = (
         SELECT organisation_id FROM service_search WHERE category_id = $1 AND organisation_id <> $2 ORDER BY organisation_name LIMIT 1)
       AND category_id = $1 RETURNING organisation_name AS organisation`,
      [chosen.category, chosen.organisation],
    )
    nightOnly = night!.organisation
    await page.locator(`main a[href="/servizi/${chosen.slug}"]`).first().click()
    await arriveAt(page, new RegExp(`/servizi/${chosen.slug}$`))
    expect(await scrollsSideways(page)).toBe(false)
    await expectAccessible(page)
  })

  let request: { reference: string; url: string }
  let asked: { organisation: string; name: string }[]
  it('signs in, asks three enti for Monday, Wednesday and Friday mornings, and is told what she sent and what comes next', async () => {
    await page.getByRole('link', { name: 'Richiedi il servizio' }).click()
    await arriveAt(page, /\/accedi\?next=/)
    await page.getByLabel('E-mail', { exact: true }).fill(giulia.email)
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Accedi', exact: true }).click()
    await arriveAt(page, /\/area-personale\/richieste\/nuova\?service=/)
    await expectAccessible(page)

    // Her district comes from her profile; the night-only ente is not offered.
    expect(await page.locator('#request-district').evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.text)).toBe(
      'Municipio 8',
    )
    const services = page.getByRole('group', { name: /^A quali enti chiedere/ })
    const offered = await services
      .locator('input[type="checkbox"]')
      .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))
    const offeredNames = await site.sql<{ name: string }>(
      'SELECT organisation_name AS name FROM service_search WHERE service_id = ANY($1)',
      [offered],
    )
    expect(offeredNames.map((row) => row.name)).not.toContain(nightOnly)
    expect(offered.length).toBeGreaterThanOrEqual(3)
    // Two more enti, by their labels (the styled box itself lies under its label).
    const others = await services
      .locator('input[type="checkbox"]:not(:checked)')
      .evaluateAll((boxes) => boxes.slice(0, 2).map((box) => ({ id: box.id, value: (box as HTMLInputElement).value })))
    for (const box of others) await services.locator(`label[for="${box.id}"]`).click()
    const extra = others.map((box) => box.value)
    asked = [
      { organisation: chosen.organisation, name: chosen.organisationName },
      ...(await site.sql<{ organisation: string; name: string }>(
        'SELECT organisation_id AS organisation, organisation_name AS name FROM service_search WHERE service_id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], service_id)',
        [extra],
      )),
    ]
    await page.getByText('Per un’altra persona').click()
    await page.getByLabel(/^Nome/).first().fill('Giuseppe Rossi')
    await page.getByLabel(/^Anno di nascita/).fill('1945')

    // Sent without days or times, the form says which fields are missing, by their names.
    await page.getByRole('button', { name: 'Invia la richiesta' }).click()
    await page.waitForLoadState()
    const summary = page.locator('#request-errors')
    expect(await summary.innerText()).toContain('Giorni preferiti: scegli almeno un giorno.')
    expect(await summary.innerText()).toContain('Fasce orarie preferite: scegli almeno una fascia oraria.')
    expect(await summary.innerText()).not.toContain('Compila questo campo')
    await expectAccessible(page)
    await shoot(page, 'phone-2-form-errors')

    const days = page.getByRole('group', { name: /^Giorni preferiti/ })
    for (const name of ['Lunedì', 'Mercoledì', 'Venerdì']) await days.getByText(name, { exact: true }).click()
    await page
      .getByRole('group', { name: /^Fasce orarie preferite/ })
      .getByText(/^Mattina/)
      .click()
    await page.getByLabel(/^Note per gli enti/).fill('Mio padre sente poco: suonate a lungo il campanello.')
    expect(await scrollsSideways(page)).toBe(false)
    await page.getByRole('button', { name: 'Invia la richiesta' }).click()
    await arriveAt(page, /\/area-personale\/richieste\/[0-9a-f-]+\?done=sent/)
    const title = await page.locator('h1').innerText()
    request = { reference: /WM-[A-Z0-9]{6}/.exec(title)![0], url: page.url().replace(/\?.*/, '') }
    const main = page.locator('main')
    await main.getByRole('heading', { name: 'Cosa succede ora' }).waitFor()
    await main.getByRole('heading', { name: 'Cosa hai chiesto' }).waitFor()
    const what = main.locator('section[aria-labelledby="asked-heading"]')
    const text = await what.innerText()
    for (const part of [
      'Giuseppe Rossi',
      'Municipio 8',
      'Lunedì, Mercoledì, Venerdì',
      'Mattina',
      'sente poco',
      ...asked.map((ente) => ente.name),
    ])
      expect(text).toContain(part)
    expect(await scrollsSideways(page)).toBe(false)
    await expectAccessible(page)
    await shoot(page, 'phone-3-sent')
    // The title names what was asked, the same for every ente: it does not change between visits.
    await page.goto(request.url)
    expect(await page.locator('h1').innerText()).toBe(title)
  })

  it('reads why one ente declined, compares the two quotes on her phone and confirms the acceptance knowing what it closes', async () => {
    const threads = await site.sql<{ id: string; organisation: string }>(
      'SELECT t.id, t.organisation_id AS organisation FROM threads t JOIN requests r ON r.id = t.request_id WHERE r.reference = $1',
      [request.reference],
    )
    const threadOf = (index: number) => threads.find((thread) => thread.organisation === asked[index]!.organisation)!.id
    const tokens = await Promise.all(asked.map((ente, index) => enteUser(ente.organisation, index)))
    // Neither quote names days or times: each is for the ones Giulia asked for.
    const quote = { validUntil: day(10), periodEnd: day(35), conditions: 'Stessa operatrice ogni mattina.' }
    await api('POST', `/api/threads/${threadOf(0)}/actions/quote`, { ...quote, amountCents: 18_000, periodStart: day(0) }, tokens[0])
    await api('POST', `/api/threads/${threadOf(1)}/actions/quote`, { ...quote, amountCents: 16_500, periodStart: day(7) }, tokens[1])
    const reason = 'Non abbiamo operatori liberi al mattino in Municipio 8.'
    await api('POST', `/api/threads/${threadOf(2)}/actions/decline`, { reason }, tokens[2])
    expect(await mailbox.waitFor(giulia.email, /preventivo/i)).toBeTruthy()

    await page.goto(request.url)
    const declined = page.locator(`#thread-${threadOf(2)}`)
    expect(await declined.innerText()).toContain(`Motivo del rifiuto: ${reason}`)
    await page.getByRole('heading', { name: 'Confronta i preventivi' }).waitFor()
    const compare = page.locator('section[aria-labelledby="compare-heading"]')
    for (const [index, amount] of [
      [0, '180,00'],
      [1, '165,00'],
    ] as const) {
      const accept = compare.getByRole('link', { name: `Accetta il preventivo di ${asked[index]!.name}` })
      const box = (await accept.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width)
      const card = compare.locator('li').filter({ has: page.getByRole('link', { name: `Accetta il preventivo di ${asked[index]!.name}` }) })
      expect(await card.innerText()).toContain(amount)
      expect(await card.innerText()).toContain('Lunedì, Mercoledì, Venerdì · Mattina')
    }
    expect(await scrollsSideways(page)).toBe(false)
    await expectAccessible(page)
    await shoot(page, 'phone-4-compare', compare)
    // On a wide screen the same comparison is a table, its days and times filled in.
    const wide = await site.browser.newContext({ baseURL: site.app.url, locale: 'it-IT', viewport: { width: 1280, height: 900 } })
    await wide.addCookies(await context.cookies())
    const desktop = await wide.newPage()
    await desktop.goto(request.url)
    const rows = desktop.locator('main table tbody tr')
    expect(await rows.count()).toBe(2)
    expect(await rows.nth(0).innerText()).toContain('Lunedì, Mercoledì, Venerdì · Mattina')
    expect(
      await rows
        .nth(0)
        .getByRole('link', { name: `Accetta il preventivo di ${asked[1]!.name}` })
        .count(),
    ).toBe(1)
    await expectAccessible(desktop)
    await shoot(desktop, 'desktop-compare')
    await wide.close()
    // Without JavaScript the confirmation is a step of its own, and going back changes nothing.
    const plain = await site.browser.newContext({ baseURL: site.app.url, locale: 'it-IT', viewport: PHONE, javaScriptEnabled: false })
    await plain.addCookies(await context.cookies())
    const noScript = await plain.newPage()
    await noScript.goto(request.url)
    await noScript.getByRole('link', { name: `Accetta il preventivo di ${asked[1]!.name}` }).click()
    await noScript.locator('#confirm-accept').getByRole('link', { name: 'No, torna ai preventivi' }).click()
    expect(await noScript.getByRole('link', { name: `Accetta il preventivo di ${asked[1]!.name}` }).count()).toBe(1)
    await plain.close()

    // She takes the earlier start; one tap only asks her to confirm, and says what accepting closes.
    await compare.getByRole('link', { name: `Accetta il preventivo di ${asked[0]!.name}` }).click()
    await arriveAt(page, /\?accept=/)
    const confirmation = page.locator('#confirm-accept')
    expect(await confirmation.innerText()).toContain(
      `Accettando il preventivo di ${asked[0]!.name} chiudi le richieste a ${asked[1]!.name}`,
    )
    // The threads' states, by name (the column is an enum, which sorts by its own order).
    const states = async () =>
      (
        await site.sql<{ status: string }>('SELECT t.status FROM threads t JOIN requests r ON r.id = t.request_id WHERE r.reference = $1', [
          request.reference,
        ])
      )
        .map((row) => row.status)
        .sort()
    expect(await states()).toEqual(['declined', 'quoted', 'quoted'])
    expect(await scrollsSideways(page)).toBe(false)
    await expectAccessible(page)
    await shoot(page, 'phone-5-confirm')
    await confirmation.getByRole('button', { name: 'Sì, accetto il preventivo' }).click()
    await arriveAt(page, /done=accept/)
    expect(await states()).toEqual(['accepted', 'declined', 'not-chosen'])
    await expectAccessible(page)
  })

  it('pays by card on the checkout page, and reviews the service once the ente has delivered it', async () => {
    await page.getByRole('button', { name: 'Paga online' }).click()
    await arriveAt(page, /\/checkout\/pay\//)
    expect(await page.locator('.total').innerText()).toContain('180,00')
    expect(await scrollsSideways(page)).toBe(false)
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Paga' }).click()
    await arriveAt(page, /done=paid/)
    expect(await page.locator('[role="status"]').innerText()).toContain('Pagamento ricevuto')

    const [thread] = await site.sql<{ id: string }>(
      'SELECT t.id FROM threads t JOIN requests r ON r.id = t.request_id WHERE r.reference = $1 AND t.status = $2',
      [request.reference, 'paid'],
    )
    const token = (await api('POST', '/api/users/login', { email: 'e2e-phone-ente-0@wemi.example', password: ENTE_PASSWORD }, '')).token
    await api('POST', `/api/threads/${thread!.id}/actions/deliver`, {}, token)

    await page.goto(request.url)
    const section = page.locator(`#thread-${thread!.id}`)
    for (const score of ['Puntualità', 'Professionalità', 'Rapidità'])
      await section.getByRole('group', { name: score }).getByText('5 su 5').click()
    await section.getByLabel(/^Commento/).fill('Puntuale, paziente con mio padre.')
    expect(await scrollsSideways(page)).toBe(false)
    await expectAccessible(page)
    await section.getByRole('button', { name: 'Invia la recensione' }).click()
    await arriveAt(page, /done=review/)
    expect(await page.locator('[role="status"]').innerText()).toContain('sarà pubblicata dopo la verifica')
    await expectAccessible(page)
    await shoot(page, 'phone-6-reviewed')
  })
})
