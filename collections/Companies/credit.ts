import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { runSql } from '../../lib/sql'

/** A company's welfare credit: what it paid for, what it gave to employees or holds for invitations, and what is left to give. */
export type CompanyCredit = { boughtCents: number; givenCents: number; reservedCents: number; availableCents: number }

/**
 * Reads the company's credit, locking the company's row first when `lock` is set, so that two
 * invitations written at once cannot both give the last of it.
 */
export const companyCredit = async (
  payload: Payload,
  company: string,
  req?: Partial<PayloadRequest>,
  { lock = false }: { lock?: boolean } = {},
): Promise<CompanyCredit> => {
  if (lock) await runSql(payload, sql`SELECT id FROM companies WHERE id = ${company} FOR UPDATE`, req)
  const [row] = await runSql<{ bought: number; given: number; reserved: number }>(
    payload,
    sql`SELECT
          (SELECT coalesce(sum(amount_cents), 0) FROM credit_purchases WHERE company_id = ${company} AND status = 'paid')::int AS bought,
          (SELECT coalesce(sum(amount_cents), 0) FROM vouchers WHERE company_id = ${company})::int AS given,
          (SELECT coalesce(sum(allowance_cents), 0) FROM company_invites WHERE company_id = ${company} AND status = 'invited')::int AS reserved`,
    req,
  )
  const bought = Number(row?.bought ?? 0)
  const given = Number(row?.given ?? 0)
  const reserved = Number(row?.reserved ?? 0)
  return { boughtCents: bought, givenCents: given, reservedCents: reserved, availableCents: bought - given - reserved }
}
