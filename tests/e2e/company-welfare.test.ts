import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { daysFromToday } from '../../lib/dates'
import { personalCheckCharacter } from '../../lib/fiscal'
import { dataDir } from '../../lib/paths'
import { DEMO_ACCOUNTS, DEMO_COMPANY, DEMO_PASSWORD } from '../../seed/accounts'
import { CITY_TIME_ZONE } from '../../seed/cities'
import { inviteTokenIn } from '../helpers/companies'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { signUpAndConfirm } from '../helpers/sign-up'
import { accessibilityViolations, callApi, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * Journey 10 in Chromium against `npm start`: Francesca, HR at a logistics company, buys more
 * welfare credit in the admin and invites a warehouse worker by e-mail; Davide takes the credit
 * up on his phone and pays his daughter's summer centre with it; Francesca reads what the
 * quarter's credit paid for — by area of services, never who bought what — and downloads the
 * quarter's invoice. Five colleagues have used their credit beforehand, through the API.
 */
let mailbox: Mailbox
let site: SiteUnderTest
const contexts: BrowserContext[] = []
const SHOTS = path.join(dataDir, 'screenshots', 'company-welfare')
const PHONE = { width: 360, height: 740 }
const francesca = DEMO_ACCOUNTS.find((account) => account.role === 'company-hr')!
const elena = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!
const davide = { firstName: 'Davide', lastName: 'Esposito', email: `davide.esposito.${process.pid}@esempio.it` }
const PASSWORD = 'Password-sicura-2026'
const ENTE_PASSWORD = 'Ente-Password-2026'

type Service = { id: string; organisation: string; district: string }
let admin: string
let hr: string
let company: string
/** A summer centre (education and family) and a care service, each with an ente account to quote. */
const services: Record<'education' | 'care', Service & { ente: string }> = {} as never

const api = (method: string, address: string, body?: unknown, token?: string) => callApi(site, method, address, body, token)
const day = (days: number) => daysFromToday(days, CITY_TIME_ZONE)

let fiscalSerial = 0
const fiscalCode = () => {
  const first15 = `SPSDVD85A01F${String(200 + ++fiscalSerial).padStart(3, '0')}`
  return first15 + personalCheckCharacter(first15)
}

const serviceIn = async (area: string): Promise<Service> => {
  const [row] = await site.sql<Service>(
    `SELECT s.service_id AS id, s.organisation_id AS organisation, s.district_ids[1] AS district
     FROM service_search s JOIN categories a ON a.id = s.area_id
     WHERE a.slug = $1 AND s.price_model <> 'free' ORDER BY s.slug LIMIT 1`,
    [area],
  )
  return row!
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  mailbox = await startMailbox()
  site = await startSite('company-welfare', mailbox.env)
  admin = (await api('POST', '/api/users/login', { email: elena.email, password: DEMO_PASSWORD })).token
  hr = (await api('POST', '/api/users/login', { email: francesca.email, password: DEMO_PASSWORD })).token
  company = (await site.sql<{ id: string }>('SELECT id FROM companies WHERE vat_number = $1', [DEMO_COMPANY.vatNumber]))[0]!.id
  for (const [key, area] of [
    ['education', 'educazione-e-famiglia'],
    ['care', 'assistenza-e-cura'],
  ] as const) {
    const service = await serviceIn(area)
    const email = `e2e-welfare-${key}-${process.pid}@wemi.example`
    await api(
      'POST',
      '/api/users',
      { email, password: ENTE_PASSWORD, name: `Ente ${key}`, roles: ['ente-admin'], organisation: service.organisation },
      admin,
    )
    services[key] = { ...service, ente: (await api('POST', '/api/users/login', { email, password: ENTE_PASSWORD })).token }
  }
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await site?.stop()
  await mailbox?.close()
})

const expectAccessible = async (page: Page) => expect(await accessibilityViolations(page), page.url()).toEqual([])
const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
const browser = async (viewport = { width: 1280, height: 900 }, locale = 'it-IT') => {
  const context = await site.browser.newContext({ baseURL: site.app.url, locale, viewport })
  contexts.push(context)
  return context.newPage()
}

/** A request for a service, and the ente's quote of `cents` on it: the thread the resident pays. */
const quotedRequest = async (citizen: string, service: Service & { ente: string }, cents: number) => {
  const request = await api(
    'POST',
    '/api/requests',
    {
      services: [service.id],
      beneficiary: { name: 'Sofia', relationship: 'child', birthYear: 2017 },
      address: { street: 'Via Padova 12', postcode: '20127', district: service.district },
      period: { start: day(14), end: day(40), days: ['mon', 'wed'], timeBands: ['morning'] },
      notes: 'Per le settimane di luglio, mentre lavoro in magazzino.',
    },
    citizen,
  )
  const [thread] = await site.sql<{ id: string }>('SELECT id FROM threads WHERE request_id = $1', [request.doc.id])
  await api(
    'POST',
    `/api/threads/${thread!.id}/actions/quote`,
    {
      amountCents: cents,
      validUntil: day(10),
      periodStart: day(14),
      periodEnd: day(40),
      days: ['mon', 'wed'],
      timeBands: ['morning'],
      conditions: 'Materiali e merenda compresi.',
    },
    service.ente,
  )
  return { request: request.doc as { id: string; reference: string }, thread: thread!.id }
}

