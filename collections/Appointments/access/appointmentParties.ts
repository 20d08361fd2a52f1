import type { Access, Where } from 'payload'

import { deskOf, hasRole, isCitizen } from '../../../lib/roles'

/** WeMi admins see every appointment, an operator their desk's, a citizen their own. */
export const appointmentParties: Access = ({ req: { user } }): boolean | Where => {
  if (hasRole(user, 'admin')) return true
  const own = deskOf(user)
  if (own) return { desk: { equals: own } }
  if (isCitizen(user)) return { citizen: { equals: user!.id } }
  return false
}
