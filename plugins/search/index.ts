import type { CollectionAfterChangeHook, Config, Payload, Plugin } from 'payload'

import { inTransaction, localRequest } from '../../lib/transaction'
import { addHooks } from '../hooks'
import { refreshSearch, type Scope } from './refresh'

/** Context flag for bulk writers (the seed) that rebuild the index once at the end. */
export const SKIP_SEARCH_INDEX = 'skipSearchIndex'

/** Rebuilds the whole search read model in one transaction. */
export const rebuildSearchIndex = async (payload: Payload): Promise<void> =>
  inTransaction(await localRequest(payload), (req) => refreshSearch(payload, 'all', req))

/** A hook that refreshes the services a changed record can show up in. */
const refreshAfterChange =
  (scopeOf: (id: string) => Scope): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    if (!req.context[SKIP_SEARCH_INDEX]) await refreshSearch(req.payload, scopeOf(String(doc.id)), req)
    return doc
  }

const HOOKS = {
  services: { afterChange: [refreshAfterChange((id) => ({ services: [id] }))] },
  organisations: { afterChange: [refreshAfterChange((id) => ({ organisation: id }))] },
  categories: { afterChange: [refreshAfterChange((id) => ({ category: id }))] },
  districts: { afterChange: [refreshAfterChange((id) => ({ district: id }))] },
  'target-groups': { afterChange: [refreshAfterChange((id) => ({ targetGroup: id }))] },
}

/**
 * Keeps the search read model in step with the catalogue, in the same transaction as each
 * change: a service, its organisation's accreditation or name, a category, a district or a
 * target group. Deleted services leave it through the table's foreign key.
 */
export const searchPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: addHooks(config.collections, HOOKS),
  })
