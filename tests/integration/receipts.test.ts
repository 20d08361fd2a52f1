import { extractText } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paymentReceipt } from '../../collections/Payments/receipt'
import { runDueJobs } from '../../lib/jobs'
import { receiptPath } from '../../lib/links'
import { localRequest } from '../../lib/transaction'
import { notify } from '../../plugins/notifications/notify'
import { startTestApp, type TestApp } from '../helpers/app'
import { buildFixtures, type Fixtures, TAX_CODES } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'
import { type Mailbox, sendMailTo, startMailbox } from '../helpers/mailbox'
import { sendRequest } from '../helpers/marketplace'

let app: TestApp
let fx: Fixtures
let mailbox: Mailbox
let restoreEnvironment: () => void
/** A payment of €120.00 by citizen1 to orgA: €50.00 by voucher, the rest in cash as agreed with the ente. */
let mixed: { thread: string; id: string; receiptNumber: string; voucherCode: string; serviceTitle: string; organisation: string }
/** A payment started online and never completed. */
let pending: { id: string }

beforeAll(async () => {
  mailbox = await startMailbox()
  restoreEnvironment = sendMailTo(mailbox)
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  const { threads } = await sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA], fx.districts.d1)
  const thread = threads[0]!
  const voucherCode = unique('DOTE')
  const voucher = await app.payload.create({
    collection: 'vouchers',
    data: {
      code: voucherCode,
      scheme: 'Fondo famiglie',
      holderFiscalCode: TAX_CODES.citizen1,
      amountCents: 10_000,
      validFrom: '2026-01-01',
      validUntil: '2099-12-31',
    } as never,
  })
  const sides = { thread: thread.id, citizen: thread.citizen, organisation: thread.organisation }
  const receiptNumber = `${thread.reference}-P1`
  const paid = await app.payload.create({
    collection: 'payments',
    data: {
      ...sides,
      receiptNumber,
      method: 'other',
      status: 'succeeded',
      amountCents: 12_000,
      voucherCents: 5_000,
      onlineCents: 0,
      voucher: voucher.id,
      paidAt: '2026-12-02T09:30:00.000Z',
    } as never,
  })
  pending = await app.payload.create({
    collection: 'payments',
    data: {
      ...sides,
      receiptNumber: `${thread.reference}-P2`,
      method: 'online',
      status: 'pending',
      amountCents: 12_000,
      onlineCents: 12_000,
    } as never,
  })
  const service = await app.payload.findByID({ collection: 'services', id: fx.services.publishedA, locale: 'it' })
  const organisation = await app.payload.findByID({ collection: 'organisations', id: fx.organisations.orgA })
  mixed = { thread: thread.id, id: paid.id, receiptNumber, voucherCode, serviceTitle: service.title, organisation: organisation.legalName }
})
afterAll(async () => {
  await app?.close()
  await mailbox?.close()
  restoreEnvironment()
})

const textOf = async (bytes: Uint8Array) => (await extractText(new Uint8Array(bytes), { mergePages: true })).text

const download = (id: string, token?: string, language?: 'it' | 'en') =>
  app.rest('GET', `/api/payments/${id}/receipt.pdf`, { token, language })

describe('the receipt of a payment', () => {
  it('shows the ente, the service, the date, the amounts split by method and the receipt number', async () => {
    const receipt = await paymentReceipt(app.payload, mixed.id, { user: fx.actors.citizen.user as never }, 'it')
    expect(receipt?.filename).toBe(`ricevuta-${mixed.receiptNumber}.pdf`)
    expect(Buffer.from(receipt!.bytes).subarray(0, 5).toString()).toBe('%PDF-')
    const text = await textOf(receipt!.bytes)
    expect(text).toContain(`Ricevuta di pagamento n. ${mixed.receiptNumber}`)
    expect(text).toContain(mixed.organisation)
    expect(text).toContain(TAX_CODES.orgA)
    expect(text).toContain(mixed.serviceTitle)
    expect(text).toContain('2 dicembre 2026')
    expect(text).toMatch(new RegExp(`Con voucher Fondo famiglie \\(${mixed.voucherCode}\\)\\s+50,00 €`))
    expect(text).toMatch(/Con un metodo concordato con l’ente\s+70,00 €/)
    expect(text).toMatch(/Totale\s+120,00 €/)
    expect(text).not.toContain('Con carta')
  })

  it('is downloaded by the ente paid and by WeMi admins from the admin, in their language', async () => {
    for (const actor of [fx.actors.enteAdmin, fx.actors.enteOperator, fx.actors.admin]) {
      const response = await download(mixed.id, actor.token, 'en')
      expect(response.status).toBe(200)
    }
    const raw = await fetchPdf(mixed.id, fx.actors.admin.token!, 'en')
    expect(raw.headers.get('content-type')).toBe('application/pdf')
    expect(raw.headers.get('content-disposition')).toBe(`attachment; filename="receipt-${mixed.receiptNumber}.pdf"`)
    expect(raw.headers.get('cache-control')).toBe('private, no-store')
    const text = await textOf(new Uint8Array(await raw.arrayBuffer()))
    expect(text).toContain(`Payment receipt no. ${mixed.receiptNumber}`)
    expect(text).toMatch(/By a method agreed with the organisation\s+€70.00/)
  })
})

/** The raw response of the admin's download, with its headers. */
const fetchPdf = (id: string, token: string, language: 'it' | 'en') =>
  app.fetch(
    new Request(`http://localhost/api/payments/${id}/receipt.pdf`, {
      headers: { authorization: `JWT ${token}`, 'accept-language': language },
    }),
  )

describe('who may not have a receipt', () => {
  it('refuses another citizen, another ente, the desk operator and a visitor without a session', async () => {
    const cases: [string | undefined, number][] = [
      [fx.extraActors.citizen2.token, 404],
      [fx.extraActors.enteAdminB.token, 404],
      [fx.actors.operator.token, 404],
      [undefined, 401],
    ]
    for (const [token, status] of cases) {
      const response = await download(mixed.id, token)
      expect(response.status).toBe(status)
      expect(JSON.stringify(response.body)).toContain('Non c’è una ricevuta da scaricare per questo pagamento.')
      expect(JSON.stringify(response.body)).not.toContain(mixed.receiptNumber)
    }
    expect(await paymentReceipt(app.payload, mixed.id, { user: fx.extraActors.citizen2.user as never }, 'it')).toBeNull()
    expect(await paymentReceipt(app.payload, mixed.id, { user: null }, 'it')).toBeNull()
  })

  it('has no receipt for a payment not made yet, even for the payer', async () => {
    expect(await paymentReceipt(app.payload, pending.id, { user: fx.actors.citizen.user as never }, 'it')).toBeNull()
    expect((await download(pending.id, fx.actors.citizen.token)).status).toBe(404)
  })
})

describe('the payment e-mail', () => {
  it('links the citizen to the receipt of the payment it confirms', async () => {
    const thread = await app.payload.findByID({ collection: 'threads', id: mixed.thread, depth: 0 })
    await notify(await localRequest(app.payload), 'payment-confirmed', thread)
    await runDueJobs(app.payload)
    const mail = await mailbox.waitFor('citizen1@test.example', /Pagamento confermato/)
    expect(mail.text).toContain('Puoi scaricare la ricevuta qui sotto')
    const link = mail.links.find((href) => href.includes('/ricevuta/'))
    expect(link && new URL(link).pathname).toBe(receiptPath('it', mixed.id))
    expect(mail.html).toContain('Scarica la ricevuta (PDF)')
  })
})
