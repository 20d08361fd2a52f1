import type { FieldAccess } from 'payload'

import { relationId } from '../../../lib/relations'
import { hasRole, organisationOf } from '../../../lib/roles'

/**
 * WeMi's notes to an ente about its service: WeMi admins, who write them, and the admins of
 * the ente whose service it is. Without a document (a query's filter) the collection's own
 * rule already keeps an ente admin to their ente's services.
 */
export const validationNotesReaders: FieldAccess = ({ req: { user }, doc }) => {
  if (hasRole(user, 'admin')) return true
  const own = hasRole(user, 'ente-admin') ? organisationOf(user) : null
  return Boolean(own) && (!doc || relationId(doc.organisation) === own)
}
