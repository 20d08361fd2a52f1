import { label } from '../../lib/i18n'
import type { Workflow } from '../../lib/workflow'

export type AccreditationState = 'draft' | 'submitted' | 'to-correct' | 'accredited' | 'suspended' | 'revoked'

type AccreditationData = { categories?: unknown[] | null; districts?: unknown[] | null; notes?: string | null }

const hasScope = ({ categories, districts }: AccreditationData) =>
  (categories?.length ?? 0) > 0 && (districts?.length ?? 0) > 0 ? undefined : 'accreditationScopeRequired'

/**
 * How the city accredits an organisation (ente). The ente fills in its profile and submits it;
 * WeMi asks for corrections or accredits it for some categories and districts, and may later
 * suspend or revoke the accreditation.
 */
export const accreditation: Workflow<AccreditationState, AccreditationData> = {
  initial: 'draft',
  states: [
    { value: 'draft', label: label('In compilazione', 'Being filled in') },
    { value: 'submitted', label: label('Inviato per l’accreditamento', 'Submitted for accreditation') },
    { value: 'to-correct', label: label('Da correggere', 'To be corrected') },
    { value: 'accredited', label: label('Accreditato', 'Accredited') },
    { value: 'suspended', label: label('Sospeso', 'Suspended') },
    { value: 'revoked', label: label('Revocato', 'Revoked') },
  ],
  transitions: [
    { from: 'draft', to: 'submitted', by: ['ente-admin', 'admin'] },
    { from: 'to-correct', to: 'submitted', by: ['ente-admin', 'admin'] },
    {
      from: 'submitted',
      to: 'to-correct',
      by: ['admin'],
      guard: ({ notes }) => (notes?.trim() ? undefined : 'correctionNotesRequired'),
    },
    { from: 'submitted', to: 'accredited', by: ['admin'], guard: hasScope },
    { from: 'suspended', to: 'accredited', by: ['admin'], guard: hasScope },
    { from: 'accredited', to: 'suspended', by: ['admin'] },
    { from: 'accredited', to: 'revoked', by: ['admin'] },
    { from: 'suspended', to: 'revoked', by: ['admin'] },
  ],
}

/** The date field stamped when an organisation enters a state. */
export const STATE_DATES: Partial<Record<AccreditationState, string>> = {
  submitted: 'submittedAt',
  accredited: 'accreditedAt',
  suspended: 'suspendedAt',
  revoked: 'revokedAt',
}
