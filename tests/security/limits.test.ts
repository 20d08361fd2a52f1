import type { AstroCookies } from 'astro'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { Language } from '../../lib/i18n'
import { CLIENT_ADDRESS_HEADER } from '../../lib/client-address'
import { runDueJobs } from '../../lib/jobs'
import { RATE_LIMITS } from '../../lib/rate-limits'
import { closePayload } from '../../server/instance'
import { createTestDatabase } from '../helpers/database'
import { PASSWORD } from '../helpers/fixtures'
import { graphqlHandler } from '../helpers/graphql'
import { unique } from '../helpers/identifiers'
import { type Mailbox, sendMailTo, startMailbox } from '../helpers/mailbox'

/**
 * Rate limits, the privacy consent and uniform answers hold for every way in: Payload's REST and
 * GraphQL API as an attacker calls them through the one-origin server (which stamps the
 * connection's address), and the site's forms, which count against the same counter.
 */
let payload: Payload
let drop: () => Promise<void>
let mailbox: Mailbox
let restoreMail = () => {}
let account: typeof import('../../site/src/lib/account')
const saved = { ...process.env }

beforeAll(async () => {
  mailbox = await startMailbox()
  restoreMail = sendMailTo(mailbox, 'https://wemi.comune.milano.test')
  const database = await createTestDatabase(inject('databaseServer'), inject('databaseRun'))
  drop = database.drop
  process.env.DATABASE_URL = database.url
  account = await import('../../site/src/lib/account')
  payload = await (await import('../../site/src/lib/payload')).payload()
})
afterAll(async () => {
  if (payload) await closePayload(payload)
  await drop?.()
  await mailbox?.close()
  restoreMail()
  process.env = saved
})

let addresses = 0
/** Another connection's address each time. */
const newAddress = () => `198.51.${Math.floor(addresses / 250)}.${(addresses++ % 250) + 1}`

type Answer = { status: number; body: any; ms: number }

/** A request to Payload's REST or GraphQL API from `address`, as the one-origin server hands it on. */
const api = async (
  method: string,
  path: string,
  { body, address, language }: { body?: unknown; address?: string; language?: Language } = {},
): Promise<Answer> => {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (address) headers.set(CLIENT_ADDRESS_HEADER, address)
  if (language) headers.set('accept-language', language)
  const started = performance.now()
  const request = new Request(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const response =
    path === '/api/graphql'
      ? await graphqlHandler(payload.config, 'site')(request)
      : await handleEndpoints({ config: payload.config, request, payloadInstanceCacheKey: 'site' })
  const text = await response.text()
  const ms = performance.now() - started
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, body: parsed, ms }
}

const graphqlLogin = (email: string, password: string, address: string) =>
  api('POST', '/api/graphql', {
    address,
    body: { query: `mutation { loginCitizen(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token } }` },
  })

