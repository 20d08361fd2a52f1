import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'
import { extractText } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { daysFromToday } from '../../lib/dates'
import { CITY_TIME_ZONE } from '../../seed/cities'
import { dataDir } from '../../lib/paths'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { signInSite, signUpAndConfirm } from '../helpers/sign-up'
import { accessibilityViolations, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * Journey 6 in Chromium against `npm start`: Irina, a carer, signs up and sends her application
 * (live-in, the elderly, Ukrainian, Russian and Italian B1), books her interview at a desk on the
 * topic "care work", and WeMi's care-work staff judge her suitable in the admin. Giulia asks for a
 * live-in carer for her mother; staff rank the suitable workers, read the reasons and propose
 * Irina with two others; Giulia downloads the three anonymised CVs, chooses Irina, Irina accepts
 * to meet, Giulia sees her contacts and records the hire. Every page passes axe, in Italian and
 * English, on a phone and a desktop; screenshots are kept to look at.
 */
let mailbox: Mailbox
let site: SiteUnderTest
const contexts: BrowserContext[] = []
const SHOTS = path.join(dataDir, 'screenshots', 'care-work')
const irina = { firstName: 'Irina', lastName: 'Kovalenko', email: `irina.kovalenko.${process.pid}@esempio.it` }
const IRINA_PASSWORD = 'Password-sicura-2026'
const giulia = DEMO_ACCOUNTS.find((account) => account.role === 'citizen')!
const elena = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  mailbox = await startMailbox()
  site = await startSite('care-work', mailbox.env)
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await site?.stop()
  await mailbox?.close()
})

const expectAccessible = async (page: Page) => expect(await accessibilityViolations(page), page.url()).toEqual([])
const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })

const browser = async (viewport = { width: 1280, height: 900 }) => {
  const context = await site.browser.newContext({ baseURL: site.app.url, locale: 'it-IT', viewport })
  contexts.push(context)
  return context.newPage()
}

/** Ticks the checkbox or radio with exactly this label, as a person taps it. */
const tick = (page: Page, within: string, label: string) =>
  page.locator(`${within} label`, { hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) }).click()

const applicationStatus = async () =>
  (
    await site.sql<{ status: string }>(
      'SELECT a.status FROM worker_applications a JOIN citizens c ON c.id = a.citizen_id WHERE c.email = $1',
      [irina.email],
    )
  )[0]?.status

