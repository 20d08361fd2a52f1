import type { Access } from 'payload'

import { hasRole, organisationOf } from '../../lib/roles'

/**
 * WeMi's administrators and editors read every rating, to improve the pages they write; an
 * ente's administrator reads those given on its own services' pages, and nobody else any.
 */
export const readPageFeedback: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const own = hasRole(user, 'ente-admin') ? organisationOf(user) : null
  return own ? { organisation: { equals: own } } : false
}
