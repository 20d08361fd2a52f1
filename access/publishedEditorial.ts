import type { Access, Where } from 'payload'

import { hasRole } from '../lib/roles'

/**
 * Editorial content is public once published and its publication date has come, which is how
 * an editor schedules an article for Monday 8:00. Editors and admins see everything.
 */
export const publishedEditorial: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const published: Where = {
    and: [
      { _status: { equals: 'published' } },
      { or: [{ publishedAt: { exists: false } }, { publishedAt: { less_than_equal: new Date().toISOString() } }] },
    ],
  }
  return published
}
