import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { assistanceKey, assistedCitizen } from '../../lib/assistance'
import { exportPersonalData } from '../../lib/personal-data'
import { citizenForIdentity } from '../../plugins/identity/citizens'
import { confirmedCode } from '../../plugins/identity/confirmation'
import { planVoucherPayment, voucherRefusal } from '../../plugins/payments/vouchers'
import { startTestApp, type TestApp } from '../helpers/app'
import { as, refusal } from '../helpers/as'
import { type Actor, buildFixtures, type Fixtures, TAX_CODES } from '../helpers/fixtures'
import { act, dayFromNow, quoteInput, sendRequest, threadOf } from '../helpers/marketplace'

const SCHEME = 'Buono pasti anziani'
const ROSA_CODE = 'VRDRSO47M50F205K'

let app: TestApp
let fx: Fixtures

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  await app.payload.update({
    collection: 'services',
    id: fx.services.publishedA,
    data: { acceptedVoucherSchemes: [SCHEME], agreedPartWithVoucher: true },
  })
})
afterAll(async () => app?.close())

const voucherFor = async (fiscalCode: string, amountCents: number, scheme = SCHEME) =>
  (
    await app.payload.create({
      collection: 'vouchers',
      data: {
        code: `V-${Math.random().toString(36).slice(2, 10)}`,
        scheme,
        holderFiscalCode: fiscalCode,
        amountCents,
        validFrom: dayFromNow(-1),
        validUntil: dayFromNow(365),
        status: 'active',
      },
    })
  ).id

const spentOn = async (voucher: string) =>
  (await app.payload.findByID({ collection: 'vouchers', id: voucher, overrideAccess: true })).spentCents

const paymentsOf = async (thread: string) =>
  (await app.payload.find({ collection: 'payments', where: { thread: { equals: thread } }, overrideAccess: true, depth: 0 })).docs

const acceptedThread = async (citizen: Actor, amountCents: number, service = fx.services.publishedA, ente = fx.actors.enteAdmin) => {
  const { threads } = await sendRequest(app.payload, citizen, [service], fx.districts.d1)
  const id = threads[0]!.id
  await act(app.payload, ente, id, 'quote', quoteInput({ amountCents }))
  await act(app.payload, citizen, id, 'accept', { quote: (await threadOf(app.payload, id)).quote })
  return id
}

