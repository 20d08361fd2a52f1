import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

type Executor = { execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }> }
type Adapter = { drizzle: Executor; sessions?: Record<string, { db: Executor }> }

/**
 * Runs SQL on the request's transaction when there is one (so a hook sees the row its change
 * just wrote), otherwise on the pool.
 */
export const runSql = async <Row = Record<string, unknown>>(
  payload: Payload,
  query: SQL,
  req?: Partial<PayloadRequest>,
): Promise<Row[]> => {
  const adapter = payload.db as unknown as Adapter
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const executor = (transactionID !== undefined && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle
  return (await executor.execute(query)).rows as Row[]
}

/** A Postgres array literal of parameters (a bare JS array would expand to a row). */
export const sqlArray = (values: readonly (string | number)[], type: 'uuid' | 'int' | 'text'): SQL =>
  sql`ARRAY[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::${sql.raw(type)}[]`
