import type { Access, FieldAccess } from 'payload'

import { hasRole, isCitizen } from '../../../lib/roles'
import { relationId } from '../../../lib/relations'

/** Published reviews are public; the author and WeMi admins also see the ones not published. */
export const readReviews: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const published = { status: { equals: 'published' } }
  if (user && isCitizen(user)) return { or: [published, { citizen: { equals: user.id } }] }
  return published
}

/** Who wrote a review stays between them and WeMi. */
export const authorOrAdminField: FieldAccess = ({ req: { user }, doc }) =>
  hasRole(user, 'admin') || (isCitizen(user) && relationId(doc?.citizen) === user?.id)
