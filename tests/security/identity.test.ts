import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Language } from '../../lib/i18n'
import { assistanceKey } from '../../lib/assistance'
import { personalCheckCharacter } from '../../lib/fiscal'
import { runSql } from '../../lib/sql'
import { confirmEmailChange } from '../../collections/Citizens/emailChange'
import { citizenForIdentity } from '../../plugins/identity/citizens'
import { confirmAtDesk } from '../../plugins/identity/confirmation'
import { DEMO_IDENTITIES } from '../../dev/demo-identities'
import { beginSignIn, completeSignIn } from '../../plugins/identity/relying-party'
import { startCitizenSession } from '../../plugins/identity/sessions'
import type { Citizen } from '../../payload-types'
import { startTestApp, type TestApp } from '../helpers/app'
import { as } from '../helpers/as'
import { type Actor, buildFixtures, type Fixtures, PASSWORD, TAX_CODES } from '../helpers/fixtures'
import { signInAtProvider, startTestIdentityProvider } from '../helpers/identity'
import { unique } from '../helpers/identifiers'
import { type Mailbox, sendMailTo, startMailbox } from '../helpers/mailbox'
import { act, dayFromNow, footprint, quoteInput, sendRequest, threadOf } from '../helpers/marketplace'

const SCHEME = 'Fondo famiglie'

let app: TestApp
let fx: Fixtures
let idp: Awaited<ReturnType<typeof startTestIdentityProvider>>
let mailbox: Mailbox
let restoreEnvironment = () => {}

beforeAll(async () => {
  mailbox = await startMailbox()
  restoreEnvironment = sendMailTo(mailbox, 'https://wemi.comune.milano.test')
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  idp = await startTestIdentityProvider()
  await app.payload.update({ collection: 'services', id: fx.services.publishedA, data: { acceptedVoucherSchemes: [SCHEME] } })
})
afterAll(async () => {
  await idp?.provider.close()
  await app?.close()
  await mailbox?.close()
  restoreEnvironment()
})

const withCheck = (first15: string) => first15 + personalCheckCharacter(first15)
/** People who have a codice fiscale but no account. */
const NOBODY_YET = [
  withCheck('VRDGPP40A01F205'),
  withCheck('BRNLGU52B12F205'),
  withCheck('GLLFNC66C53F205'),
  withCheck('MRNSLV71D44F205'),
] as const
const [anna, karim, lucia] = DEMO_IDENTITIES.slice(1) as [
  (typeof DEMO_IDENTITIES)[0],
  (typeof DEMO_IDENTITIES)[0],
  (typeof DEMO_IDENTITIES)[0],
]

const readAsSystem = (id: string) =>
  app.payload.findByID({ collection: 'citizens', id, depth: 0, overrideAccess: true, showHiddenFields: true }) as Promise<
    Citizen & Record<string, unknown>
  >

/** A resident who signed up with e-mail and password and confirmed the address: no proven code. */
const emailAccount = async (prefix: string): Promise<Actor & { id: string; email: string }> => {
  const email = `${unique(prefix)}@posta.example`
  const doc = await app.payload.create({
    collection: 'citizens',
    data: { email, password: PASSWORD, firstName: 'Ettore', lastName: 'Furbo', _verified: true } as never,
    disableVerificationEmail: true,
    depth: 0,
  })
  const login = await app.rest('POST', '/api/citizens/login', { body: { email, password: PASSWORD } })
  expect(login.status).toBe(200)
  return { id: doc.id, email, user: { ...doc, collection: 'citizens' }, token: login.body.token }
}

/** The citizen as the server sees them now, to act as them through the Local API. */
const fresh = async (actor: Actor & { id: string }): Promise<Actor> => ({
  ...actor,
  user: { ...(await readAsSystem(actor.id)), collection: 'citizens' },
})

const graphql = (actor: Actor, query: string, variables: Record<string, unknown>, language?: Language) =>
  app.rest('POST', '/api/graphql', { token: actor.token, body: { query, variables }, language })

const UPDATE_CITIZEN =
  'mutation ($id: String!, $data: mutationCitizenUpdateInput!) { updateCitizen(id: $id, data: $data) { id fiscalCode } }'

/** Changes one's own record through a channel: REST PATCH or the GraphQL mutation. */
const patchSelf = async (
  channel: 'rest' | 'graphql',
  actor: Actor & { id: string },
  data: Record<string, unknown>,
  language?: Language,
) => {
  if (channel === 'rest') return app.rest('PATCH', `/api/citizens/${actor.id}`, { token: actor.token, body: data, language })
  return graphql(actor, UPDATE_CITIZEN, { id: actor.id, data }, language)
}

