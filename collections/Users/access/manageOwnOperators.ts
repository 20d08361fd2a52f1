import type { Access, Where } from 'payload'

import { hasRole, organisationOf } from '../../../lib/roles'

/** Accounts the user manages: all for admins; their own operators for an ente admin. */
const managedUsers = (user: unknown): Where | boolean => {
  if (hasRole(user, 'admin')) return true
  const organisation = hasRole(user, 'ente-admin') ? organisationOf(user) : null
  if (!organisation) return false
  return { and: [{ organisation: { equals: organisation } }, { roles: { in: ['ente-operator'] } }] }
}

export const deleteUsers: Access = ({ req: { user } }) => managedUsers(user)

/** As deleting, and everyone may also edit their own account (but not their roles). */
export const updateUsers: Access = ({ req: { user } }) => {
  if (!user || user.collection !== 'users') return false
  const managed = managedUsers(user)
  if (managed === true) return true
  const self: Where = { id: { equals: user.id } }
  return managed ? { or: [self, managed] } : self
}

/** Admins create any staff account; ente admins create their own operators (see the roles field). */
export const createUsers: Access = ({ req: { user } }) => hasRole(user, 'admin', 'ente-admin')
