import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Language } from '../../lib/i18n'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { accessibilityViolations, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * Citizen accounts on the site, in Chromium against `npm start` with its e-mail sent to a real
 * SMTP server on loopback: sign-up with server-side checks, the confirmation link read from the
 * captured e-mail, sign-in, the profile, sign-out and a forgotten password — in both languages,
 * with zero WCAG 2.1 AA violations on every page and without JavaScript.
 */
let mailbox: Mailbox
let site: SiteUnderTest
beforeAll(async () => {
  mailbox = await startMailbox()
  site = await startSite('accounts', mailbox.env)
})
afterAll(async () => {
  await site?.stop()
  await mailbox?.close()
})

const PASSWORD = 'Password-sicura-2026'
let counter = 0
const newEmail = () => `famiglia.${process.pid}.${++counter}@esempio.it`

const expectAccessible = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([])

/** The error summary's lines, in order. */
const errorSummary = async (page: Page) => (await page.locator('[role="alert"] li').allTextContents()).map((line) => line.trim())

const signUp = async (page: Page, { lang, email, password = PASSWORD }: { lang: Language; email: string; password?: string }) => {
  const it = lang === 'it'
  await page.goto(it ? '/registrati' : '/en/sign-up')
  await page.getByLabel(it ? 'Nome' : 'First name', { exact: true }).fill('Chiara')
  await page.getByLabel(it ? 'Cognome' : 'Last name', { exact: true }).fill('Esposito')
  await page.getByLabel('E-mail', { exact: true }).fill(email)
  await page
    .getByLabel(/^Password/)
    .first()
    .fill(password)
  await page.getByLabel(it ? 'Ripeti la password' : 'Repeat the password').fill(password)
  // Bootstrap Italia draws the box on the label, which is what a person clicks.
  await page.getByText(it ? 'Ho letto l’informativa sulla privacy' : 'I have read WeMi’s privacy notice').click()
  await page.getByRole('button', { name: it ? 'Crea l’account' : 'Create the account' }).click()
}

const signIn = async (page: Page, email: string, password = PASSWORD) => {
  await page.getByLabel('E-mail', { exact: true }).fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: /^(Accedi|Sign in)$/ }).click()
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('a resident’s account %s', (_, javaScriptEnabled) => {
  it('signs up, confirms the address from the e-mail, signs in, fills in the profile and signs out', async () => {
    const { page, context } = await site.page({ javaScriptEnabled })
    // axe runs in the page, so it checks the pages in the run with JavaScript.
    const expectAccessible = async (page: Page) => {
      if (javaScriptEnabled) expect(await accessibilityViolations(page)).toEqual([])
    }
    try {
      await page.goto('/area-personale')
      await page.waitForURL(/\/accedi\?next=%2Farea-personale/)
      await page.getByRole('link', { name: 'Crea un account' }).click()

      // Nothing filled in: every problem at once, each linking to its field.
      await page.getByRole('button', { name: 'Crea l’account' }).click()
      expect(await errorSummary(page)).toEqual([
        'Compila questo campo.',
        'Compila questo campo.',
        'Controlla l’indirizzo e-mail, per esempio nome@esempio.it.',
        'La password deve avere almeno 10 caratteri.',
        'Per creare l’account conferma di aver letto l’informativa.',
      ])
      expect(await page.locator('#signup-email').getAttribute('aria-invalid')).toBe('true')
      await expectAccessible(page)

      const email = newEmail()
      await signUp(page, { lang: 'it', email })
      expect(await page.locator('h1').textContent()).toBe('Controlla la tua e-mail')
      expect(await page.locator('[role="status"]').textContent()).toContain(email)
      await expectAccessible(page)

      // Not confirmed yet: signing in is refused with the reason.
      await page.goto('/accedi')
      await signIn(page, email)
      expect(await page.locator('[role="alert"]').textContent()).toContain('Prima conferma l’indirizzo e-mail')

      const mail = await mailbox.waitFor(email, /Conferma il tuo indirizzo/)
      expect(mail.language).toBe('it')
      expect(mail.html).toContain('Ciao Chiara')
      const link = mail.links.find((href) => href.includes('/verifica-email?token='))!
      expect(new URL(link).origin).toBe(site.app.url.replace('localhost', new URL(link).hostname))
      await page.goto(new URL(link).pathname + new URL(link).search)
      expect(await page.locator('[role="status"]').textContent()).toContain('Indirizzo confermato')
      await expectAccessible(page)
      // The link works once.
      await page.goto(new URL(link).pathname + new URL(link).search)
      expect(await page.locator('[role="alert"]').textContent()).toContain('non è valido')

      await page.getByRole('link', { name: 'Accedi' }).last().click()
      await signIn(page, email, 'password-sbagliata')
      expect(await page.locator('[role="alert"]').textContent()).toContain('E-mail o password non corrette.')
      await signIn(page, email)
      await page.waitForURL(/\/area-personale$/)
      expect(await page.locator('h1').textContent()).toBe('Ciao Chiara')
      await expectAccessible(page)

      await page.getByRole('link', { name: 'Il mio profilo' }).first().click()
      await page.getByLabel('Codice fiscale').fill('RSSMRA80A01F205Y')
      await page.getByLabel(/^CAP/).fill('2013')
      await page.getByRole('button', { name: 'Salva il profilo' }).click()
      expect(await errorSummary(page)).toEqual(['Il codice fiscale non è valido: controlla le 16 lettere e cifre.', 'Il CAP ha 5 cifre.'])
      await expectAccessible(page)

      const fiscalCode = javaScriptEnabled ? 'VRDGPP80A01F205X' : 'BNCGNN75C45F205U'
      await page.getByLabel('Codice fiscale').fill(fiscalCode.toLowerCase())
      await page.getByLabel(/^CAP/).fill('20131')
      await page.getByLabel(/^Telefono/).fill('+39 333 765 4321')
      await page.getByLabel(/^Municipio/).selectOption({ label: 'Municipio 3' })
      const newPerson = page.getByRole('group', { name: 'Aggiungi una persona' })
      await newPerson.getByLabel(/^Nome/).fill('Giovanni')
      await newPerson.getByLabel('Relazione').selectOption('parent')
      await newPerson.getByLabel(/^Anno di nascita/).fill('1938')
      await page.getByRole('button', { name: 'Salva il profilo' }).click()
      expect(await page.locator('[role="status"]').textContent()).toContain('Profilo salvato.')
      expect(await page.getByLabel('Codice fiscale').inputValue()).toBe(fiscalCode)
      const savedPerson = page.getByRole('group', { name: 'Persona 1' })
      expect(await savedPerson.getByLabel(/^Nome/).inputValue()).toBe('Giovanni')
      expect(await savedPerson.getByLabel(/^Anno di nascita/).inputValue()).toBe('1938')
      const [stored] = await site.sql<{ fiscal_code: string; phone: string }>('SELECT fiscal_code, phone FROM citizens WHERE email = $1', [
        email,
      ])
      expect(stored).toEqual({ fiscal_code: fiscalCode, phone: '+39 333 765 4321' })

      await page.getByRole('button', { name: 'Esci' }).click()
      await page.waitForURL(/\/accedi\?out=1/)
      expect(await page.locator('[role="status"]').textContent()).toContain('Sei uscito/a')
      await page.goto('/area-personale/profilo')
      await page.waitForURL(/\/accedi\?next=/)
    } finally {
      await context.close()
    }
  })
})