/** Goes to the provider as a person and back, then through the site's sign-in: the citizen they land in. */
const signInWithSpid = async (fiscalCode: string) => {
  const { url, pending } = await beginSignIn(idp.settings, { redirectUri: idp.redirectUri, next: '/area-personale', lang: 'it' })
  const completed = await completeSignIn(idp.settings, await signInAtProvider(url, fiscalCode), pending)
  return citizenForIdentity(
    app.payload,
    completed.identity,
    { issuer: idp.settings.issuer, subject: completed.subject, level: completed.level },
    'it',
  )
}

/** A thread of `citizen` with orgA whose quote they accepted, ready to be paid. */
const acceptedThread = async (citizen: Actor) => {
  const { threads } = await sendRequest(app.payload, citizen, [fx.services.publishedA], fx.districts.d1)
  const id = threads[0]!.id
  await act(app.payload, fx.actors.enteAdmin, id, 'quote', quoteInput({ amountCents: 4_000 }))
  await act(app.payload, citizen, id, 'accept', { quote: (await threadOf(app.payload, id)).quote })
  return id
}

const voucherRow = async (id: string) =>
  (
    await runSql<Record<string, unknown>>(
      app.payload,
      sql`SELECT row_to_json(v)::text AS row, (SELECT count(*)::int FROM voucher_transactions WHERE voucher_id = ${id}) AS spends FROM vouchers v WHERE v.id = ${id}`,
    )
  )[0]

describe('a typed codice fiscale does not take a voucher issued to someone else', () => {
  for (const [channel, holder] of [
    ['rest', NOBODY_YET[0]],
    ['graphql', NOBODY_YET[1]],
  ] as const) {
    it(`claiming the holder's code through ${channel} neither lists nor spends the voucher`, async () => {
      const voucher = await app.payload.create({
        collection: 'vouchers',
        data: {
          code: unique('V'),
          scheme: SCHEME,
          holderFiscalCode: holder,
          amountCents: 5_000,
          validFrom: dayFromNow(-1),
          validUntil: dayFromNow(365),
          status: 'active',
        },
        depth: 0,
      })
      const attacker = await emailAccount('ladro')
      const thread = await acceptedThread(attacker)
      const before = { thread: await footprint(app.payload, thread), voucher: await voucherRow(voucher.id) }

      const claimed = await patchSelf(channel, attacker, { fiscalCode: holder })
      expect(claimed.status).toBe(200)
      expect(claimed.body.errors).toBeUndefined()

      const listed = await app.rest('GET', '/api/vouchers', { token: attacker.token })
      expect((listed.body.docs ?? []).map((doc: { id: string }) => doc.id)).not.toContain(voucher.id)
      expect([403, 404]).toContain((await app.rest('GET', `/api/vouchers/${voucher.id}`, { token: attacker.token })).status)
      // Refused outright (a citizen without a confirmed code has no vouchers to list) or listed without it.
      const local = await app.payload
        .find({ collection: 'vouchers', depth: 0, ...as(await fresh(attacker)) })
        .then(({ docs }) => docs.map((doc) => doc.id))
        .catch((error: { status?: number }) => (error.status === 403 ? [] : Promise.reject(error)))
      expect(local).not.toContain(voucher.id)

      const paid = await app.rest('POST', `/api/threads/${thread}/actions/pay-voucher`, {
        token: attacker.token,
        body: { voucher: voucher.id },
      })
      expect(paid.status).toBeGreaterThanOrEqual(400)
      expect(paid.status).toBeLessThan(500)

      expect(await footprint(app.payload, thread)).toEqual(before.thread)
      expect(await voucherRow(voucher.id)).toEqual(before.voucher)
      expect((await threadOf(app.payload, thread)).status).toBe('accepted')
    })
  }
})

describe('SPID/CIE never lands the real person in an account that merely claimed their code', () => {
  it('gives the person their own account and drops the claim from the other one', async () => {
    const attacker = await emailAccount('impostore')
    expect((await patchSelf('rest', attacker, { fiscalCode: anna.fiscalCode })).status).toBe(200)

    const owner = await signInWithSpid(anna.fiscalCode)
    expect(owner.id).not.toBe(attacker.id)
    expect(owner).toMatchObject({
      email: anna.email,
      fiscalCode: anna.fiscalCode,
      confirmedFiscalCode: anna.fiscalCode,
      fiscalCodeConfirmedBy: 'digital-identity',
    })

    const claimant = await readAsSystem(attacker.id)
    expect(claimant.fiscalCode ?? null).toBeNull()
    expect(claimant.confirmedFiscalCode ?? null).toBeNull()
    expect(claimant.digitalIdentity?.issuer ?? null).toBeNull()
    expect(claimant.email).toBe(attacker.email)

    // The attacker sees nothing of the new account, through any door.
    expect([403, 404]).toContain((await app.rest('GET', `/api/citizens/${owner.id}`, { token: attacker.token })).status)
    const list = await app.rest('GET', '/api/citizens', { token: attacker.token })
    expect(list.body.docs.map((doc: { id: string }) => doc.id)).toEqual([attacker.id])
    expect((await app.rest('GET', '/api/citizens/me', { token: attacker.token })).body.user.id).toBe(attacker.id)
    const gql = await graphql(attacker, 'query ($id: String!) { Citizen(id: $id) { id email } }', { id: owner.id })
    expect(gql.body.data?.Citizen ?? null).toBeNull()

    // Signing in again finds the same, proven account.
    expect((await signInWithSpid(anna.fiscalCode)).id).toBe(owner.id)
  })
})

