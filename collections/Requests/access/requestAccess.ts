import type { Access, AccessResult, FieldAccess } from 'payload'

import { hasRole, isCitizen, organisationOf } from '../../../lib/roles'
import { relationId } from '../../../lib/relations'

/**
 * A request is read by the citizen who sent it, by the enti it was sent to (to prepare their
 * quote) and by WeMi admins.
 */
export const readRequests: Access = ({ req: { user } }): AccessResult => {
  if (hasRole(user, 'admin')) return true
  if (user && isCitizen(user)) return { citizen: { equals: user.id } }
  const organisation = organisationOf(user)
  return organisation ? { organisations: { contains: organisation } } : false
}

/** Citizens send requests for themselves; the server fills in who they are. */
export const createRequests: Access = ({ req: { user } }) => isCitizen(user) || hasRole(user, 'admin')

/** Which other enti were asked is the citizen's business, not each ente's. */
export const citizenOrAdminField: FieldAccess = ({ req: { user }, doc }) =>
  hasRole(user, 'admin') || (isCitizen(user) && relationId(doc?.citizen) === user?.id)
