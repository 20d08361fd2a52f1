import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CONSENT_TEXTS } from '../../lib/consents'
import { citizenForIdentity } from '../../plugins/identity/citizens'
import { confirmedCode } from '../../plugins/identity/confirmation'
import { DEMO_IDENTITIES } from '../../dev/demo-identities'
import { IdentityError } from '../../plugins/identity/errors'
import { beginSignIn, completeSignIn } from '../../plugins/identity/relying-party'
import { endCitizenSession, startCitizenSession } from '../../plugins/identity/sessions'
import { startTestApp, type TestApp } from '../helpers/app'
import { PASSWORD } from '../helpers/fixtures'
import { signInAtProvider, startTestIdentityProvider } from '../helpers/identity'

let app: TestApp
let idp: Awaited<ReturnType<typeof startTestIdentityProvider>>
beforeAll(async () => {
  app = await startTestApp()
  idp = await startTestIdentityProvider()
})
afterAll(async () => {
  await idp?.provider.close()
  await app?.close()
})

const [newcomer, emailHolder, conflicting, tamperTarget] = DEMO_IDENTITIES as [
  (typeof DEMO_IDENTITIES)[0],
  (typeof DEMO_IDENTITIES)[0],
  (typeof DEMO_IDENTITIES)[0],
  (typeof DEMO_IDENTITIES)[0],
]

/** Goes to the provider as `fiscalCode` and back: the callback address and what the site kept. */
const roundTrip = async (fiscalCode: string) => {
  const { url, pending } = await beginSignIn(idp.settings, { redirectUri: idp.redirectUri, next: '/area-personale', lang: 'it' })
  return { callback: await signInAtProvider(url, fiscalCode), pending }
}

const citizensWith = async (fiscalCode: string) =>
  (await app.payload.find({ collection: 'citizens', where: { fiscalCode: { equals: fiscalCode } }, depth: 0 })).docs

const citizenCount = async () => (await app.payload.count({ collection: 'citizens' })).totalDocs

