import type { FieldAccess } from 'payload'

import { relationId } from '../lib/relations'
import { hasRole, isCitizen, type Role } from '../lib/roles'

type Owner = (citizen: { id: string; confirmedFiscalCode?: string | null }, doc: Record<string, unknown>) => boolean

/**
 * Who may read a sensitive field (listed in plugins/audit/reads.ts): WeMi admins, the citizen
 * it is about, and the staff roles named, who need it for their work. Field access adds to the
 * collection's own rule, so that widening who reads a collection never widens who reads these.
 */
const sensitiveRead =
  (owns: Owner, ...roles: Role[]): FieldAccess =>
  ({ req: { user }, doc }) =>
    hasRole(user, 'admin', ...roles) ||
    // Without a document (a query's filter) the collection's own rule already keeps a citizen to their records.
    (isCitizen(user) && (!doc || owns(user as never, doc as Record<string, unknown>)))

/** A citizen's codice fiscale, birth date and the people they care for: theirs, and the desk operators who help them. */
export const citizenSensitive = sensitiveRead((citizen, doc) => doc.id === citizen.id, 'operator')

/** The beneficiary and the notes of a request (often about health): the enti it was sent to deliver the care. */
export const requestSensitive = sensitiveRead(
  (citizen, doc) => relationId(doc.citizen) === citizen.id,
  'ente-admin',
  'ente-operator',
  'operator',
)

/** A voucher's holder: the holder (by confirmed codice fiscale) and WeMi, who issued it. */
export const voucherSensitive = sensitiveRead(
  (citizen, doc) => Boolean(citizen.confirmedFiscalCode) && doc.holderFiscalCode === citizen.confirmedFiscalCode,
)