describe('a new e-mail address counts only once it is confirmed', () => {
  it('keeps the address in use until the link sent to the new one is followed', async () => {
    const citizen = await emailAccount('trasloco')
    const next = `${unique('nuovo')}@posta.example`
    const changed = await app.rest('PATCH', `/api/citizens/${citizen.id}`, { token: citizen.token, body: { email: next } })
    expect(changed.status).toBe(200)
    const pending = await readAsSystem(citizen.id)
    expect(pending.email).toBe(citizen.email)
    expect(pending._verified).toBe(true)
    expect(pending.pendingEmail).toBe(next)
    expect((await app.rest('POST', '/api/citizens/login', { body: { email: next, password: PASSWORD } })).status).toBe(401)

    const mail = await mailbox.waitFor(next)
    const link = new URL(mail.links.find((href) => href.includes('change='))!)
    expect(link.pathname).toBe('/verifica-email')
    const token = link.searchParams.get('change')!
    // One character changed inside the seal; a character appended may fall on bits base64 drops.
    const tampered = `${token.slice(0, 20)}${token[20] === 'A' ? 'B' : 'A'}${token.slice(21)}`
    expect(await confirmEmailChange(app.payload, tampered)).toBe('invalid')
    expect(await confirmEmailChange(app.payload, token)).toBe('changed')
    const after = await readAsSystem(citizen.id)
    expect(after.email).toBe(next)
    expect(after.pendingEmail ?? null).toBeNull()
    expect((await app.rest('POST', '/api/citizens/login', { body: { email: next, password: PASSWORD } })).status).toBe(200)
    // The link works once.
    expect(await confirmEmailChange(app.payload, link.searchParams.get('change')!)).toBe('invalid')
  })

  it('does not let SPID/CIE link an account by an address it never confirmed', async () => {
    const attacker = await emailAccount('dirottatore')
    for (const channel of ['rest', 'graphql'] as const) {
      const response =
        channel === 'rest'
          ? await patchSelf('rest', attacker, { email: karim.email })
          : await graphql(
              attacker,
              'mutation ($id: String!, $data: mutationCitizenUpdateInput!) { updateCitizen(id: $id, data: $data) { id email } }',
              {
                id: attacker.id,
                data: { email: karim.email },
              },
            )
      expect(response.status).toBe(200)
      expect((await readAsSystem(attacker.id)).email).toBe(attacker.email)
    }

    const owner = await signInWithSpid(karim.fiscalCode)
    expect(owner.id).not.toBe(attacker.id)
    expect(owner.email).toBe(karim.email)
    const untouched = await readAsSystem(attacker.id)
    expect(untouched.email).toBe(attacker.email)
    expect(untouched.digitalIdentity?.issuer ?? null).toBeNull()
    expect(untouched.confirmedFiscalCode ?? null).toBeNull()
  })
})

describe('a confirmed codice fiscale is the citizen’s for good', () => {
  it('refuses a change through REST and GraphQL, in the citizen’s language, and writes nothing', async () => {
    const proven = await signInWithSpid(lucia.fiscalCode)
    const { token } = await startCitizenSession(app.payload, proven.id)
    const citizen = { id: proven.id, token, user: { ...proven, collection: 'citizens' } }
    const other = NOBODY_YET[2]

    const italian = await patchSelf('rest', citizen, { fiscalCode: other, phone: '333 000 1111' }, 'it')
    expect(italian.status).toBe(400)
    expect(italian.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'fiscalCode', message: expect.stringMatching(/^Il codice fiscale è confermato/) }),
    ])
    const english = await patchSelf('rest', citizen, { fiscalCode: other }, 'en')
    expect(english.status).toBe(400)
    expect(english.body.errors[0].data.errors[0].message).toMatch(/^Your tax code is confirmed/)
    const viaGraphql = await patchSelf('graphql', citizen, { fiscalCode: other }, 'it')
    expect(viaGraphql.body.errors?.[0]?.extensions?.data?.errors?.[0]?.message ?? viaGraphql.body.errors?.[0]?.message).toMatch(
      /codice fiscale è confermato|non è valido/,
    )
    const emptied = await patchSelf('rest', citizen, { fiscalCode: null }, 'it')
    expect(emptied.status).toBe(400)

    const after = await readAsSystem(proven.id)
    expect(after).toMatchObject({ fiscalCode: lucia.fiscalCode, confirmedFiscalCode: lucia.fiscalCode })
    expect(after.phone ?? null).toBeNull()
    // Saving the profile with the same code still works.
    expect((await patchSelf('rest', citizen, { fiscalCode: lucia.fiscalCode, phone: '333 000 2222' })).status).toBe(200)
  })
})

