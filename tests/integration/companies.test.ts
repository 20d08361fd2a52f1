import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type LocalStripe, startLocalStripe } from '../../dev/local-stripe'
import { personalCheckCharacter } from '../../lib/fiscal'
import { runSql } from '../../lib/sql'
import { localRequest } from '../../lib/transaction'
import { confirmedCode } from '../../plugins/identity/confirmation'
import { acceptCompanyInvite } from '../../plugins/companies/invites'
import { companyInvoice, companyReport, invoicedQuarters, MIN_SPENDERS_PER_LINE, parseQuarter } from '../../plugins/companies/report'
import { startTestApp, type TestApp } from '../helpers/app'
import { refusal } from '../helpers/as'
import { type Bridge, serveOverHttp } from '../helpers/bridge'
import { inviteTokenIn, newCompany, paidCredit } from '../helpers/companies'
import { type Actor, buildFixtures, type Fixtures, PASSWORD } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'
import { type Mailbox, sendMailTo, startMailbox } from '../helpers/mailbox'
import { act, quoteInput, sendRequest, threadOf } from '../helpers/marketplace'

/**
 * Company welfare: a company buys credit through Stripe, invites employees by e-mail, each
 * employee takes the credit up as a voucher in their name and pays for services with it, and
 * the company reads what was spent by area of services and a quarterly invoice — never who
 * bought what.
 */
const SECRET_KEY = 'sk_test_local_companies'
const WEBHOOK_SECRET = 'whsec_test_companies'

let app: TestApp
let fx: Fixtures
let bridge: Bridge
let stripeServer: LocalStripe
let mailbox: Mailbox
let restoreEnvironment: () => void

beforeAll(async () => {
  mailbox = await startMailbox()
  restoreEnvironment = sendMailTo(mailbox)
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  bridge = await serveOverHttp(app)
  stripeServer = await startLocalStripe({
    secretKey: SECRET_KEY,
    webhookUrl: `${bridge.url}/api/stripe/webhook`,
    webhookSecret: WEBHOOK_SECRET,
  })
  Object.assign(process.env, { STRIPE_SECRET_KEY: SECRET_KEY, STRIPE_API_URL: stripeServer.url, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET })
})
afterAll(async () => {
  await stripeServer?.close()
  await bridge?.close()
  await app?.close()
  await mailbox?.close()
  restoreEnvironment?.()
})

let fiscalSerial = 0
/** A signed-up resident, with a codice fiscale confirmed by SPID unless told otherwise. */
const employee = async (payload: Payload, { confirmed = true } = {}): Promise<Actor & { email: string }> => {
  const first15 = `VRDLCU80A01F${String(100 + ++fiscalSerial).padStart(3, '0')}`
  const email = `${unique('dipendente')}@test.example`
  const citizen = await payload.create({
    collection: 'citizens',
    data: {
      email,
      password: PASSWORD,
      firstName: 'Luca',
      lastName: 'Verdi',
      ...(confirmed ? confirmedCode(first15 + personalCheckCharacter(first15), 'digital-identity') : {}),
      _verified: true,
    } as never,
    depth: 0,
    disableVerificationEmail: true,
  })
  const login = await app.rest('POST', '/api/citizens/login', { body: { email, password: PASSWORD } })
  return { user: { ...citizen, collection: 'citizens' }, token: login.body.token, email }
}

/** Invites through REST as the company's HR and returns the key from the e-mail. */
const invite = async (hr: Actor, email: string, allowanceCents: number) => {
  const created = await app.rest('POST', '/api/company-invites', { token: hr.token, body: { email, allowanceCents } })
  if (created.status !== 201) throw new Error(`Invitation refused: ${JSON.stringify(created.body)}`)
  const mail = await mailbox.waitFor(email, /welfare/)
  return { id: created.body.doc.id as string, token: inviteTokenIn(mail.links), mail }
}

const takeUp = async (citizen: Actor, token: string) =>
  acceptCompanyInvite(app.payload, {
    token,
    citizen: citizen.user as never,
    req: await localRequest(app.payload, { user: citizen.user as never }),
  })

