import type { Config, Plugin } from 'payload'

import { addHooks } from '../hooks'
import { eraseBeforeDelete } from './erasure'

/**
 * Deleting a citizen, from anywhere (the site, the admin panel, the API), erases their
 * personal data through the registry, in the deletion's own transaction.
 */
export const privacyPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: addHooks(config.collections, { citizens: { beforeDelete: [eraseBeforeDelete] } }),
  })
