import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

import { message } from '../../../lib/i18n'
import { type FieldError, rejectInput } from '../../../lib/validation'

/** A slot ends after it starts, and its capacity never drops below the bookings it holds. */
export const checkSlot: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const startsAt = data.startsAt ?? originalDoc?.startsAt
  const endsAt = data.endsAt ?? originalDoc?.endsAt
  const booked = Number(originalDoc?.booked ?? 0)
  const errors: FieldError[] = [
    ...(startsAt && endsAt && new Date(endsAt) <= new Date(startsAt) ? [{ path: 'endsAt', key: 'slotEndsBeforeStart' as const }] : []),
    ...(data.capacity !== undefined && Number(data.capacity) < booked
      ? [{ path: 'capacity', key: 'slotCapacityBelowBookings' as const, vars: { booked: String(booked) } }]
      : []),
  ]
  rejectInput(req, 'desk-slots', errors)
  return data
}

/** A slot with people booked in it is not deleted: they are told of a change by cancelling first. */
export const keepBookedSlot: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const slot = await req.payload.findByID({ collection: 'desk-slots', id, depth: 0, req })
  if (Number(slot.booked) > 0) throw new APIError(message(req, 'slotHasBookings'), 409, undefined, true)
}