/** The employee pays for a quote of orgA's service wholly with the company's credit. */
const spend = async (citizen: Actor, voucher: string, amountCents: number) => {
  const { threads } = await sendRequest(app.payload, citizen, [fx.services.publishedA], fx.districts.d1)
  const thread = threads[0]!.id
  await act(app.payload, fx.actors.enteAdmin, thread, 'quote', quoteInput({ amountCents }))
  await act(app.payload, citizen, thread, 'accept', { quote: (await threadOf(app.payload, thread)).quote })
  expect((await act(app.payload, citizen, thread, 'pay-voucher', { voucher })).to).toBe('paid')
  return thread
}

const countRows = async (table: 'company_invites' | 'vouchers' | 'credit_purchases', company: string) =>
  (await runSql<{ n: number }>(app.payload, sql`SELECT count(*)::int AS n FROM ${sql.raw(table)} WHERE company_id = ${company}`))[0]!.n

describe('buying welfare credit', () => {
  it('opens a Stripe payment page for the company’s HR, and the signed webhook makes the credit count', async () => {
    const company = await newCompany(app.payload, app.rest, 'Logistica Lombarda')
    const opened = await app.rest('POST', `/api/companies/${company.id}/purchases`, {
      token: company.hr.token,
      body: { amountCents: 2_000_000 },
    })
    expect(opened.status).toBe(200)
    expect(String(opened.body.url)).toContain(`${stripeServer.url}/checkout/pay/`)
    const before = await companyReport(app.payload, { id: company.id, name: 'x' }, parseQuarter('2026-Q4')!, 'it')
    expect(before.credit.boughtCents).toBe(0)

    await stripeServer.pay(String(opened.body.url).split('/').pop()!)
    const [purchase] = (await app.payload.find({ collection: 'credit-purchases', where: { company: { equals: company.id } } })).docs
    expect(purchase).toMatchObject({ status: 'paid', amountCents: 2_000_000 })
    const report = await app.rest('GET', `/api/companies/${company.id}/report`, { token: company.hr.token })
    expect(report.body.credit).toEqual({ boughtCents: 2_000_000, givenCents: 0, reservedCents: 0, availableCents: 2_000_000 })
  })

  it('refuses an amount out of range, and another company’s HR, writing nothing', async () => {
    const company = await newCompany(app.payload, app.rest, 'Trasporti Navigli')
    const other = await newCompany(app.payload, app.rest, 'Magazzini Bovisa')
    const tooSmall = await app.rest('POST', `/api/companies/${company.id}/purchases`, {
      token: company.hr.token,
      body: { amountCents: 5_000 },
      language: 'it',
    } as never)
    expect(tooSmall.status).toBe(400)
    expect(JSON.stringify(tooSmall.body)).toContain('Indica un importo tra 100 € e 1.000.000 €')
    const stranger = await app.rest('POST', `/api/companies/${company.id}/purchases`, {
      token: other.hr.token,
      body: { amountCents: 100_000 },
    })
    expect(stranger.status).toBe(404)
    const citizen = await app.rest('POST', `/api/companies/${company.id}/purchases`, {
      token: fx.actors.citizen.token,
      body: { amountCents: 100_000 },
    })
    expect(citizen.status).toBe(404)
    expect(await countRows('credit_purchases', company.id)).toBe(0)
    // Rows of purchases are the server's to write: not through REST, not as WeMi.
    const forged = await app.rest('POST', '/api/credit-purchases', {
      token: fx.actors.admin.token,
      body: { company: company.id, amountCents: 100_000, status: 'paid' },
    })
    expect(forged.status).toBe(403)
    expect(await countRows('credit_purchases', company.id)).toBe(0)
  })
})

