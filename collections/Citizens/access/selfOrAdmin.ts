import type { Access } from 'payload'

import { hasRole, isCitizen } from '../../../lib/roles'

/** A citizen reaches only their own record; WeMi admins reach every record. */
export const selfOrAdmin: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (user && isCitizen(user)) return { id: { equals: user.id } }
  return false
}
