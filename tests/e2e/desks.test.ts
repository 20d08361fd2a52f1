import ICAL from 'ical.js'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CITY, CITY_TIME_ZONE } from '../../seed/cities'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { type Mail, type Mailbox, startMailbox } from '../helpers/mailbox'
import { accessibilityViolations, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * Booking an appointment at a desk (Spazio WeMi) in four steps, in Chromium against
 * `npm start` with the demo city (whose desks publish slots from their opening hours) and its
 * e-mail sent to a real SMTP server on loopback: from a service page, from a desk's page and
 * from the footer; the confirmation e-mail with its calendar file; moving and cancelling from
 * the e-mail's link; a signed-in resident's prefilled details and their area.
 */
let mailbox: Mailbox
let site: SiteUnderTest
beforeAll(async () => {
  mailbox = await startMailbox()
  site = await startSite('desks', mailbox.env)
})
afterAll(async () => {
  await site?.stop()
  await mailbox?.close()
})

/** The desk of the demo help-desk operator: the city's first. */
const operatorDesk = `Spazio WeMi ${CITY.desks[0]!.neighbourhood}`

const expectAccessible = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([])
const errorSummary = async (page: Page) => (await page.locator('[role="alert"] li').allTextContents()).map((line) => line.trim())
const currentStep = (page: Page) => page.locator('[aria-current="step"]').textContent()

const calendarOf = (mail: Mail) => {
  const file = mail.attachments.find((attachment) => attachment.contentType === 'text/calendar')
  expect(file?.filename).toMatch(/\.ics$/)
  const calendar = new ICAL.Component(ICAL.parse(file!.content))
  return { method: calendar.getFirstPropertyValue('method'), event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) }
}

const appointmentOf = async (email: string) => {
  const [row] = await site.sql<{
    id: string
    status: string
    slot: string
    booked: string
    starts_at: Date
    citizen_id: string | null
    reason: string | null
  }>(
    `SELECT a.id, a.status, a.slot_id AS slot, s.booked, s.starts_at, a.citizen_id, a.reason
       FROM appointments a JOIN desk_slots s ON s.id = a.slot_id WHERE a.email = $1`,
    [email],
  )
  return row!
}

