import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { MAX_PROPOSALS } from '../../../lib/care-work'
import { passesHardFilters, rankWorkers } from '../../../lib/care-matching'
import { relationId } from '../../../lib/relations'
import { hasPermission, isCitizen } from '../../../lib/roles'
import { runSql } from '../../../lib/sql'
import { rejectField } from '../../../lib/validation'
import { assertTransition } from '../../../lib/workflow'
import { familyNeedOf, neighboursOf, workerProfileOf } from '../../../lib/care-profiles'
import { CARE_REQUEST_OPEN_STATES } from '../../CareRequests/workflow'
import { ACTIVE_PROPOSAL_STATES, type CareProposalState, careProposalWorkflow, type ProposalParty } from '../workflow'

/** Who the signed-in person is to this proposal. */
const partiesOf = (req: PayloadRequest, doc: Record<string, unknown>): (ProposalParty | 'system')[] => {
  const { user } = req
  if (!user) return ['system']
  const parties: ProposalParty[] = []
  if (hasPermission(user, 'care-work')) parties.push('staff')
  if (isCitizen(user) && relationId(doc.family) === user.id) parties.push('family')
  if (isCitizen(user) && relationId(doc.worker) === user.id) parties.push('worker')
  return parties
}

/**
 * A proposal is made by care staff for a worker WeMi judged suitable who passes every hard
 * filter of the family's request, while the request is open and has fewer than five; the
 * request's row is locked meanwhile, so that two staff proposing at once cannot make a sixth.
 */
const propose = async (data: Record<string, unknown>, req: PayloadRequest) => {
  const requestId = relationId(data.careRequest)
  const applicationId = relationId(data.application)
  if (!requestId) return rejectField(req, 'care-proposals', 'careRequest', 'requiredField')
  if (!applicationId) return rejectField(req, 'care-proposals', 'application', 'requiredField')
  await runSql(req.payload, sql`SELECT id FROM care_requests WHERE id = ${requestId} FOR UPDATE`, req)
  const request = await req.payload.findByID({
    collection: 'care-requests',
    id: requestId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!request) return rejectField(req, 'care-proposals', 'careRequest', 'careRequestNotFound')
  if (!CARE_REQUEST_OPEN_STATES.includes(request.status)) rejectField(req, 'care-proposals', 'careRequest', 'careRequestNotOpen')
  const application = await req.payload.findByID({
    collection: 'worker-applications',
    id: applicationId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!application) return rejectField(req, 'care-proposals', 'application', 'workerApplicationNotFound')
  if (application.status !== 'suitable') rejectField(req, 'care-proposals', 'application', 'workerNotSuitable')
  const need = familyNeedOf(request)
  const worker = workerProfileOf(application)
  if (!passesHardFilters(worker, need)) rejectField(req, 'care-proposals', 'application', 'workerFailsHardFilters')
  const existing = await req.payload.find({
    collection: 'care-proposals',
    where: { careRequest: { equals: requestId } },
    depth: 0,
    pagination: false,
    select: { application: true, status: true },
    overrideAccess: true,
    req,
  })
  if (existing.docs.some((proposal) => relationId(proposal.application) === applicationId))
    rejectField(req, 'care-proposals', 'application', 'workerAlreadyProposed')
  if (existing.docs.filter((proposal) => ACTIVE_PROPOSAL_STATES.includes(proposal.status)).length >= MAX_PROPOSALS)
    rejectField(req, 'care-proposals', 'careRequest', 'tooManyProposals', { max: String(MAX_PROPOSALS) })

  const [match] = rankWorkers([worker], need, await neighboursOf(req))
  Object.assign(data, {
    family: relationId(request.citizen),
    worker: relationId(application.citizen),
    candidateCode: application.reference,
    job: request.job,
    arrangement: request.arrangement,
    district: relationId(request.district),
    startOn: request.startOn,
    score: match!.score,
    reasons: match!.reasons,
    status: careProposalWorkflow.initial,
  })
}

/** The worker's name and how to reach her, given to the family when she accepts to meet it. */
const contactOf = async (req: PayloadRequest, worker: string) => {
  const citizen = await req.payload.findByID({ collection: 'citizens', id: worker, depth: 0, overrideAccess: true, req })
  return {
    name: [citizen.firstName, citizen.lastName].filter(Boolean).join(' ') || null,
    email: citizen.email ?? null,
    phone: citizen.phone ?? null,
  }
}

export const prepareProposal: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'create') {
    await propose(data, req)
    return data
  }
  const from = originalDoc?.status as CareProposalState
  const to = (data.status as CareProposalState | undefined) ?? from
  assertTransition({
    workflow: careProposalWorkflow,
    from,
    to,
    context: {},
    req,
    collection: 'care-proposals',
    path: 'status',
    parties: partiesOf(req, originalDoc ?? {}),
  })
  if (to === from) return data
  data.decidedAt = new Date().toISOString()
  if (to === 'meeting-accepted') data.contact = await contactOf(req, relationId(originalDoc?.worker)!)
  return data
}

/**
 * The request follows its proposals: the first one puts it in progress; a hire closes it with a
 * job created, recorded as the person who recorded the hire.
 */
export const followRequest: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const hired = operation === 'update' && doc.status === 'hired' && previousDoc?.status !== 'hired'
  if (operation !== 'create' && !hired) return doc
  // The document handed on is what the acting party may read, which may leave out the request.
  const proposal = await req.payload.findByID({ collection: 'care-proposals', id: doc.id, depth: 0, overrideAccess: true, req })
  const requestId = relationId(proposal.careRequest)
  if (!requestId) return doc
  if (hired) {
    await req.payload.update({
      collection: 'care-requests',
      id: requestId,
      data: { status: 'closed-hired' },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return doc
  }
  const request = await req.payload.findByID({ collection: 'care-requests', id: requestId, depth: 0, overrideAccess: true, req })
  if (request.status === 'submitted') {
    await req.payload.update({
      collection: 'care-requests',
      id: requestId,
      data: { status: 'in-progress' },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  return doc
}
