import type { Access, AccessResult, FieldAccess } from 'payload'

import { relationId } from '../lib/relations'
import { hasPermission, isCitizen } from '../lib/roles'

/**
 * Care work (Tate Colf Badanti) is read by the WeMi administrators who hold the care-work
 * permission, and by the people it is about; an administrator without it sees none of it.
 */
export const isCareStaff: Access = ({ req }) => hasPermission(req.user, 'care-work')

export const careStaffField: FieldAccess = ({ req }) => hasPermission(req.user, 'care-work')

/** Care staff read every record; a citizen the records whose `field` names them. */
export const careStaffOrCitizenIn =
  (...fields: string[]): Access =>
  ({ req: { user } }): AccessResult => {
    if (hasPermission(user, 'care-work')) return true
    if (!user || !isCitizen(user)) return false
    const own = fields.map((field) => ({ [field]: { equals: user.id } }))
    return own.length === 1 ? own[0]! : { or: own }
  }

/** A field read by care staff and by the citizen it names in `field` (never by the other party of the record). */
export const careStaffOrNamedCitizenField =
  (field: string): FieldAccess =>
  ({ req: { user }, doc }) =>
    hasPermission(user, 'care-work') ||
    // Without a document (a query's filter) nobody else may filter by it: whom a proposal names is not to be probed.
    (isCitizen(user) && Boolean(doc) && relationId((doc as Record<string, unknown>)[field]) === user?.id)

/** Citizens create their own records (the server fills in who they are); care staff create them for someone. */
export const citizenOrCareStaff: Access = ({ req: { user } }) => isCitizen(user) || hasPermission(user, 'care-work')
