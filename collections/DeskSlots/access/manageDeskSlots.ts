import type { Access } from 'payload'

import { deskOf, hasRole } from '../../../lib/roles'

/** WeMi admins manage every desk's slots; an operator manages their own desk's. */
export const manageDeskSlots: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const own = deskOf(user)
  return own ? { desk: { equals: own } } : false
}
