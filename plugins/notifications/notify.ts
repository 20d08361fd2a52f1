import type { PayloadRequest } from 'payload'

import { appendRecord, queueJob } from '../../lib/records'
import { relationId } from '../../lib/relations'
import type { Thread } from '../../payload-types'
import { kindOf, type NotificationKind } from './kinds'

export const EMAIL_TASK = 'send-notification-email'

/**
 * Records a notification for a thread's citizen or ente, in the caller's transaction, and
 * queues its e-mail as a job of that same transaction: the e-mail goes out only if what it
 * announces was committed.
 */
export const notify = async (
  req: PayloadRequest,
  kind: NotificationKind,
  thread: Thread,
  { dedupeKey }: { dedupeKey?: string } = {},
): Promise<void> => {
  const recipient = kindOf(kind)!.to
  const notification = await appendRecord(req, 'notifications', {
    kind,
    thread: thread.id,
    citizen: recipient === 'citizen' ? relationId(thread.citizen) : null,
    organisation: recipient === 'ente' ? relationId(thread.organisation) : null,
    email: { status: 'pending' },
    dedupeKey,
  })
  await queueJob(req, EMAIL_TASK, { notification })
}
