import type { Access, Where } from 'payload'

import { hasRole, isStaffAccount, organisationOf } from '../../../lib/roles'

/** Admins see all staff; an ente admin sees their organisation's people; others see themselves. */
export const readUsers: Access = ({ req: { user } }) => {
  if (!user || !isStaffAccount(user)) return false
  if (hasRole(user, 'admin')) return true
  const organisation = hasRole(user, 'ente-admin') ? organisationOf(user) : null
  const self: Where = { id: { equals: user.id } }
  return organisation ? { or: [self, { organisation: { equals: organisation } }] } : self
}
