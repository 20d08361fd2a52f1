import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Config, Plugin, PayloadRequest } from 'payload'

import { markSiteContentChanged, SITE_CONTENT_CHANNEL } from '../../lib/site-content'
import { runSql } from '../../lib/sql'
import { addHooks } from '../hooks'

/** Marks the site's pages stale in this process now, and in every process when the change commits. */
const announce = async ({ req }: { req: PayloadRequest }) => {
  markSiteContentChanged()
  await runSql(req.payload, sql`SELECT pg_notify(${SITE_CONTENT_CHANNEL}, '')`, req)
}

/**
 * The collections and globals the public site shows: a change to any of them makes the pages
 * the site keeps in memory stale (lib/site-content.ts).
 */
export const siteContentPlugin =
  ({ collections, globals }: { collections: string[]; globals: string[] }): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: addHooks(
      config.collections,
      Object.fromEntries(collections.map((slug) => [slug, { afterChange: [announce], afterDelete: [announce] }])),
    ),
    globals: (config.globals ?? []).map((global) =>
      globals.includes(global.slug)
        ? { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), announce] } }
        : global,
    ),
  })