describe('journey 6: a carer finds a family through Tate Colf Badanti', () => {
  let irinaPage: Page
  let irinaCode = ''
  let requestReference = ''

  it('Irina signs up, sends her application and books her interview at a desk', async () => {
    irinaPage = await browser({ width: 360, height: 740 })
    const page = irinaPage
    await page.goto('/registrati')
    await signUpAndConfirm(page, mailbox, irina, IRINA_PASSWORD)
    await signInSite(page, irina.email, IRINA_PASSWORD)
    await page.goto('/area-personale/candidatura-lavoro')
    await expectAccessible(page)

    // Sending an empty application names what is missing, and writes nothing.
    await page.getByRole('button', { name: 'Invia la candidatura' }).click()
    await expect(page.locator('.alert-danger').innerText()).resolves.toContain('Serve per inviare')
    expect(await applicationStatus()).toBeUndefined()
    await expectAccessible(page)

    await tick(page, '#work-jobs', 'Badante (assistente familiare)')
    await tick(page, '#work-arrangements', 'Convivente')
    for (const task of ['Igiene e cura della persona', 'Preparazione dei pasti', 'Promemoria dei farmaci', 'Compagnia e passeggiate'])
      await tick(page, '#work-tasks', task)
    for (const district of ['Municipio 8', 'Municipio 9']) await tick(page, '#work-districts', district)
    // Below the contract's minimum for a badante: refused with the minimum.
    await page.getByLabel('Paga oraria che chiedi (euro)').fill('4,50')
    for (const [index, language, level] of [
      [0, 'Ucraino', 'Madrelingua'],
      [1, 'Russo', 'C2 – padronanza'],
      [2, 'Italiano', 'B1 – intermedio'],
    ] as const) {
      await page.getByLabel(new RegExp(`^Lingua ${index + 1}\\b`)).selectOption({ label: language })
      await page.getByLabel(`Livello della lingua ${index + 1}`).selectOption({ label: level })
    }
    await page.getByLabel('Anziani non autosufficienti').fill('10')
    await page.getByLabel(/^Zona in cui abiti/).selectOption({ label: 'Municipio 9' })
    await page.getByLabel(/^Indirizzo di casa/).fill('Via Padova 120')
    await page.getByRole('button', { name: 'Invia la candidatura' }).click()
    await expect(page.locator('#work-expectedPay-error').innerText()).resolves.toMatch(
      /sotto il minimo .*\(livello CS\): nel 2026 sono [\d,]+ € l’ora/,
    )
    await expectAccessible(page)
    await page.getByLabel('Paga oraria che chiedi (euro)').fill('9,50')
    await page.getByRole('button', { name: 'Invia la candidatura' }).click()
    await page.getByText('Candidatura inviata a WeMi.').waitFor()
    expect(await applicationStatus()).toBe('submitted')
    await shoot(page, 'application-sent-phone')
    await expectAccessible(page)

    // The interview: a desk that helps with care work, the first free time, the topic.
    const [desk] = await site.sql<{ name: string }>(
      `SELECT d.name FROM desks d JOIN desks_topics t ON t.parent_id = d.id WHERE t.value = 'care-work' AND d.active ORDER BY d.name LIMIT 1`,
    )
    await page.getByRole('link', { name: 'Prenota il colloquio' }).click()
    await page.locator('#booking-desk .form-check-label', { hasText: desk!.name }).first().click()
    await page.getByRole('button', { name: 'Avanti' }).click()
    await page.locator('#booking-slot .form-check-label').first().click()
    await page.getByRole('button', { name: 'Avanti' }).click()
    await page.getByText('Tate, colf e badanti').click()
    await page.getByRole('button', { name: 'Avanti' }).click()
    await page.getByRole('button', { name: 'Conferma la prenotazione' }).click()
    await page.getByText(/^Prenotazione confermata\./).waitFor()
    expect(await applicationStatus()).toBe('interview-booked')
  })

  it('WeMi’s care-work staff judge her suitable in the admin', async () => {
    const page = await browser()
    await page.goto('/admin/login')
    await page.locator('#field-email').fill(elena.email)
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: /Accedi|Login/ }).click()
    await page.waitForURL('**/admin')
    await page.goto('/admin/collections/worker-applications')
    await page.getByRole('link', { name: 'Irina Kovalenko' }).click()
    await page.locator('#field-status').click()
    await page.getByRole('option', { name: 'Idonea', exact: true }).click()
    await page.getByRole('button', { name: 'Salva' }).click()
    await expect
      .poll(applicationStatus, { timeout: 15_000 })
      .toBe('suitable')
      .catch(async (error) => {
        await shoot(page, 'admin-application-failed')
        throw new Error(`${error}\n${await page.locator('body').innerText()}`)
      })
    irinaCode = (
      await site.sql<{ reference: string }>(
        'SELECT a.reference FROM worker_applications a JOIN citizens c ON c.id = a.citizen_id WHERE c.email = $1',
        [irina.email],
      )
    )[0]!.reference
    await shoot(page, 'admin-application')
  })

  it('Giulia asks for a live-in carer; staff rank the workers with their reasons and propose Irina with two others', async () => {
    const page = await browser({ width: 360, height: 740 })
    await signInSite(page, giulia.email, DEMO_PASSWORD)
    await page.goto('/area-personale/tate-colf-badanti')
    await expectAccessible(page)
    await page.getByRole('link', { name: 'Nuova richiesta' }).click()
    await expectAccessible(page)
    await tick(page, '#care-job', 'Badante (assistente familiare)')
    await tick(page, '#care-arrangement', 'Convivente')
    await page.getByLabel('Per chi').selectOption({ label: 'Anziani non autosufficienti' })
    await page.getByLabel(/^Che cosa deve sapere WeMi/).fill('Mia madre, 82 anni, Parkinson: ha bisogno di aiuto per alzarsi.')
    await page.getByLabel('Zona di casa').selectOption({ label: 'Municipio 9' })
    await page.getByLabel('Da quando').fill(daysFromToday(30, CITY_TIME_ZONE))
    await page.getByLabel('Paga oraria massima (euro)').fill('10')
    for (const task of ['Igiene e cura della persona', 'Promemoria dei farmaci']) await tick(page, '#care-tasks', task)
    await page.getByLabel(/^Lingua 1\b/).selectOption({ label: 'Italiano' })
    await page.getByLabel('Livello della lingua 1').selectOption({ label: 'B1 – intermedio' })
    await page.getByRole('button', { name: 'Invia la richiesta' }).click()
    await page.waitForURL(/tate-colf-badanti\/TCB-/)
    requestReference = page.url().split('/').at(-1)!
    const sent = await page.locator('main').innerText()
    expect(sent).toContain('Stato: Inviata')
    expect(sent).toMatch(/Al minimo del contratto nazionale \(livello CS\)/)
    await shoot(page, 'request-sent-phone')
    await expectAccessible(page)

    const admin = await browser()
    await admin.goto('/admin/login')
    await admin.locator('#field-email').fill(elena.email)
    await admin.locator('#field-password').fill(DEMO_PASSWORD)
    await admin.getByRole('button', { name: /Accedi|Login/ }).click()
    await admin.waitForURL('**/admin')
    await admin.goto('/admin/collections/care-requests')
    await admin.getByRole('link', { name: requestReference }).click()
    const panel = admin.locator('section[aria-labelledby="care-matches-title"]')
    await panel
      .locator('table')
      .waitFor()
      .catch(async (error) => {
        await shoot(admin, 'admin-matches-failed')
        throw new Error(`${error}\n${await panel.innerText().catch(() => 'no panel')}\n${site.app.output().slice(-4000)}`)
      })
    const rows = panel.locator('tbody tr')
    expect(await rows.count()).toBeGreaterThanOrEqual(3)
    // Irina ranks first: 10 years with dependent elderly people, every language and task asked.
    await expect(rows.first().innerText()).resolves.toContain('Irina Kovalenko')
    await expect(rows.first().innerText()).resolves.toContain('Esperienza con anziani non autosufficienti: 10 anni (+30)')
    await shoot(admin, 'admin-matches')
    for (let index = 0; index < 3; index++) {
      const row = rows.nth(index)
      const name = (await row.locator('a').first().innerText()).trim()
      await row.getByRole('button', { name: `Proponi alla famiglia: ${name}` }).click()
      await panel.getByText(`${name} è stata proposta alla famiglia.`).waitFor()
    }
    const [{ proposals, status }] = (await site.sql<{ proposals: string; status: string }>(
      `SELECT count(p.id) AS proposals, r.status FROM care_requests r LEFT JOIN care_proposals p ON p.care_request_id = r.id
       WHERE r.reference = $1 GROUP BY r.status`,
      [requestReference],
    )) as [{ proposals: string; status: string }]
    expect([Number(proposals), status]).toEqual([3, 'in-progress'])
  })

  it('Giulia reads three anonymised CVs, chooses Irina, Irina accepts to meet, and the hire is recorded', async () => {
    const page = await browser()
    await signInSite(page, giulia.email, DEMO_PASSWORD)
    await page.goto(`/area-personale/tate-colf-badanti/${requestReference}`)
    await expectAccessible(page)
    const links = page.getByRole('link', { name: /Scarica il profilo anonimo/ })
    expect(await links.count()).toBe(3)
    // Downloaded as a person does, with the page's session: a PDF named by the anonymous code alone.
    for (const link of await links.all()) {
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
      expect(download.suggestedFilename()).toMatch(/^profilo-lav-[2-9a-z]{6}\.pdf$/)
      const text = (await extractText(new Uint8Array(readFileSync((await download.path())!)), { mergePages: true })).text
      expect(text).toContain('Profilo LAV-')
      for (const secret of [irina.firstName, irina.lastName, irina.email, 'Via Padova']) expect(text).not.toContain(secret)
    }
    await shoot(page, 'proposals')
    await page.getByRole('button', { name: `Voglio incontrare questa persona: ${irinaCode}`, exact: true }).click()
    await page.getByText('Abbiamo chiesto alla persona se accetta di incontrarvi.').waitFor()
    await expect(page.getByText(/^Contatti:/).count()).resolves.toBe(0)

    await irinaPage.goto('/area-personale/candidatura-lavoro')
    await expect(irinaPage.getByText(/Badante \(assistente familiare\), convivente, Municipio 9/).isVisible()).resolves.toBe(true)
    await expectAccessible(irinaPage)
    await irinaPage.getByRole('button', { name: 'Accetto di incontrare la famiglia' }).click()
    await irinaPage.getByText('Hai accettato l’incontro').waitFor()
    await shoot(irinaPage, 'worker-accepted-phone')

    await page.reload()
    await expect(page.getByText(/^Contatti: Irina Kovalenko/).isVisible()).resolves.toBe(true)
    await page.getByRole('button', { name: `Abbiamo assunto questa persona: ${irinaCode}`, exact: true }).click()
    await page.getByText('Assunzione registrata').waitFor()
    await expect(page.locator('main').innerText()).resolves.toContain('Stato: Chiusa: assunzione fatta')
    await expectAccessible(page)
    await shoot(page, 'hired')
    const [hire] = await site.sql<{ status: string }>(
      `SELECT p.status FROM care_proposals p JOIN care_requests r ON r.id = p.care_request_id WHERE r.reference = $1 AND p.candidate_code = $2`,
      [requestReference, irinaCode],
    )
    expect(hire!.status).toBe('hired')
  })

  it('the same pages in English pass axe too', async () => {
    const page = await browser({ width: 360, height: 740 })
    await signInSite(page, irina.email, IRINA_PASSWORD)
    await page.goto('/en/personal-area/work-application')
    await expect(page.getByRole('heading', { name: 'My work application' }).isVisible()).resolves.toBe(true)
    await expectAccessible(page)
    await shoot(page, 'application-en-phone')
    await page.goto('/en/personal-area/care-workers/new')
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Send the request' }).click()
    await expect(page.locator('.alert-danger').innerText()).resolves.toContain('Needed to submit')
    await expectAccessible(page)
    const family = await browser()
    await signInSite(family, giulia.email, DEMO_PASSWORD)
    await family.goto(`/en/personal-area/care-workers/${requestReference}`)
    await expect(family.locator('main').innerText()).resolves.toContain('Status: Closed: someone was hired')
    await expectAccessible(family)
    await family.goto('/en/personal-area/care-workers')
    await expectAccessible(family)
  })
})
