import { readFileSync } from 'node:fs'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { personalCheckCharacter } from '../../lib/fiscal'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { signUpAndConfirm } from '../helpers/sign-up'
import { accessibilityViolations, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * A family's privacy in the citizen area, in Chromium against `npm start`: the consent given
 * at sign-up, the readable page of their data, the same data downloaded as JSON, and the
 * account deleted with its confirmation — with zero WCAG 2.1 AA violations on every page.
 */
let mailbox: Mailbox
let site: SiteUnderTest
beforeAll(async () => {
  mailbox = await startMailbox()
  site = await startSite('privacy', mailbox.env)
})
afterAll(async () => {
  await site?.stop()
  await mailbox?.close()
})

const PASSWORD = 'Password-sicura-2026'
const FISCAL_CODE = 'QTTRMN70M41F205' + personalCheckCharacter('QTTRMN70M41F205')

const expectAccessible = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([])

const signIn = async (page: Page, email: string) => {
  await page.getByLabel('E-mail', { exact: true }).fill(email)
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Accedi' }).click()
}

describe('a citizen’s data and account', () => {
  it('shows their data and consents, downloads them as JSON and deletes the account', async () => {
    const { page } = await site.page()
    const email = `ermenegilda.${process.pid}@esempio.it`
    await page.goto('/registrati')
    await signUpAndConfirm(page, mailbox, { firstName: 'Ermenegilda', lastName: 'Quattrocchi', email }, PASSWORD)
    await page.goto('/accedi')
    await signIn(page, email)
    await page.waitForURL(/\/area-personale$/)

    await page.getByRole('link', { name: 'Il mio profilo' }).first().click()
    await page.getByLabel('Codice fiscale').fill(FISCAL_CODE)
    await page.getByRole('button', { name: 'Salva il profilo' }).click()
    await page.getByRole('link', { name: 'Vedi e scarica i miei dati e i miei consensi' }).click()

    expect(await page.locator('h1').textContent()).toBe('I miei dati e privacy')
    const consent = page.getByRole('table', { name: 'I miei consensi' }).getByRole('row').nth(1)
    expect(await consent.textContent()).toContain('Informativa privacy')
    expect(await consent.textContent()).toContain('1 novembre 2026')
    const profile = page.getByRole('region', { name: /^Profilo/ })
    expect(await profile.textContent()).toContain(FISCAL_CODE)
    expect(await profile.textContent()).toContain(email)
    expect(await profile.textContent()).not.toContain('hash')
    await expectAccessible(page)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Scarica i miei dati (JSON)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^wemi-i-miei-dati-\d{4}-\d{2}-\d{2}\.json$/)
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8'))
    const section = (collection: string) => data.sections.find((candidate: { collection: string }) => candidate.collection === collection)
    expect(section('citizens').records).toEqual([expect.objectContaining({ email, fiscalCode: FISCAL_CODE, firstName: 'Ermenegilda' })])
    expect(section('consents').records).toEqual([expect.objectContaining({ purpose: 'privacy', version: '2026-11-01' })])
    // Fetched by the page, with its session, to read the headers the download came with.
    const headers = await page.evaluate(async (url) => {
      const response = await fetch(url)
      return { disposition: response.headers.get('content-disposition'), cache: response.headers.get('cache-control') }
    }, '/area-personale/i-miei-dati.json')
    expect(headers.disposition).toMatch(/^attachment; filename="wemi-i-miei-dati-/)
    expect(headers.cache).toBe('private, no-store')

    await page.getByRole('link', { name: 'Cancella il mio account e i miei dati' }).click()
    expect(await page.locator('h1').textContent()).toBe('Cancella il mio account')
    await expectAccessible(page)
    await page.getByLabel('Per confermare scrivi ELIMINA').fill('cancella')
    await page.getByRole('button', { name: 'Cancella definitivamente il mio account' }).click()
    expect(await page.locator('[role="alert"]').textContent()).toContain('Per confermare scrivi la parola ELIMINA.')
    expect(await page.getByLabel('Per confermare scrivi ELIMINA').getAttribute('aria-invalid')).toBe('true')
    await expectAccessible(page)
    expect(await site.sql('SELECT id FROM citizens WHERE email = $1', [email])).toHaveLength(1)

    await page.getByLabel('Per confermare scrivi ELIMINA').fill('ELIMINA')
    await page.getByRole('button', { name: 'Cancella definitivamente il mio account' }).click()
    expect(await page.locator('h1').textContent()).toBe('Account cancellato')
    expect(await page.locator('[role="status"]').textContent()).toContain('I tuoi dati personali sono stati cancellati')
    await expectAccessible(page)
    expect(await site.sql('SELECT id FROM citizens WHERE email = $1 OR fiscal_code = $2', [email, FISCAL_CODE])).toEqual([])

    await page.goto('/area-personale/i-miei-dati')
    await page.waitForURL(/\/accedi\?next=/)
    await signIn(page, email)
    expect(await page.locator('[role="alert"]').textContent()).toContain('E-mail o password non corrette.')
  })

  it('shows the English twin of the deletion confirmation', async () => {
    const { page } = await site.page()
    await page.goto('/en/personal-area/my-data/delete-account?done=1')
    expect(await page.locator('h1').textContent()).toBe('Account deleted')
    await expectAccessible(page)
  })
})
