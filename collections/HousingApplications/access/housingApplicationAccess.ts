import type { Access, AccessResult } from 'payload'

import { hasRole, isCitizen, organisationOf } from '../../../lib/roles'

/**
 * An application speaks of a household in a housing emergency: it is read by the household,
 * by the ente it was sent to, by the desk operator who filed it with them, and by WeMi admins.
 */
export const readHousingApplications: Access = ({ req: { user } }): AccessResult => {
  if (hasRole(user, 'admin')) return true
  if (user && isCitizen(user)) return { citizen: { equals: user.id } }
  const organisation = organisationOf(user)
  if (organisation) return { organisation: { equals: organisation } }
  return user && hasRole(user, 'operator') ? { filedBy: { equals: user.id } } : false
}

/** A resident applies for themselves; a desk operator, or WeMi, files an application with them. */
export const createHousingApplications: Access = ({ req: { user } }) => isCitizen(user) || hasRole(user, 'operator', 'admin')
