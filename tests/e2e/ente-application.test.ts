import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { numericCheckDigit } from '../../lib/fiscal'
import { dataDir } from '../../lib/paths'
import { PDF, TAX_CODES } from '../helpers/fixtures'
import { accessibilityViolations, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * An ente applies to become a provider on the demo city, in Chromium against `npm start`: the
 * empty form's errors, the complete application with its statute, the applicant's page, and
 * the same page when WeMi asks for corrections — in Italian on a phone and in English on a
 * desktop, with zero WCAG 2.1 AA violations in every state.
 */
let site: SiteUnderTest
const SCREENSHOTS = path.join(dataDir, 'screenshots', 'ente-application')
beforeAll(async () => {
  site = await startSite('ente-application')
  mkdirSync(SCREENSHOTS, { recursive: true })
})
afterAll(async () => {
  await site?.stop()
})

const expectAccessible = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([])
const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })

/** A valid organisation tax code nobody in the demo city has. */
const newTaxCode = () => {
  const first10 = String(8_000_000_000 + (Date.now() % 999_999_999)).padStart(10, '0')
  return first10 + numericCheckDigit(first10)
}

const TEXTS = {
  it: {
    apply: '/diventa-ente',
    submit: 'Invia la domanda',
    errors: 'Correggi questi campi per continuare:',
    name: 'Nome dell’ente',
    legalName: 'Ragione sociale',
    legalForm: 'Forma giuridica',
    fiscalCode: 'Codice fiscale dell’ente',
    representativeName: 'Nome e cognome del legale rappresentante',
    representativeFiscalCode: 'Codice fiscale del legale rappresentante',
    street: 'Via e numero civico',
    email: 'E-mail dell’ente',
    phone: 'Telefono',
    categories: 'Aree di servizio',
    districts: 'Municipi',
    statute: 'Statuto dell’ente (PDF)',
    adminName: 'Nome e cognome di chi gestirà l’ente',
    adminEmail: 'E-mail per l’invito',
    sent: 'Domanda inviata.',
    status: 'Inviato per l’accreditamento',
  },
  en: {
    apply: '/en/become-a-provider',
    submit: 'Send the application',
    errors: 'Please correct these fields to continue:',
    name: 'Organisation name',
    legalName: 'Registered name',
    legalForm: 'Legal form',
    fiscalCode: 'Organisation’s tax code (codice fiscale)',
    representativeName: 'Legal representative’s full name',
    representativeFiscalCode: 'Legal representative’s tax code',
    street: 'Street and number',
    email: 'Organisation’s e-mail',
    phone: 'Phone',
    categories: 'Service areas',
    districts: 'Districts',
    statute: 'Organisation’s statute (PDF)',
    adminName: 'Full name of the person who will manage it',
    adminEmail: 'E-mail for the invitation',
    sent: 'Application sent.',
    status: 'Submitted for accreditation',
  },
} as const

const fillApplication = async (page: Page, lang: 'it' | 'en', key: string) => {
  const text = TEXTS[lang]
  await page.getByLabel(text.name, { exact: true }).fill(`Cooperativa Il Faro ${key}`)
  await page.getByLabel(text.legalName, { exact: true }).fill(`Il Faro società cooperativa sociale ${key}`)
  await page.getByLabel(text.legalForm, { exact: true }).selectOption('social-cooperative')
  await page.getByLabel(text.fiscalCode, { exact: true }).fill(newTaxCode())
  await page.getByLabel(text.representativeName, { exact: true }).fill('Giovanna Riva')
  await page.getByLabel(text.representativeFiscalCode, { exact: true }).fill(TAX_CODES.citizen1)
  await page.getByLabel(text.street, { exact: true }).fill('Via Padova 30')
  await page.getByLabel(text.email, { exact: true }).fill(`info-${key}@faro.example`)
  await page.getByLabel(text.phone, { exact: true }).fill('02 7777777')
  // Bootstrap Italia draws the box on the label, which takes the click.
  await page.getByRole('group', { name: text.categories }).locator('.form-check-label').first().click()
  await page.getByRole('group', { name: text.districts }).locator('.form-check-label').nth(1).click()
  await page.getByLabel(text.statute, { exact: true }).setInputFiles({ name: 'statuto.pdf', mimeType: 'application/pdf', buffer: PDF })
  await page.getByLabel(text.adminName, { exact: true }).fill('Franco Riva')
  await page.getByLabel(text.adminEmail, { exact: true }).fill(`franco-${key}@faro.example`)
}

