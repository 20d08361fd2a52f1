import { hasRole, type Role } from '../lib/roles'

/**
 * Hides a collection from the admin navigation of everyone but the given roles. It shapes what
 * each role sees; what they may do is decided by the access functions alone.
 */
export const hiddenUnless =
  (...roles: Role[]) =>
  ({ user }: { user: unknown }): boolean =>
    !hasRole(user, ...roles)