describe('a resident without an e-mail address', () => {
  let rosa: string

  it('is registered at a desk with a contact preference instead of an address, never with an invented one', async () => {
    const created = await app.payload.create({
      collection: 'citizens',
      data: {
        firstName: 'Rosa',
        lastName: 'Verdi',
        ...confirmedCode(ROSA_CODE, 'desk', 'identity-card'),
        contactPreference: 'desk',
        password: 'Unknown-to-anyone-1',
      },
      disableVerificationEmail: true,
      overrideAccess: true,
    })
    rosa = created.id
    expect(created.email ?? null).toBeNull()
    expect(created.contactPreference).toBe('desk')
  })

  it('needs a phone number when she prefers to be called', async () => {
    const failure = await refusal(
      app.payload.create({
        collection: 'citizens',
        data: { firstName: 'Nina', contactPreference: 'phone', password: 'Unknown-to-anyone-1' },
        disableVerificationEmail: true,
        overrideAccess: true,
      }),
    )
    expect(failure.errors).toContainEqual(expect.objectContaining({ path: 'email', message: expect.stringMatching(/numero di telefono/) }))
  })

  it('refuses an account without an address signed up on the site, even when it claims to be reached at a desk', async () => {
    const before = (await app.payload.count({ collection: 'citizens', overrideAccess: true })).totalDocs
    const response = await app.rest('POST', '/api/citizens', {
      body: { firstName: 'Eva', password: 'Secret-Password-2026', contactPreference: 'desk', privacyConsent: true },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/e-mail/)
    expect((await app.payload.count({ collection: 'citizens', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('gets her notices in her area, and her data export holds nobody else’s records kept without an address', async () => {
    await app.payload.create({
      collection: 'reported-needs',
      data: { description: 'Serve un centro estivo vicino a casa.', district: fx.districts.d1 } as never,
      overrideAccess: true,
    })
    const citizen = await app.payload.findByID({ collection: 'citizens', id: rosa, overrideAccess: true })
    const actor: Actor = { user: { ...citizen, collection: 'citizens' } }
    const { threads } = await sendRequest(app.payload, actor, [fx.services.publishedA], fx.districts.d1)
    await act(app.payload, fx.actors.enteAdmin, threads[0]!.id, 'quote', quoteInput({ amountCents: 5_200 }))
    const { docs: notices } = await app.payload.find({
      collection: 'notifications',
      where: { citizen: { equals: rosa } },
      overrideAccess: true,
    })
    expect(notices.map((notice) => notice.kind)).toContain('new-quote')

    const exported = await exportPersonalData(app.payload, citizen)
    const needs = exported.sections.find((section) => section.collection === 'reported-needs')
    expect(needs?.records ?? []).toHaveLength(0)
  })

  it('signs in later with SPID into the same account, found by her confirmed codice fiscale, which takes the proven address', async () => {
    const before = (await app.payload.count({ collection: 'citizens', overrideAccess: true })).totalDocs
    const signedIn = await citizenForIdentity(
      app.payload,
      { fiscalCode: ROSA_CODE, firstName: 'ROSA', lastName: 'VERDI', birthDate: '1947-08-10', email: 'rosa.verdi@posta.example' },
      { issuer: 'https://idp.example', subject: 'rosa-1', level: 'https://www.spid.gov.it/SpidL2' },
      'it',
    )
    expect(signedIn.id).toBe(rosa)
    expect(signedIn).toMatchObject({ firstName: 'Rosa', email: 'rosa.verdi@posta.example', _verified: true })
    expect((await app.payload.count({ collection: 'citizens', overrideAccess: true })).totalDocs).toBe(before)
  })
})

describe('the vouchers a payment accepts', () => {
  it('decides in one place: theirs, valid today, of a scheme the service takes, not used up', () => {
    const voucher = {
      holderFiscalCode: TAX_CODES.citizen1,
      scheme: SCHEME,
      status: 'active',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      availableCents: 1_000,
    }
    const spender = { confirmedFiscalCode: TAX_CODES.citizen1, acceptedSchemes: [SCHEME], day: '2026-06-01' }
    expect(voucherRefusal(voucher, spender)).toBeNull()
    expect(voucherRefusal(voucher, { ...spender, confirmedFiscalCode: TAX_CODES.citizen2 })).toBe('voucherNotYours')
    expect(voucherRefusal(voucher, { ...spender, day: '2027-01-01' })).toBe('voucherNotValid')
    expect(voucherRefusal(voucher, { ...spender, acceptedSchemes: ['Altro'] })).toBe('voucherNotAccepted')
    expect(voucherRefusal({ ...voucher, availableCents: 0 }, spender)).toBe('voucherEmpty')
  })

  it('refuses a voucher of a scheme the service does not take, and spends nothing', async () => {
    const other = await voucherFor(TAX_CODES.citizen1, 20_000, 'Altro fondo')
    const thread = await acceptedThread(fx.actors.citizen, 5_000)
    const failure = await refusal(act(app.payload, fx.actors.citizen, thread, 'pay-voucher', { voucher: other }))
    expect(failure.errors[0]).toMatchObject({ path: 'voucher', message: 'Questo servizio non accetta il voucher scelto.' })
    expect(await spentOn(other)).toBe(0)
    expect(await paymentsOf(thread)).toHaveLength(0)
  })

  it('splits a payment the same way for the page that shows it and for the payment', () => {
    const amounts = { amountCents: 5_200, availableCents: 4_000, agreedPartWithVoucher: true }
    expect(planVoucherPayment('pay-voucher-agreed', amounts)).toEqual({ voucherCents: 4_000, onlineCents: 0, agreedCents: 1_200 })
    expect(planVoucherPayment('checkout', amounts)).toEqual({ voucherCents: 4_000, onlineCents: 1_200, agreedCents: 0 })
    expect(planVoucherPayment('pay-voucher', amounts)).toBe('voucherInsufficient')
    expect(planVoucherPayment('pay-voucher-agreed', { ...amounts, agreedPartWithVoucher: false })).toBe('agreedPartNotAccepted')
    expect(planVoucherPayment('pay-voucher-agreed', { ...amounts, availableCents: 6_000 })).toBe('voucherCoversAll')
  })
})

describe('a voucher and a part agreed with the ente', () => {
  it('records the voucher part at once and the agreed part when the ente confirms receiving it, in one payment', async () => {
    const voucher = await voucherFor(TAX_CODES.citizen1, 4_000)
    const thread = await acceptedThread(fx.actors.citizen, 5_200)
    const { agreedCents } = await act(app.payload, fx.actors.citizen, thread, 'pay-voucher-agreed', { voucher })
    expect(agreedCents).toBe(1_200)
    expect((await threadOf(app.payload, thread)).status).toBe('accepted')
    const [pending] = await paymentsOf(thread)
    expect(pending).toMatchObject({ method: 'other', status: 'pending', amountCents: 5_200, voucherCents: 4_000, onlineCents: 0 })
    expect(await spentOn(voucher)).toBe(4_000)

    await act(app.payload, fx.actors.enteAdmin, thread, 'confirm-payment')
    expect((await threadOf(app.payload, thread)).status).toBe('paid')
    const payments = await paymentsOf(thread)
    expect(payments).toHaveLength(1)
    expect(payments[0]).toMatchObject({ id: pending!.id, status: 'succeeded', voucherCents: 4_000 })
    expect(payments[0]!.paidAt).toBeTruthy()
  })

  it('gives the voucher part back when she cancels before the ente confirms', async () => {
    const voucher = await voucherFor(TAX_CODES.citizen1, 3_000)
    const thread = await acceptedThread(fx.actors.citizen, 5_000)
    await act(app.payload, fx.actors.citizen, thread, 'pay-voucher-agreed', { voucher })
    await act(app.payload, fx.actors.citizen, thread, 'cancel', { reason: 'Ho trovato un’altra soluzione.' })
    expect(await spentOn(voucher)).toBe(0)
    expect((await paymentsOf(thread)).map((payment) => payment.status)).toEqual(['cancelled'])
  })

  it('is refused where the service does not allow an agreed part, and changes nothing', async () => {
    await app.payload.update({ collection: 'services', id: fx.services.publishedB, data: { acceptedVoucherSchemes: [SCHEME] } })
    const voucher = await voucherFor(TAX_CODES.citizen1, 2_000)
    const thread = await acceptedThread(fx.actors.citizen, 5_000, fx.services.publishedB, fx.extraActors.enteAdminB)
    const failure = await refusal(act(app.payload, fx.actors.citizen, thread, 'pay-voucher-agreed', { voucher }))
    expect(failure.message).toMatch(/non accetta una parte pagata con un metodo concordato/)
    expect(await spentOn(voucher)).toBe(0)
    expect(await paymentsOf(thread)).toHaveLength(0)
    expect((await threadOf(app.payload, thread)).status).toBe('accepted')
  })

  it('can be made by a desk operator with the citizen present, who still cannot pay online for them', async () => {
    const assistance = await app.payload.create({
      collection: 'assistances',
      data: { citizen: String(fx.actors.citizen.user!.id), reason: 'Pagare il servizio pasti.', citizenAgreed: true } as never,
      ...as(fx.actors.operator),
    })
    const helped = (await assistedCitizen(app.payload, fx.actors.operator.user, assistanceKey(assistance.id)))!
    const asHelped: Actor = { user: { ...helped, collection: 'citizens' } }
    const voucher = await voucherFor(TAX_CODES.citizen1, 4_000)
    const thread = await acceptedThread(asHelped, 5_200)
    expect((await refusal(act(app.payload, asHelped, thread, 'checkout'))).status).toBe(403)
    await act(app.payload, asHelped, thread, 'pay-voucher-agreed', { voucher })
    expect(await spentOn(voucher)).toBe(4_000)
  })
})
