import type { Page } from 'playwright-core'

import type { Mailbox } from './mailbox'

/**
 * Signs a new resident up on the sign-up page the browser is on, as a person does it, and
 * follows the confirmation link the e-mail brings: the browser ends on the link's page.
 */
export const signUpAndConfirm = async (
  page: Page,
  mailbox: Mailbox,
  person: { firstName: string; lastName: string; email: string },
  password: string,
) => {
  await page.getByLabel('Nome', { exact: true }).fill(person.firstName)
  await page.getByLabel('Cognome', { exact: true }).fill(person.lastName)
  await page.getByLabel('E-mail', { exact: true }).fill(person.email)
  await page
    .getByLabel(/^Password/)
    .first()
    .fill(password)
  await page.getByLabel('Ripeti la password').fill(password)
  await page.getByText('Ho letto l’informativa sulla privacy').click()
  await page.getByRole('button', { name: 'Crea l’account' }).click()
  const mail = await mailbox.waitFor(person.email, /Conferma il tuo indirizzo/)
  const link = new URL(mail.links.find((href) => href.includes('/verifica-email?token='))!)
  await page.goto(link.pathname + link.search)
}

/** Signs a resident in on the site's sign-in page, as a person does it; the browser ends in their area. */
export const signInSite = async (page: Page, email: string, password: string) => {
  await page.goto('/accedi')
  await page.getByLabel('E-mail', { exact: true }).fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Accedi', exact: true }).click()
  await page.waitForURL('**/area-personale')
}