/** A colleague who took up the credit and spent it through the API, before the journey. */
const colleagueSpends = async (index: number, service: Service & { ente: string }, cents: number) => {
  const email = `collega-${index}-${process.pid}@esempio.it`
  await api(
    'POST',
    '/api/citizens',
    { email, password: PASSWORD, firstName: 'Collega', lastName: `Numero ${index}`, _verified: true },
    admin,
  )
  await site.sql(
    `UPDATE citizens SET fiscal_code = $2, confirmed_fiscal_code = $2, fiscal_code_confirmed_by = 'digital-identity', fiscal_code_confirmed_at = now() WHERE email = $1`,
    [email, fiscalCode()],
  )
  const citizen = (await api('POST', '/api/citizens/login', { email, password: PASSWORD })).token
  await api('POST', '/api/company-invites', { email, allowanceCents: 50_000 }, hr)
  const token = inviteTokenIn((await mailbox.waitFor(email, /welfare/)).links)
  const { voucher } = await api('POST', '/api/company-invites/accept', { token }, citizen)
  const { thread } = await quotedRequest(citizen, service, cents)
  const [row] = await site.sql<{ quote: string }>('SELECT quote_id AS quote FROM threads WHERE id = $1', [thread])
  await api('POST', `/api/threads/${thread}/actions/accept`, { quote: row!.quote }, citizen)
  await api('POST', `/api/threads/${thread}/actions/pay-voucher`, { voucher: voucher.id }, citizen)
}

const openCompany = async (page: Page) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(francesca.email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  await page.goto(`/admin/collections/companies/${company}`)
  await page.getByRole('heading', { name: 'Credito welfare' }).waitFor()
}

