import { type Config, type Endpoint, Forbidden, NotFound, type Plugin, type PayloadRequest, UnauthorizedError } from 'payload'

import { loadSettings } from '../../globals/City/settings'
import { today } from '../../lib/dates'
import { languageOf } from '../../lib/i18n'
import { isCitizen } from '../../lib/roles'
import { pdfResponse } from '../../lib/pdf'
import { rejectField } from '../../lib/validation'
import { jsonBody } from '../requests'
import { startCreditPurchase } from '../payments/credit-purchases'
import { acceptCompanyInvite, sendInvite } from './invites'
import { companyInvoice, companyReport, invoicedQuarters, parseQuarter, type Quarter } from './report'

/** The company the route names, read as the signed-in user: one they may not read is not found, as if it did not exist. */
const companyFor = async (req: PayloadRequest) => {
  if (!req.user) throw new UnauthorizedError(req.t)
  const company = await req.payload
    .findByID({
      collection: 'companies',
      id: String(req.routeParams?.id),
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
      disableErrors: true,
    })
    .catch((error: unknown) => {
      if (error instanceof Forbidden) return null
      throw error
    })
  if (!company) throw new NotFound(req.t)
  return company
}

/** The quarter a request asks for, or the city's current one. */
const quarterOf = async (req: PayloadRequest): Promise<Quarter> => {
  const asked = new URL(req.url ?? 'http://localhost').searchParams.get('period')
  if (asked) return parseQuarter(asked) ?? rejectField(req, 'companies', 'period', 'invoicePeriodInvalid')
  const [year, month] = today((await loadSettings(req.payload, req)).timeZone)
    .split('-')
    .map(Number) as [number, number]
  return { year, quarter: Math.ceil(month / 3) as Quarter['quarter'] }
}

/** `POST /api/companies/:id/purchases` with `{ amountCents }`: a payment page for welfare credit. */
const purchaseEndpoint: Endpoint = {
  path: '/:id/purchases',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    const { amountCents } = await jsonBody(req)
    return Response.json(await startCreditPurchase(req, String(req.routeParams?.id), amountCents))
  },
}

/** `GET /api/companies/:id/report?period=2026-Q4`: the credit and what it paid for in the quarter, by area only. */
const reportEndpoint: Endpoint = {
  path: '/:id/report',
  method: 'get',
  handler: async (req) => {
    const company = await companyFor(req)
    const report = await companyReport(req.payload, company, await quarterOf(req), languageOf(req), req)
    return Response.json({ ...report, invoices: await invoicedQuarters(req.payload, company.id, req) })
  },
}

/** `GET /api/companies/:id/invoice?period=2026-Q4`: the quarter's invoice as a PDF. */
const invoiceEndpoint: Endpoint = {
  path: '/:id/invoice',
  method: 'get',
  handler: async (req) => {
    const company = await companyFor(req)
    const { filename, bytes } = await companyInvoice(req.payload, company, await quarterOf(req), languageOf(req), req)
    return pdfResponse(filename, bytes)
  },
}

/**
 * `POST /api/company-invites/accept` with `{ token }`: the signed-in resident takes up the
 * invitation whose key they hold, as the site's page does.
 */
const acceptEndpoint: Endpoint = {
  path: '/accept',
  method: 'post',
  handler: async (req) => {
    if (!req.user || !isCitizen(req.user)) throw new UnauthorizedError(req.t)
    const { token } = await jsonBody(req)
    const voucher = await acceptCompanyInvite(req.payload, { token: typeof token === 'string' ? token : '', citizen: req.user, req })
    return Response.json({
      voucher: { id: voucher.id, code: voucher.code, amountCents: voucher.amountCents, validUntil: voucher.validUntil },
    })
  },
}

/** Company welfare: buying credit, the report and invoices on the company, and each invitation's e-mail and acceptance. */
export const companiesPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (collection.slug === 'companies') {
        return { ...collection, endpoints: [...(collection.endpoints || []), purchaseEndpoint, reportEndpoint, invoiceEndpoint] }
      }
      if (collection.slug === 'company-invites') {
        return {
          ...collection,
          endpoints: [...(collection.endpoints || []), acceptEndpoint],
          hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), sendInvite] },
        }
      }
      return collection
    }),
  })
