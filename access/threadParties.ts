import type { Access, AccessResult } from 'payload'

import { hasRole, isCitizen, organisationOf } from '../lib/roles'

/**
 * What belongs to one request thread (the thread, its quotes, messages, files, payments) is
 * seen by its two parties — the citizen who asked and the ente that was asked — and by WeMi
 * admins. Every such collection carries both `citizen` and `organisation` for this rule.
 */
export const threadParties: Access = ({ req: { user } }): AccessResult => {
  if (hasRole(user, 'admin')) return true
  if (user && isCitizen(user)) return { citizen: { equals: user.id } }
  const organisation = organisationOf(user)
  return organisation ? { organisation: { equals: organisation } } : false
}
