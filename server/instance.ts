import { BasePayload, type Payload, type SanitizedConfig } from 'payload'
import type pg from 'pg'

type PoolInternals = pg.Pool & { _clients: pg.PoolClient[]; _idle: { client: pg.PoolClient }[] }

/**
 * A Payload instance of its own, outside the shared cache that the running app uses: for
 * setup steps, seeding and tests, which open and close their instance explicitly.
 */
export const openPayload = async (
  config: Promise<SanitizedConfig> | SanitizedConfig,
  { connect = true }: { connect?: boolean } = {},
): Promise<Payload> => new BasePayload().init({ config, disableDBConnect: !connect }) as Promise<Payload>

/**
 * Closes an instance and its connection pool. The Postgres adapter checks out one client when
 * it connects and never returns it, so the pool could not end; it is handed back first.
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  const pool = (payload.db as unknown as { pool?: PoolInternals }).pool
  await payload.destroy()
  if (!pool || pool.ended) return
  // pool.end() resolves before the sockets close; waiting for each client's 'end' lets a caller
  // stop the database server right after without connections being cut under it.
  const closed = pool._clients.map((client) => new Promise((resolve) => client.once('end', resolve)))
  for (const client of pool._clients) {
    if (!pool._idle.some((idle) => idle.client === client)) client.release()
  }
  await pool.end()
  await Promise.all(closed)
}

/** Every instance in Payload's shared cache (the admin's and the site's), for shutdown. */
export const cachedPayloads = (): Payload[] => {
  const cache = (globalThis as { _payload?: Map<string, { payload: Payload | null }> })._payload
  return [...(cache?.values() ?? [])].flatMap(({ payload }) => (payload ? [payload] : []))
}
