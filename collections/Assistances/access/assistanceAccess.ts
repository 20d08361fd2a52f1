import type { Access, Where } from 'payload'

import { deskOf, hasRole, isCitizen } from '../../../lib/roles'

/** Only an operator at a desk opens an assistance: WeMi admins and enti never act for citizens. */
export const deskOperatorOnly: Access = ({ req: { user } }) => hasRole(user, 'operator') && deskOf(user) !== null

/** WeMi admins see every assistance, an operator their desk's, a citizen those given to them. */
export const readAssistances: Access = ({ req: { user } }): boolean | Where => {
  if (hasRole(user, 'admin')) return true
  const desk = deskOf(user)
  if (desk) return { desk: { equals: desk } }
  if (isCitizen(user)) return { citizen: { equals: user!.id } }
  return false
}

/** An assistance is closed by the operator who opened it (or a WeMi admin), once. */
export const closeAssistances: Access = ({ req: { user } }): boolean | Where => {
  if (hasRole(user, 'admin')) return { closedAt: { exists: false } }
  if (deskOf(user)) return { and: [{ operator: { equals: user!.id } }, { closedAt: { exists: false } }] }
  return false
}
