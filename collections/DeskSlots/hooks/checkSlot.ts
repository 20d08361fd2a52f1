import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, ValidationError } from 'payload'

import { message } from '../../../lib/i18n'

/** A slot ends after it starts, and its capacity never drops below the bookings it holds. */
export const checkSlot: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const startsAt = data.startsAt ?? originalDoc?.startsAt
  const endsAt = data.endsAt ?? originalDoc?.endsAt
  const booked = Number(originalDoc?.booked ?? 0)
  const errors = [
    ...(startsAt && endsAt && new Date(endsAt) <= new Date(startsAt)
      ? [{ message: message(req, 'slotEndsBeforeStart'), path: 'endsAt' }]
      : []),
    ...(data.capacity !== undefined && Number(data.capacity) < booked
      ? [{ message: message(req, 'slotCapacityBelowBookings', { booked: String(booked) }), path: 'capacity' }]
      : []),
  ]
  if (errors.length > 0) throw new ValidationError({ collection: 'desk-slots', errors, req }, req.t)
  return data
}

/** A slot with people booked in it is not deleted: they are told of a change by cancelling first. */
export const keepBookedSlot: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const slot = await req.payload.findByID({ collection: 'desk-slots', id, depth: 0, req })
  if (Number(slot.booked) > 0) throw new APIError(message(req, 'slotHasBookings'), 409, undefined, true)
}
