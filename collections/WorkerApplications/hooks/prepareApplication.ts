import type { CollectionBeforeChangeHook } from 'payload'

import { loadPayTable } from '../../../globals/DomesticWorkPay/table'
import { minimumHourlyCents } from '../../../lib/care-cost'
import { CARE_JOBS, type CareJob } from '../../../lib/care-work'
import { workerReference } from '../../../lib/care-references'
import { optionLabel } from '../../../lib/fields'
import { languageOf } from '../../../lib/i18n'
import { formatCents } from '../../../lib/money'
import { relationId } from '../../../lib/relations'
import { isCitizen } from '../../../lib/roles'
import { type FieldError, rejectField, rejectInput } from '../../../lib/validation'
import { changedFields, missingToSubmit } from '../../shared/submission'
import { assertTransition } from '../../../lib/workflow'
import { WORKER_EDITABLE_STATES, type WorkerApplicationState, workerApplicationWorkflow } from '../workflow'

/** The fields the worker writes: once WeMi judged her not suitable, or suspended her, they are WeMi's to change. */
const WORKER_FIELDS = [
  'jobs',
  'tasks',
  'languages',
  'experience',
  'arrangements',
  'slots',
  'districts',
  'homeDistrict',
  'street',
  'birthYear',
  'expectedHourlyCents',
  'drivingLicence',
  'references',
] as const

/** What an application must say before WeMi can judge it. */
const missingForSubmission = (doc: Record<string, unknown>): FieldError[] => {
  const required = ['jobs', 'languages', 'arrangements', 'districts', 'expectedHourlyCents']
  // A worker who only lives in with a family is there all week: no parts of it to choose.
  const liveInOnly = Array.isArray(doc.arrangements) && doc.arrangements.length > 0 && doc.arrangements.every((a) => a === 'live-in')
  if (!liveInOnly) required.push('slots')
  return missingToSubmit(doc, required)
}

/**
 * Every write of an application: who it belongs to (a citizen's own; care staff name the
 * worker), what the worker may still change, the contract's minimum pay for each job she asks
 * for, what a submission needs, and the state table.
 */
export const prepareApplication: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const { user } = req
  if (operation === 'create') {
    if (isCitizen(user)) data.citizen = user!.id
    if (!data.citizen) rejectField(req, 'worker-applications', 'citizen', 'requiredField')
    data.reference = workerReference()
    const citizen = await req.payload.findByID({
      collection: 'citizens',
      id: relationId(data.citizen)!,
      depth: 0,
      overrideAccess: true,
      req,
    })
    data.displayName = [citizen.firstName, citizen.lastName].filter(Boolean).join(' ') || citizen.email
  }
  const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
  const from = operation === 'create' ? undefined : (originalDoc?.status as WorkerApplicationState)
  const to = (data.status as WorkerApplicationState | undefined) ?? from ?? workerApplicationWorkflow.initial
  data.status = to

  if (isCitizen(user) && from && !WORKER_EDITABLE_STATES.includes(from)) {
    const changed = changedFields(data, originalDoc, WORKER_FIELDS)
    if (changed.length > 0) rejectField(req, 'worker-applications', changed[0]!, 'workerApplicationLocked')
  }

  const expected = merged.expectedHourlyCents
  if (typeof expected === 'number' && Array.isArray(merged.jobs) && merged.jobs.length > 0) {
    const table = await loadPayTable(req.payload)
    const language = languageOf(req)
    for (const job of merged.jobs as CareJob[]) {
      const level = CARE_JOBS.find((candidate) => candidate.value === job)?.level
      if (!table || !level) continue
      const minimum = minimumHourlyCents(table, level)
      if (expected < minimum) {
        rejectField(req, 'worker-applications', 'expectedHourlyCents', 'expectedPayBelowMinimum', {
          job: optionLabel(CARE_JOBS, job, language),
          level,
          minimum: formatCents(minimum, language),
          year: String(table.year),
        })
      }
    }
  }

  if (to === 'submitted' && from !== 'submitted' && from !== 'interview-booked')
    rejectInput(req, 'worker-applications', missingForSubmission(merged))

  assertTransition({
    workflow: workerApplicationWorkflow,
    from,
    to,
    context: { interview: merged.interview, staffNotes: merged.staffNotes as string | null },
    req,
    collection: 'worker-applications',
    path: 'status',
  })
  if (to !== from) {
    if (to === 'submitted' && !merged.submittedAt) data.submittedAt = new Date().toISOString()
    if (to === 'suitable' || to === 'not-suitable') data.decidedAt = new Date().toISOString()
  }
  return data
}
