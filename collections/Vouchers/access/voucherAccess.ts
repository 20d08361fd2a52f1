import type { Access } from 'payload'

import { hasRole, isCitizen } from '../../../lib/roles'

/** A citizen sees the vouchers issued to their codice fiscale; WeMi admins see them all. */
export const readVouchers: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const fiscalCode = isCitizen(user) ? (user as { fiscalCode?: string | null }).fiscalCode : null
  return fiscalCode ? { holderFiscalCode: { equals: fiscalCode } } : false
}
