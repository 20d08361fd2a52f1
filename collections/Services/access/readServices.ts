import type { Access } from 'payload'

import { hasRole, organisationOf } from '../../../lib/roles'
import { publishedServices } from './publishedServices'

/** The public catalogue for everyone; an ente's people work on their own services only. */
export const readServices: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const own = organisationOf(user)
  return own ? { organisation: { equals: own } } : publishedServices
}

/** Version history: WeMi admins, and an ente admin for their own services. */
export const readServiceVersions: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const own = hasRole(user, 'ente-admin') ? organisationOf(user) : null
  return own ? { 'version.organisation': { equals: own } } : false
}
