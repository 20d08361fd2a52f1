import type { Access } from 'payload'

import { deskOf, hasRole } from '../../../lib/roles'

/** Open desks are public; an operator also sees their own desk; admins see all. */
export const readDesks: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const own = deskOf(user)
  const open = { active: { equals: true } }
  return own ? { or: [{ id: { equals: own } }, open] } : open
}

/** An operator keeps their own desk's information current. */
export const updateDesks: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const own = deskOf(user)
  return own ? { id: { equals: own } } : false
}
