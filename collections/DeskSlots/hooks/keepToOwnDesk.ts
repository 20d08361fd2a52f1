import type { CollectionBeforeValidateHook } from 'payload'

import { relationId } from '../../../lib/relations'
import { deskOf, hasRole } from '../../../lib/roles'
import { rejectField } from '../../../lib/validation'

/**
 * An operator's slots stay at their own desk. The access rule's `where` scopes the rows they
 * may reach, but not the desk a new slot names nor the desk an update moves a slot to: those
 * are checked here, on the value being written.
 */
export const keepToOwnDesk: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!req.user || hasRole(req.user, 'admin')) return data
  const desk = relationId(data?.desk) ?? relationId(originalDoc?.desk)
  if (desk && desk === deskOf(req.user)) return data
  return rejectField(req, 'desk-slots', 'desk', 'slotAtOtherDesk')
}
