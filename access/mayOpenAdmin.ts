import type { PayloadRequest } from 'payload'

import { hasRole, ROLES } from '../lib/roles'

/** A staff member with at least one role: who may open the admin panel. */
export const mayOpenAdmin = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, ...ROLES.map((role) => role.value))
