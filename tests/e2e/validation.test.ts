import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataDir } from '../../lib/paths'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { type SiteUnderTest, startSite } from '../helpers/site'

/**
 * A service's validation as its people do it in the admin, in Chromium against `npm start`:
 * the ente's administrator sees today's queues, changes a published service and sends it to
 * WeMi with the button; WeMi's administrator finds it in the queue and sends it back with a
 * comment, which reaches the ente by e-mail.
 */
let mailbox: Mailbox
let site: SiteUnderTest
let serviceId: string
const paola = DEMO_ACCOUNTS.find((account) => account.role === 'ente-admin')!
const elena = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!
const shots = path.join(dataDir, 'e2e-screenshots')

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  mailbox = await startMailbox()
  site = await startSite('validation', mailbox.env)
  const [service] = await site.sql<{ id: string }>(
    `SELECT s.id FROM services s JOIN users u ON u.organisation_id = s.organisation_id
     WHERE u.email = $1 AND s.validation_status = 'published' AND s._status = 'published' ORDER BY s.slug LIMIT 1`,
    [paola.email],
  )
  serviceId = service!.id
})
afterAll(async () => {
  await site?.stop()
  await mailbox?.close()
})

const signIn = async (email: string): Promise<Page> => {
  // In Italian, as the city's staff and the enti use the admin.
  const context = await site.browser.newContext({ baseURL: site.app.url, locale: 'it-IT', viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  return page
}

const tile = (page: Page, label: string) => page.getByRole('link', { name: new RegExp(`^\\d+ ${label}$`) })

describe('validating a service in the admin', () => {
  it('lets the ente send a changed service to WeMi with one button', async () => {
    const page = await signIn(paola.email)
    await page
      .getByRole('heading', { name: 'Da fare oggi' })
      .waitFor({ timeout: 15_000 })
      .catch(async (error) => {
        await page.screenshot({ path: path.join(shots, 'dashboard-missing.png'), fullPage: true })
        throw new Error(`${error}\n${await page.locator('body').innerText()}\n${site.app.output().slice(-3000)}`)
      })
    await expect(tile(page, 'Richieste in attesa di preventivo').isVisible()).resolves.toBe(true)
    await page.screenshot({ path: path.join(shots, 'dashboard-ente.png'), fullPage: true })

    await page.goto(`/admin/collections/services/${serviceId}`)
    const summary = page.locator('#field-summary')
    await summary.fill(`${await summary.inputValue()} Anche il sabato.`)
    await page
      .getByRole('button', { name: /^Salva/ })
      .first()
      .click()
    // Saved, the change is a draft beside the published version: now it can be sent.
    const send = page.getByRole('button', { name: 'Invia a WeMi per la validazione' })
    await send.waitFor({ timeout: 15_000 })
    await send.click()
    await page.getByRole('status').filter({ hasText: 'Inviato a WeMi' }).waitFor()
    await page.screenshot({ path: path.join(shots, 'service-sent.png'), fullPage: true })
    const [latest] = await site.sql<{ status: string }>(
      `SELECT version_validation_status AS status FROM _services_v WHERE parent_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [serviceId],
    )
    expect(latest?.status).toBe('submitted')
  })

  it('lets WeMi find it in its queue and send it back with a comment the ente receives', async () => {
    const page = await signIn(elena.email)
    const queue = tile(page, 'Servizi in attesa di validazione')
    await queue.waitFor()
    await page.screenshot({ path: path.join(shots, 'dashboard-wemi.png'), fullPage: true })
    await queue.click()
    await page.waitForURL(/\/admin\/collections\/services\?/)
    await page.screenshot({ path: path.join(shots, 'services-queue.png'), fullPage: true })

    await page.goto(`/admin/collections/services/${serviceId}`)
    await page.getByLabel('Commento per l’ente').fill('Indicate anche il prezzo del sabato.')
    await page.getByRole('button', { name: 'Chiedi correzioni' }).click()
    await page.getByRole('status').filter({ hasText: 'Correzioni chieste' }).waitFor()
    await page.screenshot({ path: path.join(shots, 'service-sent-back.png'), fullPage: true })

    const mail = await mailbox.waitFor(paola.email, /Servizio da correggere/, 60_000)
    expect(mail.text).toContain('Il commento di WeMi: Indicate anche il prezzo del sabato.')
  })

  it('shows WeMi each wrong line of a voucher file it uploads, and imports nothing', async () => {
    const page = await signIn(elena.email)
    const [before] = await site.sql<{ n: number }>('SELECT count(*)::int AS n FROM vouchers')
    await page.goto('/admin/collections/voucher-imports/create')
    await page.locator('input[type="file"]').setInputFiles({
      name: 'voucher.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('codice_fiscale;importo;valido_dal;valido_al\nRSSMRA80A01F205X;dieci;01/01/2026;31/12/2099\n'),
    })
    await page.locator('#field-scheme').fill('Fondo famiglie')
    await page
      .getByRole('button', { name: /^Salva/ })
      .first()
      .click()
    const notice = page.getByText('Nessun voucher importato – correggi il file e caricalo di nuovo', { exact: false }).first()
    await notice.waitFor({ timeout: 15_000 })
    await page.screenshot({ path: path.join(shots, 'voucher-import-refused.png'), fullPage: true })
    expect(await page.locator('body').innerText()).toContain('Riga 2 colonna «importo» – non è un importo in euro')
    expect(await page.locator('body').innerText()).not.toContain('unknown error')
    const [after] = await site.sql<{ n: number }>('SELECT count(*)::int AS n FROM vouchers')
    expect(after?.n).toBe(before?.n)
  })
})
