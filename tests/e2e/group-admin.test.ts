import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { daysFromToday } from '../../lib/dates'
import { CITY_TIME_ZONE } from '../../seed/cities'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { type DemoGroup, joinDemoGroup, openDemoGroup } from '../helpers/demo-group'
import { accessibilityViolations, type SiteUnderTest, startSite } from '../helpers/site'

/**
 * A shared group on the staff's side, in Chromium: the demo ente finds the group waiting for
 * it on its dashboard, reads it in the admin and confirms it with the service's dates (a wrong
 * period is refused in words, changing nothing), and the sidebar shows the new state at once;
 * WeMi reads the group's history in plain words. The panel passes axe at each step.
 */
let site: SiteUnderTest
let group: DemoGroup
let neighbour: { firstName: string; lastName: string }

beforeAll(async () => {
  site = await startSite('group-admin')
  group = await openDemoGroup(site)
  neighbour = await joinDemoGroup(site, group)
})
afterAll(async () => {
  await site?.stop()
})

const day = (days: number) => daysFromToday(days, CITY_TIME_ZONE)
const account = (role: string) => DEMO_ACCOUNTS.find((candidate) => candidate.role === role)!

/** The group's panel passes axe (the admin's own fields around it are Payload's). */
const PANEL = 'section[aria-labelledby="group-panel-title"]'
const expectAccessible = async (page: Page) => expect(await accessibilityViolations(page, PANEL), page.url()).toEqual([])

/** A staff member's browser, signed in to the admin in Italian. */
const signedIn = async (role: string): Promise<{ page: Page; context: BrowserContext }> => {
  const context = await site.browser.newContext({ baseURL: site.app.url, locale: 'it-IT', viewport: { width: 1280, height: 900 } })
  await context.addCookies([{ name: 'payload-lng', value: 'it', url: site.app.url }])
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(account(role).email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 30_000 })
  return { page, context }
}

const statusOf = async () => (await site.sql<{ status: string }>('SELECT status FROM groups WHERE id = $1', [group.id]))[0]!.status