describe('inviting employees', () => {
  it('holds each invitation’s allowance out of the credit: 10 concurrent invitations of €3,000 on €20,000 → 6', async () => {
    const company = await newCompany(app.payload, app.rest, 'Spedizioni Lambro')
    await paidCredit(app.payload, company.id, 2_000_000)
    const attempts = await Promise.all(
      Array.from({ length: 10 }, () =>
        app.rest('POST', '/api/company-invites', {
          token: company.hr.token,
          body: { email: `${unique('corsa')}@test.example`, allowanceCents: 300_000 },
        }),
      ),
    )
    expect(attempts.filter((attempt) => attempt.status === 201)).toHaveLength(6)
    const refused = attempts.filter((attempt) => attempt.status !== 201)
    expect(refused).toHaveLength(4)
    for (const attempt of refused) expect(JSON.stringify(attempt.body)).toContain('Il credito welfare ancora da assegnare è 2000,00 €')
    expect(await countRows('company_invites', company.id)).toBe(6)
  })

  it('keeps each company to its own invitations, and an invitation’s allowance as written', async () => {
    const company = await newCompany(app.payload, app.rest, 'Corrieri Isola')
    const other = await newCompany(app.payload, app.rest, 'Pallet Certosa')
    await paidCredit(app.payload, company.id, 100_000)
    await paidCredit(app.payload, other.id, 100_000)
    const { id } = await invite(company.hr, `${unique('mio')}@test.example`, 10_000)
    const forOther = await app.rest('POST', '/api/company-invites', {
      token: other.hr.token,
      body: { company: company.id, email: `${unique('altro')}@test.example`, allowanceCents: 10_000 },
    })
    expect(forOther.status).toBe(400)
    expect((await app.rest('GET', `/api/company-invites/${id}`, { token: other.hr.token })).status).toBe(404)
    expect((await app.rest('GET', '/api/company-invites', { token: other.hr.token })).body.docs).toHaveLength(0)
    const raised = await app.rest('PATCH', `/api/company-invites/${id}`, { token: company.hr.token, body: { allowanceCents: 99_000 } })
    const row = await app.payload.findByID({ collection: 'company-invites', id, depth: 0 })
    expect(raised.status === 200 ? raised.body.doc.allowanceCents : 10_000).toBe(10_000)
    expect(row.allowanceCents).toBe(10_000)
    expect(await countRows('company_invites', company.id)).toBe(1)
  })
})

describe('taking up the credit', () => {
  it('turns the e-mailed key into a voucher in the employee’s name, once', async () => {
    const company = await newCompany(app.payload, app.rest, 'Logistica Certosa')
    await paidCredit(app.payload, company.id, 100_000)
    const worker = await employee(app.payload)
    const { id, token, mail } = await invite(company.hr, worker.email, 30_000)
    expect(mail.subject).toBe('Logistica Certosa ti offre 300,00 € di welfare su WeMi')
    expect(mail.text).toContain('solo tu vedi come lo usi')
    const voucher = await takeUp(worker, token)
    expect(voucher).toMatchObject({ amountCents: 30_000, company: company.id, scheme: 'Welfare aziendale – Logistica Certosa' })
    expect(voucher.holderFiscalCode).toBe((worker.user as { confirmedFiscalCode: string }).confirmedFiscalCode)
    const invitation = await app.payload.findByID({ collection: 'company-invites', id, depth: 0 })
    expect(invitation).toMatchObject({ status: 'accepted', voucher: voucher.id })

    // The same key, through REST, by another resident or by a staff account: refused.
    const again = await app.rest('POST', '/api/company-invites/accept', { token: (await employee(app.payload)).token, body: { token } })
    expect(again.status).toBe(400)
    expect(JSON.stringify(again.body)).toContain('Questo invito non è valido')
    expect((await app.rest('POST', '/api/company-invites/accept', { token: company.hr.token, body: { token } })).status).toBe(401)
    expect(await countRows('vouchers', company.id)).toBe(1)
    // Taken up, the credit is given: the company cannot give it again, nor take the invitation back.
    const report = await app.rest('GET', `/api/companies/${company.id}/report`, { token: company.hr.token })
    expect(report.body.credit).toMatchObject({ givenCents: 30_000, reservedCents: 0, availableCents: 70_000 })
    const revoke = await app.rest('PATCH', `/api/company-invites/${id}`, { token: company.hr.token, body: { status: 'revoked' } })
    expect(revoke.status).toBe(400)
    expect((await app.payload.findByID({ collection: 'company-invites', id, depth: 0 })).status).toBe('accepted')
  })

  it('writes the invitation in the language HR chose for it, with the English page to take it up', async () => {
    const company = await newCompany(app.payload, app.rest, 'Warehouse Lambrate')
    await paidCredit(app.payload, company.id, 100_000)
    const email = `${unique('employee')}@test.example`
    const created = await app.rest('POST', '/api/company-invites', {
      token: company.hr.token,
      body: { email, allowanceCents: 25_050, language: 'en' },
    })
    expect(created.status).toBe(201)
    const mail = await mailbox.waitFor(email, /welfare/)
    expect(mail.subject).toBe('Warehouse Lambrate offers you €250.50 of welfare on WeMi')
    expect(mail.links.some((href) => new URL(href).pathname === '/en/personal-area/vouchers')).toBe(true)
  })

  it('asks for SPID or CIE first, and refuses a revoked or forged key', async () => {
    const company = await newCompany(app.payload, app.rest, 'Depositi Rogoredo')
    await paidCredit(app.payload, company.id, 100_000)
    const unconfirmed = await employee(app.payload, { confirmed: false })
    const { id, token } = await invite(company.hr, unconfirmed.email, 20_000)
    expect((await refusal(takeUp(unconfirmed, token))).message).toContain('entra con SPID o CIE')
    expect((await refusal(takeUp(unconfirmed, 'chiave-inventata'))).message).toContain('Questo invito non è valido')
    const revoke = await app.rest('PATCH', `/api/company-invites/${id}`, { token: company.hr.token, body: { status: 'revoked' } })
    expect(revoke.status).toBe(200)
    expect((await refusal(takeUp(await employee(app.payload), token))).message).toContain('Questo invito non è valido')
    expect(await countRows('vouchers', company.id)).toBe(0)
    const report = await app.rest('GET', `/api/companies/${company.id}/report`, { token: company.hr.token })
    expect(report.body.credit.availableCents).toBe(100_000)
  })
})

