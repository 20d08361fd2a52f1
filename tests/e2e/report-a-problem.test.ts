import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataDir } from '../../lib/paths'
import { DEMO_ACCOUNTS } from '../../seed/accounts'
import { signedInToAdmin } from '../helpers/admin-session'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { accessibilityViolations, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * "Segnala disservizio" in Chromium against `npm start`: a resident on a 360 px phone follows
 * the footer link, sends the empty form and reads the errors, corrects it and gets a ticket
 * number on the page and in a receipt e-mail, while the city's inbox gets WeMi's notice; a WeMi
 * administrator finds the ticket from the dashboard's tile, answers it in the admin and the
 * reporter receives the answer; then the same form in English on a desktop. axe checks every
 * state of the form, and no state of it scrolls sideways on the phone.
 */
let mailbox: Mailbox
let site: SiteUnderTest
/** The city's contact address, where WeMi's notice of each new ticket goes. */
let cityInbox: string

const SHOTS = path.join(dataDir, 'screenshots', 'report-a-problem')
const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
const elena = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!

/** A ticket number as the site writes it: D-<year>-<six digits>. */
const TICKET = /D-\d{4}-\d{6}/
/** A record id (uuid), which a resident or staff member should never have to read. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i

const TEXTS = {
  it: {
    address: '/segnala-disservizio',
    title: 'Segnala un disservizio',
    send: 'Invia la segnalazione',
    errors: 'Correggi questi campi per continuare:',
    category: 'Cosa non ha funzionato',
    subject: 'Dove è successo o a cosa si riferisce (facoltativo)',
    description: 'Cosa è successo',
    name: 'Nome e cognome (facoltativo)',
    email: 'E-mail',
    errorCategory: 'Cosa non ha funzionato: scegli una delle voci.',
    errorDescription: 'Cosa è successo: descrivi il problema con almeno 20 caratteri (al massimo 2000).',
    errorEmail: 'E-mail: compila questo campo.',
    option: 'Il comportamento di un ente o di un operatore',
    sent: 'Segnalazione inviata: il numero è',
    receipt: 'Segnalazione ricevuta:',
  },
  en: {
    address: '/en/report-a-problem',
    title: 'Report a problem',
    send: 'Send the report',
    errors: 'Please correct these fields to continue:',
    category: 'What went wrong',
    subject: 'Where it happened or what it concerns (optional)',
    description: 'What happened',
    name: 'Name and surname (optional)',
    email: 'E-mail',
    errorCategory: 'What went wrong: choose one of the options.',
    errorDescription: 'What happened: describe the problem in at least 20 characters (at most 2000).',
    errorEmail: 'E-mail: fill in this field.',
    option: 'The website or app',
    sent: 'Report sent: its number is',
    receipt: 'Report received:',
  },
} as const

type Lang = keyof typeof TEXTS

/** The shared state of the journey: the Italian ticket, answered by WeMi in the third step. */
const state: { number?: string; reporter?: string; description?: string } = {}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  mailbox = await startMailbox()
  site = await startSite('report-a-problem', mailbox.env)
  const [city] = await site.sql<{ email: string | null }>('SELECT contacts_email AS email FROM city LIMIT 1')
  cityInbox = city?.email ?? ''
})
afterAll(async () => {
  await site?.stop()
  await mailbox?.close()
})

const expectAccessible = async (page: Page, what: string) => expect(await accessibilityViolations(page), what).toEqual([])

/** Whether the page is wider than the screen, so that something can only be reached by scrolling sideways. */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

/** The report form itself (the page has others: the header's search, the page's rating). */
const reportForm = (page: Page, lang: Lang) => page.locator(`form[action="${TEXTS[lang].address}"]`)

/** The error summary, by its id (the form's prefix is "problem"). */
const errorSummary = (page: Page) => page.locator('[id="problem-errors"]')

