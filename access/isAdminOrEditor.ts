import type { Access } from 'payload'

import { hasRole } from '../lib/roles'

export const isAdminOrEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
