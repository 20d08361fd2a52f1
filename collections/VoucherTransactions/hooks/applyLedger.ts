import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../lib/relations'
import { runSql } from '../../../lib/sql'
import { assertTransition } from '../../../lib/workflow'
import { LIFECYCLE_CONTEXT } from '../../Threads/writer'
import { ledger, type VoucherTransactionState } from '../ledger'

export const checkLedgerTransition: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const to = (data.status ?? originalDoc?.status ?? ledger.initial) as VoucherTransactionState
  const from = operation === 'create' ? undefined : (originalDoc?.status as VoucherTransactionState)
  // A thread's cancellation or refund gives the voucher back whoever asked for it.
  if (!req.context[LIFECYCLE_CONTEXT])
    assertTransition({ workflow: ledger, from, to, context: {}, req, collection: 'voucher-transactions', path: 'status' })
  if (from !== to && to === 'reversed') data.reversedAt = new Date().toISOString()
  if (from !== to && to === 'accounted') data.accountedAt = new Date().toISOString()
  return data
}

/** Keeps the voucher's spent amount equal to its transactions that still count. */
export const updateVoucherBalance: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && previousDoc?.status === doc.status) return doc
  const voucherId = relationId(doc.voucher)
  await runSql(
    req.payload,
    sql`UPDATE vouchers SET spent_cents = (
          SELECT coalesce(sum(amount_cents), 0) FROM voucher_transactions
          WHERE voucher_id = ${voucherId} AND status <> 'reversed')
        WHERE id = ${voucherId}`,
    req,
  )
  return doc
}