describe('a shared group in the admin', () => {
  it('is confirmed by its ente from the panel with the service’s dates, and the sidebar shows it at once', async () => {
    const { page, context } = await signedIn('ente-admin')
    try {
      // The dashboard counts it next to the requests and leads to it.
      const tile = page.locator('#today-queues-title + ul a', { hasText: 'Gruppi da confermare' })
      await expect(tile.locator('span').first().textContent()).resolves.toBe('1')
      await tile.click()
      await page.waitForURL(/\/admin\/collections\/groups\?/)
      await page.locator('table tbody tr a', { hasText: group.title }).first().click()
      await page.waitForURL(new RegExp(`/admin/collections/groups/${group.id}`))

      const panel = page.locator(PANEL)
      await panel.getByRole('heading', { name: `Gruppo ${group.reference}` }).waitFor()
      const sidebar = page.locator('.document-fields__sidebar')
      await sidebar.getByText('In attesa della conferma dell’ente', { exact: true }).waitFor()
      await panel.getByText(/Il gruppo ha il numero minimo di famiglie/).waitFor()
      // Before confirming, the ente knows the families as the members know each other.
      await panel.getByRole('cell', { name: 'Giulia R.' }).waitFor()
      await panel.getByRole('cell', { name: `${neighbour.firstName} ${neighbour.lastName[0]}.` }).waitFor()
      await expectAccessible(page)

      const confirm = page.getByRole('form', { name: 'Conferma il gruppo' })
      await expect(confirm.getByRole('heading').textContent()).resolves.toBe('Conferma il gruppo')
      await expect(page.getByRole('form', { name: 'Rifiuta il gruppo' }).count()).resolves.toBe(1)
      await expect(page.getByRole('form', { name: 'Scrivi al gruppo' }).count()).resolves.toBe(1)
      // WeMi's closing is not the ente's.
      await expect(page.getByRole('form', { name: 'Chiudi il gruppo' }).count()).resolves.toBe(0)

      // A service that ends before it starts is refused in words, and nothing changes.
      await confirm.getByLabel('Inizio del servizio').fill(day(20))
      await confirm.getByLabel('Fine del servizio').fill(day(15))
      await confirm.getByRole('button', { name: 'Conferma il gruppo' }).click()
      await confirm.getByRole('alert').first().waitFor()
      expect(await confirm.getByRole('alert').allTextContents()).not.toEqual([])
      expect(await statusOf()).toBe('awaiting-ente')
      await expectAccessible(page)

      await confirm.getByLabel('Fine del servizio').fill(day(50))
      // The quantity each family pays for is asked in the unit of the service's price.
      await confirm.getByRole('button', { name: 'Conferma il gruppo' }).click()
      await confirm.getByText('Indica un numero intero da 1 a 2000.').first().waitFor()
      expect(await statusOf()).toBe('awaiting-ente')
      await confirm.getByLabel('Quantità per famiglia nel periodo (ore)').fill('12')
      await confirm.getByRole('button', { name: 'Conferma il gruppo' }).click()
      await page.getByText('Conferma il gruppo: Fatto.').waitFor()
      await sidebar.getByText('Confermato: ogni famiglia paga la sua quota', { exact: true }).waitFor({ timeout: 10_000 })
      await expect(sidebar.getByText('In attesa della conferma dell’ente', { exact: true }).count()).resolves.toBe(0)
      expect(await statusOf()).toBe('confirmed')
      // Once confirmed, the ente knows each family by name, as in the request it pays through.
      await panel.getByText('Giulia Rossi').first().waitFor()
      await panel.getByText(`${neighbour.firstName} ${neighbour.lastName}`).first().waitFor()
      await panel.getByText('12 ore', { exact: true }).waitFor()
      await panel.getByRole('columnheader', { name: 'Quota per il periodo' }).waitFor()
      await expect(page.getByRole('form', { name: 'Conferma il gruppo' }).count()).resolves.toBe(0)
      const threads = await site.sql<{ status: string }>('SELECT status FROM threads WHERE group_id = $1', [group.id])
      expect(threads.map((thread) => thread.status)).toEqual(['accepted', 'accepted'])
      await expectAccessible(page)
    } finally {
      await context.close()
    }
  })

  it('lets WeMi write to the families, take one out and close the group, and the ente decline another, each with its reason', async () => {
    const second = await openDemoGroup(site)
    const joiner = await joinDemoGroup(site, second, 'seconda.famiglia@wemi.example')
    const third = await openDemoGroup(site)
    await joinDemoGroup(site, third, 'terza.famiglia@wemi.example')
    const status = async (id: string) => (await site.sql<{ status: string }>('SELECT status FROM groups WHERE id = $1', [id]))[0]!.status
    const wemi = await signedIn('admin')
    try {
      const { page } = wemi
      await page.goto(`/admin/collections/groups/${second.id}`)
      const panel = page.locator(PANEL)
      await panel.getByRole('heading', { name: `Gruppo ${second.reference}` }).waitFor()

      const write = page.getByRole('form', { name: 'Scrivi al gruppo' })
      await write.getByLabel('Messaggio').fill('Buongiorno, vi scriviamo da WeMi per il vostro gruppo.')
      await write.getByRole('button', { name: 'Invia' }).click()
      await panel.getByText('Buongiorno, vi scriviamo da WeMi per il vostro gruppo.').waitFor()

      const remove = page.getByRole('form', { name: 'Togli una famiglia dal gruppo' })
      await remove.getByLabel('Famiglia').selectOption({ label: `${joiner.firstName} ${joiner.lastName}` })
      await remove.getByLabel('Motivo').fill('La famiglia abita fuori dal Municipio del gruppo.')
      await remove.getByRole('button', { name: 'Togli una famiglia dal gruppo' }).click()
      await page.getByText('Togli una famiglia dal gruppo: Fatto.').waitFor()
      await expect.poll(() => status(second.id)).toBe('open')
      await panel.getByRole('cell', { name: 'Tolta dal gruppo' }).waitFor()
      await expectAccessible(page)

      // A reason too short is refused at its field, and the group stays open.
      const close = page.getByRole('form', { name: 'Chiudi il gruppo' })
      await close.getByLabel('Motivo').fill('Chiuso.')
      await close.getByRole('button', { name: 'Chiudi il gruppo' }).click()
      await close.getByText('Spiega il motivo in almeno 10 caratteri.').first().waitFor()
      expect(await status(second.id)).toBe('open')
      await close.getByLabel('Motivo').fill('Il servizio non è più offerto in questo Municipio.')
      await close.getByRole('button', { name: 'Chiudi il gruppo' }).click()
      await page.getByText('Chiudi il gruppo: Fatto.').waitFor()
      await expect.poll(() => status(second.id)).toBe('dissolved')
      await expectAccessible(page)
    } finally {
      await wemi.context.close()
    }

    const ente = await signedIn('ente-admin')
    try {
      const { page } = ente
      await page.goto(`/admin/collections/groups/${third.id}`)
      const decline = page.getByRole('form', { name: 'Rifiuta il gruppo' })
      await decline.getByLabel('Motivo').fill('Non abbiamo un operatore libero il lunedì mattina.')
      await decline.getByRole('button', { name: 'Rifiuta il gruppo' }).click()
      await page.getByText('Rifiuta il gruppo: Fatto.').waitFor()
      await expect.poll(() => status(third.id)).toBe('declined')
      expect((await site.sql<{ note: string }>('SELECT note FROM groups WHERE id = $1', [third.id]))[0]!.note).toBe(
        'Non abbiamo un operatore libero il lunedì mattina.',
      )
      await expectAccessible(page)
    } finally {
      await ente.context.close()
    }
  })

  it('tells WeMi the group’s history in plain words: when, who, what and from which state to which', async () => {
    const { page, context } = await signedIn('admin')
    try {
      // The demo resident's other groups have the same title: this one is found by its address.
      await page.goto(`/admin/collections/groups/${group.id}`)
      const panel = page.locator(PANEL)
      await panel.getByRole('heading', { name: 'Storia del gruppo' }).waitFor()
      const history = panel.locator('h3:has-text("Storia del gruppo") + ol > li')
      await history.nth(2).waitFor()
      const lines = await history.allInnerTexts()
      expect(lines).toHaveLength(3)
      expect(lines[0]).toMatch(/^\d{1,2} \p{L}+ \d{4}\D+\d{2}:\d{2} · Giulia Rossi · Gruppo aperto$/u)
      expect(lines[1]).toContain(
        `${neighbour.firstName} ${neighbour.lastName} · Adesione di una famiglia · da «Aperto alle adesioni» a «In attesa della conferma dell’ente»`,
      )
      expect(lines[2]).toContain(
        `${account('ente-admin').name} · Gruppo confermato dall’ente · da «In attesa della conferma dell’ente» a «Confermato: ogni famiglia paga la sua quota»`,
      )
      await expectAccessible(page)
    } finally {
      await context.close()
    }
  })
})
