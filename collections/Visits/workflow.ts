import { label } from '../../lib/i18n'
import type { Workflow } from '../../lib/workflow'
import type { ThreadState } from '../Threads/states'

export type VisitState = 'planned' | 'in-progress' | 'done' | 'cancelled'

/**
 * New visits are planned, moved and reassigned only while the thread is paid: that is the
 * service the citizen bought and has not yet been closed. Arrivals and departures are also
 * recorded once the thread is delivered, because the ente (or the timer at the end of the
 * period) may mark it delivered while the last visit is still under way or before the
 * operator has checked out: what happened at someone's home is recorded whatever the
 * paperwork says. Disputed, refunded or cancelled threads take no new records.
 */
export const PLANNABLE_THREAD_STATES: readonly ThreadState[] = ['paid']
export const RECORDABLE_THREAD_STATES: readonly ThreadState[] = ['paid', 'delivered']

/** How long before the planned start an operator may check in: arriving a little early is normal. */
export const EARLY_CHECK_IN_MS = 60 * 60 * 1000

/** The longest visit one record may hold. */
export const MAX_VISIT_MS = 12 * 60 * 60 * 1000

type VisitContext = { byAssignedOperator: boolean; threadState: ThreadState; startsAt: Date; now: Date }

const byAssignedOperator = ({ byAssignedOperator: assigned }: VisitContext) => (assigned ? undefined : 'visitNotYours')
const threadRecordable = ({ threadState }: VisitContext) =>
  RECORDABLE_THREAD_STATES.includes(threadState) ? undefined : 'visitThreadClosed'

/**
 * A visit's life. Only the operator assigned records their own arrival and departure (the
 * server's clock gives the times); the ente or WeMi cancel a visit that has not started.
 */
export const visitWorkflow: Workflow<VisitState, VisitContext> = {
  initial: 'planned',
  states: [
    { value: 'planned', label: label('Programmata', 'Planned') },
    { value: 'in-progress', label: label('In corso', 'In progress') },
    { value: 'done', label: label('Svolta', 'Done') },
    { value: 'cancelled', label: label('Annullata', 'Cancelled') },
  ],
  transitions: [
    {
      from: 'planned',
      to: 'in-progress',
      by: ['ente-operator'],
      guard: (context) =>
        byAssignedOperator(context) ??
        threadRecordable(context) ??
        (context.now.getTime() < context.startsAt.getTime() - EARLY_CHECK_IN_MS ? 'visitTooEarly' : undefined),
    },
    {
      from: 'in-progress',
      to: 'done',
      by: ['ente-operator'],
      guard: (context) => byAssignedOperator(context) ?? threadRecordable(context),
    },
    { from: 'planned', to: 'cancelled', by: ['ente-admin', 'admin'] },
  ],
}
