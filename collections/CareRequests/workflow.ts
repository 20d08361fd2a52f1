import { label } from '../../lib/i18n'
import type { Workflow } from '../../lib/workflow'

export const CARE_REQUEST_STATES = [
  { value: 'draft', label: label('In compilazione', 'Being filled in') },
  { value: 'submitted', label: label('Inviata', 'Submitted') },
  { value: 'in-progress', label: label('In corso: WeMi cerca e propone', 'In progress: WeMi is searching') },
  { value: 'closed-hired', label: label('Chiusa: assunzione fatta', 'Closed: someone was hired') },
  { value: 'closed-nobody', label: label('Chiusa: nessun profilo adatto', 'Closed: nobody suitable') },
  { value: 'cancelled', label: label('Annullata dalla famiglia', 'Cancelled by the family') },
] as const

export type CareRequestState = (typeof CARE_REQUEST_STATES)[number]['value']

/** States in which the family may still change what it asked. */
export const CARE_REQUEST_EDITABLE_STATES: readonly CareRequestState[] = ['draft', 'submitted']

/** States in which WeMi may propose workers. */
export const CARE_REQUEST_OPEN_STATES: readonly CareRequestState[] = ['submitted', 'in-progress']

type CareRequestContext = { hired: boolean; outcomeNote?: string | null }

/**
 * A family's request for a worker. It is sent; WeMi's first proposal puts it in progress; it
 * closes with a hire (only once a proposed worker is recorded as hired) or, by WeMi with a
 * note, with nobody suitable; the family may cancel it until it closes.
 */
export const careRequestWorkflow: Workflow<CareRequestState, CareRequestContext> = {
  initial: 'draft',
  createdAs: ['submitted'],
  states: CARE_REQUEST_STATES,
  transitions: [
    { from: 'draft', to: 'submitted', by: ['citizen', 'admin'] },
    { from: 'submitted', to: 'in-progress', by: ['admin'] },
    { from: 'in-progress', to: 'closed-hired', by: ['citizen', 'admin'], guard: ({ hired }) => (hired ? undefined : 'careRequestNoHire') },
    {
      from: 'submitted',
      to: 'closed-nobody',
      by: ['admin'],
      guard: ({ outcomeNote }) => (outcomeNote?.trim() ? undefined : 'careRequestOutcomeNoteRequired'),
    },
    {
      from: 'in-progress',
      to: 'closed-nobody',
      by: ['admin'],
      guard: ({ outcomeNote }) => (outcomeNote?.trim() ? undefined : 'careRequestOutcomeNoteRequired'),
    },
    { from: 'draft', to: 'cancelled', by: ['citizen'] },
    { from: 'submitted', to: 'cancelled', by: ['citizen'] },
    { from: 'in-progress', to: 'cancelled', by: ['citizen'] },
  ],
}