/** A form post to the site from `address`, as Astro hands it to a page. */
const siteVisit = (path: string, fields: Record<string, string>, address: string) => ({
  request: new Request(`http://localhost:3999${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:3999' },
    body: new URLSearchParams(fields),
  }),
  url: new URL(`http://localhost:3999${path}`),
  clientAddress: address,
  cookies: { get: () => undefined, set: () => undefined, delete: () => undefined } as unknown as AstroCookies,
  redirect: (to: string, status = 302) => new Response(null, { status, headers: { Location: to } }),
})

const statusOf = (outcome: unknown) => (outcome instanceof Response ? outcome.status : (outcome as { status: number }).status)

const newCitizen = async (email = `${unique('citizen')}@esempio.it`) => {
  await payload.create({
    collection: 'citizens',
    data: { email, password: PASSWORD, firstName: 'Anna', lastName: 'Neri', _verified: true } as never,
    disableVerificationEmail: true,
  })
  return email
}

const citizensWith = async (email: string) =>
  (await payload.count({ collection: 'citizens', where: { email: { equals: email } } })).totalDocs

describe('sign-in limits', () => {
  it('refuses the 31st REST login from one address with 429 and the minutes to wait, and GraphQL and the site too', async () => {
    const email = await newCitizen()
    const address = newAddress()
    const { attempts, minutes } = RATE_LIMITS.signIn.perAddress
    for (let index = 0; index < attempts; index++) {
      expect((await api('POST', '/api/citizens/login', { address, body: { email, password: PASSWORD } })).status).toBe(200)
    }
    for (let index = attempts; index < 35; index++) {
      const refused = await api('POST', '/api/citizens/login', { address, body: { email, password: PASSWORD }, language: 'it' })
      expect(refused.status).toBe(429)
      expect(refused.body.errors[0].message).toBe(`Troppi tentativi in poco tempo: per sicurezza riprova tra ${minutes} minuti.`)
    }
    expect(
      (await api('POST', '/api/citizens/login', { address, body: { email, password: PASSWORD }, language: 'en' })).body.errors[0].message,
    ).toBe(`Too many attempts in a short time: for your security, try again in ${minutes} minutes.`)
    const graphql = await graphqlLogin(email, PASSWORD, address)
    expect(graphql.body.data?.loginCitizen ?? null).toBeNull()
    expect(graphql.body.errors[0].extensions.statusCode).toBe(429)
    expect(statusOf(await account.handleSignIn(siteVisit('/accedi', { email, password: PASSWORD }, address), 'it'))).toBe(429)
    // Staff sign-in from the same address is limited by the same rule.
    expect((await api('POST', '/api/users/login', { address, body: { email: 'nobody@wemi.example', password: PASSWORD } })).status).toBe(
      429,
    )
    // Another connection is not affected.
    expect((await api('POST', '/api/citizens/login', { address: newAddress(), body: { email, password: PASSWORD } })).status).toBe(200)
  })

  it('counts the site and the API on one counter, each attempt once', async () => {
    const email = await newCitizen()
    const address = newAddress()
    const half = RATE_LIMITS.signIn.perAddress.attempts / 2
    for (let index = 0; index < half; index++) {
      expect(statusOf(await account.handleSignIn(siteVisit('/accedi', { email, password: PASSWORD }, address), 'it'))).toBe(303)
    }
    for (let index = 0; index < half; index++) {
      expect((await api('POST', '/api/citizens/login', { address, body: { email, password: PASSWORD } })).status).toBe(200)
    }
    expect((await api('POST', '/api/citizens/login', { address, body: { email, password: PASSWORD } })).status).toBe(429)
    expect(statusOf(await account.handleSignIn(siteVisit('/accedi', { email, password: PASSWORD }, address), 'it'))).toBe(429)
  })
})

describe('sign-up through the API', () => {
  const signUp = (address: string, extra: Record<string, unknown> = {}) =>
    api('POST', '/api/citizens', {
      address,
      body: { email: `${unique('signup')}@esempio.it`, password: PASSWORD, firstName: 'Luca', lastName: 'Verdi', ...extra },
    })

  it('refuses an account without the privacy consent, and creates nothing', async () => {
    const email = `${unique('noconsent')}@esempio.it`
    const refused = await api('POST', '/api/citizens', {
      address: newAddress(),
      language: 'it',
      body: { email, password: PASSWORD, firstName: 'Luca', lastName: 'Verdi' },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0].path).toBe('privacyConsent')
    expect(await citizensWith(email)).toBe(0)
    const graphql = await api('POST', '/api/graphql', {
      address: newAddress(),
      body: {
        query: `mutation { createCitizen(data: { email: ${JSON.stringify(email)}, password: ${JSON.stringify(PASSWORD)} }) { id } }`,
      },
    })
    expect(graphql.body.errors?.length).toBeGreaterThan(0)
    expect(await citizensWith(email)).toBe(0)
  })

  it('records the consent with the account when it is given', async () => {
    const email = `${unique('consent')}@esempio.it`
    const created = await api('POST', '/api/citizens', { address: newAddress(), body: { email, password: PASSWORD, privacyConsent: true } })
    expect(created.status).toBe(201)
    const [citizen] = (await payload.find({ collection: 'citizens', where: { email: { equals: email } } })).docs
    const consents = await payload.find({ collection: 'consents', where: { citizen: { equals: citizen!.id } } })
    expect(consents.docs.map((consent) => consent.purpose)).toEqual(['privacy'])
  })

  it('refuses sign-ups beyond the limit per address', async () => {
    const address = newAddress()
    const { attempts } = RATE_LIMITS.signUp.perAddress
    for (let index = 0; index < attempts; index++) expect((await signUp(address, { privacyConsent: true })).status).toBe(201)
    const before = (await payload.count({ collection: 'citizens' })).totalDocs
    const refused = await signUp(address, { privacyConsent: true })
    expect(refused.status).toBe(429)
    expect((await payload.count({ collection: 'citizens' })).totalDocs).toBe(before)
  })
})

describe('uniform answers', () => {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

  it('answers a wrong password for a real account and any password for an unknown e-mail alike, in time and words', async () => {
    const accounts = await Promise.all(Array.from({ length: 4 }, () => newCitizen()))
    const real: number[] = []
    const unknown: number[] = []
    const answers = new Set<string>()
    for (let round = 0; round < 4; round++) {
      for (const email of accounts) {
        const wrong = await api('POST', '/api/citizens/login', { body: { email, password: 'Sbagliata-2026' } })
        real.push(wrong.ms)
        answers.add(`${wrong.status} ${JSON.stringify(wrong.body)}`)
        const nobody = await api('POST', '/api/citizens/login', {
          body: { email: `${unique('nobody')}@esempio.it`, password: 'Sbagliata-2026' },
        })
        unknown.push(nobody.ms)
        answers.add(`${nobody.status} ${JSON.stringify(nobody.body)}`)
      }
    }
    console.info(`login failure, median ms: real account ${median(real).toFixed(1)}, unknown e-mail ${median(unknown).toFixed(1)}`)
    expect([...answers]).toHaveLength(1)
    expect(median(unknown)).toBeGreaterThan(median(real) * 0.75)
    expect(median(unknown)).toBeLessThan(median(real) * 1.33)
  })

  it('never says that an account is locked: a locked account answers as an unknown e-mail does', async () => {
    const email = await newCitizen()
    const stranger = `${unique('stranger')}@esempio.it`
    for (let index = 0; index < 6; index++) {
      const locked = await api('POST', '/api/citizens/login', { body: { email, password: 'Sbagliata-2026' } })
      const unknown = await api('POST', '/api/citizens/login', { body: { email: stranger, password: 'Sbagliata-2026' } })
      expect([locked.status, locked.body]).toEqual([unknown.status, unknown.body])
    }
    // Even the right password is refused alike while the lock lasts.
    const right = await api('POST', '/api/citizens/login', { body: { email, password: PASSWORD } })
    const unknown = await api('POST', '/api/citizens/login', { body: { email: stranger, password: PASSWORD } })
    expect([right.status, right.body]).toEqual([unknown.status, unknown.body])
    const site = await account.handleSignIn(siteVisit('/accedi', { email, password: PASSWORD }, newAddress()), 'it')
    const siteUnknown = await account.handleSignIn(siteVisit('/accedi', { email: stranger, password: PASSWORD }, newAddress()), 'it')
    expect([statusOf(site), (site as { errors: unknown }).errors]).toEqual([
      statusOf(siteUnknown),
      (siteUnknown as { errors: unknown }).errors,
    ])
  })

  it('answers a sign-up with a registered e-mail as a new one, creates nothing and tells the owner', async () => {
    const email = await newCitizen()
    const fresh = `${unique('fresh')}@esempio.it`
    const taken = await api('POST', '/api/citizens', { address: newAddress(), body: { email, password: PASSWORD, privacyConsent: true } })
    const created = await api('POST', '/api/citizens', {
      address: newAddress(),
      body: { email: fresh, password: PASSWORD, privacyConsent: true },
    })
    expect(taken.status).toBe(created.status)
    expect(Object.keys(taken.body).sort()).toEqual(Object.keys(created.body).sort())
    expect(Object.keys(taken.body.doc).sort()).toEqual(Object.keys(created.body.doc).sort())
    expect(await citizensWith(email)).toBe(1)
    await runDueJobs(payload)
    await mailbox.waitFor(email)

    const siteEmail = await newCitizen()
    const fields = (address: string) => ({
      firstName: 'Anna',
      lastName: 'Neri',
      email: address,
      password: PASSWORD,
      passwordConfirm: PASSWORD,
      privacy: 'yes',
    })
    const siteTaken = (await account.handleSignUp(siteVisit('/registrati', fields(siteEmail), newAddress()), 'it')) as Response
    const siteFresh = (await account.handleSignUp(
      siteVisit('/registrati', fields(`${unique('fresh')}@esempio.it`), newAddress()),
      'it',
    )) as Response
    expect(siteTaken.status).toBe(303)
    expect(siteTaken.status).toBe(siteFresh.status)
  })

  it('answers a password reset alike for a registered and an unknown e-mail through REST', async () => {
    const email = await newCitizen()
    const known = await api('POST', '/api/citizens/forgot-password', { address: newAddress(), body: { email } })
    const unknown = await api('POST', '/api/citizens/forgot-password', {
      address: newAddress(),
      body: { email: `${unique('nobody')}@esempio.it` },
    })
    expect([known.status, known.body]).toEqual([unknown.status, unknown.body])
  })

  it('limits password resets per address and per account through REST', async () => {
    const email = await newCitizen()
    const { attempts } = RATE_LIMITS.passwordReset.perAccount
    for (let index = 0; index < attempts; index++)
      expect((await api('POST', '/api/citizens/forgot-password', { address: newAddress(), body: { email } })).status).toBe(200)
    expect((await api('POST', '/api/citizens/forgot-password', { address: newAddress(), body: { email } })).status).toBe(429)
  })

  it('limits staff password resets per account through REST as well', async () => {
    const email = `${unique('staff')}@wemi.example`
    await payload.create({ collection: 'users', data: { email, password: PASSWORD, name: 'Redazione', roles: ['editor'] } as never })
    const { attempts } = RATE_LIMITS.passwordReset.perAccount
    for (let index = 0; index < attempts; index++)
      expect((await api('POST', '/api/users/forgot-password', { address: newAddress(), body: { email } })).status).toBe(200)
    expect((await api('POST', '/api/users/forgot-password', { address: newAddress(), body: { email } })).status).toBe(429)
  })
})

describe('anonymous desk bookings', () => {
  it('stops one address after the limit: 12 bookings take only the allowed places and send only the allowed e-mails', async () => {
    const district = (await payload.create({ collection: 'districts', data: { name: 'Municipio 6', number: 6 } })).id
    const desk = (
      await payload.create({
        collection: 'desks',
        data: { name: 'Spazio WeMi Lorenteggio', street: 'Via Lorenteggio 1', district, active: true } as never,
      })
    ).id
    const slot = async () =>
      (
        await payload.create({
          collection: 'desk-slots',
          data: {
            desk,
            startsAt: new Date(Date.now() + 48 * 3600_000 + Math.random() * 1e9).toISOString(),
            endsAt: new Date(Date.now() + 49 * 3600_000 + 1e9).toISOString(),
            capacity: 50,
          },
        })
      ).id
    const slots = [await slot(), await slot()]
    const address = newAddress()
    const statuses: number[] = []
    for (let index = 0; index < 12; index++) {
      const victim = `${unique('victim')}@esempio.it`
      statuses.push(
        (
          await api('POST', '/api/appointments', {
            address,
            body: { slot: slots[index % 2], topic: 'orientation', name: 'Mario Bianchi', email: victim },
          })
        ).status,
      )
    }
    const allowed = RATE_LIMITS.bookAppointment.perAddress.attempts
    expect(statuses).toEqual([...Array(allowed).fill(201), ...Array(12 - allowed).fill(429)])
    const booked = (await payload.find({ collection: 'desk-slots', where: { id: { in: slots } } })).docs.reduce(
      (sum, doc) => sum + Number(doc.booked),
      0,
    )
    expect(booked).toBe(allowed)
    const sentBefore = mailbox.messages.length
    await runDueJobs(payload)
    expect(mailbox.messages.length - sentBefore).toBe(allowed)
  })

  it('stops bookings to one recipient from many addresses', async () => {
    const [desk] = (await payload.find({ collection: 'desks', limit: 1 })).docs
    const slot = (
      await payload.create({
        collection: 'desk-slots',
        data: {
          desk: desk!.id,
          startsAt: new Date(Date.now() + 72 * 3600_000).toISOString(),
          endsAt: new Date(Date.now() + 73 * 3600_000).toISOString(),
          capacity: 50,
        },
      })
    ).id
    const victim = `${unique('victim')}@esempio.it`
    const limit = RATE_LIMITS.bookAppointment.perAccount.attempts
    const statuses: number[] = []
    for (let index = 0; index <= limit; index++) {
      statuses.push(
        (
          await api('POST', '/api/appointments', {
            address: newAddress(),
            body: { slot, topic: 'orientation', name: 'Mario Bianchi', email: victim },
          })
        ).status,
      )
    }
    expect(statuses).toEqual([...Array(limit).fill(201), 429])
    expect((await payload.count({ collection: 'appointments', where: { email: { equals: victim } } })).totalDocs).toBe(limit)
  })
})