describe('spending and the company’s report', () => {
  it('pays any service like a voucher, and the report shows areas only once enough employees spent on them', async () => {
    const company = await newCompany(app.payload, app.rest, 'Logistica Milano Sud')
    await paidCredit(app.payload, company.id, 2_000_000)
    const workers = await Promise.all(Array.from({ length: MIN_SPENDERS_PER_LINE }, () => employee(app.payload)))
    const vouchers: string[] = []
    for (const worker of workers) {
      const { token } = await invite(company.hr, worker.email, 40_000)
      vouchers.push((await takeUp(worker, token)).id)
    }
    // The service accepts no voucher scheme: a company's credit pays for any service.
    expect(
      (await app.payload.findByID({ collection: 'services', id: fx.services.publishedA, depth: 0 })).acceptedVoucherSchemes ?? [],
    ).toEqual([])
    await spend(workers[0]!, vouchers[0]!, 30_000)
    await spend(workers[1]!, vouchers[1]!, 12_000)
    const hr = company.hr.token
    const early = (await app.rest('GET', `/api/companies/${company.id}/report`, { token: hr })).body
    expect(early.spentCents).toBe(42_000)
    expect(early.lines).toEqual([{ area: 'Altri servizi', cents: 42_000, amount: '420,00 €', percent: 100 }])

    await spend(workers[2]!, vouchers[2]!, 18_000)
    const report = (await app.rest('GET', `/api/companies/${company.id}/report`, { token: hr })).body
    expect(report.lines).toEqual([{ area: 'Assistenza', cents: 60_000, amount: '600,00 €', percent: 100 }])
    expect(report).toMatchObject({ invited: 3, takenUp: 3, spentCents: 60_000 })
    // Nothing in it names a person, a voucher, a service or an ente, nor any single purchase's amount.
    const text = JSON.stringify(report)
    for (const secret of [...workers.map((worker) => worker.email), ...vouchers, 'Verdi', 'Assistenza pubblicata A', 'Ente orgA']) {
      expect(text).not.toContain(secret)
    }
    expect(Object.keys(report).sort()).toEqual([
      'company',
      'credit',
      'invited',
      'invoices',
      'lines',
      'minSpendersPerLine',
      'period',
      'spent',
      'spentCents',
      'takenUp',
    ])
  })

  it('never lets the company list an employee’s purchase: REST, GraphQL and filters all refuse', async () => {
    const company = await newCompany(app.payload, app.rest, 'Logistica Lorenteggio')
    await paidCredit(app.payload, company.id, 100_000)
    const worker = await employee(app.payload)
    const { token, id: inviteId } = await invite(company.hr, worker.email, 50_000)
    const voucher = (await takeUp(worker, token)).id
    const thread = await spend(worker, voucher, 25_000)
    const hr = company.hr.token

    for (const path of [
      '/api/voucher-transactions',
      `/api/voucher-transactions?where[voucher][equals]=${voucher}`,
      '/api/vouchers',
      `/api/vouchers/${voucher}`,
      `/api/vouchers?where[company][equals]=${company.id}`,
      '/api/payments',
      `/api/threads/${thread}`,
      '/api/threads',
      '/api/requests',
      '/api/citizens',
    ]) {
      const answer = await app.rest('GET', path, { token: hr })
      const docs = answer.body?.docs
      expect([403, 404].includes(answer.status) || (Array.isArray(docs) && docs.length === 0), `${path}: ${answer.status}`).toBe(true)
    }
    const invitation = await app.rest('GET', `/api/company-invites/${inviteId}?depth=2`, { token: hr })
    expect(invitation.status).toBe(200)
    expect(invitation.body.voucher).toBeUndefined()
    expect(invitation.body.tokenHash).toBeUndefined()
    // Whether the employee spent anything cannot be learnt by filtering on the voucher either.
    const byFilter = await app.rest('GET', `/api/company-invites?where[voucher.spentCents][greater_than]=0`, { token: hr })
    expect(byFilter.status === 200 ? byFilter.body.docs.length : 0).toBe(0)

    const graphql = await app.rest('POST', '/api/graphql', {
      token: hr,
      body: {
        query: `{ VoucherTransactions { docs { amountCents thread { id } } } Vouchers { docs { id spentCents } } Payments { docs { amountCents } } CompanyInvites { docs { email voucher { spentCents } } } }`,
      },
    })
    const data = graphql.body.data ?? {}
    expect(data.VoucherTransactions?.docs ?? []).toHaveLength(0)
    expect(data.Vouchers?.docs ?? []).toHaveLength(0)
    expect(data.Payments?.docs ?? []).toHaveLength(0)
    for (const entry of data.CompanyInvites?.docs ?? []) expect(entry.voucher ?? null).toBeNull()

    // Another company's HR, the ente and the employee themselves do not read the company's report.
    const other = await newCompany(app.payload, app.rest, 'Logistica Baggio')
    for (const stranger of [other.hr, fx.actors.enteAdmin, worker]) {
      expect((await app.rest('GET', `/api/companies/${company.id}/report`, { token: stranger.token })).status).toBe(404)
      expect((await app.rest('GET', `/api/companies/${company.id}/invoice?period=2026-Q4`, { token: stranger.token })).status).toBe(404)
    }
    expect((await app.rest('GET', `/api/companies/${company.id}/report`)).status).toBe(401)
  })
})

