import { sql } from '@payloadcms/db-postgres/drizzle'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { LocalStripe } from '../../dev/local-stripe'
import { runSql } from '../../lib/sql'
import type { Organisation } from '../../payload-types'
import { startTestApp, type TestApp } from '../helpers/app'
import { as } from '../helpers/as'
import { type Actor, buildFixtures, type Fixtures } from '../helpers/fixtures'
import { act, footprint, quoteInput, sendRequest, threadOf } from '../helpers/marketplace'
import { startStripeForApp, type StripeForTests } from '../helpers/stripe'

const SECRET_KEY = 'sk_test_local_onboarding'
const WEBHOOK_SECRET = 'whsec_test_onboarding'
const IBAN = 'IT60 X054 2811 1010 0000 0123 456'

let app: TestApp
let fx: Fixtures
let stripe: StripeForTests
let stripeServer: LocalStripe
let sdk: Stripe

const organisation = (id: string): Promise<Organisation> => app.payload.findByID({ collection: 'organisations', id, depth: 0 })

/** The server's own write, as a migration or the webhook would make it. */
const setAccount = (id: string, paymentAccount: Organisation['paymentAccount']) =>
  app.payload.update({ collection: 'organisations', id, data: { paymentAccount }, depth: 0 })

const NO_ACCOUNT = { accountId: null, status: null, updatedAt: null }

const auditSteps = async (id: string) =>
  (
    await runSql<{ step: string }>(
      app.payload,
      sql`SELECT changes->>'action' AS step FROM audit_log
          WHERE collection = 'organisations' AND document_id = ${id} AND action = 'transition' ORDER BY created_at, id`,
    )
  ).map((row) => row.step)

const onboardingPath = (id: string, step = '') => `/api/organisations/${id}/payment-onboarding${step ? `/${step}` : ''}`

const begin = (id: string, actor: Actor) => app.rest('POST', onboardingPath(id), { token: actor.token })

const linkPage = (url: string, init: RequestInit = {}) => fetch(url, { redirect: 'manual', ...init })

const submit = (url: string, fields: Record<string, string>, language = 'it-IT') =>
  linkPage(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': language },
    body: new URLSearchParams(fields).toString(),
  })

const deliveredUpdate = async (accountId: string) => {
  const event = stripeServer.events.find(
    (candidate) => candidate.type === 'account.updated' && (candidate.data.object as { id: string }).id === accountId,
  )
  for (let tries = 0; tries < 100; tries += 1) {
    const delivery = event && stripeServer.deliveries.find((candidate) => candidate.eventId === event.id)
    if (delivery) return delivery
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`account.updated for ${accountId} was not delivered`)
}

const graphql = (actor: Actor, query: string) => app.rest('POST', '/api/graphql', { token: actor.token, body: { query } })

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  stripe = await startStripeForApp(app, { secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET })
  stripeServer = stripe.stripeServer
  sdk = stripe.sdk
  await app.payload.update({
    collection: 'organisations',
    id: fx.organisations.orgA,
    data: { email: 'amministrazione@orga.example' },
  })
  for (const id of [fx.organisations.orgA, fx.organisations.orgB]) await setAccount(id, NO_ACCOUNT)
})
afterAll(async () => {
  await stripe?.close()
  await app?.close()
})

