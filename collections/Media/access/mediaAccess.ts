import type { Access } from 'payload'

import { hasRole, organisationOf } from '../../../lib/roles'

export const createMedia: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'ente-admin')

/** Editors manage the city's own files; an ente admin manages their organisation's files. */
export const manageMedia: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const own = hasRole(user, 'ente-admin') ? organisationOf(user) : null
  if (own) return { organisation: { equals: own } }
  if (hasRole(user, 'editor')) return { organisation: { exists: false } }
  return false
}
