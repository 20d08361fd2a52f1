import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { daysFromToday } from '../../lib/dates'
import { CITY_TIME_ZONE } from '../../seed/cities'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { VOUCHER_SCHEME } from '../../seed/marketplace'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { accessibilityViolations, callApi, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * The marketplace from end to end, in Chromium against `npm start` (its e-mail to a real SMTP
 * server on loopback, its payments to the local Stripe-compatible server): a resident signs
 * up and asks three enti; two quote from the admin panel and one declines; the resident accepts
 * the cheaper quote and pays on the checkout page; the ente marks it delivered; the resident
 * reviews; WeMi publishes the review and it appears on the ente's page. Then the same with a
 * voucher paying part of the price. Every new site page is checked with axe.
 */
let mailbox: Mailbox
let site: SiteUnderTest
let admin: string
/** Three public services of one category from three enti; the first accepts the demo voucher. */
let trio: { id: string; slug: string; organisation: string; organisationSlug: string; organisationName: string }[]
const ENTE_PASSWORD = 'Ente-Password-2026'
const enteEmail = (index: number) => `e2e-ente-${index}@wemi.example`
const day = (days: number) => daysFromToday(days, CITY_TIME_ZONE)

const api = (method: string, path: string, body?: unknown, token = admin) => callApi(site, method, path, body, token)

beforeAll(async () => {
  mailbox = await startMailbox()
  site = await startSite('marketplace', mailbox.env)
  const elena = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!
  admin = (await api('POST', '/api/users/login', { email: elena.email, password: DEMO_PASSWORD }, '')).token
  const [voucherService] = await site.sql<{ id: string; category: string }>(
    `SELECT s.service_id AS id, s.category_id AS category FROM service_search s
     JOIN services_texts v ON v.parent_id = s.service_id AND v.path = 'acceptedVoucherSchemes' AND v.text = $1
     WHERE (SELECT count(DISTINCT organisation_id) FROM service_search o WHERE o.category_id = s.category_id) >= 3
     ORDER BY s.slug LIMIT 1`,
    [VOUCHER_SCHEME],
  )
  const rows = await site.sql<(typeof trio)[number]>(
    `SELECT DISTINCT ON (organisation_id) service_id AS id, slug, organisation_id AS organisation, organisation_slug AS "organisationSlug", organisation_name AS "organisationName"
     FROM service_search WHERE category_id = $1 ORDER BY organisation_id, (service_id = $2) DESC, slug`,
    [voucherService!.category, voucherService!.id],
  )
  trio = [rows.find((row) => row.id === voucherService!.id)!, ...rows.filter((row) => row.id !== voucherService!.id).slice(0, 2)]
  for (const [index, service] of trio.entries()) {
    await api('POST', '/api/users', {
      email: enteEmail(index),
      password: ENTE_PASSWORD,
      name: `Ente ${index}`,
      roles: ['ente-admin'],
      organisation: service.organisation,
      language: 'it',
    })
  }
})
afterAll(async () => {
  await site?.stop()
  await mailbox?.close()
})

/** Waits for the page to reach an address; if it does not, the error shows where it is instead. */
const arriveAt = async (page: Page, address: RegExp) =>
  page.waitForURL(address, { timeout: 15_000 }).catch(async (error) => {
    throw new Error(`${error}\nAt ${page.url()}:\n${await page.locator('body').innerText()}\n${site.app.output().slice(-3000)}`)
  })

const expectAccessible = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([])

/** Accepting a quote asks first, saying what it closes; the resident confirms. */
const confirmAcceptance = async (page: Page) => {
  await page.locator('#confirm-accept').getByRole('button', { name: 'Sì, accetto il preventivo' }).click()
  await arriveAt(page, /done=accept/)
}

/** A browser of its own for someone, in Italian as the city's staff and enti use it. */
const browserFor = async (): Promise<{ page: Page; context: BrowserContext }> => {
  const context = await site.browser.newContext({ baseURL: site.app.url, locale: 'it-IT', viewport: { width: 1280, height: 900 } })
  return { context, page: await context.newPage() }
}

/** An ente signs in to the admin panel and opens its thread of a request. */
const openThreadAsEnte = async (index: number, requestReference: string) => {
  const { page, context } = await browserFor()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(enteEmail(index))
  await page.locator('#field-password').fill(ENTE_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  const [thread] = await site.sql<{ id: string }>(
    'SELECT t.id FROM threads t JOIN requests r ON r.id = t.request_id WHERE r.reference = $1 AND t.organisation_id = $2',
    [requestReference, trio[index]!.organisation],
  )
  await page.goto(`/admin/collections/threads/${thread!.id}`)
  await page.getByRole('heading', { name: 'Richiesta' }).first().waitFor()
  return { page, context, thread: thread!.id }
}

const quoteFromAdmin = async (index: number, reference: string, euros: string) => {
  const { page, context } = await openThreadAsEnte(index, reference)
  const form = page.getByRole('form', { name: 'Invia un preventivo' })
  await form.getByLabel('Importo in euro').fill(euros)
  await form.getByLabel('valido fino al').fill(day(10))
  // From today, so that the ente can mark it delivered within the test.
  await form.getByLabel('Inizio del servizio').fill(day(0))
  await form.getByLabel('Fine del servizio').fill(day(20))
  await form.getByLabel('Condizioni').fill('Due visite a settimana, materiali compresi.')
  await form.getByRole('button', { name: 'Invia' }).click()
  await page
    .getByText('Invia un preventivo: Fatto.')
    .waitFor({ timeout: 10_000 })
    .catch(async (error) => {
      throw new Error(`${error}\n${await page.locator('main').innerText()}`)
    })
  await context.close()
}

const declineFromAdmin = async (index: number, reference: string) => {
  const { page, context } = await openThreadAsEnte(index, reference)
  const form = page.getByRole('form', { name: 'Rifiuta la richiesta' })
  await form.getByLabel('Motivo').fill('Non abbiamo operatori liberi in quel periodo.')
  await form.getByRole('button', { name: 'Rifiuta la richiesta' }).click()
  await page.getByText('Rifiuta la richiesta: Fatto.').waitFor()
  await context.close()
}

const deliverFromAdmin = async (index: number, reference: string) => {
  const { page, context } = await openThreadAsEnte(index, reference)
  await page.getByRole('form', { name: 'Segna il servizio come erogato' }).getByRole('button').click()
  await page.getByText('Segna il servizio come erogato: Fatto.').waitFor()
  await context.close()
}

/** The resident's side, from the service page to the request's page; returns its reference. */
const askThreeEnti = async (page: Page) => {
  await page.goto(`/servizi/${trio[0]!.slug}`)
  await page.getByRole('link', { name: 'Richiedi il servizio' }).click()
  await page.waitForURL(/\/area-personale\/richieste\/nuova\?service=/)
  await expectAccessible(page)
  const services = page.getByRole('group', { name: /^A quali enti chiedere/ })
  expect(await services.getByLabel(new RegExp(`^${trio[0]!.organisationName}`)).isChecked()).toBe(true)
  for (const other of trio.slice(1)) await services.getByText(new RegExp(`^${other.organisationName}:`)).click()
  await page.getByText('Per un’altra persona').click()
  await page.getByLabel(/^Nome/).first().fill('Giovanni Esposito')
  await page.getByLabel(/^Anno di nascita/).fill('1938')
  await page.getByLabel(/^Via e numero civico/).fill('Via Padova 12')
  await page.getByLabel(/^Municipio/).selectOption({ label: 'Municipio 2' })
  await page.getByText('Martedì').click()
  await page.getByText('Mattina (8–13)').click()
  await page.getByLabel(/^Note per gli enti/).fill('Aiuto per la spesa e una passeggiata.')
  await page.getByRole('button', { name: 'Invia la richiesta' }).click()
  await page.waitForLoadState()
  // A refused form stays on the page: its error summary says why.
  if (!/\/area-personale\/richieste\/[0-9a-f-]+\?done=sent/.test(page.url()))
    throw new Error(`Not sent: ${await page.locator('main').textContent()}\n${site.app.output().slice(-4000)}`)
  expect(await page.locator('[role="status"]').textContent()).toContain('Richiesta inviata')
  const reference = /WM-[A-Z0-9]{6}/.exec((await page.locator('h1').textContent())!)![0]
  expect(await page.locator('section[id^="thread-"]').count()).toBe(3)
  await expectAccessible(page)
  return { reference, url: page.url() }
}

/** WeMi publishes the review, as the moderation screen does through the API. */
const publishReview = async (comment: string) => {
  const { docs } = await api('GET', `/api/reviews?where[comment][equals]=${encodeURIComponent(comment)}&depth=0`)
  expect(docs).toHaveLength(1)
  expect(docs[0].status).not.toBe('published')
  await api('PATCH', `/api/reviews/${docs[0].id}`, { status: 'published' })
}

const reviewOnPublicPage = async (comment: string) => {
  const { page, context } = await browserFor()
  await page.goto(`/enti/${trio[0]!.organisationSlug}`)
  const found = await page.getByText(comment).count()
  await context.close()
  return found
}

describe('a request to three enti, from sign-up to a published review', () => {
  let resident: { page: Page; context: BrowserContext }
  const email = `famiglia.esposito.${process.pid}@esempio.it`

  beforeAll(async () => {
    resident = await browserFor()
  })
  afterAll(async () => resident?.context.close())

  it('signs up and confirms the address from the e-mail', async () => {
    const { page } = resident
    await page.goto('/registrati')
    await page.getByLabel('Nome', { exact: true }).fill('Rosa')
    await page.getByLabel('Cognome', { exact: true }).fill('Esposito')
    await page.getByLabel('E-mail', { exact: true }).fill(email)
    await page
      .getByLabel(/^Password/)
      .first()
      .fill('Password-sicura-2026')
    await page.getByLabel('Ripeti la password').fill('Password-sicura-2026')
    await page.getByText('Ho letto l’informativa sulla privacy').click()
    await page.getByRole('button', { name: 'Crea l’account' }).click()
    const link = new URL((await mailbox.waitFor(email, /Conferma/)).links.find((href) => href.includes('/verifica-email?token='))!)
    await page.goto(link.pathname + link.search)
    await page.goto('/accedi')
    await page.getByLabel('E-mail', { exact: true }).fill(email)
    await page.getByLabel('Password', { exact: true }).fill('Password-sicura-2026')
    await page.getByRole('button', { name: 'Accedi' }).click()
    await page.waitForURL(/\/area-personale$/)
  })

  let request: { reference: string; url: string }
  it('asks three enti at once; two quote from the admin panel and one declines', async () => {
    request = await askThreeEnti(resident.page)
    expect(await mailbox.waitFor(enteEmail(0), /Nuova richiesta/)).toBeTruthy()
    await quoteFromAdmin(0, request.reference, '120')
    await quoteFromAdmin(1, request.reference, '150,50')
    await declineFromAdmin(2, request.reference)
    const mail = await mailbox.waitFor(email, /preventivo/i)
    expect(mail.language).toBe('it')
  })

  it('compares the quotes side by side, accepts the cheaper one and pays on the checkout page', async () => {
    const { page } = resident
    await page.goto(request.url.replace(/\?.*/, ''))
    const rows = page.locator('table tbody tr')
    expect(await rows.count()).toBe(2)
    expect(await rows.nth(0).locator('th').textContent()).toBe(trio[0]!.organisationName)
    expect(await rows.nth(0).textContent()).toContain('120,00')
    expect(await rows.nth(1).textContent()).toContain('150,50')
    await expectAccessible(page)
    await rows
      .nth(0)
      .getByRole('link', { name: `Accetta il preventivo di ${trio[0]!.organisationName}` })
      .click()
    await confirmAcceptance(page)
    expect(await page.locator('[role="status"]').textContent()).toContain('Preventivo accettato')
    const states = await site.sql<{ status: string }>(
      'SELECT t.status FROM threads t JOIN requests r ON r.id = t.request_id WHERE r.reference = $1 ORDER BY t.status',
      [request.reference],
    )
    expect(states.map((row) => row.status)).toEqual(['accepted', 'declined', 'not-chosen'])
    await expectAccessible(page)

    await page.getByRole('button', { name: 'Paga online' }).click()
    await arriveAt(page, /\/checkout\/pay\//)
    expect(await page.locator('.total').textContent()).toContain('120,00')
    await page.getByRole('button', { name: 'Paga' }).click()
    await arriveAt(page, /done=paid/)
    expect(await page.locator('[role="status"]').textContent()).toContain('Pagamento ricevuto')
    const [payment] = await site.sql<{ status: string; amount_cents: number; count: number }>(
      `SELECT p.status, p.amount_cents::int AS amount_cents, count(*) OVER ()::int AS count FROM payments p JOIN threads t ON t.id = p.thread_id JOIN requests r ON r.id = t.request_id WHERE r.reference = $1`,
      [request.reference],
    )
    expect(payment).toEqual({ status: 'succeeded', amount_cents: 12_000, count: 1 })
  })

  it('is delivered by the ente, reviewed by the resident and published by WeMi', async () => {
    await deliverFromAdmin(0, request.reference)
    const { page } = resident
    await page.goto(request.url.replace(/\?.*/, ''))
    const thread = page.locator('section[id^="thread-"]').filter({ hasText: trio[0]!.organisationName }).first()
    const comment = `Puntuali e gentili (${process.pid}).`
    for (const score of ['Puntualità', 'Professionalità', 'Rapidità'])
      await thread.getByRole('group', { name: score }).getByText('5 su 5').click()
    await thread.getByLabel(/^Commento/).fill(comment)
    await expectAccessible(page)
    await thread.getByRole('button', { name: 'Invia la recensione' }).click()
    await arriveAt(page, /done=review/)
    expect(await page.locator('[role="status"]').textContent()).toContain('sarà pubblicata dopo la verifica')
    expect(await reviewOnPublicPage(comment)).toBe(0)
    await publishReview(comment)
    expect(await reviewOnPublicPage(comment)).toBe(1)
  })

  it('pays part of a second request with a voucher and the rest online', async () => {
    const { page } = resident
    await page.goto('/area-personale/profilo')
    await page.getByLabel('Codice fiscale').fill('SPSRSO70A41F205X')
    await page.getByRole('button', { name: 'Salva il profilo' }).click()
    await page.waitForURL(/saved=1/)
    // A typed code is only a claim: vouchers follow it once a desk operator has seen a document.
    await site.sql(
      `UPDATE citizens SET confirmed_fiscal_code = fiscal_code, fiscal_code_confirmed_by = 'desk', fiscal_code_document = 'identity-card', fiscal_code_confirmed_at = now() WHERE email = $1`,
      [email],
    )
    await page.reload()
    await page.getByText('Confermato allo sportello').waitFor()
    await api('POST', '/api/vouchers', {
      code: `E2E-${process.pid}`,
      scheme: VOUCHER_SCHEME,
      holderFiscalCode: 'SPSRSO70A41F205X',
      amountCents: 5_000,
      validFrom: day(-1),
      validUntil: day(90),
      status: 'active',
    })

    const second = await askThreeEnti(page)
    await quoteFromAdmin(0, second.reference, '100')
    await quoteFromAdmin(1, second.reference, '130')
    await declineFromAdmin(2, second.reference)
    await page.goto(second.url.replace(/\?.*/, ''))
    await page.locator('table tbody tr').nth(0).getByRole('link').click()
    await confirmAcceptance(page)
    await page.getByLabel('Usa un voucher').first().selectOption({ index: 1 })
    await page.getByRole('button', { name: 'Paga online' }).click()
    // Before the card, the resident sees every part of the payment.
    await arriveAt(page, /\/area-personale\/pagamenti\/riepilogo\?/)
    const parts = await page.locator('main table').innerText()
    expect(parts).toMatch(/Con il voucher [^\n]+\t50,00/)
    expect(parts).toMatch(/Online[^\n]+\t50,00/)
    expect(parts).toMatch(/Totale\t100,00/)
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Conferma e vai al pagamento online' }).click()
    await arriveAt(page, /\/checkout\/pay\//)
    expect(await page.locator('.total').textContent()).toContain('50,00')
    await page.getByRole('button', { name: 'Paga' }).click()
    await arriveAt(page, /done=paid/)
    const [payment] = await site.sql<{ status: string; amount_cents: number; voucher_cents: number; online_cents: number }>(
      `SELECT p.status, p.amount_cents::int AS amount_cents, p.voucher_cents::int AS voucher_cents, p.online_cents::int AS online_cents FROM payments p JOIN threads t ON t.id = p.thread_id JOIN requests r ON r.id = t.request_id WHERE r.reference = $1`,
      [second.reference],
    )
    expect(payment).toEqual({ status: 'succeeded', amount_cents: 10_000, voucher_cents: 5_000, online_cents: 5_000 })

    await deliverFromAdmin(0, second.reference)
    await page.goto(second.url.replace(/\?.*/, ''))
    const thread = page.locator('section[id^="thread-"]').filter({ hasText: trio[0]!.organisationName }).first()
    const comment = `Voucher usato senza problemi (${process.pid}).`
    for (const score of ['Puntualità', 'Professionalità', 'Rapidità'])
      await thread.getByRole('group', { name: score }).getByText('4 su 5').click()
    await thread.getByLabel(/^Commento/).fill(comment)
    await thread.getByRole('button', { name: 'Invia la recensione' }).click()
    await arriveAt(page, /done=review/)
    await publishReview(comment)
    expect(await reviewOnPublicPage(comment)).toBe(1)
  })

  it('shows the area: requests, receipts, vouchers and notifications, in Italian and English, with no accessibility violation', async () => {
    const { page } = resident
    const pages = ['', '/richieste', '/pagamenti', '/voucher', '/notifiche', '/profilo']
    const english = ['', '/requests', '/payments', '/vouchers', '/notifications', '/profile']
    for (const path of [...pages.map((p) => `/area-personale${p}`), ...english.map((p) => `/en/personal-area${p}`)]) {
      await page.goto(path)
      expect(page.url(), path).toContain(path)
      await expectAccessible(page)
    }

    await page.goto('/area-personale/pagamenti')
    const receipts = page.locator('main tbody tr')
    expect(await receipts.count()).toBe(2)
    expect(await receipts.nth(0).textContent()).toContain('di cui con voucher 50,00')
    await page.goto('/area-personale/voucher')
    expect(await page.locator('main tbody tr').first().textContent()).toContain(VOUCHER_SCHEME)

    await page.goto('/area-personale/notifiche')
    const unread = await page.getByRole('button', { name: /^Segna come letta/ }).count()
    expect(unread).toBeGreaterThan(0)
    await page
      .getByRole('button', { name: /^Segna come letta/ })
      .first()
      .click()
    expect(await page.getByRole('button', { name: /^Segna come letta/ }).count()).toBe(unread - 1)
    await page.getByRole('button', { name: 'Segna tutte come lette' }).click()
    expect(await page.getByRole('button', { name: /^Segna come letta/ }).count()).toBe(0)

    await page.goto('/area-personale/richieste')
    expect(
      await page
        .locator('main')
        .getByRole('link', { name: /^Richiesta WM-/ })
        .count(),
      await page.locator('main').innerText(),
    ).toBe(2)
  })
})
