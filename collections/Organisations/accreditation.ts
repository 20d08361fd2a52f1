import { label } from '../../lib/i18n'
import type { Workflow } from '../../lib/workflow'

export type AccreditationState = 'draft' | 'submitted' | 'to-correct' | 'accredited' | 'suspended' | 'revoked'

type AccreditationData = {
  categories?: unknown[] | null
  districts?: unknown[] | null
  notes?: string | null
  expiresAt?: string | null
}

const hasScope = ({ categories, districts }: AccreditationData) =>
  (categories?.length ?? 0) > 0 && (districts?.length ?? 0) > 0 ? undefined : 'accreditationScopeRequired'

const expiresLater = ({ expiresAt }: AccreditationData) =>
  expiresAt && new Date(expiresAt).getTime() > Date.now() ? undefined : 'accreditationExpiryInFuture'

const mayAccredit = (data: AccreditationData) => hasScope(data) ?? expiresLater(data)

/**
 * How the city accredits an organisation (ente). The ente applies on the site (or fills in its
 * profile) and submits it; WeMi asks for corrections or accredits it for some categories and
 * districts until an expiry date, and may later suspend or revoke the accreditation. At the
 * expiry date the system suspends it (see EXPIRY below) unless WeMi has renewed it.
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
    { from: 'submitted', to: 'accredited', by: ['admin'], guard: mayAccredit },
    { from: 'suspended', to: 'accredited', by: ['admin'], guard: mayAccredit },
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

/**
 * The timers of an accreditation: it lasts `validityYears` unless WeMi sets another expiry
 * date; the ente's administrators are reminded `reminderDays` before it, and at the expiry date
 * the system suspends it (`expiredTo`), taking its services out of the catalogue.
 */
export const EXPIRY = {
  validityYears: 3,
  reminderDays: [60, 30, 7],
  expiredTo: 'suspended',
} as const satisfies { validityYears: number; reminderDays: readonly number[]; expiredTo: AccreditationState }