describe('booking an appointment at a desk', () => {
  it('books from a service page in four steps, then moves and cancels it from the e-mail’s link', async () => {
    const { page, context } = await site.page()
    try {
      await page.goto('/servizi')
      await page.locator('main h3 a').first().click()
      await page.getByRole('link', { name: 'Prenota un appuntamento in uno Spazio WeMi' }).click()

      // Step 1: only the desks that help with this service; nothing chosen → a clear error.
      expect(await currentStep(page)).toContain('Spazio WeMi')
      await expect(page.getByText(/^Gli Spazi WeMi che aiutano con «.+»\.$/).isVisible()).resolves.toBe(true)
      await expectAccessible(page)
      await page.getByRole('button', { name: 'Avanti' }).click()
      expect(await errorSummary(page)).toEqual(['Scegli uno Spazio WeMi.'])
      await expectAccessible(page)
      const desk = (await page.locator('#booking-desk .form-check-label').first().innerText()).split('\n')[0]!.trim()
      await page.locator('#booking-desk .form-check-label').first().click()
      await page.getByRole('button', { name: 'Avanti' }).click()

      // Step 2: the desk's free times, a day at a time.
      expect(await currentStep(page)).toContain('Data e ora')
      await expectAccessible(page)
      await page.getByRole('button', { name: 'Avanti' }).click()
      expect(await errorSummary(page)).toEqual(['Scegli un giorno e un orario.'])
      const days = await page.locator('#booking-day option').allTextContents()
      expect(days.length).toBeGreaterThan(3)
      await page.getByLabel('Giorno').selectOption({ index: 1 })
      await page.getByRole('button', { name: 'Mostra gli orari' }).click()
      await expect(page.locator('#booking-slot legend').textContent()).resolves.toContain(days[1]!.trim())
      const time = (await page.locator('#booking-slot .form-check-label').nth(1).innerText()).split('\n')[0]!.trim()
      await page.locator('#booking-slot .form-check-label').nth(1).click()
      await page.getByRole('button', { name: 'Avanti' }).click()

      // Step 3: the topic (from what this desk helps with) and, optionally, why.
      expect(await currentStep(page)).toContain('Argomento')
      await expectAccessible(page)
      await page.getByText('Orientamento ai servizi').click()
      await page.getByLabel(/In breve, il motivo/).fill('Vorrei capire come chiedere un’assistente per mia madre.')
      await page.getByRole('button', { name: 'Avanti' }).click()

      // Step 4: a summary of the choices, then the contacts; a wrong e-mail is caught here.
      expect(await currentStep(page)).toContain('I tuoi dati')
      const summary = await page.locator('.wemi-summary').innerText()
      expect(summary).toContain(desk)
      expect(summary).toContain(time)
      expect(summary).toContain('Orientamento ai servizi')
      await page.getByLabel('Nome e cognome').fill('Giulia Marino')
      await page.getByLabel('E-mail').fill('giulia.marino@')
      await page.getByRole('button', { name: 'Conferma la prenotazione' }).click()
      expect(await errorSummary(page)).toEqual(['Controlla l’indirizzo e-mail, per esempio nome@esempio.it.'])
      await expectAccessible(page)
      const email = `giulia.${process.pid}@esempio.it`
      await page.getByLabel('E-mail').fill(email)
      await page.getByRole('button', { name: 'Conferma la prenotazione' }).click()

      await page.getByText(/^Prenotazione confermata\./).waitFor()
      expect(await page.locator('.wemi-summary').innerText()).toContain(time)
      await expectAccessible(page)
      const booked = await appointmentOf(email)
      expect(booked).toMatchObject({
        status: 'booked',
        booked: '1',
        citizen_id: null,
        reason: 'Vorrei capire come chiedere un’assistente per mia madre.',
      })

      // The e-mail: the same time in a valid calendar file, and the link that manages it.
      const confirmation = await mailbox.waitFor(email, /^Appuntamento confermato/)
      const { method, event } = calendarOf(confirmation)
      expect(method).toBe('REQUEST')
      expect(event.startDate.toJSDate()).toEqual(booked.starts_at)
      const link = new URL(confirmation.links[0]!)
      expect(link.pathname).toBe('/prenota-appuntamento/gestisci')

      // A fresh browser (no cookie) follows the link and moves the appointment.
      const other = await site.page()
      try {
        await other.page.goto(`${link.pathname}${link.search}`)
        await other.page.getByRole('link', { name: 'Cambia data e ora' }).click()
        await expectAccessible(other.page)
        await other.page.locator('#appointment-slot .form-check-label').first().click()
        await other.page.getByRole('button', { name: 'Conferma il nuovo orario' }).click()
        await other.page.getByText(/^Fatto: il tuo appuntamento ha un nuovo orario/).waitFor()
        const moved = await appointmentOf(email)
        expect(moved.slot).not.toBe(booked.slot)
        expect((await site.sql<{ booked: string }>('SELECT booked FROM desk_slots WHERE id = $1', [booked.slot]))[0]!.booked).toBe('0')
        expect(calendarOf(await mailbox.waitFor(email, /^Appuntamento spostato/)).event.startDate.toJSDate()).toEqual(moved.starts_at)

        await other.page.getByRole('button', { name: 'Annulla l’appuntamento' }).click()
        await other.page.getByText(/^Appuntamento annullato\./).waitFor()
        await expectAccessible(other.page)
        expect(await appointmentOf(email)).toMatchObject({ status: 'cancelled', booked: '0' })
        expect(calendarOf(await mailbox.waitFor(email, /^Appuntamento annullato/)).method).toBe('CANCEL')
        // Nothing more can be changed, and nothing offers to.
        await expect(other.page.getByRole('button', { name: 'Annulla l’appuntamento' }).count()).resolves.toBe(0)

        // A key that is not ours opens nothing.
        const forged = await other.page.goto(`${link.pathname}?codice=${link.searchParams.get('codice')!.slice(0, -2)}xx`)
        expect(forged!.status()).toBe(404)
        await other.page.getByRole('heading', { name: 'Link non valido' }).waitFor()
      } finally {
        await other.context.close()
      }
    } finally {
      await context.close()
    }
  })

  it('starts at a desk’s page and in English, is reachable from the footer and the desks page, and refuses posts from another site', async () => {
    const { page, context } = await site.page()
    try {
      await page.goto('/')
      await page.locator('footer').getByRole('link', { name: 'Prenota un appuntamento' }).click()
      await page.waitForURL('**/prenota-appuntamento')
      await page.goto('/spazi-wemi')
      await page.getByRole('main').getByRole('link', { name: 'Prenota un appuntamento' }).click()
      await page.waitForURL('**/prenota-appuntamento')

      await page.goto('/en/desks')
      await page.locator('main h3 a, main h2 a').first().click()
      await page.getByRole('main').getByRole('link', { name: 'Book an appointment' }).click()
      // The desk is already chosen: straight to the times.
      expect(await currentStep(page)).toContain('Date and time')
      await expectAccessible(page)
      // By keyboard: the radio group is one tab stop, the next one is "Next".
      await page.locator('#booking-slot input[type="radio"]').first().focus()
      await page.keyboard.press('Space')
      await page.keyboard.press('Tab')
      await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Next')
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')])
      expect(await currentStep(page)).toContain('Topic')
      await page.getByRole('button', { name: 'Back' }).click()
      expect(await currentStep(page)).toContain('Date and time')
      expect(await page.locator('#booking-slot input:checked').count()).toBe(1)

      const response = await page.request.post('/prenota-appuntamento', {
        form: { step: '4', go: 'confirm', desk: 'x', slot: 'x', topic: 'orientation', name: 'X', email: 'x@esempio.it' },
        headers: { origin: 'https://attacker.example' },
      })
      expect(response.status()).toBe(403)
    } finally {
      await context.close()
    }
  })

  it('prefills a signed-in resident’s details and lists the booking in their area', async () => {
    const citizen = DEMO_ACCOUNTS.find((account) => account.role === 'citizen')!
    const { page, context } = await site.page()
    try {
      await page.goto('/accedi')
      await page.getByLabel('E-mail', { exact: true }).fill(citizen.email)
      await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD)
      await page.getByRole('button', { name: 'Accedi', exact: true }).click()
      await page.waitForURL('**/area-personale')

      await page.goto('/prenota-appuntamento')
      await page.locator('#booking-desk .form-check-label').first().click()
      await page.getByRole('button', { name: 'Avanti' }).click()
      await page.locator('#booking-slot .form-check-label').first().click()
      await page.getByRole('button', { name: 'Avanti' }).click()
      await page.locator('#booking-topic .form-check-label').first().click()
      await page.getByRole('button', { name: 'Avanti' }).click()
      await expect(page.getByLabel('E-mail').inputValue()).resolves.toBe(citizen.email)
      await expect(page.getByLabel('Nome e cognome').inputValue()).resolves.toBe(citizen.name)
      await page.getByRole('button', { name: 'Conferma la prenotazione' }).click()
      await page.getByText(/^Prenotazione confermata\./).waitFor()

      const [account] = await site.sql<{ id: string }>('SELECT id FROM citizens WHERE email = $1', [citizen.email])
      expect((await appointmentOf(citizen.email)).citizen_id).toBe(account!.id)

      await page.goto('/area-personale/appuntamenti')
      await expect(page.locator('table tbody tr').count()).resolves.toBe(1)
      await expect(page.locator('table tbody').innerText()).resolves.toContain('Prenotato')
      await expectAccessible(page)
    } finally {
      await context.close()
    }
  })

  it('shows the desk’s operator their day with who is coming, and only their desk', async () => {
    const operator = DEMO_ACCOUNTS.find((account) => account.role === 'operator')!
    const { page, context } = await site.page()
    try {
      // A resident books at the operator's desk.
      await page.goto(`/prenota-appuntamento?spazio=${operator.desk}`)
      await page.locator('#booking-slot .form-check-label').first().click()
      await page.getByRole('button', { name: 'Avanti' }).click()
      await page.locator('#booking-topic .form-check-label').first().click()
      await page.getByRole('button', { name: 'Avanti' }).click()
      const email = `sportello.${process.pid}@esempio.it`
      await page.getByLabel('Nome e cognome').fill('Ahmed Karim')
      await page.getByLabel('E-mail').fill(email)
      await page.getByLabel(/Telefono/).fill('333 765 4321')
      await page.getByRole('button', { name: 'Conferma la prenotazione' }).click()
      await page.getByText(/^Prenotazione confermata\./).waitFor()
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: CITY_TIME_ZONE }).format((await appointmentOf(email)).starts_at)

      await page.goto('/admin/login')
      await page.locator('#field-email').fill(operator.email)
      await page.locator('#field-password').fill(DEMO_PASSWORD)
      await page.locator('button[type="submit"]').click()
      await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
      await page.goto(`/admin/collections/appointments?giorno=${day}`)
      const dayView = page.locator('section[aria-labelledby="desk-day-title"]')
      await expect(dayView.getByRole('heading').innerText()).resolves.toMatch(
        new RegExp(`^(La giornata dello sportello|The desk’s day) — ${operatorDesk}, `),
      )
      const row = dayView.locator('tr', { hasText: 'Ahmed Karim' })
      await expect(row.innerText()).resolves.toContain('333 765 4321')
      await expect(row.innerText()).resolves.toMatch(/Prenotato|Booked/)
      // Another desk's bookings of that day are not there, and no other desk is offered.
      const others = await site.sql<{ name: string }>(
        `SELECT a.name FROM appointments a JOIN desks d ON d.id = a.desk_id WHERE d.slug <> $1`,
        [operator.desk],
      )
      expect(others.length).toBeGreaterThan(0)
      for (const { name } of others) await expect(dayView.getByText(name).count()).resolves.toBe(0)
      await expect(dayView.getByRole('navigation').count()).resolves.toBe(0)
    } finally {
      await context.close()
    }
  })
})