describe('a codice fiscale registered by someone else is not revealed', () => {
  it('answers a claim of another account’s code exactly like a claim of an unused one', async () => {
    const prober = await emailAccount('sonda')
    const taken = await patchSelf('rest', prober, { fiscalCode: TAX_CODES.citizen2 })
    const unused = await patchSelf('rest', prober, { fiscalCode: NOBODY_YET[3] })
    expect(taken.status).toBe(unused.status)
    expect(Object.keys(taken.body).sort()).toEqual(Object.keys(unused.body).sort())
    expect(taken.body.message).toBe(unused.body.message)
    expect(taken.body.errors).toEqual(unused.body.errors)
    const viaGraphql = [
      await patchSelf('graphql', prober, { fiscalCode: TAX_CODES.citizen1 }),
      await patchSelf('graphql', prober, { fiscalCode: NOBODY_YET[0] }),
    ]
    expect(viaGraphql[0]!.status).toBe(viaGraphql[1]!.status)
    expect(viaGraphql[0]!.body.errors).toEqual(viaGraphql[1]!.body.errors)
  })
})

describe('a desk operator confirms a codice fiscale only for the person they are helping, with a document', () => {
  const assistFor = async (citizen: string) => {
    const operator = fx.actors.operator
    const assistance = await app.payload.create({
      collection: 'assistances',
      data: { citizen, reason: 'Conferma del codice fiscale', citizenAgreed: true },
      depth: 0,
      ...as(operator),
    })
    return assistanceKey(assistance.id)
  }
  const confirm = (key: string | undefined, fiscalCode: string, document = 'passport') =>
    confirmAtDesk(app.payload, { operator: fx.actors.operator.user as never, assistanceKey: key, fiscalCode, document })

  it('confirms it through an open assistance, records the operator, and drops other claims', async () => {
    const code = withCheck('CRSLNZ58H11F205')
    const resident = await emailAccount('residente')
    const claimant = await emailAccount('pretendente')
    expect((await patchSelf('rest', claimant, { fiscalCode: code })).status).toBe(200)

    // Without an assistance of their own, an operator confirms nothing.
    expect(await confirm(undefined, code)).toBe('notHelping')
    expect(await confirm(assistanceKey('00000000-0000-4000-8000-000000000000'), code)).toBe('notHelping')
    const key = await assistFor(resident.id)
    expect(await confirm(key, code, 'library-card')).toBe('invalidDocument')
    expect(await confirm(key, 'RSSMRA80A01F205Y')).toBe('invalidCode')
    expect((await readAsSystem(resident.id)).confirmedFiscalCode ?? null).toBeNull()

    expect(await confirm(key, code.toLowerCase())).toBe('confirmed')
    expect(await readAsSystem(resident.id)).toMatchObject({
      fiscalCode: code,
      confirmedFiscalCode: code,
      fiscalCodeConfirmedBy: 'desk',
      fiscalCodeDocument: 'passport',
    })
    expect((await readAsSystem(claimant.id)).fiscalCode ?? null).toBeNull()
    const [audited] = await runSql<{ actor: string }>(
      app.payload,
      sql`SELECT r.users_id::text AS actor FROM audit_log a JOIN audit_log_rels r ON r.parent_id = a.id AND r.path = 'actor'
          WHERE a.collection = 'citizens' AND a.action = 'update' AND a.document_id = ${resident.id} ORDER BY a.created_at DESC LIMIT 1`,
    )
    expect(audited?.actor).toBe(fx.users.operator)

    // Once confirmed it stays: not again, and never for somebody else.
    expect(await confirm(key, NOBODY_YET[3])).toBe('alreadyConfirmed')
    const other = await emailAccount('altro')
    expect(await confirm(await assistFor(other.id), code)).toBe('taken')
    expect((await readAsSystem(other.id)).confirmedFiscalCode ?? null).toBeNull()
    expect((await readAsSystem(resident.id)).confirmedFiscalCode).toBe(code)
  })
})
