import type { Access, Where } from 'payload'

import { hasRole, organisationOf } from '../../../lib/roles'

const isPublishing = (data: unknown) => (data as { _status?: unknown } | undefined)?._status === 'published'

/** Admins and ente admins create services; only WeMi publishes them. */
export const createServices: Access = ({ req: { user }, data }) =>
  hasRole(user, 'admin') || (hasRole(user, 'ente-admin') && !isPublishing(data))

/** An ente admin edits their own organisation's services, as drafts. */
export const updateServices: Access = ({ req: { user }, data }) => {
  if (hasRole(user, 'admin')) return true
  const own = hasRole(user, 'ente-admin') ? organisationOf(user) : null
  if (!own || isPublishing(data)) return false
  return { organisation: { equals: own } }
}

/** An ente admin may delete their own services that were never published; live ones are archived. */
export const deleteServices: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const own = hasRole(user, 'ente-admin') ? organisationOf(user) : null
  const neverPublished: Where = { and: [{ organisation: { equals: own } }, { _status: { equals: 'draft' } }] }
  return own ? neverPublished : false
}
