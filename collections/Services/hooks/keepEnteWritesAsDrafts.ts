import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../../../lib/roles'

/**
 * Whatever an ente admin saves is a draft: the live version changes only when WeMi publishes.
 * An explicit attempt to publish is left as it is, for the access rules to refuse.
 */
export const keepEnteWritesAsDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.user && !hasRole(req.user, 'admin')) {
    if ((args.data as { _status?: string } | undefined)?._status !== 'published') args.draft = true
  }
  return args
}