describe('quarterly invoices', () => {
  it('invoice each quarter’s spending, and together add up to the credit spent, refunds excluded', async () => {
    const company = await newCompany(app.payload, app.rest, 'Logistica Quarto Oggiaro')
    await paidCredit(app.payload, company.id, 500_000)
    const worker = await employee(app.payload)
    const { token } = await invite(company.hr, worker.email, 200_000)
    const voucher = (await takeUp(worker, token)).id
    await spend(worker, voucher, 30_000)
    const earlier = await spend(worker, voucher, 45_000)
    const refunded = await spend(worker, voucher, 20_000)
    expect((await act(app.payload, worker, refunded, 'cancel')).to).toBe('refunded')
    // One spend belongs to the previous quarter.
    await runSql(
      app.payload,
      sql`UPDATE voucher_transactions SET created_at = created_at - interval '100 days' WHERE thread_id = ${earlier}`,
    )

    const [spent] = await runSql<{ cents: number }>(
      app.payload,
      sql`SELECT coalesce(sum(amount_cents), 0)::int AS cents FROM voucher_transactions WHERE voucher_id = ${voucher} AND status <> 'reversed'`,
    )
    expect(spent!.cents).toBe(75_000)
    const quarters = await invoicedQuarters(app.payload, company.id)
    expect(quarters).toHaveLength(2)
    const row = await app.payload.findByID({ collection: 'companies', id: company.id, depth: 0 })
    let total = 0
    for (const quarter of quarters) {
      const invoice = await companyInvoice(app.payload, row, parseQuarter(quarter)!, 'it')
      expect(invoice.filename).toBe(`WA-${row.vatNumber}-${quarter}.pdf`)
      expect(Buffer.from(invoice.bytes).subarray(0, 5).toString()).toBe('%PDF-')
      total += invoice.report.spentCents
    }
    expect(total).toBe(75_000)

    const pdf = await app.rest('GET', `/api/companies/${company.id}/invoice?period=${quarters[0]}`, { token: company.hr.token })
    expect(pdf.status).toBe(200)
    expect(String(pdf.body).startsWith('%PDF-')).toBe(true)
    const badPeriod = await app.rest('GET', `/api/companies/${company.id}/invoice?period=ultimo`, { token: company.hr.token })
    expect(badPeriod.status).toBe(400)
  })
})
