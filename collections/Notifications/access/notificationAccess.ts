import type { Access, AccessResult } from 'payload'

import { hasRole, isCitizen, organisationOf } from '../../../lib/roles'

/**
 * A citizen's notifications are theirs; an ente's are shared by its people. WeMi admins read
 * them all (to help) but only their recipients mark them as read.
 */
const ownNotifications: Access = ({ req: { user } }): AccessResult => {
  if (user && isCitizen(user)) return { citizen: { equals: user.id } }
  const organisation = organisationOf(user)
  return organisation ? { organisation: { equals: organisation } } : false
}

export const readNotifications: Access = (args) => hasRole(args.req.user, 'admin') || ownNotifications(args)

export const markNotifications: Access = ownNotifications
