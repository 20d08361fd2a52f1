import type { CollectionBeforeChangeHook } from 'payload'

import { careRequestReference } from '../../../lib/care-references'
import { isCitizen } from '../../../lib/roles'
import { type FieldError, rejectField, rejectInput } from '../../../lib/validation'
import { changedFields, missingToSubmit } from '../../shared/submission'
import { assertTransition } from '../../../lib/workflow'
import { CARE_REQUEST_EDITABLE_STATES, type CareRequestState, careRequestWorkflow } from '../workflow'

/** What the family writes: once WeMi is searching, a change would be a new request. */
const FAMILY_FIELDS = [
  'job',
  'arrangement',
  'caredFor',
  'caredForNotes',
  'district',
  'slots',
  'weeklyHours',
  'tasks',
  'startOn',
  'budgetHourlyCents',
  'languages',
] as const

/** What a request must say before WeMi can search for it. */
const missingForSubmission = (doc: Record<string, unknown>): FieldError[] => {
  const required = ['job', 'arrangement', 'caredFor', 'district', 'startOn']
  if (doc.arrangement !== 'live-in') required.push('slots')
  if (doc.arrangement === 'hourly') required.push('weeklyHours')
  return missingToSubmit(doc, required)
}

/** Every write of a family's request: whose it is, what the family may still change, what sending needs, and the state table. */
export const prepareCareRequest: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const { user } = req
  if (operation === 'create') {
    if (isCitizen(user)) data.citizen = user!.id
    if (!data.citizen) rejectField(req, 'care-requests', 'citizen', 'requiredField')
    data.reference = careRequestReference()
  }
  const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
  const from = operation === 'create' ? undefined : (originalDoc?.status as CareRequestState)
  const to = (data.status as CareRequestState | undefined) ?? from ?? careRequestWorkflow.initial
  data.status = to

  if (isCitizen(user) && from && !CARE_REQUEST_EDITABLE_STATES.includes(from)) {
    const changed = changedFields(data, originalDoc, FAMILY_FIELDS)
    if (changed.length > 0) rejectField(req, 'care-requests', changed[0]!, 'careRequestLocked')
  }
  if (to === 'submitted' && from !== 'submitted') rejectInput(req, 'care-requests', missingForSubmission(merged))

  const hired =
    to === 'closed-hired' && from !== to && originalDoc
      ? (
          await req.payload.count({
            collection: 'care-proposals',
            where: { careRequest: { equals: originalDoc.id }, status: { equals: 'hired' } },
            overrideAccess: true,
            req,
          })
        ).totalDocs > 0
      : false
  assertTransition({
    workflow: careRequestWorkflow,
    from,
    to,
    context: { hired, outcomeNote: merged.outcomeNote as string | null },
    req,
    collection: 'care-requests',
    path: 'status',
  })
  if (to !== from) {
    if (to === 'submitted') data.submittedAt = new Date().toISOString()
    if (to.startsWith('closed') || to === 'cancelled') data.closedAt = new Date().toISOString()
  }
  return data
}
