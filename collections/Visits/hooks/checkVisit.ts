import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { formatDate, timeZoneOf } from '../../../lib/dates'
import { languageOf, type MessageKey } from '../../../lib/i18n'
import { isRecordId, relationId } from '../../../lib/relations'
import { hasRole, organisationOf } from '../../../lib/roles'
import { runSql } from '../../../lib/sql'
import { rejectField } from '../../../lib/validation'
import { assertTransition } from '../../../lib/workflow'
import type { Visit } from '../../../payload-types'
import { stateLabel, type ThreadState } from '../../Threads/states'
import { MAX_VISIT_MS, PLANNABLE_THREAD_STATES, type VisitState, visitWorkflow } from '../workflow'

const fail = (req: PayloadRequest, path: string, key: MessageKey, vars?: Record<string, string>): never =>
  rejectField(req, 'visits', path, key, vars)
const missing = (req: PayloadRequest, path: string): never => rejectField(req, 'visits', path, { message: req.t('validation:required') })

const loadThread = async (req: PayloadRequest, value: unknown) => {
  const id = relationId(value)
  if (!isRecordId(id)) return null
  return req.payload.findByID({ collection: 'threads', id, depth: 0, req, overrideAccess: true, disableErrors: true })
}

type LockedRecord = { status: VisitState; checkedInAt: Date | null; checkedOutAt: Date | null; cancelledAt: Date | null }

/**
 * The visit's status and times as committed, locked until this change commits. Two taps on a
 * phone with a poor connection arrive together: the second waits for the first and sees what
 * it wrote, so an arrival is recorded once; a change of plan never crosses a check-in.
 */
const lockRecord = async (req: PayloadRequest, id: string): Promise<LockedRecord> => {
  const [record] = await runSql<LockedRecord>(
    req.payload,
    sql`SELECT status, checked_in_at AS "checkedInAt", checked_out_at AS "checkedOutAt", cancelled_at AS "cancelledAt" FROM visits WHERE id = ${id} FOR UPDATE`,
    req,
  )
  return record!
}

/**
 * One operator is at one home at a time. Plans for the same operator wait for each other (a
 * lock per operator, held until commit) so that the check sees every visit planned before it;
 * the database's exclusion constraint is the last word.
 */
const refuseOverlap = async (req: PayloadRequest, operator: string, startsAt: Date, endsAt: Date, visit: string | null) => {
  await runSql(req.payload, sql`SELECT pg_advisory_xact_lock(hashtextextended(${operator}, 0))`, req)
  const [clash] = await runSql<{ startsAt: Date }>(
    req.payload,
    sql`SELECT starts_at AS "startsAt" FROM visits
        WHERE operator_id = ${operator} AND status <> 'cancelled' AND id IS DISTINCT FROM ${visit}::uuid
          AND tstzrange(starts_at, ends_at) && tstzrange(${startsAt.toISOString()}::timestamptz, ${endsAt.toISOString()}::timestamptz)
        LIMIT 1`,
    req,
  )
  if (!clash) return
  const city = await req.payload.findGlobal({ slug: 'city', depth: 0, req })
  fail(req, 'startsAt', 'visitOperatorBusy', { when: formatDate(clash.startsAt, languageOf(req), timeZoneOf(city), true) })
}

/** The first name of an operator is what the family is told: their full record stays with the ente. */
const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? ''

/**
 * Checks a visit against its thread and fills in what follows from it. A visit is planned on
 * a paid thread of the planner's own ente, for one of that ente's home-care operators; its
 * status moves by the workflow, and the times of arrival and departure come from the
 * server's clock, never from what a client sends.
 */
export const checkVisit: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const before = operation === 'update' ? (originalDoc as Visit) : undefined
  const { user } = req
  if (!before && !data.thread) missing(req, 'thread')
  const thread = await loadThread(req, before ? before.thread : data.thread)
  const ownOrganisation = organisationOf(user)
  if (!thread || (user && !hasRole(user, 'admin') && relationId(thread.organisation) !== ownOrganisation)) {
    return fail(req, 'thread', 'visitThreadNotYours')
  }
  const threadState = thread.status as ThreadState
  const organisation = relationId(thread.organisation)!
  const next: Partial<Visit> = { ...data }
  const record = before && (await lockRecord(req, String(before.id)))

  const startsAt = new Date(next.startsAt ?? before?.startsAt ?? NaN)
  const endsAt = new Date(next.endsAt ?? before?.endsAt ?? NaN)
  const operator = relationId(next.operator ?? before?.operator)
  const planningChanged =
    !before ||
    operator !== relationId(before.operator) ||
    startsAt.getTime() !== new Date(before.startsAt).getTime() ||
    endsAt.getTime() !== new Date(before.endsAt).getTime()

  if (planningChanged) {
    if (record && record.status !== 'planned') fail(req, 'startsAt', 'visitNotPlanned')
    if (!PLANNABLE_THREAD_STATES.includes(threadState)) {
      fail(req, 'thread', 'visitThreadNotPaid', { state: stateLabel(threadState)[languageOf(req)] })
    }
    if (Number.isNaN(startsAt.getTime())) missing(req, 'startsAt')
    if (Number.isNaN(endsAt.getTime())) missing(req, 'endsAt')
    if (endsAt <= startsAt) fail(req, 'endsAt', 'visitEndsBeforeStart')
    if (endsAt.getTime() - startsAt.getTime() > MAX_VISIT_MS) fail(req, 'endsAt', 'visitTooLong')
    const assignee = isRecordId(operator)
      ? await req.payload.findByID({ collection: 'users', id: operator, depth: 0, req, overrideAccess: true, disableErrors: true })
      : null
    if (!assignee || !(assignee.roles ?? []).includes('ente-operator') || relationId(assignee.organisation) !== organisation) {
      fail(req, 'operator', 'visitOperatorInvalid')
    }
    await refuseOverlap(req, operator!, startsAt, endsAt, before ? String(before.id) : null)
    next.operatorFirstName = firstName(assignee!.name)
  }

  if (!before || !record) {
    next.organisation = organisation
    next.citizen = relationId(thread.citizen)
    next.request = relationId(thread.request)
    return { ...next, status: 'planned', checkedInAt: null, checkedOutAt: null, cancelledAt: null }
  }

  const from = record.status
  // A write that leaves the status as its writer read it changes nothing, whatever happened since.
  const to = (next.status === undefined || next.status === before.status ? from : next.status) as VisitState
  const now = new Date()
  assertTransition({
    workflow: visitWorkflow,
    from,
    to,
    context: {
      byAssignedOperator: Boolean(user) && relationId(before.operator) === String(user!.id),
      threadState,
      startsAt: new Date(before.startsAt),
      now,
    },
    req,
    collection: 'visits',
    path: 'status',
  })
  // The record of what happened is kept as it was first written.
  const written = (moment: Date | null) => (moment ? new Date(moment).toISOString() : null)
  Object.assign(next, {
    checkedInAt: written(record.checkedInAt),
    checkedOutAt: written(record.checkedOutAt),
    cancelledAt: written(record.cancelledAt),
  })
  next.status = to
  if (from !== to) {
    if (to === 'in-progress') next.checkedInAt = now.toISOString()
    if (to === 'done') next.checkedOutAt = now.toISOString()
    if (to === 'cancelled') next.cancelledAt = now.toISOString()
  }
  return next
}