const newContext = (width: number, lang: Lang): Promise<BrowserContext> =>
  site.browser.newContext({
    baseURL: site.app.url,
    locale: lang === 'it' ? 'it-IT' : 'en-GB',
    viewport: { width, height: width < 600 ? 740 : 900 },
  })

/**
 * Sends the form and waits for the page the server answers with (the form again, or the
 * confirmation it redirects to); returns the status of the POST.
 */
const send = async (page: Page, lang: Lang): Promise<number> => {
  const [posted] = await Promise.all([
    page.waitForResponse((response) => new URL(response.url()).pathname === TEXTS[lang].address && response.request().method() === 'POST'),
    // The next document's load: the one shown now must not be read for the answer.
    page.waitForEvent('load'),
    reportForm(page, lang).getByRole('button', { name: TEXTS[lang].send }).click(),
  ])
  return posted.status()
}

/** The empty form's errors: the summary in the page's language, one link per wrong field, each reaching its field. */
const checkEmptyFormErrors = async (page: Page, lang: Lang) => {
  const text = TEXTS[lang]
  expect(await send(page, lang)).toBe(400)
  const summary = errorSummary(page)
  await summary.waitFor()
  expect(await summary.getAttribute('role')).toBe('alert')
  expect(await summary.textContent()).toContain(text.errors)
  const links = summary.getByRole('link')
  expect(await links.allInnerTexts()).toEqual([text.errorCategory, text.errorDescription, text.errorEmail])
  expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual([
    '#problem-category',
    '#problem-description',
    '#problem-email',
  ])
  // Each field says it is wrong, next to it, and is described by its error.
  for (const [label, id] of [
    [text.category, 'problem-category'],
    [text.description, 'problem-description'],
    [text.email, 'problem-email'],
  ] as const) {
    const field = reportForm(page, lang).getByLabel(label, { exact: true })
    expect(await field.getAttribute('id')).toBe(id)
    expect(await field.getAttribute('aria-invalid')).toBe('true')
    expect(await field.getAttribute('aria-describedby')).toContain(`${id}-error`)
  }
  return links
}

/** Fills the form as a resident would, with a description of at least 20 characters. */
const fillReport = async (page: Page, lang: Lang, values: { description: string; email: string; subject?: string; name?: string }) => {
  const text = TEXTS[lang]
  const form = reportForm(page, lang)
  await form.getByLabel(text.category, { exact: true }).selectOption({ label: text.option })
  if (values.subject) await form.getByLabel(text.subject, { exact: true }).fill(values.subject)
  await form.getByLabel(text.description, { exact: true }).fill(values.description)
  if (values.name) await form.getByLabel(text.name, { exact: true }).fill(values.name)
  await form.getByLabel(text.email, { exact: true }).fill(values.email)
}

/** The confirmation: the ticket number in a status message, and the address it is shown at. */
const confirmation = async (page: Page, lang: Lang): Promise<string> => {
  const status = page.getByRole('status').filter({ hasText: TEXTS[lang].sent })
  await status.waitFor()
  const number = TICKET.exec((await status.textContent()) ?? '')?.[0]
  expect(number, 'ticket number on the confirmation').toBeTruthy()
  const url = new URL(page.url())
  expect(url.pathname).toBe(TEXTS[lang].address)
  expect(url.searchParams.get('ticket')).toBe(number)
  // The confirmation is nobody's search result.
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
  return number!
}

const tile = (page: Page, label: string): Locator => page.getByRole('link', { name: new RegExp(`^\\d+ ${label}$`) })

