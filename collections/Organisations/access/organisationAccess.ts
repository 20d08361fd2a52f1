import type { Access, FieldAccess, Where } from 'payload'

import { hasRole, organisationOf } from '../../../lib/roles'

/** What the public may see: accredited organisations only. */
export const accreditedOnly: Where = { 'accreditation.status': { equals: 'accredited' } }

/** Everyone sees accredited organisations; the people of an ente see their own only. */
export const readOrganisations: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const own = organisationOf(user)
  return own ? { id: { equals: own } } : accreditedOnly
}

/** Admins edit every organisation; an ente admin edits their own (field rules narrow it). */
export const updateOrganisations: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const own = hasRole(user, 'ente-admin') ? organisationOf(user) : null
  return own ? { id: { equals: own } } : false
}

/**
 * Fields only WeMi admins and the organisation's own admin may read. The admin's form state
 * asks with the document's id and its form data, which carries no id of its own.
 */
export const ownEnteAdminOrAdminField: FieldAccess = ({ req: { user }, id, doc }) => {
  if (hasRole(user, 'admin')) return true
  const organisation = id ?? doc?.id
  return hasRole(user, 'ente-admin') && organisation !== undefined && organisation !== null && organisationOf(user) === String(organisation)
}

/** The accreditation state: ente admins may move it too, the workflow table says where. */
export const accreditationStatusField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'ente-admin')
