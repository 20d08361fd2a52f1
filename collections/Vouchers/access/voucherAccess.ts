import type { Access } from 'payload'

import { hasRole, isCitizen } from '../../../lib/roles'

/** A citizen sees the vouchers issued to their confirmed codice fiscale (a typed one proves nothing); WeMi admins see them all. */
export const readVouchers: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const fiscalCode = isCitizen(user) ? (user as { confirmedFiscalCode?: string | null }).confirmedFiscalCode : null
  return fiscalCode ? { holderFiscalCode: { equals: fiscalCode } } : false
}
