import type { Config, Plugin, PayloadRequest } from 'payload'

import { announceSiteContentChange } from '../../lib/site-content'
import { addHooks } from '../hooks'

const announce = ({ req }: { req: PayloadRequest }) => announceSiteContentChange(req.payload, req)

/**
 * The collections and globals the public site shows: a change to any of them makes the pages
 * and search answers the site keeps in memory stale (lib/site-content.ts).
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
