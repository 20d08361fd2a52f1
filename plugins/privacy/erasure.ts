import { sql } from '@payloadcms/db-postgres/drizzle'
import { APIError, type CollectionBeforeDeleteHook, type Payload, type PayloadRequest } from 'payload'

import { refreshOrganisationRating } from '../../collections/Reviews/hooks/moderate'
import { type Language, message } from '../../lib/i18n'
import { PERSONAL_DATA, THREAD_STATES_BLOCKING_ERASURE } from '../../lib/personal-data'
import { relationId } from '../../lib/relations'
import { runSql } from '../../lib/sql'
import { inTransaction, localRequest } from '../../lib/transaction'
import type { Citizen, Group } from '../../payload-types'
import { recordAudit } from '../audit'
import { applyGroupAction } from '../sharing/transition'

/** The erasure waits: these threads still owe money or a service. Nothing was written. */
export class ErasureRefused extends Error {
  constructor(
    readonly threads: { id: string; reference: string; status: string }[],
    /** Temporary housing the household has accepted or lives in: the ente must know who is there. */
    readonly stays: { id: string; status: string }[] = [],
  ) {
    super(`The account has ${threads.length} thread(s) and ${stays.length} stay(s) still in progress`)
    this.name = 'ErasureRefused'
  }
}

/**
 * A family still in a group being formed leaves it, for free, through the group lifecycle as
 * itself: the group's size, price and state follow, and the other families are told as usual.
 */
const leaveFormingGroups = async (req: PayloadRequest, citizen: Citizen): Promise<void> => {
  const { docs } = await req.payload.find({
    collection: 'group-members',
    where: { and: [{ citizen: { equals: citizen.id } }, { status: { equals: 'active' } }] },
    depth: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const forming = docs.filter((member) => ['open', 'awaiting-ente', 'deciding'].includes((member.group as Group).status))
  if (forming.length === 0) return
  const system = req.user
  req.user = { ...citizen, collection: 'citizens' } as PayloadRequest['user']
  try {
    for (const member of forming) {
      const group = member.group as Group
      // Below the minimum after its deadline the members decide: giving it up is this family's way out.
      const action = group.status === 'deciding' ? 'refuse' : 'leave'
      await applyGroupAction(req.payload, { groupId: group.id, action, as: { user: req.user! }, req })
    }
  } finally {
    req.user = system
  }
}

/**
 * Erases everything the registry (lib/personal-data.ts) holds about a citizen but their own
 * row, in the request's transaction: each entry's records deleted or anonymised, in reverse
 * order. It is refused, before anything is written, while a thread is accepted (a payment may
 * be under way), paid but not yet delivered, or disputed: money is owed one way or the other,
 * and the ente and WeMi need to know whom to refund or serve. Open threads (sent, quoted) are
 * withdrawn with the account: the ente no longer sees them.
 */
const eraseRecordsOf = async (req: PayloadRequest, citizenId: string): Promise<Record<string, number>> => {
  const { payload } = req
  // Row locks: no transition may move one of the citizen's threads while it is checked and erased.
  await runSql(payload, sql`SELECT id FROM citizens WHERE id = ${citizenId} FOR UPDATE`, req)
  const threads = await runSql<{ id: string; reference: string; status: string }>(
    payload,
    sql`SELECT id, reference, status FROM threads WHERE citizen_id = ${citizenId} ORDER BY reference FOR UPDATE`,
    req,
  )
  const blocking = threads.filter((thread) => (THREAD_STATES_BLOCKING_ERASURE as readonly string[]).includes(thread.status))
  const stays = await runSql<{ id: string; status: string }>(
    payload,
    sql`SELECT id, status FROM housing_applications
        WHERE citizen_id = ${citizenId} AND status IN ('accepted', 'staying') ORDER BY created_at FOR UPDATE`,
    req,
  )
  if (blocking.length > 0 || stays.length > 0) throw new ErasureRefused(blocking, stays)

  const citizen = (await payload.findByID({ collection: 'citizens', id: citizenId, depth: 0, overrideAccess: true, req })) as Citizen
  await leaveFormingGroups(req, citizen)
  const { docs: reviews } = await payload.find({
    collection: 'reviews',
    where: { citizen: { equals: citizenId } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const rated = new Set(reviews.filter((review) => review.status === 'published').map((review) => relationId(review.organisation)!))

  const counts: Record<string, number> = {}
  for (const entry of [...PERSONAL_DATA].reverse()) {
    const where = entry.where(citizen)
    // The citizen's own row goes last, by the deletion that runs this.
    if (!where || 'keep' in entry.erasure || entry.collection === 'citizens') continue
    const step = { payload, req, citizen, where }
    if ('custom' in entry.erasure) counts[entry.collection] = await entry.erasure.custom(step)
    else if ('delete' in entry.erasure) {
      counts[entry.collection] = (
        await payload.delete({ collection: entry.collection, where, overrideAccess: true, depth: 0, req })
      ).docs.length
    } else {
      const data = entry.erasure.anonymise
      counts[entry.collection] = (
        await payload.update({ collection: entry.collection, where, data, overrideAccess: true, depth: 0, req })
      ).docs.length
    }
  }
  for (const organisation of rated) await refreshOrganisationRating(req, organisation)
  return counts
}

/**
 * Deletes a citizen's account at their request, in one transaction: their records as above,
 * then the citizen, whose sessions go with the row. One audit entry records the erasure with
 * counts, never values.
 */
export const eraseCitizen = async (payload: Payload, citizenId: string, language: Language = 'it'): Promise<Record<string, number>> => {
  const req = await localRequest(payload, { context: { erasingAccount: true, erasedCitizen: citizenId }, language })
  return inTransaction(req, async (req) => {
    const counts = await eraseRecordsOf(req, citizenId)
    await payload.delete({ collection: 'citizens', id: citizenId, overrideAccess: true, depth: 0, req })
    counts.citizens = 1
    await recordAudit(req, { action: 'delete', collection: 'citizens', documentId: citizenId, changes: { erasure: counts } })
    return counts
  })
}

/**
 * A citizen deleted anywhere else (a WeMi admin in the admin panel, the API) is erased the
 * same way, in the deletion's own transaction, and refused for the same reasons.
 */
export const eraseBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (req.context.erasedCitizen === String(id)) return
  const erasing = req.context.erasingAccount
  req.context.erasingAccount = true
  try {
    await eraseRecordsOf(req, String(id))
  } catch (error) {
    if (!(error instanceof ErasureRefused)) throw error
    throw new APIError(
      message(req, 'erasureWaitsForThreads', { references: error.threads.map((thread) => thread.reference).join(', ') }),
      409,
      null,
      true,
    )
  } finally {
    req.context.erasingAccount = erasing
  }
}
