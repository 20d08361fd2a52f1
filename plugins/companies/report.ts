import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { companyCredit, type CompanyCredit } from '../../collections/Companies/credit'
import { renderReceipt } from '../../collections/Payments/receipt'
import { loadSettings } from '../../globals/City/settings'
import { formatDate, startOfDay } from '../../lib/dates'
import { type Language, wording } from '../../lib/i18n'
import { COMPANY_TEXT } from '../../lib/i18n/admin'
import { formatCents } from '../../lib/money'
import { runSql } from '../../lib/sql'

/**
 * A line of the report shows an area of services only when at least this many employees spent
 * on it: fewer, and a colleague could tell who bought what. The rest is one line, "other services".
 */
export const MIN_SPENDERS_PER_LINE = 3

/** A calendar quarter of the city: the period a company is invoiced for. */
export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4 }

export const quarterKey = ({ year, quarter }: Quarter): string => `${year}-Q${quarter}`

/** "2026-Q4" (or the Italian "2026-T4") as a quarter, or null. */
export const parseQuarter = (value: string | null | undefined): Quarter | null => {
  const match = /^(\d{4})-[QT]([1-4])$/i.exec(value?.trim() ?? '')
  return match ? { year: Number(match[1]), quarter: Number(match[2]) as Quarter['quarter'] } : null
}

const quarterDays = ({ year, quarter }: Quarter): [string, string] => {
  const firstMonth = (quarter - 1) * 3 + 1
  const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(firstMonth + 3).padStart(2, '0')}-01`
  return [`${year}-${String(firstMonth).padStart(2, '0')}-01`, next]
}

export type ReportLine = { area: string; cents: number; amount: string; percent: number }

export type CompanyReport = {
  company: { id: string; name: string }
  period: string
  credit: CompanyCredit
  invited: number
  takenUp: number
  spentCents: number
  spent: string
  lines: ReportLine[]
  /** How many employees an area needs to be a line of its own. */
  minSpendersPerLine: number
}

type AreaSum = { area: string | null; name: string | null; cents: number; spenders: number }

/**
 * What the company's credit paid for in a quarter, by area of service. It sums the spends not
 * given back, of the vouchers the company's invitations became; it never reads who spent, on
 * what service, or with which ente, and an area with fewer than `MIN_SPENDERS_PER_LINE`
 * employees joins "other services".
 */
const spendsByArea = async (payload: Payload, company: string, quarter: Quarter, language: Language, req?: PayloadRequest) => {
  const { timeZone } = await loadSettings(payload, req)
  const [first, next] = quarterDays(quarter)
  return runSql<AreaSum>(
    payload,
    sql`SELECT area.id AS area, area_name.name AS name, sum(spend.amount_cents)::int AS cents, count(DISTINCT voucher.id)::int AS spenders
        FROM voucher_transactions spend
        JOIN vouchers voucher ON voucher.id = spend.voucher_id
        JOIN threads thread ON thread.id = spend.thread_id
        JOIN services service ON service.id = thread.service_id
        JOIN categories category ON category.id = service.category_id
        JOIN categories area ON area.id = coalesce(category.parent_id, category.id)
        LEFT JOIN categories_locales area_name ON area_name._parent_id = area.id AND area_name._locale = ${language}
        WHERE voucher.company_id = ${company} AND spend.status <> 'reversed'
          AND spend.created_at >= ${startOfDay(first, timeZone).toISOString()} AND spend.created_at < ${startOfDay(next, timeZone).toISOString()}
        GROUP BY area.id, area_name.name
        ORDER BY cents DESC`,
    req,
  )
}

/** The company's report for a quarter, for its HR staff and WeMi: credit, take-up, and spending by area. */
export const companyReport = async (
  payload: Payload,
  company: { id: string; name: string },
  quarter: Quarter,
  language: Language,
  req?: PayloadRequest,
): Promise<CompanyReport> => {
  const [credit, sums, [counts]] = await Promise.all([
    companyCredit(payload, company.id, req),
    spendsByArea(payload, company.id, quarter, language, req),
    runSql<{ invited: number; taken_up: number }>(
      payload,
      sql`SELECT count(*) FILTER (WHERE status <> 'revoked')::int AS invited, count(*) FILTER (WHERE status = 'accepted')::int AS taken_up
          FROM company_invites WHERE company_id = ${company.id}`,
      req,
    ),
  ])
  const t = wording(COMPANY_TEXT, language)
  const spentCents = sums.reduce((sum, line) => sum + line.cents, 0)
  const shown = sums.filter((line) => line.spenders >= MIN_SPENDERS_PER_LINE)
  const otherCents = spentCents - shown.reduce((sum, line) => sum + line.cents, 0)
  const percent = (cents: number) => (spentCents > 0 ? Math.round((cents * 100) / spentCents) : 0)
  const line = (area: string, cents: number): ReportLine => ({ area, cents, amount: formatCents(cents, language), percent: percent(cents) })
  return {
    company: { id: company.id, name: company.name },
    period: quarterKey(quarter),
    credit,
    invited: counts?.invited ?? 0,
    takenUp: counts?.taken_up ?? 0,
    spentCents,
    spent: formatCents(spentCents, language),
    lines: [...shown.map((sum) => line(sum.name ?? '', sum.cents)), ...(otherCents > 0 ? [line(t('otherServices'), otherCents)] : [])],
    minSpendersPerLine: MIN_SPENDERS_PER_LINE,
  }
}

/** The quarters in which the company's credit paid for something: one invoice each. */
export const invoicedQuarters = async (payload: Payload, company: string, req?: PayloadRequest): Promise<string[]> => {
  const { timeZone } = await loadSettings(payload, req)
  const rows = await runSql<{ quarter: string }>(
    payload,
    sql`SELECT DISTINCT to_char(spend.created_at AT TIME ZONE ${timeZone}, 'YYYY-"Q"Q') AS quarter
        FROM voucher_transactions spend JOIN vouchers voucher ON voucher.id = spend.voucher_id
        WHERE voucher.company_id = ${company} AND spend.status <> 'reversed'
        ORDER BY quarter DESC`,
    req,
  )
  return rows.map((row) => row.quarter)
}

/**
 * The invoice of a quarter: the welfare credit spent in it, by area, as a PDF. The invoices of
 * all quarters add up to the credit spent, since each spend falls in exactly one quarter.
 */
export const companyInvoice = async (
  payload: Payload,
  company: { id: string; name: string; vatNumber: string; address: string },
  quarter: Quarter,
  language: Language,
  req?: PayloadRequest,
): Promise<{ filename: string; bytes: Uint8Array; report: CompanyReport }> => {
  const report = await companyReport(payload, company, quarter, language, req)
  const { timeZone } = await loadSettings(payload, req)
  const t = wording(COMPANY_TEXT, language)
  const number = `WA-${company.vatNumber}-${report.period}`
  const [first, next] = quarterDays(quarter)
  const bytes = await renderReceipt(
    {
      title: t('invoiceTitle', { number }),
      details: [
        [t('company'), company.name],
        [t('vatNumber'), company.vatNumber],
        [t('address'), company.address],
        [t('period'), `${formatDate(first, language, 'UTC')} – ${formatDate(new Date(Date.parse(next) - 1), language, 'UTC')}`],
      ],
      amountsHeading: t('invoiceLines'),
      amounts: report.lines.map((line) => [line.area, line.amount] as [string, string]),
      total: [t('invoiceTotal'), report.spent],
      refunded: null,
      footer: t('invoiceFooter', { date: formatDate(new Date(), language, timeZone) }),
    },
    language,
  )
  return { filename: `${number}.pdf`, bytes, report }
}