describe('journey 10: a company’s welfare credit, spent by its staff', () => {
  let hrPage: Page

  it('lets Francesca buy more credit through the payment page and invite Davide by e-mail', async () => {
    hrPage = await browser()
    await openCompany(hrPage)
    const panel = hrPage.locator('section[aria-labelledby="company-credit-title"]')
    await expect.poll(() => panel.innerText()).toMatch(/Da assegnare\s+20\.000,00 €/)
    await panel.getByLabel('Importo in euro').fill('5.000')
    await panel.getByRole('button', { name: 'Vai al pagamento' }).click()
    await hrPage.waitForURL(/\/checkout\/pay\//)
    expect(await hrPage.locator('.total').textContent()).toMatch(/5\.?000,00/)
    await hrPage.getByRole('button', { name: 'Paga' }).click()
    await hrPage.waitForURL(/credit=paid/)
    await expect.poll(() => panel.innerText()).toMatch(/Acquistato\s+25\.000,00 €/)
    await shoot(hrPage, 'company-after-purchase')

    await hrPage.goto('/admin/collections/company-invites/create')
    await hrPage.locator('#field-email').fill(davide.email)
    await hrPage.locator('#field-name').fill(`${davide.firstName} ${davide.lastName}`)
    await hrPage.locator('#field-allowanceCents').fill('300')
    await hrPage.locator('#action-save').click()
    await hrPage.waitForURL(/\/admin\/collections\/company-invites\/[0-9a-f-]{36}/)
    const mail = await mailbox.waitFor(davide.email, /welfare/)
    expect(mail.subject).toBe(`${DEMO_COMPANY.name} ti offre 300,00 € di welfare su WeMi`)
    await shoot(hrPage, 'invitation-saved')
  })

  it('lets Davide take the credit up on his phone, once his codice fiscale is confirmed', async () => {
    const page = await browser(PHONE)
    await page.goto('/registrati')
    await signUpAndConfirm(page, mailbox, davide, PASSWORD)
    const mail = mailbox.messages.find((message) => message.to.includes(davide.email) && /welfare/.test(message.subject))!
    const link = new URL(mail.links.find((href) => href.includes('invito='))!)
    // Opened from the e-mail on another day, the link asks him to sign in first, then leads on to the offer.
    await page.context().clearCookies()
    await page.goto(link.pathname + link.search)
    await page.waitForURL(/\/accedi\?next=/)
    await page.getByLabel('E-mail', { exact: true }).fill(davide.email)
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Accedi', exact: true }).click()
    await page.getByRole('heading', { name: `${DEMO_COMPANY.name} ti offre 300,00 € di welfare aziendale` }).waitFor()
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Attiva il credito welfare' }).click()
    await page.getByText('deve essere confermato: entra con SPID o CIE').waitFor()
    await shoot(page, 'invite-needs-identity')
    expect((await site.sql('SELECT id FROM vouchers WHERE company_id = $1 AND code LIKE $2', [company, 'WA-%'])).length).toBe(0)

    // As a desk operator does once she has seen his identity card.
    await site.sql(
      `UPDATE citizens SET fiscal_code = $2, confirmed_fiscal_code = $2, fiscal_code_confirmed_by = 'desk', fiscal_code_document = 'identity-card', fiscal_code_confirmed_at = now() WHERE email = $1`,
      [davide.email, fiscalCode()],
    )
    await page.getByRole('button', { name: 'Attiva il credito welfare' }).click()
    await page.waitForURL(/attivato=WA-/)
    await page.getByText('Credito welfare attivato').waitFor()
    const row = page.locator('table tbody tr').filter({ hasText: `Welfare aziendale – ${DEMO_COMPANY.name}` })
    expect(await row.innerText()).toContain('300,00 €')
    await expectAccessible(page)
    await shoot(page, 'credit-taken-up')

    const english = await browser({ width: 1280, height: 900 }, 'en-GB')
    await english.context().addCookies(await page.context().cookies())
    await english.goto('/en/personal-area/vouchers')
    await english.getByText(`Welfare aziendale – ${DEMO_COMPANY.name}`).waitFor()
    await english.getByText('Company welfare credit is valid for every service').waitFor()
    await expectAccessible(english)
  })

  it('lets Davide pay his daughter’s summer centre with the company’s credit', async () => {
    for (const [index, cents] of [20_000, 10_000].entries()) await colleagueSpends(index, services.education, cents)
    for (const index of [2, 3, 4]) await colleagueSpends(index, services.care, 30_000)

    const token = (await api('POST', '/api/citizens/login', { email: davide.email, password: PASSWORD })).token
    const { request } = await quotedRequest(token, services.education, 30_000)
    const page = contexts.at(-2)!.pages()[0]!
    await page.goto(`/area-personale/richieste/${request.id}`)
    await shoot(page, 'request-with-quote')
    await page
      .getByRole('link', { name: /^Accetta il preventivo di / })
      .first()
      .click()
    await page.locator('#confirm-accept').getByRole('button', { name: 'Sì, accetto il preventivo' }).click()
    await page.waitForURL(/done=accept/)
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Paga tutto con il voucher' }) })
    const credit = form.locator('option', { hasText: `Welfare aziendale – ${DEMO_COMPANY.name}` })
    await form.getByLabel('Usa un voucher').selectOption((await credit.getAttribute('value'))!)
    await form.getByRole('button', { name: 'Paga tutto con il voucher' }).click()
    await page.waitForURL(/riepilogo/)
    expect(await page.locator('main table').innerText()).toMatch(/Totale\s+300,00/)
    await expectAccessible(page)
    await shoot(page, 'payment-summary')
    await page.getByRole('button', { name: 'Conferma il pagamento' }).click()
    await page.waitForURL(/done=/)
    await shoot(page, 'paid-with-credit')
    const [payment] = await site.sql<{ status: string; voucher_cents: number; online_cents: number }>(
      `SELECT p.status, p.voucher_cents::int AS voucher_cents, p.online_cents::int AS online_cents
       FROM payments p JOIN threads t ON t.id = p.thread_id WHERE t.request_id = $1`,
      [request.id],
    )
    expect(payment).toEqual({ status: 'succeeded', voucher_cents: 30_000, online_cents: 0 })
  })

  it('shows Francesca what the quarter’s credit paid for, by area only, and the quarter’s invoice', async () => {
    await hrPage.goto(`/admin/collections/companies/${company}`)
    const panel = hrPage.locator('section[aria-labelledby="company-credit-title"]')
    const table = panel.locator('table')
    await table.waitFor()
    expect(await table.innerText()).toMatch(/Assistenza e cura\s+900,00 €\s+60%/)
    expect(await table.innerText()).toMatch(/Educazione e famiglia\s+600,00 €\s+40%/)
    const text = await panel.innerText()
    for (const secret of [davide.lastName, 'Collega', 'Sofia', 'centro estivo']) expect(text).not.toContain(secret)
    expect(text).toContain('6 dipendenti su 6 invitati hanno attivato il credito.')
    await shoot(hrPage, 'quarter-report')

    const [download] = await Promise.all([
      hrPage.waitForEvent('download'),
      panel
        .getByRole('link', { name: /^Fattura del \dº trimestre \d{4} \(PDF\)$/ })
        .first()
        .click(),
    ])
    expect(download.suggestedFilename()).toMatch(new RegExp(`^WA-${DEMO_COMPANY.vatNumber}-\\d{4}-Q\\d\\.pdf$`))
    const saved = path.join(SHOTS, download.suggestedFilename())
    await download.saveAs(saved)
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-')
  })
})
