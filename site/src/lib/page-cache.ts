import pg from 'pg'

import { databaseUrl } from '../../../lib/env'
import { noteAnnouncedChange } from '../../../lib/read-replicas'
import { markSiteContentChanged, SITE_CONTENT_CHANNEL, siteContentGeneration } from '../../../lib/site-content'

/**
 * Public pages kept in memory as rendered, for visitors who are not signed in: the home page,
 * a service, an ente, the news, answered without rendering again. A page is kept no longer than
 * its own Cache-Control lets any shared cache keep it (at most a minute, and never past a
 * scheduled publication), and not a moment after a change to what the site shows has committed
 * in any process (lib/site-content.ts).
 */
type Entry = { body: Uint8Array<ArrayBuffer>; headers: [string, string][]; etag: string; expires: number; generation: number }

/** In bytes: enough for the busy part of a large catalogue; the least recently asked leave first. */
const MAX_SIZE = 64 * 1024 * 1024
const RECONNECT_AFTER_MS = 5_000

const entries = new Map<string, Entry>()
let size = 0
/** Whether this process hears every committed change; pages are kept only while it does. */
let listening = false
let connecting = false
let lastAttempt = 0

const listen = () => {
  if (listening || connecting || Date.now() - lastAttempt < RECONNECT_AFTER_MS) return
  connecting = true
  lastAttempt = Date.now()
  const client = new pg.Client({ connectionString: databaseUrl() })
  const lost = () => {
    listening = false
    connecting = false
    // A change may have gone unheard while the connection was down.
    markSiteContentChanged()
    client.end().catch(() => undefined)
  }
  client.on('notification', () => {
    markSiteContentChanged()
    noteAnnouncedChange(async () => (await client.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0]!.lsn)
  })
  client.on('error', lost)
  client.on('end', () => {
    listening = false
  })
  client
    .connect()
    .then(() => client.query(`LISTEN ${SITE_CONTENT_CHANNEL}`))
    .then(() => {
      markSiteContentChanged()
      listening = true
      connecting = false
    }, lost)
}

/** By host too: a page's absolute links (canonical, alternates) name the host it was asked on. */
const keyOf = (request: Request) => {
  const url = new URL(request.url)
  return url.host + url.pathname + url.search
}

/** A visitor's GET with no cookie and no credentials: what any of them would be shown. */
export const isAnonymousGet = (request: Request): boolean =>
  request.method === 'GET' && !request.headers.has('cookie') && !request.headers.has('authorization')

/** The kept page for this request, or a 304 when the browser already holds it; null when none is kept. */
export const keptPage = (request: Request): Response | null => {
  listen()
  const key = keyOf(request)
  const entry = entries.get(key)
  if (!entry) return null
  if (entry.generation !== siteContentGeneration() || entry.expires <= Date.now()) {
    forget(key, entry)
    return null
  }
  // Asked again: the last to leave.
  entries.delete(key)
  entries.set(key, entry)
  const headers = new Headers(entry.headers)
  if (request.headers.get('if-none-match') === entry.etag) return new Response(null, { status: 304, headers })
  return new Response(entry.body, { status: 200, headers })
}

const forget = (key: string, entry: Entry) => {
  entries.delete(key)
  size -= entry.body.byteLength
}

const maxAgeOf = (cacheControl: string): number => {
  const match = /(?:^|,)\s*max-age=(\d+)/.exec(cacheControl)
  return match ? Number(match[1]) : 0
}

/**
 * Keeps a page rendered for an anonymous request, under the count of changes read when its
 * rendering began: a change that commits meanwhile makes it stale at once. Says whether it kept it.
 */
export const keepPage = (request: Request, body: Uint8Array<ArrayBuffer>, headers: Headers, generation: number): boolean => {
  const cacheControl = headers.get('cache-control') ?? ''
  const maxAge = maxAgeOf(cacheControl)
  if (!listening || !cacheControl.startsWith('public') || maxAge <= 0 || headers.has('set-cookie')) return false
  if (generation !== siteContentGeneration() || body.byteLength > MAX_SIZE / 100) return false
  const key = keyOf(request)
  const previous = entries.get(key)
  if (previous) forget(key, previous)
  entries.set(key, { body, headers: [...headers], etag: headers.get('etag') ?? '', expires: Date.now() + maxAge * 1000, generation })
  size += body.byteLength
  for (const [oldest, entry] of entries) {
    if (size <= MAX_SIZE) break
    forget(oldest, entry)
  }
  return true
}
