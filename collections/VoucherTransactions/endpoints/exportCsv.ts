import { sql } from '@payloadcms/db-postgres/drizzle'
import { Forbidden, type PayloadHandler } from 'payload'

import { toCsv } from '../../../lib/csv'
import { centsToDecimal } from '../../../lib/money'
import { hasRole } from '../../../lib/roles'
import { runSql } from '../../../lib/sql'

type Row = {
  id: string
  code: string
  scheme: string
  holder: string
  amount_cents: number
  status: string
  organisation: string | null
  thread: string | null
  created_at: string
  accounted_at: string | null
  reversed_at: string | null
}

const HEADER = [
  'id',
  'codice_voucher',
  'misura',
  'codice_fiscale',
  'importo',
  'stato',
  'ente',
  'richiesta',
  'registrata_il',
  'rendicontata_il',
  'stornata_il',
]

const iso = (value: string | Date | null) => (value ? new Date(value).toISOString() : '')

/**
 * Every voucher transaction as CSV for the funding scheme's accounts, optionally for one
 * scheme and one status: `GET /api/voucher-transactions/export.csv?scheme=…&status=…`.
 */
export const exportVoucherTransactions: PayloadHandler = async (req) => {
  if (!hasRole(req.user, 'admin')) throw new Forbidden(req.t)
  const scheme = req.searchParams.get('scheme') || null
  const status = req.searchParams.get('status') || null
  const rows = await runSql<Row>(
    req.payload,
    sql`SELECT t.id, v.code, v.scheme, v.holder_fiscal_code AS holder, t.amount_cents, t.status,
               o.name AS organisation, th.reference AS thread, t.created_at, t.accounted_at, t.reversed_at
        FROM voucher_transactions t
        JOIN vouchers v ON v.id = t.voucher_id
        LEFT JOIN organisations o ON o.id = t.organisation_id
        LEFT JOIN threads th ON th.id = t.thread_id
        WHERE (${scheme}::text IS NULL OR v.scheme = ${scheme})
          AND (${status}::text IS NULL OR t.status::text = ${status})
        ORDER BY t.created_at, t.id`,
  )
  const body = toCsv([
    HEADER,
    ...rows.map((row) => [
      row.id,
      row.code,
      row.scheme,
      row.holder,
      centsToDecimal(Number(row.amount_cents)),
      row.status,
      row.organisation,
      row.thread,
      iso(row.created_at),
      iso(row.accounted_at),
      iso(row.reversed_at),
    ]),
  ])
  const stamp = new Date().toISOString().slice(0, 10)
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="voucher-transazioni-${stamp}.csv"`,
      'cache-control': 'private, no-store',
    },
  })
}
