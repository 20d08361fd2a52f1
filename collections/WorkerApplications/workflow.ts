import { label } from '../../lib/i18n'
import type { Workflow } from '../../lib/workflow'

export const WORKER_APPLICATION_STATES = [
  { value: 'draft', label: label('In compilazione', 'Being filled in') },
  { value: 'submitted', label: label('Inviata', 'Submitted') },
  { value: 'interview-booked', label: label('Colloquio prenotato', 'Interview booked') },
  { value: 'suitable', label: label('Idonea', 'Suitable') },
  { value: 'not-suitable', label: label('Non idonea', 'Not suitable') },
  { value: 'suspended', label: label('Sospesa', 'Suspended') },
] as const

export type WorkerApplicationState = (typeof WORKER_APPLICATION_STATES)[number]['value']

/** States in which the worker may still change what she wrote (availability changes with life). */
export const WORKER_EDITABLE_STATES: readonly WorkerApplicationState[] = ['draft', 'submitted', 'interview-booked', 'suitable']

type ApplicationContext = { interview?: unknown; staffNotes?: string | null }

const notesRequired = ({ staffNotes }: ApplicationContext) => (staffNotes?.trim() ? undefined : 'workerDecisionNotesRequired')

/**
 * A worker's application to Tate Colf Badanti. She fills it in and sends it; booking the
 * interview at a desk, herself or through a desk operator, marks it (cancelling the booking unmarks it); WeMi's care-work staff judge
 * her suitable or not, with notes when not, and may suspend a suitable worker and later restore her.
 * `admin` here is an administrator with the care-work permission: nobody else may write these.
 */
export const workerApplicationWorkflow: Workflow<WorkerApplicationState, ApplicationContext> = {
  initial: 'draft',
  createdAs: ['submitted'],
  states: WORKER_APPLICATION_STATES,
  transitions: [
    { from: 'draft', to: 'submitted', by: ['citizen', 'admin'] },
    {
      from: 'submitted',
      to: 'interview-booked',
      by: ['citizen', 'operator', 'admin'],
      guard: ({ interview }) => (interview ? undefined : 'workerInterviewNotBooked'),
    },
    {
      from: 'interview-booked',
      to: 'submitted',
      by: ['citizen', 'operator', 'admin'],
      guard: ({ interview }) => (interview ? 'workerInterviewStillBooked' : undefined),
    },
    { from: 'submitted', to: 'suitable', by: ['admin'] },
    { from: 'interview-booked', to: 'suitable', by: ['admin'] },
    { from: 'submitted', to: 'not-suitable', by: ['admin'], guard: notesRequired },
    { from: 'interview-booked', to: 'not-suitable', by: ['admin'], guard: notesRequired },
    { from: 'not-suitable', to: 'suitable', by: ['admin'] },
    { from: 'suitable', to: 'suspended', by: ['admin'], guard: notesRequired },
    { from: 'suspended', to: 'suitable', by: ['admin'] },
  ],
}
