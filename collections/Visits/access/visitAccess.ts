import type { Access, AccessResult, FieldAccess } from 'payload'

import { hasRole, isCitizen, isStaffAccount, organisationOf } from '../../../lib/roles'

/**
 * The people of an ente: its admin plans and keeps the log of all the ente's visits; an
 * operator works only on the visits assigned to them, and only while they still belong to
 * the ente that assigned them.
 */
const enteScope = (user: unknown): AccessResult => {
  const organisation = organisationOf(user)
  if (!organisation) return false
  if (hasRole(user, 'ente-admin')) return { organisation: { equals: organisation } }
  const { id } = user as { id: string }
  return { and: [{ organisation: { equals: organisation } }, { operator: { equals: id } }] }
}

/** WeMi admins see every visit, an ente its own, an operator theirs, a citizen those at their home. */
export const readVisits: Access = ({ req: { user } }): AccessResult => {
  if (hasRole(user, 'admin')) return true
  if (user && isCitizen(user)) return { citizen: { equals: user.id } }
  return enteScope(user)
}

/** Only an ente (for its own threads, checked by the hook) and WeMi plan visits. */
export const planVisits: Access = ({ req: { user } }) =>
  hasRole(user, 'admin') || (hasRole(user, 'ente-admin') && organisationOf(user) !== null)

/** Citizens follow their visits but never change them. */
export const updateVisits: Access = ({ req: { user } }): AccessResult => (hasRole(user, 'admin') ? true : enteScope(user))

/** Who may set when and by whom a visit happens. */
export const plannerField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'ente-admin')

/** The note is the operator's account of the visit. */
export const operatorField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'ente-operator')

/** Check-in, check-out and cancellation move the status; the hook decides who may take each step. */
export const statusField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'ente-admin', 'ente-operator')

/** What the operator saw at someone's home stays with the ente and WeMi. */
export const staffField: FieldAccess = ({ req: { user } }) => isStaffAccount(user)
