import { label } from '../../lib/i18n'
import type { Workflow } from '../../lib/workflow'

export const INEFFICIENCY_STATES = [
  { value: 'new', label: label('Nuova', 'New') },
  { value: 'in-progress', label: label('In lavorazione', 'In progress') },
  { value: 'answered', label: label('Risposta inviata', 'Answered') },
  { value: 'closed', label: label('Chiusa', 'Closed') },
] as const

export type InefficiencyState = (typeof INEFFICIENCY_STATES)[number]['value']

type ReportContext = { reply?: string | null }

const replyRequired = ({ reply }: ReportContext) => (reply?.trim() ? undefined : 'inefficiencyReplyRequired')

/**
 * A reported disservice, as WeMi staff handle it: they take it on, answer the reporter (the
 * answer is e-mailed, so it cannot be empty) and close it. An answer the reporter writes back
 * to reopens the ticket; a closed ticket stays closed, and a new problem is a new report.
 */
export const inefficiencyLifecycle: Workflow<InefficiencyState, ReportContext> = {
  initial: 'new',
  states: INEFFICIENCY_STATES,
  transitions: [
    { from: 'new', to: 'in-progress', by: ['admin'] },
    { from: 'new', to: 'answered', by: ['admin'], guard: replyRequired },
    { from: 'in-progress', to: 'answered', by: ['admin'], guard: replyRequired },
    { from: 'answered', to: 'in-progress', by: ['admin'] },
    { from: 'new', to: 'closed', by: ['admin'] },
    { from: 'in-progress', to: 'closed', by: ['admin'] },
    { from: 'answered', to: 'closed', by: ['admin'] },
  ],
}
