import type { Access, FieldAccess } from 'payload'

import { hasRole, isCitizen, organisationOf } from '../../../lib/roles'
import { relationId } from '../../../lib/relations'

/**
 * Published reviews are public; the author and WeMi admins also see the ones not published,
 * and an ente's administrator every review of their ente, whatever its moderation, to learn
 * from what residents say before WeMi publishes it.
 */
export const readReviews: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const published = { status: { equals: 'published' } }
  if (user && isCitizen(user)) return { or: [published, { citizen: { equals: user.id } }] }
  const organisation = hasRole(user, 'ente-admin') ? organisationOf(user) : null
  if (organisation) return { or: [published, { organisation: { equals: organisation } }] }
  return published
}

/** Who wrote a review stays between them and WeMi. */
export const authorOrAdminField: FieldAccess = ({ req: { user }, doc }) =>
  hasRole(user, 'admin') || (isCitizen(user) && relationId(doc?.citizen) === user?.id)
