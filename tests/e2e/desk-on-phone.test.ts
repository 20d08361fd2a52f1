import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { daysFromToday } from '../../lib/dates'
import { CITY_TIME_ZONE } from '../../seed/cities'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { accessibilityViolations, callApi, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * Rosa's journey (79, no computer, no e-mail), on the desk operator's phone (360×740), in
 * Chromium against `npm start`: Luca at the Giambellino desk registers her with her consent,
 * to be contacted at the desk; finds a home-meals service and sends the request for her;
 * prints the confirmation; the ente quotes (through the REST API as its own user); Rosa comes
 * back, Luca accepts the quote with her and she pays with her municipal voucher plus €12 in
 * cash as agreed with the ente, which confirms receiving it; her record of the desk's help reads
 * as plain sentences. axe checks every page.
 */
let mailbox: Mailbox
let site: SiteUnderTest
let admin: string
const PHONE = { width: 360, height: 740 }
const SCREENS = process.env.SCREENSHOT_DIR ?? ''
const luca = DEMO_ACCOUNTS.find((account) => account.role === 'operator')!
const ROSA = { firstName: 'Rosa', lastName: 'Verdi', fiscalCode: 'VRDRSO47M50F205K', phone: '02 4567 8910' }
const SCHEME = 'Buono pasti anziani'
const day = (days: number) => daysFromToday(days, CITY_TIME_ZONE)

const api = (method: string, address: string, body?: unknown, token = admin) => callApi(site, method, address, body, token)

beforeAll(async () => {
  mailbox = await startMailbox()
  site = await startSite('desk-on-phone', mailbox.env)
  const elena = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!
  admin = (await api('POST', '/api/users/login', { email: elena.email, password: DEMO_PASSWORD }, '')).token
})
afterAll(async () => {
  await site?.stop()
  await mailbox?.close()
})

const expectAccessible = async (page: Page) => expect(await accessibilityViolations(page), page.url()).toEqual([])

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

const shoot = async (page: Page, name: string) => {
  if (!SCREENS) return
  mkdirSync(SCREENS, { recursive: true })
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true })
}

const arriveAt = async (page: Page, address: RegExp) =>
  page.waitForURL(address, { timeout: 15_000 }).catch(async (error) => {
    throw new Error(`${error}\nAt ${page.url()}:\n${await page.locator('main').innerText()}\n${site.app.output().slice(-3000)}`)
  })

const errorSummary = async (page: Page) => (await page.locator('[role="alert"] li').allTextContents()).map((line) => line.trim())

