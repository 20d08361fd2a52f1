import { type Bilingual, label } from '../../lib/i18n'
import type { Refusal, Workflow } from '../../lib/workflow'

export type ServiceState = 'draft' | 'submitted' | 'to-correct' | 'published' | 'suspended' | 'archived'

/** States whose content is what the public sees, so they are written by publishing. */
export const LIVE_STATES: readonly ServiceState[] = ['published', 'suspended', 'archived']

/**
 * The sections a resident needs before asking for the service, by field name: a service with
 * any of them empty can be neither sent to WeMi nor published.
 */
export const REQUIRED_SECTIONS = {
  description: label('Descrizione', 'Description'),
  audience: label('A chi è rivolto', 'Who it is for'),
  howTo: label('Come fare', 'How to apply'),
  outcome: label('Cosa si ottiene', 'What you get'),
  costs: label('Costi', 'Costs'),
} satisfies Record<string, Bilingual>

type ServiceContext = {
  organisationAccredited: boolean
  /** The required sections left empty, named in the reader's language. */
  missingSections: readonly string[]
  notes?: string | null
}

const accredited = ({ organisationAccredited }: ServiceContext): Refusal | undefined =>
  organisationAccredited ? undefined : 'organisationNotAccredited'

/** Complete and from an accredited ente: what WeMi may see and publish. */
const ready = (context: ServiceContext): Refusal | undefined =>
  accredited(context) ??
  (context.missingSections.length > 0
    ? { key: 'serviceSectionsMissing', vars: { sections: context.missingSections.join(', ') } }
    : undefined)

const explained = ({ notes }: ServiceContext): Refusal | undefined => (notes?.trim() ? undefined : 'correctionNotesRequired')

/**
 * How a catalogue entry is validated. The ente drafts and sends it to WeMi; WeMi publishes it
 * or sends it back with notes, and later suspends or archives it. Editing a live service starts
 * a new draft while the published version stays visible until WeMi validates the change.
 */
export const validation: Workflow<ServiceState, ServiceContext> = {
  initial: 'draft',
  states: [
    { value: 'draft', label: label('Bozza', 'Draft') },
    { value: 'submitted', label: label('Inviato a WeMi per la validazione', 'Submitted to WeMi for validation') },
    { value: 'to-correct', label: label('Da correggere', 'To be corrected') },
    { value: 'published', label: label('Pubblicato', 'Published') },
    { value: 'suspended', label: label('Sospeso', 'Suspended') },
    { value: 'archived', label: label('Archiviato', 'Archived') },
  ],
  transitions: [
    { from: 'draft', to: 'submitted', by: ['ente-admin', 'admin'], guard: ready },
    { from: 'to-correct', to: 'submitted', by: ['ente-admin', 'admin'], guard: ready },
    { from: 'submitted', to: 'draft', by: ['ente-admin', 'admin'] },
    { from: 'submitted', to: 'to-correct', by: ['admin'], guard: explained },
    { from: 'draft', to: 'published', by: ['admin'], guard: ready },
    { from: 'submitted', to: 'published', by: ['admin'], guard: ready },
    { from: 'published', to: 'draft', by: ['ente-admin', 'admin'] },
    { from: 'published', to: 'submitted', by: ['ente-admin', 'admin'], guard: ready },
    { from: 'published', to: 'suspended', by: ['admin'] },
    { from: 'published', to: 'archived', by: ['admin'] },
    { from: 'suspended', to: 'published', by: ['admin'], guard: accredited },
    { from: 'suspended', to: 'draft', by: ['ente-admin', 'admin'] },
    { from: 'suspended', to: 'submitted', by: ['ente-admin', 'admin'], guard: ready },
    { from: 'suspended', to: 'archived', by: ['admin'] },
    { from: 'archived', to: 'draft', by: ['ente-admin', 'admin'] },
  ],
}