const signInToAdmin = async (page: Page, email: string) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
}

describe('help-desk operators acting for citizens', () => {
  const operator = DEMO_ACCOUNTS.find((account) => account.role === 'operator')!
  const citizen = DEMO_ACCOUNTS.find((account) => account.role === 'citizen')!

  it('keeps everyone but desk operators out of the desk console', async () => {
    const { page, context } = await site.page()
    try {
      expect((await page.goto('/sportello'))!.url()).toContain('/admin/login')
      await signInToAdmin(page, DEMO_ACCOUNTS.find((account) => account.role === 'ente-admin')!.email)
      expect((await page.goto('/sportello'))!.status()).toBe(403)
      await page.getByText('Questa pagina è riservata agli operatori degli Spazi WeMi.').waitFor()
      await expectAccessible(page)
      const posted = await page.request.post('/sportello', {
        form: { go: 'open', query: 'x@esempio.it', citizen: 'x', reason: 'Un motivo qualsiasi', agreed: 'yes' },
      })
      expect(posted.status()).toBe(403)
      expect((await page.goto('/sportello/nuovo-cittadino'))!.status()).toBe(403)
      expect(await site.sql('SELECT id FROM assistances')).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('finds a citizen, opens an assistance with a reason and consent, books for them, and the citizen sees it', async () => {
    const [demo] = await site.sql<{ fiscal_code: string; id: string }>('SELECT fiscal_code, id FROM citizens WHERE email = $1', [
      citizen.email,
    ])
    const { fiscal_code: fiscalCode, id: citizenId } = demo!
    const { page, context } = await site.page()
    try {
      await signInToAdmin(page, operator.email)
      await page.goto('/sportello')
      await expectAccessible(page)
      await page.getByLabel('Codice fiscale o e-mail del cittadino').fill(fiscalCode!)
      await page.getByRole('button', { name: 'Cerca' }).click()
      await page.getByRole('heading', { name: /^Trovato: G\. R\./ }).waitFor()
      // Nothing about the citizen shows before an assistance is open.
      expect(await page.getByText('Rossi').count()).toBe(0)
      await page.getByRole('button', { name: 'Apri l’assistenza' }).click()
      expect(await errorSummary(page)).toEqual([
        expect.stringMatching(/^Scrivi il motivo dell’assistenza/),
        expect.stringMatching(/^Serve il consenso del cittadino/),
      ])
      await expectAccessible(page)
      await page.getByLabel('Motivo dell’assistenza').fill('Prenotare un appuntamento per la domanda di sostegno.')
      await page.getByText('Il cittadino è presente e acconsente').click()
      await page.getByRole('button', { name: 'Apri l’assistenza' }).click()
      await page.waitForURL('**/area-personale')
      await page.getByText(`Stai agendo per conto di Giulia Rossi allo ${operatorDesk}`).waitFor()
      await expect(page.getByRole('button', { name: 'Esci' }).count()).resolves.toBe(0)
      await expectAccessible(page)

      // The operator books for the citizen: her details are filled in, the booking is hers.
      await page.goto(`/prenota-appuntamento?spazio=${operator.desk}`)
      await page.locator('#booking-slot .form-check-label').first().click()
      await page.getByRole('button', { name: 'Avanti' }).click()
      await page.locator('#booking-topic .form-check-label').first().click()
      await page.getByRole('button', { name: 'Avanti' }).click()
      await expect(page.getByLabel('E-mail').inputValue()).resolves.toBe(citizen.email)
      await page.getByRole('button', { name: 'Conferma la prenotazione' }).click()
      await page.getByText(/^Prenotazione confermata\./).waitFor()
      const [logged] = await site.sql<{ actor: string; on_behalf_of_id: string; assistance_id: string }>(
        `SELECT r.users_id AS actor, l.on_behalf_of_id, l.assistance_id FROM audit_log l JOIN audit_log_rels r ON r.parent_id = l.id AND r.path = 'actor'
          WHERE l.collection = 'appointments' AND l.action = 'create' AND l.on_behalf_of_id = $1`,
        [citizenId],
      )
      const [staff] = await site.sql<{ id: string }>('SELECT id FROM users WHERE email = $1', [operator.email])
      expect(logged).toMatchObject({ actor: staff!.id, on_behalf_of_id: citizenId, assistance_id: expect.any(String) })

      // Closing ends it: the area no longer opens for the operator.
      await page.getByRole('button', { name: 'Chiudi l’assistenza' }).first().click()
      await page.getByText('Assistenza chiusa.').waitFor()
      await page.goto('/area-personale')
      await page.waitForURL(/\/accedi\?next=/)
    } finally {
      await context.close()
    }

    // The citizen sees who helped, why, and what was done.
    const own = await site.page()
    try {
      await own.page.goto('/accedi')
      await own.page.getByLabel('E-mail', { exact: true }).fill(citizen.email)
      await own.page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD)
      await own.page.getByRole('button', { name: 'Accedi', exact: true }).click()
      await own.page.waitForURL('**/area-personale')
      await own.page.getByRole('link', { name: 'Aiuto allo sportello' }).click()
      const record = await own.page.locator('main section[aria-labelledby^="visit-"]').first().innerText()
      expect(record).toContain(operatorDesk)
      expect(record).toContain('Con Luca Ferri. Motivo: Prenotare un appuntamento per la domanda di sostegno.')
      expect(record).toContain(`Luca Ferri, ${operatorDesk}, ha prenotato un appuntamento per te.`)
      await expectAccessible(own.page)
    } finally {
      await own.context.close()
    }
  })

  it('registers a new citizen at the desk with recorded consents, and goes on helping them', async () => {
    const { page, context } = await site.page()
    const email = `nuovo.${process.pid}@esempio.it`
    try {
      await signInToAdmin(page, operator.email)
      await page.goto('/sportello/nuovo-cittadino')
      await expectAccessible(page)
      await page.getByLabel('Nome', { exact: true }).fill('Laura')
      await page.getByLabel('Cognome', { exact: true }).fill('Bianchi')
      await page.getByRole('textbox', { name: 'Codice fiscale' }).fill('BNCLRA85M41F205C')
      await page.getByRole('textbox', { name: /^E-mail/ }).fill(email)
      await page.getByRole('button', { name: 'Registra un nuovo cittadino' }).click()
      expect(await errorSummary(page)).toEqual([
        'Indica quale documento hai visto.',
        'Serve il consenso del cittadino all’informativa sulla privacy.',
        'Serve il consenso del cittadino all’assistenza dello sportello.',
      ])
      await expectAccessible(page)
      await page.getByLabel('Documento visto per il codice fiscale').selectOption('identity-card')
      await page.getByText('Il cittadino ha letto l’informativa sulla privacy e acconsente').click()
      await page.getByText('Il cittadino è presente e acconsente').click()
      await page.getByRole('button', { name: 'Registra un nuovo cittadino' }).click()
      await page.waitForURL('**/area-personale')
      await page.getByText(`Stai agendo per conto di Laura Bianchi allo ${operatorDesk}`).waitFor()

      const consents = await site.sql<{ purpose: string; version: string; recorded: string; desk: string }>(
        `SELECT c.purpose, c.version, u.email AS recorded, d.slug AS desk FROM consents c JOIN citizens z ON z.id = c.citizen_id
           JOIN users u ON u.id = c.recorded_by_id JOIN desks d ON d.id = c.desk_id WHERE z.email = $1 ORDER BY c.purpose::text`,
        [email],
      )
      expect(consents).toEqual([
        { purpose: 'desk-assistance', version: expect.any(String), recorded: operator.email, desk: operator.desk },
        { purpose: 'privacy', version: expect.any(String), recorded: operator.email, desk: operator.desk },
      ])
      // The code is confirmed by the document the operator saw, and the audit log names the operator.
      expect(
        await site.sql(
          'SELECT fiscal_code, confirmed_fiscal_code, fiscal_code_confirmed_by, fiscal_code_document FROM citizens WHERE email = $1',
          [email],
        ),
      ).toEqual([
        {
          fiscal_code: 'BNCLRA85M41F205C',
          confirmed_fiscal_code: 'BNCLRA85M41F205C',
          fiscal_code_confirmed_by: 'desk',
          fiscal_code_document: 'identity-card',
        },
      ])
      const audited = await site.sql<{ actor: string }>(
        `SELECT u.email AS actor FROM audit_log a JOIN audit_log_rels r ON r.parent_id = a.id AND r.path = 'actor' JOIN users u ON u.id = r.users_id
           WHERE a.collection = 'citizens' AND a.action = 'create' AND a.document_id = (SELECT id::text FROM citizens WHERE email = $1)`,
        [email],
      )
      expect(audited).toEqual([{ actor: operator.email }])
      // The resident confirms the address from the e-mail and chooses a password from there.
      await mailbox.waitFor(email)
      await page.getByRole('button', { name: 'Chiudi l’assistenza' }).first().click()
    } finally {
      await context.close()
    }
  })
})
