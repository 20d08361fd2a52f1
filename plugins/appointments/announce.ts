import type { CollectionAfterChangeHook } from 'payload'

import { ioNoticeOfAppointment } from '../../collections/IoMessages/notices'
import { relationId } from '../../lib/relations'
import { queueIoMessage } from '../app-io/queue'
import { APPOINTMENT_EMAIL_TASK, type AppointmentEvent } from './email'

/**
 * Queues the e-mail that tells the person what changed, in the same transaction as the change:
 * it goes out only if the booking, the move or the cancellation was committed. A booking or a
 * move by a signed-in resident also goes to their App IO.
 */
export const announceChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  let event: AppointmentEvent | null = null
  if (operation === 'create') event = 'booked'
  else if (doc.status === 'cancelled' && previousDoc?.status === 'booked') event = 'cancelled'
  else if (doc.status === 'booked' && relationId(doc.slot) !== relationId(previousDoc?.slot)) event = 'moved'
  if (!event) return doc
  await req.payload.jobs.queue({ task: APPOINTMENT_EMAIL_TASK, input: { appointment: doc.id, event }, req })
  const ioNotice = ioNoticeOfAppointment(event)
  const citizen = relationId(doc.citizen)
  if (ioNotice && citizen) {
    const dedupeKey = `appointment:${doc.id}:${event}:${relationId(doc.slot)}`
    await queueIoMessage(req, { citizen, notice: ioNotice, appointment: doc.id, dedupeKey })
  }
  return doc
}
