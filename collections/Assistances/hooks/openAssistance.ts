import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionBeforeChangeHook } from 'payload'

import { ASSISTANCE_MINUTES } from '../../../lib/assistance'
import { recordConsent } from '../../../lib/consents'
import type { MessageKey } from '../../../lib/i18n'
import { relationId } from '../../../lib/relations'
import { deskOf } from '../../../lib/roles'
import { runSql } from '../../../lib/sql'
import { rejectInput } from '../../../lib/validation'

/**
 * Opening: the reason is required and the citizen's consent to this help is recorded, with the
 * operator, the desk and the version of the text, in the same transaction. An operator helps one
 * person at a time, so opening closes any other assistance of theirs still open. Afterwards the
 * only change is closing it, at the server's time.
 */
export const openAssistance: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const now = new Date()
  if (operation === 'update') return { ...data, closedAt: now.toISOString() }
  const operator = req.user!.id
  const desk = deskOf(req.user)!
  const citizen = relationId(data.citizen)
  // Every missing piece at once, so that the operator fixes the form in one go.
  const checks: [boolean, MessageKey, string][] = [
    [Boolean(citizen), 'assistanceCitizen', 'citizen'],
    [String(data.reason ?? '').trim().length >= 10, 'assistanceReason', 'reason'],
    [data.citizenAgreed === true, 'assistanceConsent', 'citizenAgreed'],
  ]
  rejectInput(
    req,
    'assistances',
    checks.filter(([holds]) => !holds).map(([, key, path]) => ({ path, key })),
  )
  await runSql(req.payload, sql`UPDATE assistances SET closed_at = now() WHERE operator_id = ${operator} AND closed_at IS NULL`, req)
  const consent = await recordConsent(req.payload, { citizen: citizen!, purpose: 'desk-assistance', recordedBy: operator, desk, req })
  return {
    ...data,
    reason: String(data.reason).trim(),
    operator,
    desk,
    consent: consent.id,
    openedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ASSISTANCE_MINUTES * 60 * 1000).toISOString(),
    closedAt: null,
  }
}
