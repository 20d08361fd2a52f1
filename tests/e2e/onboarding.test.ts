import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { DAY_MS } from '../../lib/dates'
import { dataDir } from '../../lib/paths'
import { createConfig } from '../../payload.config'
import { EXPIRY_TASK, REMINDER_TASK } from '../../plugins/accreditation/lifecycle'
import { DEMO_ACCOUNTS } from '../../seed/accounts'
import { closePayload, openPayload } from '../../server/instance'
import { signedInToAdmin } from '../helpers/admin-session'
import { PDF } from '../helpers/fixtures'
import { uniqueVatNumber } from '../helpers/identifiers'
import { type Mailbox, sendMailTo, startMailbox } from '../helpers/mailbox'
import { accessibilityViolations, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * Journey 5's onboarding in Chromium against `npm start`: an association applies on the site,
 * WeMi asks it to correct its statute, it resubmits through its link, WeMi accredits it, its
 * administrator accepts the invitation, connects the payment account and sends a first service
 * that WeMi validates; then, with the clock moved for the jobs, the expiry reminder and the
 * suspension that takes the service out of the catalogue.
 */
let mailbox: Mailbox
let site: SiteUnderTest
/** A second process on the app's database that runs the jobs at a moment of the test's choosing. */
let jobs: Payload
let restoreEnvironment = () => {}

const SHOTS = path.join(dataDir, 'screenshots', 'onboarding')
const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
const elena = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!

const ADMIN_EMAIL = 'luca.bianchi@ilponte.example'
const ADMIN_PASSWORD = 'Il-Ponte-Lorenteggio-2026'
const NAME = 'Associazione Il Ponte'
const SERVICE_TITLE = 'Doposcuola solidale al Lorenteggio'

const state: { organisation?: string; area?: string; category?: string; district?: string; applicationUrl?: string; service?: string } = {}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  mailbox = await startMailbox()
  site = await startSite('onboarding', mailbox.env)
  restoreEnvironment = sendMailTo(mailbox, site.app.url)
  jobs = await openPayload(createConfig(site.databaseUrl))
  const [choice] = await site.sql<{ area: string; category: string; district: string }>(
    `SELECT a.id AS area, c.id AS category, (SELECT id FROM districts ORDER BY number DESC LIMIT 1) AS district
       FROM categories a JOIN categories c ON c.parent_id = a.id WHERE a.parent_id IS NULL ORDER BY a.slug, c.slug LIMIT 1`,
  )
  Object.assign(state, choice)
})
afterAll(async () => {
  if (jobs) await closePayload(jobs)
  await site?.stop()
  await mailbox?.close()
  restoreEnvironment()
})

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`)

/** Ticks a choice as people do, on its label (the site's styled checkbox sits under it). */
const choose = async (page: Page, name: string, value: string) => {
  const input = page.locator(`input[name="${name}"][value="${value}"]`)
  await page.locator(`label[for="${await input.getAttribute('id')}"]`).click()
  await expect(input.isChecked()).resolves.toBe(true)
}

/**
 * Runs the accreditation's timers as the jobs worker would at `moment`. Only those: the demo
 * city's other timers (thousands, years ahead) would fire too and bury them.
 */
const runAccreditationTimersAt = async (moment: number) => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(moment)
  try {
    // The demo enti's timers of the same kinds are due too: all of them are run.
    await jobs.jobs.run({ allQueues: true, sequential: true, limit: 1000, where: { taskSlug: { in: [REMINDER_TASK, EXPIRY_TASK] } } })
  } finally {
    vi.useRealTimers()
  }
}

const organisationStatus = async () =>
  (await site.sql<{ status: string }>('SELECT accreditation_status AS status FROM organisations WHERE id = $1', [state.organisation]))[0]!
    .status

describe('an association’s onboarding', () => {
  it('applies on the site with its statute and lands on its application’s page', async () => {
    const context = await site.browser.newContext({ baseURL: site.app.url, locale: 'it-IT', viewport: { width: 360, height: 800 } })
    const page = await context.newPage()
    try {
      await page.goto('/')
      await page.getByRole('link', { name: 'Diventa ente erogatore' }).click()
      await page.waitForURL(/\/diventa-ente$/)
      expect(await accessibilityViolations(page), 'apply page').toEqual([])

      await field(page, 'name').fill(NAME)
      await field(page, 'legalName').fill(`${NAME} APS`)
      await field(page, 'legalForm').selectOption('association')
      await field(page, 'fiscalCode').fill(uniqueVatNumber())
      await field(page, 'application.representativeName').fill('Anna Verdi')
      await field(page, 'application.representativeFiscalCode').fill('RSSMRA80A01F205X')
      await field(page, 'offices.0.street').fill('Via Lorenteggio 10')
      await field(page, 'offices.0.postcode').fill('20146')
      await field(page, 'offices.0.district').selectOption(state.district!)
      await field(page, 'email').fill('segreteria@ilponte.example')
      await field(page, 'phone').fill('+39 02 1234567')
      await choose(page, 'application.categories', state.area!)
      await choose(page, 'application.districts', state.district!)
      await field(page, 'statute').setInputFiles({ name: 'statuto.pdf', mimeType: 'application/pdf', buffer: PDF })
      await field(page, 'application.adminName').fill('Luca Bianchi')
      await field(page, 'application.adminEmail').fill(ADMIN_EMAIL)
      await shoot(page, 'apply-filled-360')
      await page.getByRole('button', { name: 'Invia la domanda' }).click()

      await page.waitForURL(/\/diventa-ente\/domanda\?token=.+&sent=1$/, { timeout: 30_000 })
      await page.getByText(`Abbiamo scritto a ${ADMIN_EMAIL}`, { exact: false }).first().waitFor()
      expect(await accessibilityViolations(page), 'application page').toEqual([])
      await shoot(page, 'application-sent-360')
      const [organisation] = await site.sql<{ id: string }>('SELECT id FROM organisations WHERE name = $1', [NAME])
      state.organisation = organisation!.id
      expect(await organisationStatus()).toBe('submitted')
      const received = await mailbox.waitFor(ADMIN_EMAIL, /Domanda di accreditamento ricevuta/, 30_000)
      expect(received.links.some((link) => link.startsWith(`${site.app.url}/diventa-ente/domanda?token=`))).toBe(true)
    } finally {
      await context.close()
    }
  })

  it('is sent back by WeMi to correct its statute, and resubmitted through the link in WeMi’s e-mail', async () => {
    const { page, context } = await signedInToAdmin(site, elena.email, { width: 1280, height: 900 })
    try {
      await page.getByRole('link', { name: /^\d+ Enti in attesa di accreditamento$/ }).click()
      await page.getByRole('link', { name: NAME }).first().click()
      await page.waitForURL(new RegExp(`/admin/collections/organisations/${state.organisation}$`))
      await page
        .getByRole('tab', { name: 'Domanda' })
        .or(page.getByRole('button', { name: 'Domanda' }))
        .first()
        .click()
      await page.getByText('statuto', { exact: false }).first().waitFor()
      await shoot(page, 'wemi-reads-application')
      await page.getByLabel('Commento per l’ente').fill('Lo statuto allegato non è firmato dal legale rappresentante.')
      await page.getByRole('button', { name: 'Chiedi correzioni' }).click()
      await page.getByRole('status').filter({ hasText: 'Correzioni chieste' }).waitFor()
    } finally {
      await context.close()
    }

    const correction = await mailbox.waitFor(ADMIN_EMAIL, /Domanda da correggere/, 60_000)
    expect(correction.text).toContain('Lo statuto allegato non è firmato dal legale rappresentante.')
    state.applicationUrl = correction.links.find((link) => link.includes('/diventa-ente/domanda?token='))!

    const context2 = await site.browser.newContext({ baseURL: site.app.url, locale: 'it-IT', viewport: { width: 1280, height: 900 } })
    const applicant = await context2.newPage()
    try {
      await applicant.goto(state.applicationUrl)
      await applicant.getByRole('heading', { name: 'Cosa chiede WeMi' }).waitFor()
      await applicant.getByText('Lo statuto allegato non è firmato dal legale rappresentante.').waitFor()
      expect(await accessibilityViolations(applicant), 'application to correct').toEqual([])
      await shoot(applicant, 'application-to-correct')
      await field(applicant, 'statute').setInputFiles({ name: 'statuto-firmato.pdf', mimeType: 'application/pdf', buffer: PDF })
      await applicant.getByRole('button', { name: 'Invia di nuovo la domanda' }).click()
      await applicant.waitForURL(/sent=1/, { timeout: 30_000 })
      expect(await organisationStatus()).toBe('submitted')
      await applicant.getByText('statuto-firmato', { exact: false }).first().waitFor()
      await shoot(applicant, 'application-resubmitted')
    } finally {
      await context2.close()
    }
    const statutes = await site.sql<{ filename: string }>(
      `SELECT original_name AS filename FROM organisation_documents WHERE organisation_id = $1 AND kind = 'statute' ORDER BY created_at`,
      [state.organisation],
    )
    expect(statutes.map((row) => row.filename)).toEqual(['statuto.pdf', 'statuto-firmato.pdf'])
  })

  it('is accredited by WeMi; its administrator accepts the invitation and connects the payment account', async () => {
    const { page, context } = await signedInToAdmin(site, elena.email, { width: 1280, height: 900 })
    try {
      await page.goto(`/admin/collections/organisations/${state.organisation}`)
      await page.getByLabel('Commento per l’ente').fill('Benvenuti in WeMi.')
      await page.getByRole('button', { name: 'Approva' }).click()
      await page.getByRole('status').filter({ hasText: 'Approvato' }).waitFor()
    } finally {
      await context.close()
    }
    expect(await organisationStatus()).toBe('accredited')

    const invitation = await mailbox.waitFor(ADMIN_EMAIL, /Il tuo invito a WeMi/, 60_000)
    const accept = invitation.links.find((link) => link.includes('/admin/reset/'))!
    const context2 = await site.browser.newContext({ baseURL: site.app.url, locale: 'it-IT', viewport: { width: 1280, height: 900 } })
    await context2.addCookies([{ name: 'payload-lng', value: 'it', url: site.app.url }])
    const page2 = await context2.newPage()
    try {
      await page2.goto(accept)
      await page2.locator('#field-password').fill(ADMIN_PASSWORD)
      await page2.locator('#field-confirm-password').fill(ADMIN_PASSWORD)
      await shoot(page2, 'invitation-choose-password')
      await page2.locator('button[type="submit"]').click()
      await page2.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 30_000 })

      await page2.goto(`/admin/collections/organisations/${state.organisation}`)
      await page2
        .getByRole('tab', { name: 'Pagamenti e valutazioni' })
        .or(page2.getByRole('button', { name: 'Pagamenti e valutazioni' }))
        .first()
        .click()
      await page2.getByRole('button', { name: 'Collega il conto di pagamento' }).click()
      await page2.waitForURL(/\/connect\/onboarding\//, { timeout: 30_000 })
      await page2.getByLabel('IBAN del conto dell’ente').fill('IT60 X054 2811 1010 0000 0123 456')
      await page2.getByLabel('Nome e cognome del rappresentante legale').fill('Anna Verdi')
      await page2.getByRole('button', { name: 'Invia e torna a WeMi' }).click()
      await page2.waitForURL(new RegExp(`/admin/collections/organisations/${state.organisation}$`), { timeout: 30_000 })
      await page2.getByText('Il conto di pagamento è attivo').waitFor()
      await shoot(page2, 'payment-account-active')

      // The first service: written in the admin's API with the administrator's session, then
      // sent to WeMi with the button as any service is.
      const created = await page2.request.post('/api/services?draft=true', {
        headers: { origin: site.app.url },
        data: {
          title: SERVICE_TITLE,
          summary: 'Aiuto nei compiti per ragazze e ragazzi delle medie, tre pomeriggi a settimana.',
          description: {
            root: {
              type: 'root',
              version: 1,
              direction: 'ltr',
              format: '',
              indent: 0,
              children: [
                {
                  type: 'paragraph',
                  version: 1,
                  direction: 'ltr',
                  format: '',
                  indent: 0,
                  textFormat: 0,
                  children: [
                    {
                      type: 'text',
                      version: 1,
                      text: 'Compiti e studio in piccoli gruppi.',
                      format: 0,
                      mode: 'normal',
                      style: '',
                      detail: 0,
                    },
                  ],
                },
              ],
            },
          },
          audience: 'Ragazze e ragazzi delle scuole medie.',
          howTo: 'Chiedi un preventivo da questa pagina.',
          outcome: 'Tre pomeriggi a settimana di aiuto nello studio.',
          costs: '8 euro a pomeriggio.',
          organisation: state.organisation,
          category: state.category,
          districts: [state.district],
          priceModel: 'per-hour',
          priceCents: 800,
        },
      })
      expect(created.status(), await created.text()).toBe(201)
      state.service = (await created.json()).doc.id
      await page2.goto(`/admin/collections/services/${state.service}`)
      await page2.getByRole('button', { name: 'Invia a WeMi per la validazione' }).click()
      await page2.getByRole('status').filter({ hasText: 'Inviato a WeMi' }).waitFor()
    } finally {
      await context2.close()
    }
  })

  it('has its first service validated by WeMi and found by residents', async () => {
    const { page, context } = await signedInToAdmin(site, elena.email, { width: 1280, height: 900 })
    try {
      await page.goto(`/admin/collections/services/${state.service}`)
      await page.getByRole('button', { name: 'Approva' }).click()
      await page.getByRole('status').filter({ hasText: 'Approvato' }).waitFor()
    } finally {
      await context.close()
    }
    const resident = await site.page()
    try {
      await resident.page.goto(`/servizi?q=${encodeURIComponent('doposcuola solidale')}`)
      await resident.page.getByRole('link', { name: SERVICE_TITLE }).first().waitFor({ timeout: 30_000 })
      await shoot(resident.page, 'service-in-catalogue')
    } finally {
      await resident.context.close()
    }
  })

  it('is reminded before its accreditation expires and suspended at the date, its service leaving the catalogue', async () => {
    const [{ expires_at: expiresAt }] = (await site.sql<{ expires_at: Date }>(
      'SELECT accreditation_expires_at AS expires_at FROM organisations WHERE id = $1',
      [state.organisation],
    )) as [{ expires_at: Date }]
    const [{ slug }] = (await site.sql<{ slug: string }>('SELECT slug FROM services WHERE id = $1', [state.service])) as [{ slug: string }]

    await runAccreditationTimersAt(expiresAt.getTime() - 60 * DAY_MS + 60_000)
    const reminder = await mailbox.waitFor(ADMIN_EMAIL, /scade il/, 30_000)
    expect(reminder.text).toContain('scade tra 60 giorni')
    expect(await organisationStatus()).toBe('accredited')

    await runAccreditationTimersAt(expiresAt.getTime() + 60_000)
    expect(await organisationStatus()).toBe('suspended')
    const expired = await mailbox.waitFor(ADMIN_EMAIL, /Accreditamento scaduto/, 30_000)
    expect(expired.subject).toBe(`Accreditamento scaduto: ${NAME} è sospeso`)

    const resident = await site.page()
    try {
      const response = await resident.page.goto(`/servizi/${slug}`)
      expect(response?.status()).toBe(404)
      await resident.page.goto(`/servizi?q=${encodeURIComponent('doposcuola solidale lorenteggio')}`)
      await expect(resident.page.getByRole('link', { name: SERVICE_TITLE }).count()).resolves.toBe(0)
      await shoot(resident.page, 'service-gone')
    } finally {
      await resident.context.close()
    }
    const { page, context } = await signedInToAdmin(site, elena.email, { width: 360, height: 800 })
    try {
      await page.goto(`/admin/collections/organisations/${state.organisation}`)
      await page
        .getByRole('tab', { name: 'Accreditamento' })
        .or(page.getByRole('button', { name: 'Accreditamento' }))
        .first()
        .click()
      await page.getByText('Sospeso').first().waitFor()
      await shoot(page, 'wemi-sees-suspended-360')
    } finally {
      await context.close()
    }
  })
})