describe('an ente connects its payment account through Stripe’s onboarding', () => {
  it('gives its admin a link; the onboarding enables the account and the webhook records it', async () => {
    const id = fx.organisations.orgA
    const first = await begin(id, fx.actors.enteAdmin)
    expect(first.status).toBe(200)
    expect(first.body.url).toMatch(new RegExp(`^${stripeServer.url}/connect/onboarding/`))
    const { paymentAccount } = await organisation(id)
    expect(paymentAccount).toMatchObject({ accountId: expect.stringMatching(/^acct_/), status: 'pending' })
    const accountId = paymentAccount!.accountId!
    expect(stripeServer.account(accountId)).toMatchObject({
      type: 'express',
      country: 'IT',
      email: 'amministrazione@orga.example',
      business_type: 'company',
      metadata: { organisation: id },
      charges_enabled: false,
    })

    // A second click opens no second account, only a new link.
    const second = await begin(id, fx.actors.enteAdmin)
    expect(second.status).toBe(200)
    expect(second.body.url).not.toBe(first.body.url)
    expect((await organisation(id)).paymentAccount?.accountId).toBe(accountId)

    const page = await linkPage(second.body.url, { headers: { 'accept-language': 'it-IT,it;q=0.9' } })
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<html lang="it">')
    expect(html).toContain('IBAN del conto dell’ente')
    // A link opens once: a second visit goes to the refresh address, for a new one.
    const reopened = await linkPage(second.body.url)
    expect(reopened.status).toBe(303)
    expect(reopened.headers.get('location')).toMatch(new RegExp(`/admin/collections/organisations/${id}\\?onboarding=refresh$`))

    const wrong = await submit(second.body.url, { iban: 'IT60 X054 2811 1010 0000 0123 457', representative: 'Anna Verdi' })
    expect(wrong.status).toBe(400)
    expect(await wrong.text()).toContain('L’IBAN non è valido')
    const empty = await submit(second.body.url, { iban: '', representative: '' }, 'en-GB')
    expect(await empty.text()).toContain('Enter the legal representative’s full name.')
    expect(stripeServer.account(accountId)?.details_submitted).toBe(false)

    const done = await submit(second.body.url, { iban: IBAN, representative: 'Anna Verdi' })
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toMatch(new RegExp(`/admin/collections/organisations/${id}\\?onboarding=return$`))
    expect(stripeServer.account(accountId)).toMatchObject({ details_submitted: true, charges_enabled: true, payouts_enabled: true })

    // Before the browser is even back, Stripe's signed event has recorded it.
    const delivery = await deliveredUpdate(accountId)
    expect(delivery.ok).toBe(true)
    expect((await organisation(id)).paymentAccount).toMatchObject({ accountId, status: 'enabled', updatedAt: expect.any(String) })

    // Back in the admin, the page has the server read the account from Stripe again.
    const back = await app.rest('POST', onboardingPath(id, 'sync'), { token: fx.actors.enteAdmin.token })
    expect(back).toEqual({ status: 200, body: { status: 'enabled' } })
    expect((await organisation(id)).paymentAccount?.status).toBe('enabled')
    // A used link leads back to the admin, where a new one can be asked for.
    const used = await submit(second.body.url, { iban: IBAN, representative: 'Anna Verdi' })
    expect(used.headers.get('location')).toMatch(/\?onboarding=refresh$/)

    expect(await auditSteps(id)).toEqual([
      'payment-account-created',
      'payment-onboarding-link',
      'payment-onboarding-link',
      'payment-account-updated-by-stripe',
      'payment-account-read-on-return',
    ])
  })

  it('reads the account again from Stripe when the admin page asks, whatever the page believes', async () => {
    const id = fx.organisations.orgA
    const { paymentAccount } = await organisation(id)
    await setAccount(id, { ...paymentAccount, status: 'restricted' })
    const synced = await app.rest('POST', onboardingPath(id, 'sync'), { token: fx.actors.admin.token })
    expect(synced.body).toEqual({ status: 'enabled' })
    expect((await organisation(id)).paymentAccount?.status).toBe('enabled')
    // An organisation with no account has nothing to read.
    const none = await app.rest('POST', onboardingPath(fx.organisations.orgB, 'sync'), { token: fx.actors.admin.token })
    expect(none.body).toEqual({ status: null })
  })

  it('refuses another ente’s admin, an ente operator, a citizen and anonymous (REST and GraphQL), changing nothing', async () => {
    const orgB = fx.organisations.orgB
    const before = { a: await organisation(fx.organisations.orgA), b: await organisation(orgB) }
    const stepsBefore = { a: await auditSteps(fx.organisations.orgA), b: await auditSteps(orgB) }
    const attempts: [Actor, string, number][] = [
      [fx.actors.enteAdmin, orgB, 403],
      [fx.actors.enteOperator, fx.organisations.orgA, 403],
      [fx.actors.operator, orgB, 403],
      [fx.actors.editor, orgB, 403],
      [fx.actors.citizen, orgB, 403],
      [fx.actors.anonymous, orgB, 401],
    ]
    for (const [actor, id, status] of attempts) {
      const response = await begin(id, actor)
      expect(response.status, JSON.stringify(actor.user?.email ?? 'anonymous')).toBe(status)
      expect(response.body.url).toBeUndefined()
      expect(response.body.errors[0].message).toMatch(/conto di pagamento/)
      const sync = await app.rest('POST', onboardingPath(id, 'sync'), { token: actor.token })
      expect(sync.status).toBe(status)
    }
    const english = await app.rest('POST', onboardingPath(orgB), { token: fx.actors.enteAdmin.token, language: 'en' })
    expect(english.body.errors[0].message).toBe(
      'Only the organisation’s administrator or WeMi can connect this organisation’s payment account.',
    )
    // GraphQL has no way to start it, and no way to write what it records.
    for (const actor of [fx.actors.enteAdmin, fx.actors.enteOperator, fx.actors.citizen, fx.actors.anonymous]) {
      const { body } = await graphql(
        actor,
        `mutation { updateOrganisation(id: "${orgB}", data: { paymentAccount: { accountId: "acct_stolen", status: enabled } }) { id } }`,
      )
      expect(body.data?.updateOrganisation ?? null).toBeNull()
    }
    expect(await organisation(fx.organisations.orgA)).toEqual(before.a)
    expect(await organisation(orgB)).toEqual(before.b)
    expect(await auditSteps(fx.organisations.orgA)).toEqual(stepsBefore.a)
    expect(await auditSteps(orgB)).toEqual(stepsBefore.b)
  })

  it('answers 404 for an organisation that does not exist, opening no account', async () => {
    const missing = '00000000-0000-4000-8000-000000000000'
    for (const step of [undefined, 'sync'] as const) {
      const response = await app.rest('POST', onboardingPath(missing, step), { token: fx.actors.admin.token })
      expect(response.status).toBe(404)
      expect(response.body.errors[0].message).toBeTruthy()
    }
    expect(await auditSteps(missing)).toEqual([])
  })

  it('lets nobody write the account or its state: REST, GraphQL and the Local API with access control', async () => {
    const id = fx.organisations.orgA
    const before = (await organisation(id)).paymentAccount
    const forged = { paymentAccount: { accountId: 'acct_forged', status: 'restricted', updatedAt: '2000-01-01T00:00:00.000Z' } }
    for (const actor of [fx.actors.admin, fx.actors.enteAdmin]) {
      const rest = await app.rest('PATCH', `/api/organisations/${id}`, { token: actor.token, body: { ...forged, phone: '02 3333 4444' } })
      expect(rest.status).toBe(200)
      await app.payload.update({ collection: 'organisations', id, data: forged as never, ...as(actor) })
      const { body } = await graphql(
        actor,
        `mutation { updateOrganisation(id: "${id}", data: { paymentAccount: { accountId: "acct_forged", status: restricted } }) { id } }`,
      )
      expect(JSON.stringify(body)).not.toContain('acct_forged')
      expect((await organisation(id)).paymentAccount).toEqual(before)
    }
    expect((await organisation(id)).phone).toBe('02 3333 4444')
    const created = await app.rest('POST', '/api/organisations', {
      token: fx.actors.admin.token,
      body: { name: 'Ente nuovo', legalName: 'Ente nuovo APS', legalForm: 'association', fiscalCode: '33333333335', ...forged },
    })
    expect(created.status).toBe(201)
    expect((await organisation(created.body.doc.id)).paymentAccount).toEqual(NO_ACCOUNT)
  })

  it('trusts only signed events, and even then asks Stripe for the account’s state', async () => {
    const orgB = fx.organisations.orgB
    const account = await sdk.accounts.create({ type: 'express', country: 'IT' })
    await setAccount(orgB, { accountId: account.id, status: 'pending' })
    const claim = JSON.stringify({
      id: 'evt_forged_account',
      object: 'event',
      type: 'account.updated',
      data: { object: { ...account, charges_enabled: true, payouts_enabled: true, details_submitted: true } },
    })
    const post = (signature: string | null) =>
      app.fetch(
        new Request('http://localhost/api/stripe/webhook', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(signature === null ? {} : { 'stripe-signature': signature }) },
          body: claim,
        }),
      )
    expect((await post(null)).status).toBe(400)
    expect((await post(Stripe.webhooks.generateTestHeaderString({ payload: claim, secret: 'whsec_someone_else' }))).status).toBe(400)
    expect((await organisation(orgB)).paymentAccount?.status).toBe('pending')
    expect(await auditSteps(orgB)).toEqual([])

    // Signed, but Stripe itself says the account is still waiting for the ente's details.
    const signed = await post(Stripe.webhooks.generateTestHeaderString({ payload: claim, secret: WEBHOOK_SECRET }))
    expect(signed.status).toBe(200)
    expect((await organisation(orgB)).paymentAccount?.status).toBe('pending')
    expect(await auditSteps(orgB)).toEqual(['payment-account-updated-by-stripe'])
  })
})

