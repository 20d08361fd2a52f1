import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { loadSettings } from '../../../globals/City/settings'
import { isStaffAccount } from '../../../lib/roles'
import { runSql } from '../../../lib/sql'
import { assertTransition } from '../../../lib/workflow'
import { type InefficiencyState, inefficiencyLifecycle } from '../lifecycle'

/** Serialises numbering: two reports filed at once must not both take the year's next number. */
const NUMBERING_LOCK = sql`hashtext('wemi:inefficiency-report-number')`

/**
 * The year's next ticket number, "D-2026-000123": short enough to quote on the phone, in order
 * within the city's year. The lock is the transaction's, so it is released as the report commits.
 */
const nextNumber = async (req: PayloadRequest): Promise<string> => {
  const { timeZone } = await loadSettings(req.payload, req)
  const year = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(new Date())
  const prefix = `D-${year}-`
  await runSql(req.payload, sql`SELECT pg_advisory_xact_lock(${NUMBERING_LOCK})`, req)
  const [row] = await runSql<{ last: string | null }>(
    req.payload,
    sql`SELECT max(number) AS last FROM inefficiency_reports WHERE number LIKE ${`${prefix}%`}`,
    req,
  )
  const last = row?.last ? Number(row.last.slice(prefix.length)) : 0
  return `${prefix}${String(last + 1).padStart(6, '0')}`
}

/**
 * Every write of a report: a new one gets its number and starts as new; later, its status moves
 * only along the lifecycle table, and an answer records who gave it and when.
 */
export const prepareReport: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'create') {
    data.number = await nextNumber(req)
    data.status = inefficiencyLifecycle.initial
    return data
  }
  const from = originalDoc?.status as InefficiencyState
  const to = (data.status as InefficiencyState | undefined) ?? from
  const reply = (data.reply ?? originalDoc?.reply) as string | null | undefined
  assertTransition({
    workflow: inefficiencyLifecycle,
    from,
    to,
    context: { reply },
    req,
    collection: 'inefficiency-reports',
    path: 'status',
  })
  if (to === 'answered' && from !== 'answered') {
    data.repliedAt = new Date().toISOString()
    data.repliedBy = isStaffAccount(req.user) ? req.user!.id : null
  }
  return data
}
