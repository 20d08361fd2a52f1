import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { MessageKey } from '../../../lib/i18n'
import { relationId } from '../../../lib/relations'
import { isCitizen, isStaffAccount } from '../../../lib/roles'
import { runSql } from '../../../lib/sql'
import { rejectField } from '../../../lib/validation'

const refuse = (req: PayloadRequest, key: MessageKey, path = 'slot'): never => rejectField(req, 'appointments', path, key)

/**
 * Takes a place in a future slot, in the request's transaction. The conditional UPDATE is
 * the whole guarantee against overbooking: the row lock makes concurrent bookings wait for
 * each other, and each sees the count the one before it left. Returns the slot's desk.
 */
const takePlace = async (req: PayloadRequest, slot: string): Promise<string> => {
  const [taken] = await runSql<{ desk: string }>(
    req.payload,
    sql`UPDATE desk_slots SET booked = booked + 1 WHERE id = ${slot} AND booked < capacity AND starts_at > now() RETURNING desk_id AS desk`,
    req,
  )
  if (taken) return taken.desk
  const [found] = await runSql<{ future: boolean }>(
    req.payload,
    sql`SELECT starts_at > now() AS future FROM desk_slots WHERE id = ${slot}`,
    req,
  )
  return refuse(req, found?.future ? 'slotFull' : 'slotUnavailable')
}

const givePlaceBack = async (req: PayloadRequest, slot: string) => {
  await runSql(req.payload, sql`UPDATE desk_slots SET booked = booked - 1 WHERE id = ${slot} AND booked > 0`, req)
}

type Status = 'booked' | 'cancelled' | 'attended' | 'missed'

/**
 * Keeps each slot's count of places in step with its appointments: a booking takes a place,
 * a cancellation gives it back, a new time moves it. Who booked is the signed-in citizen, if
 * any; only desk staff record whether the person came.
 */
export const holdPlace: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'create') {
    const slot = relationId(data.slot) ?? refuse(req, 'slotUnavailable')
    const desk = await takePlace(req, slot)
    return { ...data, desk, status: 'booked', citizen: isCitizen(req.user) ? req.user!.id : (data.citizen ?? null), cancelledAt: null }
  }
  const before = originalDoc as { slot: unknown; status: Status }
  const status: Status = data.status ?? before.status
  const oldSlot = relationId(before.slot)!
  const newSlot = relationId(data.slot) ?? oldSlot
  if (status !== before.status) {
    const allowed =
      before.status === 'booked' && (status === 'cancelled' || (isStaffAccount(req.user) && (status === 'attended' || status === 'missed')))
    if (!allowed) refuse(req, 'appointmentStatusChange', 'status')
  }
  if (before.status !== 'booked') return { ...data, slot: oldSlot, status }
  if (status === 'cancelled') {
    await givePlaceBack(req, oldSlot)
    return { ...data, slot: oldSlot, cancelledAt: new Date().toISOString() }
  }
  if (newSlot !== oldSlot) {
    const desk = await takePlace(req, newSlot)
    await givePlaceBack(req, oldSlot)
    return { ...data, desk }
  }
  return data
}

/** Deleting a booked appointment gives its place back too. */
export const releasePlace: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (doc.status === 'booked') await givePlaceBack(req, relationId(doc.slot)!)
}
