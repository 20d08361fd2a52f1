import type { CollectionConfig } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * The collections with hooks added from outside, by slug: each runs after the collection's
 * own hooks of the same kind. How a plugin adds behaviour to a collection it does not define.
 */
export const addHooks = (collections: CollectionConfig[] | undefined, added: Record<string, Hooks>): CollectionConfig[] =>
  (collections ?? []).map((collection) => {
    const extra = added[collection.slug]
    if (!extra) return collection
    const own = (collection.hooks ?? {}) as Record<string, unknown[] | undefined>
    const hooks: Record<string, unknown[] | undefined> = { ...own }
    for (const [kind, list] of Object.entries(extra as Record<string, unknown[] | undefined>))
      hooks[kind] = [...(own[kind] ?? []), ...(list ?? [])]
    return { ...collection, hooks: hooks as Hooks }
  })
