import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { NotificationKind } from '../../collections/Notifications/kinds'
import { relationId } from '../../lib/relations'
import { runSql } from '../../lib/sql'
import { EMAIL_TASK } from '../notifications/notify'

/**
 * Records a care-work notice for one citizen, with its e-mail queued in the same transaction.
 * A family's is linked to its request and titled by the request's reference; a worker's names
 * nothing of the family.
 */
const notifyCitizen = async (
  req: PayloadRequest,
  kind: NotificationKind,
  citizen: string | null,
  about: { careRequest?: string | null; subject: string },
) => {
  if (!citizen) return
  await runSql(
    req.payload,
    sql`WITH notification AS (
          INSERT INTO notifications (kind, subject, care_request_id, citizen_id, email_status)
          VALUES (${kind}, ${about.subject}, ${about.careRequest ?? null}, ${citizen}, 'pending') RETURNING id)
        INSERT INTO payload_jobs (task_slug, input)
        SELECT ${EMAIL_TASK}::enum_payload_jobs_task_slug, jsonb_build_object('notification', id) FROM notification`,
    req,
  )
}

const referenceOf = async (req: PayloadRequest, careRequest: string) =>
  (
    await req.payload.findByID({
      collection: 'care-requests',
      id: careRequest,
      depth: 0,
      overrideAccess: true,
      req,
      select: { reference: true },
    })
  ).reference ?? ''

/** The family hears of each worker proposed and of each who accepts to meet; the worker, of each family that asks to meet her. */
export const announceProposal: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const moved = operation === 'create' ? 'created' : previousDoc?.status !== doc.status ? doc.status : null
  if (!['created', 'meeting-accepted', 'to-meet'].includes(moved)) return doc
  // The document handed on is what the acting party may read: who the other party is was left out of it.
  const proposal = await req.payload.findByID({ collection: 'care-proposals', id: doc.id, depth: 0, overrideAccess: true, req })
  const careRequest = relationId(proposal.careRequest)
  if (moved === 'to-meet')
    await notifyCitizen(req, 'care-meeting-asked', relationId(proposal.worker), { subject: proposal.candidateCode ?? '' })
  else if (careRequest) {
    await notifyCitizen(req, moved === 'created' ? 'care-proposed' : 'care-meeting-accepted', relationId(proposal.family), {
      careRequest,
      subject: await referenceOf(req, careRequest),
    })
  }
  return doc
}

/** A worker hears when WeMi has judged her application, whichever way. */
export const announceAssessment: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const judged = ['suitable', 'not-suitable'].includes(doc.status) && (operation === 'create' || previousDoc?.status !== doc.status)
  // The seed and imports write suitable workers directly, with nobody to tell.
  if (judged && req.user) await notifyCitizen(req, 'worker-assessed', relationId(doc.citizen), { subject: doc.reference ?? '' })
  return doc
}
