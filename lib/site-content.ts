import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { runSql } from './sql'

/**
 * The public site keeps rendered pages and search answers in memory (site/src/lib/page-cache.ts,
 * plugins/search/cache.ts). A change to anything they show makes them all stale: it is counted
 * here at once, for the process that made it, and announced on this PostgreSQL channel, which
 * PostgreSQL delivers to every process only when the change commits — so that no process keeps
 * what it computed from the data before.
 */
export const SITE_CONTENT_CHANNEL = 'site_content_changed'

// On globalThis: the site and the admin are bundled apart, with a copy of this module each.
const GENERATION = Symbol.for('wemi.siteContentGeneration')
type Holder = { [GENERATION]?: number }

/** How many changes this process has heard of: a page rendered under another count is stale. */
export const siteContentGeneration = (): number => (globalThis as Holder)[GENERATION] ?? 0

export const markSiteContentChanged = (): void => {
  ;(globalThis as Holder)[GENERATION] = siteContentGeneration() + 1
}

/** A change to what the site shows, in the request's transaction when there is one. */
export const announceSiteContentChange = async (payload: Payload, req?: Partial<PayloadRequest>): Promise<void> => {
  markSiteContentChanged()
  await runSql(payload, sql`SELECT pg_notify(${SITE_CONTENT_CHANNEL}, '')`, req)
}
