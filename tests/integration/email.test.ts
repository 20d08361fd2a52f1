import { existsSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runDueJobs } from '../../lib/jobs'
import { projectRoot } from '../../lib/paths'
import { EMAIL_TASK } from '../../plugins/notifications/notify'
import { startTestApp, type TestApp } from '../helpers/app'
import { buildFixtures, type Fixtures } from '../helpers/fixtures'
import { type Mail, type Mailbox, sendMailTo, startMailbox } from '../helpers/mailbox'
import { act, quoteInput, sendRequest } from '../helpers/marketplace'

/**
 * What a person finds in their inbox: every e-mail goes through a real SMTP server on
 * loopback, arrives in the recipient's own language, and its link is absolute, points at this
 * site and does what it promises (the token in it confirms the address or resets the password;
 * the record it names is one the recipient can open).
 */
let mailbox: Mailbox
let app: TestApp
let fx: Fixtures
let restoreEnvironment = () => {}

const NEW_PASSWORD = 'Nuova-password-sicura-2026'
const SIGN_UP_PASSWORD = 'Password-sicura-2026'
/** The site's pages accept a token only of this shape (site/src/lib/account.ts). */
const SITE_TOKEN = /^[\w-]{10,200}$/
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** This app's public address when PUBLIC_URL is not set. */
const localOrigin = () => `http://localhost:${process.env.PORT ?? 3000}`

const sentTo = (address: string) => mailbox.messages.filter((mail) => mail.to.includes(address.toLowerCase()))

