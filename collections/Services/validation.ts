import { label } from '../../lib/i18n'
import type { Workflow } from '../../lib/workflow'

export type ServiceState = 'draft' | 'submitted' | 'published' | 'suspended' | 'archived'

/** States whose content is what the public sees, so they are written by publishing. */
export const LIVE_STATES: readonly ServiceState[] = ['published', 'suspended', 'archived']

type ServiceContext = { organisationAccredited: boolean }

const accredited = ({ organisationAccredited }: ServiceContext) => (organisationAccredited ? undefined : 'organisationNotAccredited')

/**
 * How a catalogue entry is validated. The ente drafts and submits; WeMi publishes, suspends or
 * archives. Editing a live service starts a new draft while the published version stays
 * visible until WeMi validates the change.
 */
export const validation: Workflow<ServiceState, ServiceContext> = {
  initial: 'draft',
  states: [
    { value: 'draft', label: label('Bozza', 'Draft') },
    { value: 'submitted', label: label('Inviato a WeMi per la validazione', 'Submitted to WeMi for validation') },
    { value: 'published', label: label('Pubblicato', 'Published') },
    { value: 'suspended', label: label('Sospeso', 'Suspended') },
    { value: 'archived', label: label('Archiviato', 'Archived') },
  ],
  transitions: [
    { from: 'draft', to: 'submitted', by: ['ente-admin', 'admin'], guard: accredited },
    { from: 'submitted', to: 'draft', by: ['ente-admin', 'admin'] },
    { from: 'draft', to: 'published', by: ['admin'], guard: accredited },
    { from: 'submitted', to: 'published', by: ['admin'], guard: accredited },
    { from: 'published', to: 'draft', by: ['ente-admin', 'admin'] },
    { from: 'published', to: 'submitted', by: ['ente-admin', 'admin'], guard: accredited },
    { from: 'published', to: 'suspended', by: ['admin'] },
    { from: 'published', to: 'archived', by: ['admin'] },
    { from: 'suspended', to: 'published', by: ['admin'], guard: accredited },
    { from: 'suspended', to: 'draft', by: ['ente-admin', 'admin'] },
    { from: 'suspended', to: 'submitted', by: ['ente-admin', 'admin'], guard: accredited },
    { from: 'suspended', to: 'archived', by: ['admin'] },
    { from: 'archived', to: 'draft', by: ['ente-admin', 'admin'] },
  ],
}