describe('payments to an ente, by the state of its account', () => {
  const acceptedThread = async () => {
    const { threads } = await sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA], fx.districts.d1)
    const id = threads[0]!.id
    await act(app.payload, fx.actors.enteAdmin, id, 'quote', quoteInput({ amountCents: 8_000 }))
    await act(app.payload, fx.actors.citizen, id, 'accept', { quote: (await threadOf(app.payload, id)).quote })
    return id
  }

  it('refuses to take money for an ente whose account is not active, in the citizen’s language, writing nothing', async () => {
    const orgA = fx.organisations.orgA
    const connected = (await organisation(orgA)).paymentAccount!
    for (const status of ['pending', 'restricted'] as const) {
      await setAccount(orgA, { ...connected, status })
      try {
        const id = await acceptedThread()
        const before = await footprint(app.payload, id)
        const italian = await app.rest('POST', `/api/threads/${id}/actions/checkout`, { token: fx.actors.citizen.token })
        expect(italian.status).toBe(409)
        expect(JSON.stringify(italian.body)).toContain('il suo conto di pagamento non è attivo')
        const english = await app.rest('POST', `/api/threads/${id}/actions/checkout`, { token: fx.actors.citizen.token, language: 'en' })
        expect(JSON.stringify(english.body)).toContain('its payment account is not active')
        expect(await footprint(app.payload, id)).toEqual(before)
      } finally {
        await setAccount(orgA, connected)
      }
    }
  })

  it('sends the money to the connected account once active, and keeps it with WeMi when there is none', async () => {
    const orgA = fx.organisations.orgA
    const connected = (await organisation(orgA)).paymentAccount!
    const sessionOf = async (id: string) => {
      const { url } = await act(app.payload, fx.actors.citizen, id, 'checkout')
      return stripeServer.pay(String(url).split('/').pop()!)
    }
    const intentOf = async (session: { payment_intent: unknown }) => sdk.paymentIntents.retrieve(String(session.payment_intent))
    expect((await intentOf(await sessionOf(await acceptedThread()))).transfer_data?.destination).toBe(connected.accountId)
    await setAccount(orgA, NO_ACCOUNT)
    try {
      expect((await intentOf(await sessionOf(await acceptedThread()))).transfer_data).toBeNull()
    } finally {
      await setAccount(orgA, connected)
    }
  })
})
