import type { Access } from 'payload'

import { hasRole } from '../../../lib/roles'

/** Anyone without an account may sign up; signed-in people cannot open more, except WeMi admins. */
export const signUpOrAdmin: Access = ({ req: { user } }) => !user || hasRole(user, 'admin')
