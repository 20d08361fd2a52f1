import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { kindOf, type NotificationKind } from '../../collections/Notifications/kinds'
import { relationId } from '../../lib/relations'
import { runSql } from '../../lib/sql'
import type { Group } from '../../payload-types'
import { EMAIL_TASK } from '../notifications/notify'

/**
 * Records a group's notification, in the caller's transaction, with its e-mail queued as a job
 * of that same transaction: to the group's ente, or to each of its active members but one
 * (whoever caused it), or, with `thread`, to that member thread's citizen, or, with `to`, to
 * that one citizen.
 */
export const notifyGroup = async (
  req: PayloadRequest,
  kind: NotificationKind,
  group: Pick<Group, 'id' | 'organisation' | 'title' | 'reference'>,
  { except, thread, to }: { except?: string; thread?: { id: string; citizen: unknown; title?: string | null }; to?: string } = {},
): Promise<void> => {
  const subject = [group.reference, group.title].filter(Boolean).join(' — ')
  const email = sql`INSERT INTO payload_jobs (task_slug, input)
    SELECT ${EMAIL_TASK}::enum_payload_jobs_task_slug, jsonb_build_object('notification', id) FROM notification`
  if (thread) {
    await runSql(
      req.payload,
      sql`WITH notification AS (
            INSERT INTO notifications (kind, subject, thread_id, group_id, citizen_id, email_status)
            VALUES (${kind}, ${thread.title ?? subject}, ${thread.id}, ${group.id}, ${relationId(thread.citizen)}, 'pending') RETURNING id)
          ${email}`,
      req,
    )
    return
  }
  if (to) {
    await runSql(
      req.payload,
      sql`WITH notification AS (
            INSERT INTO notifications (kind, subject, group_id, citizen_id, email_status)
            VALUES (${kind}, ${subject}, ${group.id}, ${to}, 'pending') RETURNING id)
          ${email}`,
      req,
    )
    return
  }
  if (kindOf(kind)!.to === 'ente') {
    await runSql(
      req.payload,
      sql`WITH notification AS (
            INSERT INTO notifications (kind, subject, group_id, organisation_id, email_status)
            VALUES (${kind}, ${subject}, ${group.id}, ${relationId(group.organisation)}, 'pending') RETURNING id)
          ${email}`,
      req,
    )
    return
  }
  await runSql(
    req.payload,
    sql`WITH notification AS (
          INSERT INTO notifications (kind, subject, group_id, citizen_id, email_status)
          SELECT ${kind}, ${subject}, ${group.id}, citizen_id, 'pending' FROM group_members
          WHERE group_id = ${group.id} AND status = 'active' AND citizen_id IS DISTINCT FROM ${except ?? null}::uuid
          RETURNING id)
        ${email}`,
    req,
  )
}
