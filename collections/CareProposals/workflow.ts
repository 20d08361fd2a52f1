import { label } from '../../lib/i18n'
import type { Workflow } from '../../lib/workflow'

export const CARE_PROPOSAL_STATES = [
  { value: 'proposed', label: label('Proposta alla famiglia', 'Proposed to the family') },
  { value: 'to-meet', label: label('La famiglia vuole incontrarla', 'The family wants to meet') },
  { value: 'not-chosen', label: label('Non scelta dalla famiglia', 'Not chosen by the family') },
  { value: 'meeting-accepted', label: label('Incontro accettato: contatti condivisi', 'Meeting accepted: contacts shared') },
  { value: 'meeting-declined', label: label('Incontro rifiutato', 'Meeting declined') },
  { value: 'hired', label: label('Assunzione fatta', 'Hired') },
  { value: 'not-hired', label: label('Nessuna assunzione', 'Not hired') },
  { value: 'withdrawn', label: label('Ritirata da WeMi', 'Withdrawn by WeMi') },
] as const

export type CareProposalState = (typeof CARE_PROPOSAL_STATES)[number]['value']

/** Who acts on a proposal: the family that asked, the worker proposed, or WeMi's care-work staff. */
export type ProposalParty = 'family' | 'worker' | 'staff'

/** Proposals that still take one of the family's places (at most five at once). */
export const ACTIVE_PROPOSAL_STATES: readonly CareProposalState[] = ['proposed', 'to-meet', 'meeting-accepted', 'hired']

/** From these on, the family has the worker's contacts: she agreed to meet. */
export const CONTACT_SHARED_STATES: readonly CareProposalState[] = ['meeting-accepted', 'hired', 'not-hired']

/**
 * A worker proposed to a family, as one table. The family, having read the anonymised CV,
 * chooses whom to meet; the worker accepts or declines the meeting (her contacts pass to the
 * family only when she accepts); after the meeting the family or WeMi records the outcome.
 */
export const careProposalWorkflow: Workflow<CareProposalState, Record<string, never>, ProposalParty> = {
  initial: 'proposed',
  states: CARE_PROPOSAL_STATES,
  transitions: [
    { from: 'proposed', to: 'to-meet', by: ['family', 'staff'] },
    { from: 'proposed', to: 'not-chosen', by: ['family', 'staff'] },
    { from: 'proposed', to: 'withdrawn', by: ['staff'] },
    { from: 'to-meet', to: 'meeting-accepted', by: ['worker', 'staff'] },
    { from: 'to-meet', to: 'meeting-declined', by: ['worker', 'staff'] },
    { from: 'meeting-accepted', to: 'hired', by: ['family', 'staff'] },
    { from: 'meeting-accepted', to: 'not-hired', by: ['family', 'staff'] },
  ],
}
