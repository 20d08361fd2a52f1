import type { PayloadRequest } from 'payload'

import { hasRole, ROLES } from '../lib/roles'

/** Any staff member with at least one role: who may open the admin panel. */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, ...ROLES.map((role) => role.value))
