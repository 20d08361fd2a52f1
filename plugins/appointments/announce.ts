import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '../../lib/relations'
import { APPOINTMENT_EMAIL_TASK, type AppointmentEvent } from './email'

/**
 * Queues the e-mail that tells the person what changed, in the same transaction as the change:
 * it goes out only if the booking, the move or the cancellation was committed.
 */
export const announceChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  let event: AppointmentEvent | null = null
  if (operation === 'create') event = 'booked'
  else if (doc.status === 'cancelled' && previousDoc?.status === 'booked') event = 'cancelled'
  else if (doc.status === 'booked' && relationId(doc.slot) !== relationId(previousDoc?.slot)) event = 'moved'
  if (event) await req.payload.jobs.queue({ task: APPOINTMENT_EMAIL_TASK, input: { appointment: doc.id, event }, req })
  return doc
}
