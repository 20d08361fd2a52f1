import type { Access, AccessResult } from 'payload'

import { hasRole, organisationOf } from '../../../lib/roles'

/**
 * Published units for everyone; an ente's people work on their own (published or not), and in
 * the admin would otherwise find other enti's units named after enti they cannot open; WeMi
 * sees every one.
 */
export const readHousingUnits: Access = ({ req: { user } }): AccessResult => {
  if (hasRole(user, 'admin')) return true
  const own = organisationOf(user)
  return own ? { organisation: { equals: own } } : { published: { equals: true } }
}

/** WeMi, and an ente's administrators for their own units. */
export const writeHousingUnits: Access = ({ req: { user } }): AccessResult => {
  if (hasRole(user, 'admin')) return true
  const own = hasRole(user, 'ente-admin') ? organisationOf(user) : null
  return own ? { organisation: { equals: own } } : false
}

export const createHousingUnits: Access = ({ req: { user } }) => hasRole(user, 'admin', 'ente-admin')
