import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addMonths, daysFromToday } from '../../lib/dates'
import { dataDir } from '../../lib/paths'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { CITY_TIME_ZONE } from '../../seed/cities'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { signInSite, signUpAndConfirm } from '../helpers/sign-up'
import { accessibilityViolations, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * Journey 9 in Chromium against `npm start`: Karim, evicted with his two children after a fire,
 * applies for a temporary flat for three months with the operator of a Spazio WeMi, who acts for
 * him through an assistance he agreed to; the ente offers its two-room flat in the admin, and
 * Karim hears of it by e-mail; he accepts in his area, the ente records his move-in, and he asks
 * for a one-month extension before the stay ends. Every page of the site passes axe, in Italian
 * and English, on a phone and a desktop; screenshots are kept to look at.
 */
let mailbox: Mailbox
let site: SiteUnderTest
const contexts: BrowserContext[] = []
const SHOTS = path.join(dataDir, 'screenshots', 'housing')
const karim = { firstName: 'Karim', lastName: 'Benali', email: `karim.benali.${process.pid}@esempio.it` }
const KARIM_PASSWORD = 'Password-sicura-2026'
const operator = DEMO_ACCOUNTS.find((account) => account.role === 'operator')!
const paola = DEMO_ACCOUNTS.find((account) => account.role === 'ente-admin')!
const FLAT = 'Bilocale Tigli'
const PHONE = { width: 360, height: 740 }

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  mailbox = await startMailbox()
  site = await startSite('housing', mailbox.env)
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

const application = async () =>
  (
    await site.sql<{ id: string; status: string; filed_by_id: string | null; ends_on: string; extension_until: string | null }>(
      `SELECT a.id, a.status, a.filed_by_id, to_char(a.ends_on, 'YYYY-MM-DD') AS ends_on, to_char(a.extension_until, 'YYYY-MM-DD') AS extension_until
       FROM housing_applications a JOIN citizens c ON c.id = a.citizen_id WHERE c.email = $1`,
      [karim.email],
    )
  )[0]

/** Paola, the ente's administrator, opens Karim's application in the admin, where its actions are. */
const openInAdmin = async (page: Page) => {
  if (!page.url().includes('/admin/')) {
    await page.goto('/admin/login')
    await page.locator('#field-email').fill(paola.email)
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  }
  await page.goto(`/admin/collections/housing-applications/${(await application())!.id}`)
  await page.getByRole('heading', { name: 'Azioni sulla domanda' }).waitFor()
}

describe('journey 9: a family finds a temporary home', () => {
  const today = daysFromToday(0, CITY_TIME_ZONE)
  const endsOn = addMonths(today, 3)

  it('shows the catalogue of temporary housing in Italian and English', async () => {
    for (const [lang, address, viewport] of [
      ['it', '/alloggi-temporanei', PHONE],
      ['en', '/en/temporary-housing', { width: 1280, height: 900 }],
    ] as const) {
      const page = await browser(viewport)
      await page.goto(address)
      const flat = page.getByRole('article', { name: FLAT })
      await expect(flat.textContent()).resolves.toMatch(
        lang === 'it' ? /Bilocale.*Fino a 4 persone.*Senza barriere.*320,00/s : /Two-room flat.*Up to 4 people.*Step-free.*320\.00/s,
      )
      await expect(flat.textContent()).resolves.toContain(lang === 'it' ? 'Libero da oggi' : 'Free from today')
      await expectAccessible(page)
      await shoot(page, `catalogue-${lang}`)
    }
  })

  it('Karim applies with the operator of a Spazio WeMi, who acts for him', async () => {
    const own = await browser(PHONE)
    await own.goto('/registrati')
    await signUpAndConfirm(own, mailbox, karim, KARIM_PASSWORD)

    const page = await browser(PHONE)
    await page.goto('/admin/login')
    await page.locator('#field-email').fill(operator.email)
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    await page.goto('/sportello')
    await page.getByLabel('Codice fiscale o e-mail del cittadino').fill(karim.email)
    await page.getByRole('button', { name: 'Cerca' }).click()
    await page.getByLabel('Motivo dell’assistenza').fill('Domanda di alloggio temporaneo dopo l’incendio.')
    await page.getByText('Il cittadino è presente e acconsente').click()
    await page.getByRole('button', { name: 'Apri l’assistenza' }).click()
    await page.waitForURL('**/area-personale')

    await page.goto('/alloggi-temporanei')
    await page
      .getByRole('article', { name: FLAT })
      .getByRole('link', { name: /^Fai domanda a / })
      .click()
    await page.waitForURL('**/area-personale/alloggi-temporanei/nuova?ente=*')
    // Sent with nothing but the ente, every field says what it needs and nothing is filed.
    await page.getByLabel('Adulti').fill('')
    await page.getByRole('button', { name: 'Invia la domanda' }).click()
    await page.locator('[role="alert"] li').first().waitFor()
    expect((await page.locator('[role="alert"] li').allTextContents()).map((line) => line.trim())).toEqual([
      'Perché ti serve una casa ora: scegli un motivo.',
      'Adulti: scrivi un numero da 1 a 12.',
      'La situazione del nucleo: scrivi almeno 20 caratteri.',
      'Da quando: scrivi una data, per esempio 2026-12-31.',
      'Per quanti mesi: scrivi un numero da 1 a 24.',
    ])
    await expectAccessible(page)
    expect(await application()).toBeUndefined()

    await page.getByLabel('Perché ti serve una casa ora').selectOption({ label: 'Casa inagibile (incendio, crollo, allagamento)' })
    await page.getByLabel('Adulti').fill('1')
    await page.getByLabel('Minori').fill('2')
    await page
      .getByLabel('La situazione del nucleo')
      .fill(
        'Un incendio ha reso inagibile il nostro appartamento. Siamo io e i miei due figli di 7 e 10 anni, che vanno a scuola nel quartiere.',
      )
    await page.getByLabel('Da quando').fill(today)
    await page.getByLabel('Per quanti mesi').fill('3')
    await shoot(page, 'application-form-phone')
    await page.getByRole('button', { name: 'Invia la domanda' }).click()
    await page.getByText('Domanda inviata').waitFor()
    await expectAccessible(page)
    await shoot(page, 'application-filed-phone')

    const filed = (await application())!
    expect(filed.status).toBe('submitted')
    const [operatorRow] = await site.sql<{ id: string }>('SELECT id FROM users WHERE email = $1', [operator.email])
    expect(filed.filed_by_id).toBe(operatorRow!.id)
  })

  it('the ente offers its two-room flat; Karim accepts in his area, in English', async () => {
    const ente = await browser()
    await openInAdmin(ente)
    // The ente reads the household by name, with the way to reach it: it cannot open the resident's own record.
    expect(await ente.locator('#field-title').inputValue()).toBe('Karim Benali — Casa inagibile (incendio, crollo, allagamento)')
    expect(await ente.locator('#field-contacts').inputValue()).toBe(karim.email)
    const offer = ente.getByRole('form', { name: 'Proponi un alloggio' })
    await offer.getByLabel('Alloggio').selectOption({ label: `${FLAT} (4 posti, fino a 6 mesi)` })
    await offer.getByLabel('Ingresso').fill(today)
    await offer.getByLabel('Uscita').fill(endsOn)
    await shoot(ente, 'admin-offer')
    await offer.getByRole('button', { name: 'Proponi un alloggio' }).click()
    await ente.getByText('Proponi un alloggio: Fatto.').waitFor()
    await ente.getByRole('form', { name: 'Ritira la proposta' }).waitFor()
    expect((await application())!.status).toBe('offered')
    const mail = await mailbox.waitFor(karim.email, /^Ti è stato proposto un alloggio$/)
    expect(mail.text).toContain('«Bilocale Tigli»')

    const page = await browser()
    await signInSite(page, karim.email, KARIM_PASSWORD)
    // His area's first page says what waits for him, and until when.
    await shoot(page, 'dashboard-offer-desktop')
    await page.getByRole('link', { name: /^Rispondi alla proposta di alloggio entro (il |l’)\d+ \p{L}+ \d{4}\D+\d\d:\d\d$/u }).waitFor()
    await page.goto('/en/personal-area/temporary-housing')
    await expectAccessible(page)
    await page.getByRole('link', { name: /^Application to / }).click()
    await page.getByRole('heading', { name: 'The home offered' }).waitFor()
    await expect(page.locator('main').textContent()).resolves.toMatch(
      /Bilocale Tigli.*Via dei Tigli 12.*Monthly contribution: €320\.00.*Answer by/s,
    )
    await expectAccessible(page)
    await shoot(page, 'offer-en-desktop')
    await page.getByRole('button', { name: 'Accept the offer' }).click()
    await page.getByText('You accepted the offer').waitFor()
    await expectAccessible(page)
    expect((await application())!.status).toBe('accepted')
  })

  it('Karim moves in and asks for a one-month extension before the stay ends', async () => {
    const ente = await browser()
    await openInAdmin(ente)
    await ente.getByRole('button', { name: 'Registra l’ingresso' }).click()
    await ente.getByText('Registra l’ingresso: Fatto.').waitFor()
    expect((await application())!.status).toBe('staying')

    const page = await browser(PHONE)
    await signInSite(page, karim.email, KARIM_PASSWORD)
    await page.goto('/area-personale/alloggi-temporanei')
    await page.getByRole('link', { name: /^Domanda a / }).click()
    await page.getByRole('heading', { name: 'La permanenza' }).waitFor()
    await expectAccessible(page)

    // Past the flat's longest stay (six months), the ente could not grant it: refused, with the dates it allows.
    await page.getByLabel('Fino al').fill(addMonths(today, 7))
    await page.getByRole('button', { name: 'Chiedi una proroga' }).click()
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /La nuova data di uscita deve essere dopo il \d+ \p{L}+ \d{4} e non oltre il /u,
    )
    expect((await application())!.extension_until).toBeNull()
    await expectAccessible(page)

    const until = addMonths(today, 4)
    await page.getByLabel('Fino al').fill(until)
    await page.getByRole('button', { name: 'Chiedi una proroga' }).click()
    await page.getByText('Proroga chiesta').waitFor()
    await expectAccessible(page)
    await shoot(page, 'extension-asked-phone')
    expect(await application()).toMatchObject({ status: 'staying', ends_on: endsOn, extension_until: until })
    await mailbox.waitFor(paola.email, /^Richiesta di proroga di un alloggio$/)

    // The flat is no longer free today: the catalogue says from when it is.
    await page.goto('/alloggi-temporanei')
    await expect(page.getByRole('article', { name: FLAT }).textContent()).resolves.toMatch(/Libero dal \d+ \p{L}+ \d{4}/u)
  })

  it('shows another household nothing of Karim’s application, and lets it do nothing', async () => {
    const giulia = DEMO_ACCOUNTS.find((account) => account.role === 'citizen')!
    const before = (await application())!
    const page = await browser()
    await signInSite(page, giulia.email, DEMO_PASSWORD)
    const address = `/area-personale/alloggi-temporanei/${before.id}`
    expect((await page.goto(address))!.status()).toBe(404)
    await expect(page.locator('main').textContent()).resolves.not.toContain('incendio')
    const posted = await page.request.post(address, { form: { intent: 'withdraw' }, headers: { origin: site.app.url } })
    expect(posted.status()).toBe(404)
    expect(await application()).toEqual(before)
  })
})
