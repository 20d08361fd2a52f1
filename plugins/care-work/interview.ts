import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '../../lib/relations'

/**
 * Booking a "care work" appointment at a desk is how a worker books her interview: her sent
 * application is marked with it, and cancelling the booking takes the mark off. Done in the
 * booking's transaction, as whoever booked (the worker, or a desk operator for her).
 */
export const markInterview: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const citizen = relationId(doc.citizen)
  if (doc.topic !== 'care-work' || !citizen) return doc
  const booked = doc.status === 'booked' && (operation === 'create' || previousDoc?.status !== 'booked')
  const cancelled = doc.status === 'cancelled' && previousDoc?.status === 'booked'
  if (booked) {
    await req.payload.update({
      collection: 'worker-applications',
      where: { citizen: { equals: citizen }, status: { equals: 'submitted' } },
      data: { status: 'interview-booked', interview: doc.id },
      depth: 0,
      overrideAccess: true,
      req,
    })
  } else if (cancelled) {
    await req.payload.update({
      collection: 'worker-applications',
      where: { interview: { equals: doc.id }, status: { equals: 'interview-booked' } },
      data: { status: 'submitted', interview: null },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  return doc
}
