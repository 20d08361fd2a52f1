import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { relationId } from '../../../lib/relations'
import { runSql } from '../../../lib/sql'
import { assertTransition } from '../../../lib/workflow'
import { moderation, type ReviewState } from '../moderation'

export const checkModeration: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const to = (data.status ?? originalDoc?.status ?? moderation.initial) as ReviewState
  const from = operation === 'create' ? undefined : (originalDoc?.status as ReviewState)
  assertTransition({ workflow: moderation, from, to, context: {}, req, collection: 'reviews', path: 'status' })
  if (from !== to && from !== undefined) data.moderatedAt = new Date().toISOString()
  return data
}

/** Computes an ente's rating summary again from its published reviews only; saving the organisation refreshes the search ranking too. */
export const refreshOrganisationRating = async (req: PayloadRequest, organisation: string): Promise<void> => {
  const [summary = { average: null, count: 0 }] = await runSql<{ average: string | null; count: number }>(
    req.payload,
    sql`SELECT round(avg((punctuality + professionalism + speed) / 3.0), 2) AS average, count(*)::int AS count
        FROM reviews WHERE organisation_id = ${organisation} AND status = 'published'`,
    req,
  )
  await req.payload.update({
    collection: 'organisations',
    id: organisation,
    data: { rating: { average: summary.average === null ? null : Number(summary.average), count: summary.count } },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

/** When a review enters or leaves publication, the ente's rating follows. */
export const updateOrganisationRating: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const wasPublished = operation === 'update' && previousDoc?.status === 'published'
  if (wasPublished === (doc.status === 'published')) return doc
  await refreshOrganisationRating(req, relationId(doc.organisation)!)
  return doc
}