const applyAndFollow = async (page: Page, lang: 'it' | 'en', width: number) => {
  const text = TEXTS[lang]
  const shot = `${lang}-${width}`
  await page.setViewportSize({ width, height: 900 })
  const form = await page.goto(text.apply)
  expect(form?.status()).toBe(200)
  await screenshot(page, `${shot}-form`)
  await expectAccessible(page)

  await page.getByRole('button', { name: text.submit }).click()
  const summary = page.getByRole('alert')
  await expect.poll(() => summary.textContent()).toContain(text.errors)
  expect(await summary.getByRole('link').count()).toBeGreaterThanOrEqual(12)
  await screenshot(page, `${shot}-errors`)
  await expectAccessible(page)

  const key = `${lang}${Date.now().toString(36)}`
  await fillApplication(page, lang, key)
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => candidate.url().includes('token=') && candidate.request().method() === 'GET'),
    page.getByRole('button', { name: text.submit }).click(),
  ])
  expect(response.status()).toBe(200)
  expect(response.headers()['referrer-policy']).toBe('same-origin')
  expect(response.headers()['cache-control']).toBe('private, no-store')
  expect(await page.getByRole('status').textContent()).toContain(text.sent)
  expect(await page.locator('main, body').first().textContent()).toContain(text.status)
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex')
  await screenshot(page, `${shot}-sent`)
  await expectAccessible(page)
  return { token: new URL(page.url()).searchParams.get('token')!, key }
}

describe('becoming a provider', () => {
  it('applies in Italian on a phone, and corrects the application when WeMi asks', async () => {
    const { page } = await site.page()
    const { token, key } = await applyAndFollow(page, 'it', 360)

    await site.sql(`UPDATE organisations SET accreditation_status = 'to-correct', accreditation_notes = $1 WHERE email = $2`, [
      'Allegate lo statuto firmato dal legale rappresentante.',
      `info-${key}@faro.example`,
    ])
    await page.goto(`/diventa-ente/domanda?token=${token}`)
    const notes = page.getByRole('region', { name: 'Cosa chiede WeMi' })
    expect(await notes.textContent()).toContain('Allegate lo statuto firmato dal legale rappresentante.')
    expect(await page.getByLabel('Codice fiscale dell’ente').getAttribute('readonly')).not.toBeNull()
    expect(await page.getByLabel('Nome dell’ente', { exact: true }).inputValue()).toBe(`Cooperativa Il Faro ${key}`)
    await screenshot(page, 'it-360-to-correct')
    await expectAccessible(page)

    await page.getByLabel('Telefono').fill('')
    await page.getByRole('button', { name: 'Invia di nuovo la domanda' }).click()
    await screenshot(page, 'it-360-to-correct-errors')
    expect(await page.locator('#ente-errors').textContent()).toContain('Telefono')
    await expectAccessible(page)

    await page.getByLabel('Telefono').fill('02 8888888')
    await page.getByLabel('Statuto dell’ente (PDF) (facoltativo)').setInputFiles({
      name: 'statuto-firmato.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    })
    await page.getByRole('button', { name: 'Invia di nuovo la domanda' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Domanda inviata di nuovo.')
    expect(await page.getByRole('table').getByRole('row').count()).toBe(3)
    await screenshot(page, 'it-360-resent')
    await expectAccessible(page)
  })

  it('applies in English on a desktop, and says a wrong link opens nothing', async () => {
    const { page } = await site.page()
    await applyAndFollow(page, 'en', 1280)
    const missing = await page.goto(`/en/become-a-provider/application?token=${'x'.repeat(43)}`)
    expect(missing?.status()).toBe(404)
    expect(await page.locator('h1').textContent()).toBe('Application not found')
    await screenshot(page, 'en-1280-not-found')
    await expectAccessible(page)
  })

  it('links the apply page from every page’s footer and lists it in the sitemap', async () => {
    const { page } = await site.page()
    await page.goto('/')
    await page.locator('#footer').getByRole('link', { name: 'Diventa ente erogatore' }).click()
    await page.waitForURL(/\/diventa-ente$/)
    const sitemap = await (await fetch(`${site.app.url}/sitemap.xml`)).text()
    expect(sitemap).toContain('/diventa-ente</loc>')
    expect(sitemap).toContain('/en/become-a-provider</loc>')
    expect(sitemap).not.toContain('/domanda')
  })
})