describe('accounts in English', () => {
  it('signs up in English and receives the e-mail in English; a second sign-up with the address looks the same and tells the owner', async () => {
    const { page, context } = await site.page()
    try {
      const email = newEmail()
      await signUp(page, { lang: 'en', email })
      expect(await page.locator('h1').textContent()).toBe('Check your e-mail')
      const mail = await mailbox.waitFor(email, /Confirm your e-mail address/)
      expect(mail.language).toBe('en')
      const link = new URL(mail.links.find((href) => href.includes('/en/verify-email?token='))!)
      await page.goto(link.pathname + link.search)
      expect(await page.locator('[role="status"]').textContent()).toContain('Address confirmed')

      await signUp(page, { lang: 'en', email })
      expect(await page.locator('h1').textContent()).toBe('Check your e-mail')
      expect((await mailbox.waitFor(email, /You already have a WeMi account/)).language).toBe('en')
      await expectAccessible(page)
      expect(await site.sql('SELECT id FROM citizens WHERE email = $1', [email])).toHaveLength(1)
    } finally {
      await context.close()
    }
  })

  it('resets a forgotten password from the e-mailed link and is signed in', async () => {
    const { page, context } = await site.page()
    try {
      const email = newEmail()
      await signUp(page, { lang: 'en', email })
      const confirm = new URL((await mailbox.waitFor(email, /Confirm/)).links.find((href) => href.includes('verify-email'))!)
      await page.goto(confirm.pathname + confirm.search)

      await page.goto('/en/sign-in')
      await page.getByRole('link', { name: 'Forgotten your password?' }).click()
      await expectAccessible(page)
      await page.getByLabel('E-mail', { exact: true }).fill(email)
      await page.getByRole('button', { name: 'Send the link' }).click()
      expect(await page.locator('[role="status"]').textContent()).toContain('If an account with this address exists')
      const mail = await mailbox.waitFor(email, /Reset your WeMi password/)
      const link = new URL(mail.links.find((href) => href.includes('/en/reset-password?token='))!)

      await page.goto(link.pathname + link.search)
      await expectAccessible(page)
      await page
        .getByLabel(/^Password/)
        .first()
        .fill('short')
      await page.getByLabel('Repeat the password').fill('short')
      await page.getByRole('button', { name: 'Save the password and sign in' }).click()
      expect(await errorSummary(page)).toEqual(['The password must have at least 10 characters.'])
      await page
        .getByLabel(/^Password/)
        .first()
        .fill('Nuova-password-2026')
      await page.getByLabel('Repeat the password').fill('Nuova-password-2026')
      await page.getByRole('button', { name: 'Save the password and sign in' }).click()
      await page.waitForURL(/\/en\/personal-area$/)
      expect(await page.locator('h1').textContent()).toBe('Hello Chiara')

      await page.getByRole('button', { name: 'Sign out' }).click()
      await signIn(page, email, 'Nuova-password-2026')
      await page.waitForURL(/\/en\/personal-area$/)
    } finally {
      await context.close()
    }
  })

  it('asking a reset for an unknown address answers the same and sends nothing', async () => {
    const { page, context } = await site.page()
    try {
      const before = mailbox.messages.length
      await page.goto('/en/forgot-password')
      await page.getByLabel('E-mail', { exact: true }).fill('nessuno@esempio.it')
      await page.getByRole('button', { name: 'Send the link' }).click()
      expect(await page.locator('[role="status"]').textContent()).toContain('If an account with this address exists')
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(mailbox.messages.length).toBe(before)
    } finally {
      await context.close()
    }
  })

  it('limits password resets for one account, with a message saying how long to wait', async () => {
    const ask = () =>
      fetch(`${site.app.url}/password-dimenticata`, {
        method: 'POST',
        redirect: 'manual',
        headers: { origin: site.app.url, 'content-type': 'application/x-www-form-urlencoded' },
        body: `email=${encodeURIComponent('troppe.richieste@esempio.it')}`,
      })
    for (let index = 0; index < 3; index++) expect((await ask()).status).toBe(303)
    const refused = await ask()
    expect(refused.status).toBe(429)
    expect(await refused.text()).toContain('Troppi tentativi in poco tempo: per sicurezza riprova tra 60 minuti.')
  })

  it.each([
    ['/accedi', 'email=giulia%40esempio.it&password=x'],
    [
      '/registrati',
      'firstName=A&lastName=B&email=a%40esempio.it&password=Password-sicura-2026&passwordConfirm=Password-sicura-2026&privacy=yes',
    ],
    ['/password-dimenticata', 'email=giulia%40esempio.it'],
    ['/segnala-un-bisogno', 'description=Serve+aiuto+per+la+spesa'],
  ])('refuses %s posted from another site, told by Origin or by fetch metadata', async (page, body) => {
    const senders: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ]
    for (const headers of senders) {
      const response = await fetch(`${site.app.url}${page}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      })
      expect(response.status, JSON.stringify(headers)).toBe(403)
      expect(response.headers.get('set-cookie')).toBeNull()
    }
  })
})
