import { AsyncLocalStorage } from 'node:async_hooks'

import { sql } from '@payloadcms/db-postgres/drizzle'
import pg from 'pg'
import type { Payload } from 'payload'

import { servesHttps } from './env'
import { runSql } from './sql'

/**
 * Read replicas (DATABASE_REPLICA_URLS) take the reads of Payload's Local API, REST and GraphQL;
 * writes, transactions and our own SQL go to the primary. A replica replays the primary's
 * changes a moment later, so a read that must see a given change — the citizen's own last
 * write, a page after an edit announced by the primary — goes to the primary until every
 * replica has replayed up to that change's place in the primary's log (its LSN).
 */
export const replicaUrls = (): string[] =>
  (process.env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)

const onPrimary = new AsyncLocalStorage<true>()

/** Runs `work` with every read of Payload's in it sent to the primary. */
export const readingFromPrimary = <T>(work: () => T): T => onPrimary.run(true, work)

type ReplicatedAdapter = { drizzle: unknown; primaryDrizzle?: unknown }

/**
 * Lets `readingFromPrimary` choose the primary for Payload's reads. Payload reads through
 * `adapter.drizzle`, which with replicas sends selects to a replica; within the context it is
 * the primary's own instance instead.
 */
export const routeReadsByContext = (payload: Payload): void => {
  const adapter = payload.db as unknown as ReplicatedAdapter
  if (!adapter.primaryDrizzle) return
  let spread = adapter.drizzle
  Object.defineProperty(adapter, 'drizzle', {
    configurable: true,
    enumerable: true,
    get: () => (onPrimary.getStore() ? adapter.primaryDrizzle : spread),
    set: (value: unknown) => {
      spread = value
    },
  })
}

/** A place in the primary's log ("16/B374D848"), as a number to compare. */
export const lsnValue = (lsn: string): bigint => {
  const [high, low] = lsn.split('/')
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`)
}

/** Where the primary's log stands now: every change committed so far lies before it. */
export const primaryPosition = async (payload: Payload): Promise<string> => {
  const [row] = await runSql<{ lsn: string }>(payload, sql`SELECT pg_current_wal_lsn()::text AS lsn`)
  return row!.lsn
}

let replicaPools: pg.Pool[] | null = null
/** How far every replica had replayed when last asked: it only grows. */
let replayed = 0n

/**
 * Whether every replica has replayed the primary's log up to `needed` (an LSN's value). Asks
 * the replicas only when the answer last heard is not enough.
 */
export const replicasHaveReplayed = async (needed: bigint): Promise<boolean> => {
  if (needed <= replayed) return true
  replicaPools ??= replicaUrls().map((connectionString) => new pg.Pool({ connectionString, max: 2 }))
  if (replicaPools.length === 0) return true
  const positions = await Promise.all(
    replicaPools.map(async (pool) => {
      const { rows } = await pool.query<{ lsn: string | null }>('SELECT pg_last_wal_replay_lsn()::text AS lsn')
      return rows[0]?.lsn ? lsnValue(rows[0].lsn) : 0n
    }),
  )
  const slowest = positions.reduce((low, position) => (position < low ? position : low))
  if (slowest > replayed) replayed = slowest
  return needed <= replayed
}

/** The newest change to what the site shows that the primary announced, as its log's place. */
let announcedChange = 0n
/** Announced changes whose place the primary has not said yet. */
let placesAsked = 0

/**
 * Records a change announced by the primary (a notification arrives only once the change has
 * committed): until `askPosition` says where the primary's log stands, every read of the site
 * goes to the primary.
 */
export const noteAnnouncedChange = (askPosition: () => Promise<string>): void => {
  if (replicaUrls().length === 0) return
  placesAsked++
  askPosition()
    .then((lsn) => {
      if (lsnValue(lsn) > announcedChange) announcedChange = lsnValue(lsn)
    })
    .catch(() => undefined)
    .finally(() => placesAsked--)
}

/**
 * Whether a request must read from the primary: when the site's content changed later than
 * every replica has replayed, or when the visitor's own last write (`written`, an LSN) has not
 * reached them yet.
 */
export const needsPrimary = async (written: string | undefined): Promise<boolean> => {
  if (replicaUrls().length === 0) return false
  if (placesAsked > 0) return true
  const needed = written && /^[0-9A-F]+\/[0-9A-F]+$/i.test(written) ? lsnValue(written) : 0n
  const newest = needed > announcedChange ? needed : announcedChange
  return newest > 0n && !(await replicasHaveReplayed(newest))
}

/** Runs `work` reading from the primary while the replicas lag behind `written` (an LSN) or the site's last change. */
export const readingAfter = async <T>(written: string | undefined, work: () => Promise<T>): Promise<T> =>
  (await needsPrimary(written)) ? readingFromPrimary(work) : work()

/**
 * The cookie that carries the primary's log position after a visitor's write: whichever process
 * answers next reads for them from the primary until every replica has replayed that far.
 */
export const WRITTEN_COOKIE = 'wemi-written'

export const writtenCookie = (lsn: string): string =>
  `${WRITTEN_COOKIE}=${lsn}; Path=/; Max-Age=600; HttpOnly; SameSite=Lax${servesHttps() ? '; Secure' : ''}`

const cookieOf = (request: Request, name: string): string | undefined =>
  request.headers
    .get('cookie')
    ?.split(';')
    .map((pair) => pair.trim())
    .find((pair) => pair.startsWith(`${name}=`))
    ?.slice(name.length + 1)

/** Methods that change nothing: GraphQL's queries come as POST too, and are treated as writes. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A REST or GraphQL handler whose clients read their own writes, as the site's visitors do: the
 * admin panel saves a document and reads it back at once, maybe through another process. A write
 * answers with the primary's log position; a request carrying one reads from the primary until
 * the replicas have replayed it.
 */
export const readingOwnWrites =
  <Rest extends unknown[]>(handler: (request: Request, ...rest: Rest) => Promise<Response>, payload: () => Promise<Payload>) =>
  async (request: Request, ...rest: Rest): Promise<Response> => {
    if (replicaUrls().length === 0) return handler(request, ...rest)
    const response = await readingAfter(cookieOf(request, WRITTEN_COOKIE), () => handler(request, ...rest))
    if (READS.has(request.method)) return response
    const headers = new Headers(response.headers)
    headers.append('set-cookie', writtenCookie(await primaryPosition(await payload())))
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