describe('reporting a disservice (“Segnala disservizio”)', () => {
  it('a resident on a phone reports a disservice from the footer, corrects the empty form and gets a ticket number', async () => {
    const context = await newContext(360, 'it')
    const page = await context.newPage()
    try {
      await page.goto('/')
      const footerLink = page.locator('#footer [data-element="report-inefficiency"]')
      expect(await footerLink.innerText()).toBe('Segnala disservizio')
      await footerLink.click()
      await page.waitForURL((url) => url.pathname === TEXTS.it.address)
      await page.getByRole('heading', { level: 1, name: TEXTS.it.title }).waitFor()
      await shoot(page, 'it-360-form')
      await expectAccessible(page, 'Italian form on a phone')
      expect(await scrollsSideways(page), 'form at 360 px').toBe(false)

      const links = await checkEmptyFormErrors(page, 'it')
      // The page does not move the focus onto the summary; its links do move it onto their field.
      await links.nth(1).click()
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('problem-description')
      await shoot(page, 'it-360-errors')
      await expectAccessible(page, 'Italian form with errors on a phone')
      expect(await scrollsSideways(page), 'errors at 360 px').toBe(false)

      state.reporter = `giovanna.brambilla+${Date.now().toString(36)}@famiglia.example`
      state.description = 'L’operatrice non si è presentata martedì mattina e nessuno ci ha avvisato.'
      // Too short first: the one error left is the description's.
      await fillReport(page, 'it', { description: 'Non è venuta.', email: state.reporter })
      expect(await send(page, 'it')).toBe(400)
      await errorSummary(page).waitFor()
      expect(await errorSummary(page).getByRole('link').allInnerTexts()).toEqual([TEXTS.it.errorDescription])
      // What was written stays in the form.
      expect(await reportForm(page, 'it').getByLabel(TEXTS.it.email, { exact: true }).inputValue()).toBe(state.reporter)

      await fillReport(page, 'it', {
        subject: 'Cooperativa Il Girasole',
        description: state.description,
        name: 'Giovanna Brambilla',
        email: state.reporter,
      })
      // Redirected to the confirmation, so that a reload does not file it twice.
      expect(await send(page, 'it')).toBe(303)
      state.number = await confirmation(page, 'it')
      expect(await errorSummary(page).count()).toBe(0)
      await shoot(page, 'it-360-sent')
      await expectAccessible(page, 'Italian confirmation on a phone')
      expect(await scrollsSideways(page), 'confirmation at 360 px').toBe(false)

      const [row] = await site.sql<{ status: string; category: string; language: string; email: string }>(
        'SELECT status, category, language, email FROM inefficiency_reports WHERE number = $1',
        [state.number],
      )
      expect(row).toEqual({ status: 'new', category: 'ente-conduct', language: 'it', email: state.reporter })
    } finally {
      await context.close()
    }
  })

  it('sends the receipt with the same number to the reporter and WeMi’s notice to the city’s inbox', async () => {
    expect(state.number).toBeTruthy()
    const receipt = await mailbox.waitFor(state.reporter!, new RegExp(`^${TEXTS.it.receipt} ${state.number}$`), 60_000)
    expect(receipt.language).toBe('it')
    expect(receipt.text).toContain(`Il suo numero è ${state.number}`)
    expect(receipt.text).toContain(state.description)
    expect(receipt.text).toContain('Cosa non ha funzionato: Il comportamento di un ente o di un operatore')

    expect(cityInbox, 'the demo city has a contact address').toMatch(/@/)
    const notice = await mailbox.waitFor(cityInbox, new RegExp(`^Nuova segnalazione di disservizio ${state.number}:`), 60_000)
    expect(notice.text).toContain(state.description)
    expect(notice.text).toContain(state.reporter)
    expect(notice.links.some((link) => link.startsWith(`${site.app.url}/admin/collections/inefficiency-reports/`))).toBe(true)
  })

  it('a WeMi administrator finds the ticket from the dashboard, answers it, and the reporter receives the answer', async () => {
    expect(state.number).toBeTruthy()
    const reply = 'Abbiamo parlato con la Cooperativa Il Girasole: da lunedì l’operatrice avviserà di ogni ritardo. Ci scusiamo.'
    const { page, context } = await signedInToAdmin(site, elena.email, { width: 1280, height: 900 })
    try {
      const queue = tile(page, 'Segnalazioni di disservizio a cui rispondere')
      await queue.waitFor({ timeout: 30_000 })
      const count = Number(/^\d+/.exec(await queue.innerText())?.[0])
      expect(count).toBeGreaterThanOrEqual(1)
      await queue.click()
      await page.waitForURL(/\/admin\/collections\/inefficiency-reports\?/)

      // The list names each ticket by its number, never by its record id.
      const ticket = page.getByRole('link', { name: state.number, exact: true })
      await ticket.waitFor({ timeout: 30_000 })
      expect(await page.locator('table').innerText()).not.toMatch(UUID)
      await ticket.click()
      await page.waitForURL(/\/admin\/collections\/inefficiency-reports\/[^/?]+$/)

      const replyField = page.locator('[id="field-reply"]')
      await replyField.waitFor({ timeout: 30_000 })
      await replyField.fill(reply)
      await page.locator('[id="field-status"]').click()
      await page.getByRole('option', { name: 'Risposta inviata', exact: true }).click()
      await page.getByRole('button', { name: 'Salva', exact: true }).click()
      await expect
        .poll(
          async () =>
            (await site.sql<{ status: string }>('SELECT status FROM inefficiency_reports WHERE number = $1', [state.number]))[0]?.status,
          { timeout: 15_000 },
        )
        .toBe('answered')
        .catch(async (error) => {
          await shoot(page, 'admin-answer-failed')
          throw new Error(`${error}\n${await page.locator('body').innerText()}`)
        })
      const [row] = await site.sql<{ replied: boolean; reply: string }>(
        'SELECT replied_at IS NOT NULL AND replied_by_id IS NOT NULL AS replied, reply FROM inefficiency_reports WHERE number = $1',
        [state.number],
      )
      expect(row).toEqual({ replied: true, reply })
    } finally {
      await context.close()
    }

    const answer = await mailbox.waitFor(state.reporter!, new RegExp(`^Risposta alla tua segnalazione ${state.number}$`), 60_000)
    expect(answer.language).toBe('it')
    expect(answer.text).toContain(reply)
    expect(answer.links).toContain(`${site.app.url}${TEXTS.it.address}`)
  })

  it('shows the same form in English on a desktop, with English labels and errors', async () => {
    const context = await newContext(1280, 'en')
    const page = await context.newPage()
    try {
      const form = await page.goto(TEXTS.en.address)
      expect(form?.status()).toBe(200)
      expect(await page.locator('html').getAttribute('lang')).toMatch(/^en/)
      await page.getByRole('heading', { level: 1, name: TEXTS.en.title }).waitFor()
      for (const label of [TEXTS.en.category, TEXTS.en.subject, TEXTS.en.description, TEXTS.en.name, TEXTS.en.email])
        await reportForm(page, 'en').getByLabel(label, { exact: true }).waitFor()
      expect(await page.locator('#footer [data-element="report-inefficiency"]').innerText()).toBe('Report a problem')
      await shoot(page, 'en-1280-form')
      await expectAccessible(page, 'English form on a desktop')

      await checkEmptyFormErrors(page, 'en')
      await shoot(page, 'en-1280-errors')
      await expectAccessible(page, 'English form with errors on a desktop')

      const reporter = `sam.taylor+${Date.now().toString(36)}@example.org`
      const description = 'The booking page showed an error every time I pressed “Confirm” on Tuesday evening.'
      await fillReport(page, 'en', { subject: 'Booking page', description, email: reporter })
      expect(await send(page, 'en')).toBe(303)
      const number = await confirmation(page, 'en')
      expect(number).not.toBe(state.number)
      await shoot(page, 'en-1280-sent')
      await expectAccessible(page, 'English confirmation on a desktop')

      const receipt = await mailbox.waitFor(reporter, new RegExp(`^${TEXTS.en.receipt} ${number}$`), 60_000)
      expect(receipt.language).toBe('en')
      expect(receipt.text).toContain(`Its number is ${number}`)
      expect(receipt.text).toContain(description)
    } finally {
      await context.close()
    }
  })
})
