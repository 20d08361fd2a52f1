import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { IoNotice } from '../../collections/IoMessages/notices'
import { runSql } from '../../lib/sql'
import { appIoEnabled } from './client'

export const IO_TASK = 'send-io-message'

/**
 * Queues a notice for a resident's App IO, in the caller's transaction: it goes out only if
 * what it announces was committed, and it is sent later by a job, so that IO being slow or
 * down never holds up (or undoes) the action. Nothing is queued unless the city has set its
 * IO key and the resident's codice fiscale is confirmed (by SPID/CIE or at a desk): IO knows
 * people only by that code, and an unproven one could be somebody else's.
 */
export const queueIoMessage = async (
  req: PayloadRequest,
  {
    citizen,
    notice,
    notification,
    appointment,
    dedupeKey,
  }: { citizen: string; notice: IoNotice; notification?: string; appointment?: string; dedupeKey: string },
): Promise<void> => {
  if (!appIoEnabled()) return
  await runSql(
    req.payload,
    sql`WITH message AS (
          INSERT INTO io_messages (citizen_id, notice, notification_id, appointment_id, status, attempts, dedupe_key)
          SELECT id, ${notice}::enum_io_messages_notice, ${notification ?? null}::uuid, ${appointment ?? null}::uuid, 'queued', 0, ${dedupeKey}
          FROM citizens WHERE id = ${citizen} AND confirmed_fiscal_code IS NOT NULL
          ON CONFLICT (dedupe_key) DO NOTHING
          RETURNING id)
        INSERT INTO payload_jobs (task_slug, input)
        SELECT ${IO_TASK}::enum_payload_jobs_task_slug, jsonb_build_object('message', id) FROM message`,
    req,
  )
}
