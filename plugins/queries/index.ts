import type { Config, Plugin } from 'payload'

import { guardQueries } from './guard'

/**
 * How deep any read populates relationships. The site asks for at most 2 (Payload's default);
 * beyond that a list of services would carry every organisation's areas, districts and images
 * again and again.
 */
export const MAX_DEPTH = 2

/**
 * GraphQL's budget for one query: enough for the admin panel and a page of any list with its
 * relations, not for a query that nests relationships to multiply its reply.
 */
export const MAX_GRAPHQL_COMPLEXITY = 300

/**
 * What a query may ask for, for every collection: only fields and collections the caller may
 * read (guard.ts), a bounded page and depth, and a bounded GraphQL query.
 */
export const queriesPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    maxDepth: MAX_DEPTH,
    graphQL: { ...config.graphQL, maxComplexity: MAX_GRAPHQL_COMPLEXITY },
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [guardQueries, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
  })
