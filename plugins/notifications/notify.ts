import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import { ioNoticeOfNotification } from '../../collections/IoMessages/notices'
import { kindOf, type NotificationKind } from '../../collections/Notifications/kinds'
import { relationId } from '../../lib/relations'
import { queueIoMessage } from '../app-io/queue'
import { runSql } from '../../lib/sql'
import type { Thread } from '../../payload-types'

export const EMAIL_TASK = 'send-notification-email'

/**
 * Records a notification for a thread's citizen or ente, in the caller's transaction, and
 * queues its e-mail as a job of that same transaction: the e-mail goes out only if what it
 * announces was committed. The main notices also go to the citizen's App IO.
 */
export const notify = async (
  req: PayloadRequest,
  kind: NotificationKind,
  thread: Thread,
  { dedupeKey }: { dedupeKey?: string } = {},
): Promise<void> => {
  const recipient = kindOf(kind)!.to
  const citizen = recipient === 'citizen' ? relationId(thread.citizen) : null
  const organisation = recipient === 'ente' ? relationId(thread.organisation) : null
  // One statement for both rows, written straight in SQL (see lib/records.ts).
  const [created] = await runSql<{ id: string }>(
    req.payload,
    sql`WITH notification AS (
          INSERT INTO notifications (kind, subject, thread_id, citizen_id, organisation_id, email_status, dedupe_key)
          VALUES (${kind}, ${thread.title ?? thread.reference}, ${thread.id}, ${citizen ?? null}, ${organisation ?? null}, 'pending', ${dedupeKey ?? null})
          RETURNING id)
        INSERT INTO payload_jobs (task_slug, input)
        SELECT ${EMAIL_TASK}::enum_payload_jobs_task_slug, jsonb_build_object('notification', id) FROM notification
        RETURNING input->>'notification' AS id`,
    req,
  )
  const ioNotice = ioNoticeOfNotification(kind)
  if (citizen && ioNotice && created) {
    await queueIoMessage(req, { citizen, notice: ioNotice, notification: created.id, dedupeKey: `notification:${created.id}` })
  }
}