/** The e-mail's one link, which must be absolute and on `origin`. */
const theLink = (mail: Mail, origin = localOrigin()): URL => {
  expect(mail.links).toHaveLength(1)
  const link = mail.links[0]!
  expect(link).toMatch(/^https?:\/\//)
  const url = new URL(link)
  expect(url.origin).toBe(origin)
  return url
}

/** The token an account e-mail carries, checked to be one the site's page would take. */
const tokenOf = (url: URL): string => {
  expect([...url.searchParams.keys()]).toEqual(['token'])
  const token = url.searchParams.get('token')!
  expect(token).toMatch(SITE_TOKEN)
  return token
}

/** The site's page a path leads to, as a file under site/src/pages. */
const sitePageExists = (pathname: string) => existsSync(path.join(projectRoot, 'site/src/pages', `${pathname}.astro`))

const login = (email: string, password: string) => app.rest('POST', '/api/citizens/login', { body: { email, password } })

const verify = (token: string) => app.payload.verifyEmail({ collection: 'citizens', token }).catch(() => false)

const citizenByEmail = async (email: string) => {
  const { docs } = await app.payload.find({
    collection: 'citizens',
    where: { email: { equals: email } },
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  expect(docs).toHaveLength(1)
  return docs[0]!
}

beforeAll(async () => {
  mailbox = await startMailbox()
  restoreEnvironment = sendMailTo(mailbox)
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})

afterAll(async () => {
  await app?.close()
  await mailbox?.close()
  restoreEnvironment()
})

describe('signing up', () => {
  it.each([
    { language: 'en' as const, subject: 'Confirm your e-mail address on WeMi', page: '/en/verify-email', greeting: 'Hello Chiara,' },
    { language: undefined, subject: 'Conferma il tuo indirizzo e-mail su WeMi', page: '/verifica-email', greeting: 'Ciao Chiara,' },
  ])(
    'sends one confirmation e-mail in the language chosen ($page) whose link activates the account',
    async ({ language, subject, page, greeting }) => {
      const email = `chiara.${language ?? 'default'}@esempio.it`
      const response = await app.rest('POST', '/api/citizens', {
        // An anonymous visitor cannot mark their own address as confirmed.
        body: {
          email,
          password: SIGN_UP_PASSWORD,
          firstName: 'Chiara',
          lastName: 'Esposito',
          _verified: true,
          privacyConsent: true,
          ...(language ? { language } : {}),
        },
        language,
      })
      expect(response.status).toBe(201)

      const mail = await mailbox.waitFor(email, /./, 5_000)
      expect(sentTo(email)).toHaveLength(1)
      expect(mail.subject).toBe(subject)
      expect(mail.language).toBe(language ?? 'it')
      expect(mail.html).toContain(greeting)
      const url = theLink(mail)
      expect(url.pathname).toBe(page)
      expect(sitePageExists(page)).toBe(true)
      // A plain-text twin for mail readers without HTML, with the same link.
      expect(mail.text).toContain(greeting)
      expect(mail.text).toContain(url.href)
      const token = tokenOf(url)

      // Until the link is followed, the account exists but cannot sign in.
      expect((await citizenByEmail(email))._verified).toBe(false)
      expect((await login(email, SIGN_UP_PASSWORD)).status).not.toBe(200)

      expect(await verify(token)).toBe(true)
      expect((await citizenByEmail(email))._verified).toBe(true)
      expect((await login(email, SIGN_UP_PASSWORD)).status).toBe(200)
      // The link works once.
      expect(await verify(token)).toBe(false)
      expect(sentTo(email)).toHaveLength(1)
    },
  )
})

describe('a forgotten password', () => {
  it('sends an Italian e-mail whose link sets a new password, once', async () => {
    const email = 'citizen2@test.example'
    const response = await app.rest('POST', '/api/citizens/forgot-password', { body: { email } })
    expect(response.status).toBe(200)

    const mail = await mailbox.waitFor(email, /./, 5_000)
    expect(sentTo(email)).toHaveLength(1)
    expect(mail.subject).toBe('Reimposta la password di WeMi')
    expect(mail.language).toBe('it')
    expect(mail.html).toContain('Ciao Laura,')
    const url = theLink(mail)
    expect(url.pathname).toBe('/reimposta-password')
    expect(sitePageExists(url.pathname)).toBe(true)
    const token = tokenOf(url)

    await app.payload.resetPassword({ collection: 'citizens', data: { token, password: NEW_PASSWORD }, overrideAccess: true })
    expect((await login(email, NEW_PASSWORD)).status).toBe(200)
    expect((await login(email, 'Fixture-Password-2026')).status).not.toBe(200)
    await expect(
      app.payload.resetPassword({ collection: 'citizens', data: { token, password: 'Un-altra-password-2026' }, overrideAccess: true }),
    ).rejects.toThrow()
    expect((await login(email, NEW_PASSWORD)).status).toBe(200)
  })

  it('writes to an English-speaking resident in English', async () => {
    const email = 'chiara.en@esempio.it'
    const before = sentTo(email).length
    await app.payload.forgotPassword({ collection: 'citizens', data: { email }, disableEmail: false })

    const mail = await mailbox.waitFor(email, /./, 5_000)
    expect(sentTo(email)).toHaveLength(before + 1)
    expect(mail.subject).toBe('Reset your WeMi password')
    expect(mail.language).toBe('en')
    const url = theLink(mail)
    expect(url.pathname).toBe('/en/reset-password')
    expect(sitePageExists(url.pathname)).toBe(true)
    await app.payload.resetPassword({ collection: 'citizens', data: { token: tokenOf(url), password: NEW_PASSWORD }, overrideAccess: true })
    expect((await login(email, NEW_PASSWORD)).status).toBe(200)
  })

  it('sends nothing for an address without an account, and answers the same', async () => {
    const count = mailbox.messages.length
    const response = await app.rest('POST', '/api/citizens/forgot-password', { body: { email: 'nessuno@esempio.it' } })
    expect(response.status).toBe(200)
    expect(mailbox.messages).toHaveLength(count)
  })

  it('links to PUBLIC_URL when the site has a public address', async () => {
    const email = 'citizen1@test.example'
    process.env.PUBLIC_URL = 'https://wemi.comune.example'
    try {
      await app.payload.forgotPassword({ collection: 'citizens', data: { email }, disableEmail: false })
      const url = theLink(await mailbox.waitFor(email, /Reimposta/, 5_000), 'https://wemi.comune.example')
      expect(url.pathname).toBe('/reimposta-password')
    } finally {
      delete process.env.PUBLIC_URL
    }
  })
})

describe('marketplace notifications', () => {
  const enteAdmin = 'enteadmin@test.example'
  const citizen = 'citizen1@test.example'
  let requestId: string
  let threadId: string

  beforeAll(async () => {
    await app.payload.update({ collection: 'citizens', id: fx.citizens.citizen1, data: { language: 'en' }, overrideAccess: true, depth: 0 })
    await app.payload.update({ collection: 'users', id: fx.users.enteAdmin, data: { language: 'it' }, overrideAccess: true, depth: 0 })
  })

  it('tell the ente’s administrators of a new request, in Italian, with a link to the thread in their inbox', async () => {
    const count = mailbox.messages.length
    const { request, threads } = await sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA], fx.districts.d1)
    requestId = String(request.id)
    threadId = String(threads[0]!.id)
    // The e-mail is a job: nothing leaves before the queue runs.
    expect(mailbox.messages).toHaveLength(count)

    await runDueJobs(app.payload)
    const fresh = mailbox.messages.slice(count)
    // Only the administrators of the ente asked: not its operators, not other enti, not the citizen.
    expect(fresh.map((mail) => mail.to)).toEqual([[enteAdmin]])
    const mail = fresh[0]!
    expect(mail.subject).toBe('Nuova richiesta di preventivo')
    expect(mail.language).toBe('it')
    expect(mail.text).toContain(
      `Un cittadino chiede un preventivo per «Assistenza pubblicata A» (richiesta ${threads[0]!.reference}). Rispondi entro `,
    )
    const url = theLink(mail)
    expect(url.pathname).toBe(`/admin/collections/threads/${threadId}`)
    // The plain-text twin carries the same link.
    expect(mail.text).toContain(`Apri nell’area enti: ${url.href}`)
    // The thread the link names is one this administrator can open.
    expect((await app.rest('GET', `/api/threads/${threadId}`, { token: fx.actors.enteAdmin.token })).status).toBe(200)
  })

  it('tell the resident of a quote, in English, with the amount and a link to the request in their area', async () => {
    const count = mailbox.messages.length
    const input = quoteInput({ amountCents: 12_000 })
    await act(app.payload, fx.actors.enteAdmin, threadId, 'quote', input)
    expect(mailbox.messages).toHaveLength(count)

    await runDueJobs(app.payload)
    const fresh = mailbox.messages.slice(count)
    expect(fresh.map((mail) => mail.to)).toEqual([[citizen]])
    const mail = fresh[0]!
    expect(mail.subject).toBe('You have received a quote')
    expect(mail.language).toBe('en')
    const [year, month, day] = String(input.validUntil).split('-').map(Number)
    const sentence = `Ente orgA offers “Assistenza pubblicata A” for €120.00. The quote is valid until ${day} ${MONTHS_EN[month! - 1]} ${year}.`
    expect(mail.text).toContain(sentence)
    expect(mail.html).toContain(sentence)
    const url = theLink(mail)
    expect(url.pathname).toBe(`/en/personal-area/requests/${requestId}`)
    expect(sitePageExists('/en/personal-area/requests/[id]')).toBe(true)
    expect(mail.text).toContain(`Open the request: ${url.href}`)
    expect((await app.rest('GET', `/api/requests/${requestId}`, { token: fx.actors.citizen.token })).status).toBe(200)
  })

  it('send each notification once, however often its job runs', async () => {
    const count = mailbox.messages.length
    await runDueJobs(app.payload)
    expect(mailbox.messages).toHaveLength(count)

    const { docs } = await app.payload.find({
      collection: 'notifications',
      where: { thread: { equals: threadId } },
      depth: 0,
      overrideAccess: true,
      sort: 'createdAt',
    })
    expect(docs.map((notification) => [notification.kind, notification.email?.status])).toEqual([
      ['new-request', 'sent'],
      ['new-quote', 'sent'],
    ])
    // The same notification queued again, as a retried job would be, is not sent again.
    for (const notification of docs) await app.payload.jobs.queue({ task: EMAIL_TASK, input: { notification: String(notification.id) } })
    await runDueJobs(app.payload)
    expect(mailbox.messages).toHaveLength(count)
  })
})