describe('Rosa, who has no computer, is helped by Luca at the Giambellino desk', () => {
  let context: BrowserContext
  let page: Page
  beforeAll(async () => {
    context = await site.browser.newContext({ baseURL: site.app.url, locale: 'it-IT', viewport: PHONE, isMobile: true, hasTouch: true })
    page = await context.newPage()
  })
  afterAll(async () => context?.close())

  it('registers Rosa without an e-mail address, with her consent, to be contacted at the desk', async () => {
    await page.goto('/admin/login')
    await page.locator('#field-email').fill(luca.email)
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')

    await page.goto('/sportello/nuovo-cittadino')
    await expectAccessible(page)
    await page.getByLabel('Nome', { exact: true }).fill(ROSA.firstName)
    await page.getByLabel('Cognome', { exact: true }).fill(ROSA.lastName)
    await page.getByRole('textbox', { name: 'Codice fiscale' }).fill(ROSA.fiscalCode)
    await page.getByLabel('Documento visto per il codice fiscale').selectOption('identity-card')
    await page.getByText('Il cittadino ha letto l’informativa sulla privacy e acconsente').click()
    await page.getByText('Il cittadino è presente e acconsente').click()
    // Without an address, the form asks how she wants to be reached instead of inventing one.
    await page.getByRole('button', { name: 'Registra un nuovo cittadino' }).click()
    expect(await errorSummary(page)).toEqual(['Scegli come preferisce essere contattato.'])
    await expectAccessible(page)
    await page
      .getByRole('group', { name: /^Come preferisce essere contattato/ })
      .getByText('Allo sportello', { exact: true })
      .click()
    await page.getByLabel(/^Telefono/).fill(ROSA.phone)
    expect(await scrollsSideways(page)).toBe(false)
    await shoot(page, 'desk-1-register')
    await page.getByRole('button', { name: 'Registra un nuovo cittadino' }).click()
    await arriveAt(page, /\/area-personale$/)
    await page.getByText('Stai agendo per conto di Rosa Verdi allo Spazio WeMi Giambellino').first().waitFor()
    await expectAccessible(page)

    const [rosa] = await site.sql<{ email: string | null; contact: string; confirmed: string; verified: boolean | null }>(
      `SELECT email, contact_preference AS contact, confirmed_fiscal_code AS confirmed, _verified AS verified
         FROM citizens WHERE confirmed_fiscal_code = $1`,
      [ROSA.fiscalCode],
    )
    expect(rosa).toEqual({ email: null, contact: 'desk', confirmed: ROSA.fiscalCode, verified: false })
  })

  let service: { id: string; slug: string; organisation: string; name: string }
  let request: { id: string; reference: string }
  it('finds a home-meals service and sends the request for her', async () => {
    await page.goto('/servizi?q=pasti')
    const slugs = await page
      .locator('main a[href^="/servizi/"]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/')[2]))
    const rows = await site.sql<typeof service>(
      `SELECT s.service_id AS id, s.slug, s.organisation_id AS organisation, s.organisation_name AS name
         FROM service_search s JOIN categories c ON c.id = s.category_id WHERE c.slug = 'pasti-a-domicilio' AND s.slug = ANY($1)`,
      [slugs],
    )
    service = slugs.map((slug) => rows.find((row) => row.slug === slug)).find(Boolean)!
    expect(service, `no home-meals service among ${slugs.join(', ')}`).toBeTruthy()
    await expectAccessible(page)
    // The ente takes the city's meal vouchers and, with them, the rest in cash.
    await api('PATCH', `/api/services/${service.id}`, { acceptedVoucherSchemes: [SCHEME], agreedPartWithVoucher: true })

    await page.locator(`main a[href="/servizi/${service.slug}"]`).first().click()
    await page.getByRole('link', { name: 'Richiedi il servizio' }).click()
    await arriveAt(page, /\/area-personale\/richieste\/nuova\?service=/)
    await expectAccessible(page)
    await page.getByLabel(/^Via e numero civico/).fill('Via Giambellino 58')
    await page.getByLabel(/^Municipio/).selectOption({ label: 'Municipio 6' })
    await page.getByLabel(/^Dal giorno/).fill(day(7))
    await page.getByLabel(/^Al giorno/).fill(day(37))
    const days = page.getByRole('group', { name: /^Giorni preferiti/ })
    for (const name of ['Lunedì', 'Mercoledì', 'Venerdì']) await days.getByText(name, { exact: true }).click()
    await page
      .getByRole('group', { name: /^Fasce orarie preferite/ })
      .getByText(/^Mattina/)
      .click()
    await page.getByLabel(/^Note per gli enti/).fill('Pasto senza sale. Suonare a lungo: sente poco.')
    expect(await scrollsSideways(page)).toBe(false)
    await page.getByRole('button', { name: 'Invia la richiesta' }).click()
    await arriveAt(page, /\/area-personale\/richieste\/[0-9a-f-]+\?done=sent/)
    request = {
      id: new URL(page.url()).pathname.split('/').pop()!,
      reference: /WM-[A-Z0-9]{6}/.exec(await page.locator('h1').innerText())![0],
    }
    await expectAccessible(page)
    await shoot(page, 'desk-2-sent')
  })

  it('prints the confirmation for her from the desk console', async () => {
    await page.goto('/sportello')
    await expectAccessible(page)
    await page
      .getByRole('region', { name: 'Riepiloghi da stampare' })
      .getByRole('link', { name: new RegExp(request.reference) })
      .click()
    await arriveAt(page, new RegExp(`/sportello/stampa/${request.id}$`))
    const printed = await page.locator('main').innerText()
    for (const part of [
      'Spazio WeMi Giambellino',
      `Riepilogo della richiesta ${request.reference}`,
      'Rosa Verdi',
      service.name,
      'Via Giambellino 58',
      'Lunedì, Mercoledì, Venerdì',
      'Pasto senza sale',
      'Torna allo sportello fra qualche giorno',
      'Preparato da Luca Ferri',
    ])
      expect(printed).toContain(part)
    expect(await scrollsSideways(page)).toBe(false)
    await expectAccessible(page)
    await shoot(page, 'desk-3-print-screen')

    // On paper: no site header, footer, banner or hints; the summary itself stays.
    await page.emulateMedia({ media: 'print' })
    for (const hidden of ['.it-header-wrapper', '.it-footer', '.wemi-assistance', '.no-print'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false)
    expect(await page.getByRole('heading', { name: `Riepilogo della richiesta ${request.reference}` }).isVisible()).toBe(true)
    await shoot(page, 'desk-4-print-paper')
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await page.emulateMedia({ media: 'screen' })

    // Rosa goes home: the visit ends.
    await page.goto('/sportello')
    await page.getByRole('button', { name: 'Chiudi l’assistenza' }).first().click()
    await arriveAt(page, /\/sportello\?chiusa=1/)
  })

  it('the ente quotes; Rosa comes back, Luca accepts it with her and she pays with her voucher plus €12 in cash', async () => {
    const ente = `e2e-desk-ente-${process.pid}@wemi.example`
    await api('POST', '/api/users', {
      email: ente,
      password: 'Ente-Password-2026',
      name: 'Coordinatrice pasti',
      roles: ['ente-admin'],
      organisation: service.organisation,
      language: 'it',
    })
    const enteToken = (await api('POST', '/api/users/login', { email: ente, password: 'Ente-Password-2026' }, '')).token as string
    const [thread] = await site.sql<{ id: string }>('SELECT t.id FROM threads t WHERE t.request_id = $1', [request.id])
    await api(
      'POST',
      `/api/threads/${thread!.id}/actions/quote`,
      { amountCents: 5_200, validUntil: day(10), periodStart: day(7), periodEnd: day(37), conditions: 'Pasto caldo a mezzogiorno.' },
      enteToken,
    )
    const voucher = await api('POST', '/api/vouchers', {
      code: `PASTI-${process.pid}`,
      scheme: SCHEME,
      holderFiscalCode: ROSA.fiscalCode,
      amountCents: 4_000,
      validFrom: day(-1),
      validUntil: day(180),
      status: 'active',
    })

    // A new visit: found by her codice fiscale, with a reason and her consent.
    await page.goto('/sportello')
    await page.getByLabel('Codice fiscale o e-mail del cittadino').fill(ROSA.fiscalCode)
    await page.locator('main').getByRole('button', { name: 'Cerca', exact: true }).click()
    await page.getByLabel(/^Motivo dell’assistenza/).fill('Vedere il preventivo dei pasti e pagarlo.')
    await page.getByText('Il cittadino è presente e acconsente').click()
    await page.getByRole('button', { name: 'Apri l’assistenza' }).click()
    await arriveAt(page, /\/area-personale$/)

    await page.goto(`/area-personale/richieste/${request.id}`)
    await page
      .getByRole('link', { name: `Accetta il preventivo di ${service.name}` })
      .first()
      .click()
    await arriveAt(page, /\?accept=/)
    await page.locator('#confirm-accept').getByRole('button', { name: 'Sì, accetto il preventivo' }).click()
    await arriveAt(page, /done=accept/)
    await expectAccessible(page)
    // The operator is offered only what a desk may do: no card payment, no voucher that the payment would refuse.
    const section = page.locator(`#thread-${thread!.id}`)
    expect(await section.getByRole('button', { name: 'Paga online' }).count()).toBe(0)
    expect(await section.getByRole('button', { name: 'Paga tutto con il voucher' }).count()).toBe(0)
    await section.getByLabel('Usa un voucher').selectOption(voucher.doc.id)
    await shoot(page, 'desk-5-accepted')
    await section.getByRole('button', { name: 'Paga con il voucher e il resto all’ente' }).click()

    // Before paying, every part of the payment.
    await arriveAt(page, /\/area-personale\/pagamenti\/riepilogo\?/)
    const parts = await page.locator('main table').innerText()
    expect(parts).toMatch(new RegExp(`Con il voucher ${SCHEME} \\(PASTI-${process.pid}\\)\\t40,00`))
    expect(parts).toMatch(/All’ente, come concordato[^\t]*\t12,00/)
    expect(parts).toMatch(/Totale\t52,00/)
    expect(await scrollsSideways(page)).toBe(false)
    await expectAccessible(page)
    await shoot(page, 'desk-6-summary')
    await page.getByRole('button', { name: 'Conferma il pagamento' }).click()
    await arriveAt(page, /done=pay-voucher-agreed/)

    const payments = () =>
      site.sql<{ method: string; status: string; amount: number; voucher: number; online: number }>(
        `SELECT method, status, amount_cents::int AS amount, voucher_cents::int AS voucher, online_cents::int AS online
           FROM payments WHERE thread_id = $1`,
        [thread!.id],
      )
    expect(await payments()).toEqual([{ method: 'other', status: 'pending', amount: 5_200, voucher: 4_000, online: 0 }])

    // The printed receipt tells her what to hand over.
    await page.goto(`/sportello/stampa/${request.id}`)
    const printed = await page.locator('main').innerText()
    expect(printed).toContain('Consegna 12,00 € all’ente come concordato')
    await expectAccessible(page)

    // The ente confirms the €12 in cash as it confirms any agreed payment.
    await api('POST', `/api/threads/${thread!.id}/actions/confirm-payment`, {}, enteToken)
    expect(await payments()).toEqual([{ method: 'other', status: 'succeeded', amount: 5_200, voucher: 4_000, online: 0 }])
    const [spent] = await site.sql<{ spent: number }>('SELECT spent_cents::int AS spent FROM vouchers WHERE id = $1', [voucher.doc.id])
    expect(spent!.spent).toBe(4_000)
  })

  it('shows her record of the desk’s help as plain sentences, visit by visit, in both languages', async () => {
    await page.goto('/area-personale/aiuto-allo-sportello')
    const visits = page.locator('main section[aria-labelledby^="visit-"]')
    expect(await visits.count()).toBe(2)
    const latest = await visits.nth(0).innerText()
    expect(latest).toContain('Con Luca Ferri. Motivo: Vedere il preventivo dei pasti e pagarlo.')
    expect(latest).toContain(`Luca Ferri, Spazio WeMi Giambellino, ha accettato con te il preventivo di ${service.name}`)
    expect(latest).toContain('Luca Ferri, Spazio WeMi Giambellino, ha pagato con il tuo voucher')
    const first = await visits.nth(1).innerText()
    expect(first).toContain('Luca Ferri, Spazio WeMi Giambellino, ti ha registrato su WeMi.')
    expect(first).toContain(`Luca Ferri, Spazio WeMi Giambellino, ha inviato la richiesta a ${service.name} per `)
    expect(await page.locator('main').innerText()).not.toMatch(/Modifica \(|\(vouchers\)|\(citizens\)/)
    expect(await scrollsSideways(page)).toBe(false)
    await expectAccessible(page)
    await shoot(page, 'desk-7-record')

    await page.goto('/en/personal-area/help-at-a-desk')
    expect(await page.locator('main section[aria-labelledby^="visit-"]').first().innerText()).toContain(
      `Luca Ferri, Spazio WeMi Giambellino, accepted with you the quote from ${service.name}`,
    )
    await expectAccessible(page)
  })
})
