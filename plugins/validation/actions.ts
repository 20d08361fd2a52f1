import { addDataAndFileToRequest, type Endpoint, Forbidden, type PayloadRequest } from 'payload'

import type { AccreditationState } from '../../collections/Organisations/accreditation'
import type { ServiceState } from '../../collections/Services/validation'
import type { MessageKey } from '../../lib/i18n'
import { rejectField } from '../../lib/validation'

/** The explicit moves of the admin's buttons; each is a state change the collection's workflow checks. */
export type WorkflowActionName = 'submit' | 'approve' | 'request-changes'

type WorkflowAction<State extends string> = {
  to: State
  /** Why pressing it again does nothing: the record is already there. */
  already: MessageKey
  /** WeMi's decisions carry a comment to the ente, which asking for corrections cannot do without. */
  comment?: 'optional' | 'required'
}

type ValidatedCollection = 'services' | 'organisations'

type WorkflowActions<State extends string> = {
  /** The status field, for the messages that point at it. */
  statusPath: string
  stateOf: (doc: Record<string, unknown>) => State | undefined
  actions: Partial<Record<WorkflowActionName, WorkflowAction<State>>>
  /** The update that takes the action: what is written, and whether it is a draft beside the live version. */
  write: (action: WorkflowAction<State>, comment: string | null) => { data: Record<string, unknown>; draft?: boolean }
}

/** The same three moves on both collections: sent to WeMi, approved into `approved`, or sent back with a comment. */
const movesTo = <State extends string>(
  approved: State,
  already: Record<WorkflowActionName, MessageKey>,
): WorkflowActions<State | 'submitted' | 'to-correct'>['actions'] => ({
  submit: { to: 'submitted', already: already.submit },
  approve: { to: approved, already: already.approve, comment: 'optional' },
  'request-changes': { to: 'to-correct', already: already['request-changes'], comment: 'required' },
})

const SERVICE_ACTIONS: WorkflowActions<ServiceState> = {
  statusPath: 'validation.status',
  stateOf: (doc) => (doc.validation as { status?: ServiceState } | undefined)?.status,
  actions: movesTo('published', {
    submit: 'serviceAlreadySubmitted',
    approve: 'serviceAlreadyPublished',
    'request-changes': 'serviceAlreadyToCorrect',
  }),
  // Publishing makes the latest draft the public version; anything else stays a draft beside it.
  write: ({ to, comment }, text) => ({
    data: {
      ...(to === 'published' ? { _status: 'published' } : {}),
      validation: { status: to, ...(comment ? { notes: text } : {}) },
    },
    draft: to !== 'published',
  }),
}

const ORGANISATION_ACTIONS: WorkflowActions<AccreditationState> = {
  statusPath: 'accreditation.status',
  stateOf: (doc) => (doc.accreditation as { status?: AccreditationState } | undefined)?.status,
  actions: movesTo('accredited', {
    submit: 'organisationAlreadySubmitted',
    approve: 'organisationAlreadyAccredited',
    'request-changes': 'organisationAlreadyToCorrect',
  }),
  write: ({ to, comment }, text) => ({ data: { accreditation: { status: to, ...(comment ? { notes: text } : {}) } } }),
}

export const WORKFLOW_ACTIONS: Record<ValidatedCollection, WorkflowActions<string>> = {
  services: SERVICE_ACTIONS as WorkflowActions<string>,
  organisations: ORGANISATION_ACTIONS as WorkflowActions<string>,
}

const isActionName = (value: unknown): value is WorkflowActionName =>
  value === 'submit' || value === 'approve' || value === 'request-changes'

/**
 * Takes one of the admin's explicit actions on a record, as the signed-in person: an ordinary
 * update with their access, so the collection's hooks apply the same workflow table that any
 * REST or GraphQL write meets. Only what the table cannot know is checked here: pressing the
 * button for the state the record is already in, and a request for corrections without a comment.
 */
export const takeWorkflowAction = async (
  req: PayloadRequest,
  collection: ValidatedCollection,
  id: string,
  input: { action?: unknown; comment?: unknown },
) => {
  const { statusPath, stateOf, actions, write } = WORKFLOW_ACTIONS[collection]
  if (!req.user) throw new Forbidden(req.t)
  const action = isActionName(input.action) ? actions[input.action] : undefined
  if (!action) return rejectField(req, collection, 'action', 'workflowActionUnknown')
  const comment = typeof input.comment === 'string' && input.comment.trim() ? input.comment.trim() : null
  const current = await req.payload.findByID({ collection, id, depth: 0, draft: true, overrideAccess: false, user: req.user, req })
  if (stateOf(current as unknown as Record<string, unknown>) === action.to) rejectField(req, collection, statusPath, action.already)
  if (action.comment === 'required' && !comment) rejectField(req, collection, 'comment', 'workflowCommentRequired')
  const { data, draft } = write(action, comment)
  return req.payload.update({ collection, id, data, draft, depth: 0, overrideAccess: false, user: req.user, req })
}

/** `POST /api/<collection>/:id/workflow` with `{ action, comment }`: what the admin's buttons call. */
export const workflowEndpoint = (collection: ValidatedCollection): Endpoint => ({
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const doc = await takeWorkflowAction(req, collection, String(req.routeParams?.id), (req.data ?? {}) as Record<string, unknown>)
    return Response.json({ doc })
  },
})