describe('sign-in with SPID/CIE through OpenID Connect', () => {
  it('asks for the code flow with PKCE, state, nonce, the configured acr and the fiscal_number claim', async () => {
    const { url, pending } = await beginSignIn(idp.settings, { redirectUri: idp.redirectUri, next: '/', lang: 'it' })
    expect(url.searchParams.get('response_type')).toBe('code')
    expect(url.searchParams.get('code_challenge_method')).toBe('S256')
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/)
    expect(url.searchParams.get('state')).toBe(pending.state)
    expect(url.searchParams.get('nonce')).toBe(pending.nonce)
    expect(url.searchParams.get('acr_values')).toBe('https://www.spid.gov.it/SpidL2')
    expect(JSON.parse(url.searchParams.get('claims')!).userinfo).toHaveProperty(['https://attributes.eid.gov.it/fiscal_number'])
  })

  it('creates a citizen for a new identity, with the codice fiscale read from UserInfo', async () => {
    const { callback, pending } = await roundTrip(newcomer.fiscalCode)
    const completed = await completeSignIn(idp.settings, callback, pending)
    expect(completed.identity).toEqual({
      fiscalCode: newcomer.fiscalCode,
      firstName: newcomer.firstName,
      lastName: newcomer.lastName,
      birthDate: newcomer.birthDate,
      email: newcomer.email,
    })
    expect(completed.level).toBe('https://www.spid.gov.it/SpidL2')

    const citizen = await citizenForIdentity(
      app.payload,
      completed.identity,
      { issuer: idp.settings.issuer, subject: completed.subject, level: completed.level },
      'it',
    )
    expect(citizen).toMatchObject({
      fiscalCode: newcomer.fiscalCode,
      confirmedFiscalCode: newcomer.fiscalCode,
      fiscalCodeConfirmedBy: 'digital-identity',
      email: newcomer.email,
      firstName: 'Mario',
      _verified: true,
    })
    expect(citizen.birthDate?.slice(0, 10)).toBe(newcomer.birthDate)
    expect(citizen.digitalIdentity).toMatchObject({
      issuer: idp.settings.issuer,
      subject: newcomer.fiscalCode,
      level: 'https://www.spid.gov.it/SpidL2',
    })
    // The sign-in page told them a first sign-in accepts the privacy notice: recorded with its version.
    const { docs: consents } = await app.payload.find({
      collection: 'consents',
      where: { citizen: { equals: citizen.id } },
      depth: 0,
      overrideAccess: true,
    })
    expect(consents).toEqual([expect.objectContaining({ purpose: 'privacy', version: CONSENT_TEXTS.privacy.version, recordedBy: null })])

    // The next sign-in finds the same citizen.
    const again = await roundTrip(newcomer.fiscalCode)
    const second = await completeSignIn(idp.settings, again.callback, again.pending)
    const same = await citizenForIdentity(
      app.payload,
      second.identity,
      { issuer: idp.settings.issuer, subject: second.subject, level: second.level },
      'it',
    )
    expect(same.id).toBe(citizen.id)
    expect(await citizensWith(newcomer.fiscalCode)).toHaveLength(1)
  })

  it('links an e-mail account whose codice fiscale a desk confirmed instead of creating another', async () => {
    const account = await app.payload.create({
      collection: 'citizens',
      data: {
        email: 'anna.e@posta.example',
        password: PASSWORD,
        firstName: 'Anna',
        ...confirmedCode(emailHolder.fiscalCode, 'desk', 'passport'),
        _verified: true,
      } as never,
      disableVerificationEmail: true,
    })
    const before = await citizenCount()
    const { callback, pending } = await roundTrip(emailHolder.fiscalCode)
    const completed = await completeSignIn(idp.settings, callback, pending)
    const citizen = await citizenForIdentity(
      app.payload,
      completed.identity,
      { issuer: idp.settings.issuer, subject: completed.subject, level: completed.level },
      'it',
    )
    expect(citizen.id).toBe(account.id)
    expect(citizen.email).toBe('anna.e@posta.example')
    expect(citizen.lastName).toBe(emailHolder.lastName)
    expect(citizen.digitalIdentity?.issuer).toBe(idp.settings.issuer)
    // The desk's confirmation, with the document seen, stays as it was recorded.
    expect(citizen).toMatchObject({
      confirmedFiscalCode: emailHolder.fiscalCode,
      fiscalCodeConfirmedBy: 'desk',
      fiscalCodeDocument: 'passport',
    })
    expect(await citizenCount()).toBe(before)
    expect(await citizensWith(emailHolder.fiscalCode)).toHaveLength(1)
  })

  it('refuses to take over an account that has the proven e-mail but another confirmed codice fiscale', async () => {
    await app.payload.create({
      collection: 'citizens',
      data: {
        email: conflicting.email,
        password: PASSWORD,
        ...confirmedCode('RSSMRA80A01F205X', 'desk', 'identity-card'),
        _verified: true,
      } as never,
      disableVerificationEmail: true,
    })
    const before = await citizenCount()
    const { callback, pending } = await roundTrip(conflicting.fiscalCode)
    const completed = await completeSignIn(idp.settings, callback, pending)
    await expect(
      citizenForIdentity(app.payload, completed.identity, { issuer: idp.settings.issuer, subject: completed.subject, level: null }, 'it'),
    ).rejects.toThrow(new IdentityError('emailInUse'))
    expect(await citizenCount()).toBe(before)
  })

  it('refuses a tampered state, a wrong nonce and an unknown issuer', async () => {
    const tamperedState = await roundTrip(tamperTarget.fiscalCode)
    tamperedState.callback.searchParams.set('state', `${tamperedState.pending.state}x`)
    await expect(completeSignIn(idp.settings, tamperedState.callback, tamperedState.pending)).rejects.toThrow(/refused: .*"state"/)

    const wrongNonce = await roundTrip(tamperTarget.fiscalCode)
    await expect(
      completeSignIn(idp.settings, wrongNonce.callback, { ...wrongNonce.pending, nonce: `${wrongNonce.pending.nonce}x` }),
    ).rejects.toThrow(/refused: .*"nonce"/)

    const otherIssuer = await roundTrip(tamperTarget.fiscalCode)
    otherIssuer.callback.searchParams.set('iss', 'https://idp.attacker.example')
    await expect(completeSignIn(idp.settings, otherIssuer.callback, otherIssuer.pending)).rejects.toThrow(/refused: .*"iss"/)

    const startedElsewhere = await roundTrip(tamperTarget.fiscalCode)
    await expect(
      completeSignIn(idp.settings, startedElsewhere.callback, { ...startedElsewhere.pending, issuer: 'https://idp.attacker.example' }),
    ).rejects.toThrow(/refused: the sign-in was started with another identity provider/)

    // A code is good once: replaying a callback that was already used fails too.
    const used = await roundTrip(tamperTarget.fiscalCode)
    await completeSignIn(idp.settings, used.callback, used.pending)
    await expect(completeSignIn(idp.settings, used.callback, used.pending)).rejects.toThrow(/refused: /)
    expect(await citizensWith(tamperTarget.fiscalCode)).toHaveLength(0)
  })

  it('gives a Payload session that the REST API accepts, until sign-out ends it', async () => {
    const [citizen] = await citizensWith(newcomer.fiscalCode)
    const { token } = await startCitizenSession(app.payload, citizen!.id)
    const me = await app.rest('GET', '/api/citizens/me', { token })
    expect(me.body.user?.fiscalCode).toBe(newcomer.fiscalCode)

    const { user } = await app.payload.auth({ headers: new Headers({ authorization: `JWT ${token}` }) })
    await endCitizenSession(app.payload, user!)
    expect((await app.rest('GET', '/api/citizens/me', { token })).body.user).toBeNull()
  })

  it('keeps the digital identity out of reach of the citizen’s own updates', async () => {
    const [citizen] = await citizensWith(newcomer.fiscalCode)
    const { token } = await startCitizenSession(app.payload, citizen!.id)
    const response = await app.rest('PATCH', `/api/citizens/${citizen!.id}`, {
      token,
      body: { digitalIdentity: { issuer: 'https://forged.example', level: 'https://www.spid.gov.it/SpidL3' } },
    })
    expect(response.status).toBe(200)
    const after = await app.payload.findByID({ collection: 'citizens', id: citizen!.id, depth: 0 })
    expect(after.digitalIdentity?.issuer).toBe(idp.settings.issuer)
    expect(after.digitalIdentity?.level).toBe('https://www.spid.gov.it/SpidL2')
  })
})
