import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { runSql } from './sql'

/*
 * The rows the system appends on every transition (audit entries, notifications, jobs) are
 * written with plain INSERTs, in the request's transaction. They have no hooks, field defaults
 * or access rules to run and nobody reads them back here, while Payload's create, even its
 * adapter's, builds each statement from the whole collection: on the busiest path of the app
 * that cost several times the database's own work. The tables and columns are those of the
 * committed migrations; the tests read these rows back through Payload.
 */

/** Queues a durable job of a task, due now or at `waitUntil`, in the request's transaction. */
export const queueJob = async (req: PayloadRequest, task: string, input: Record<string, unknown>, waitUntil?: Date): Promise<void> => {
  await runSql(
    req.payload,
    sql`INSERT INTO payload_jobs (task_slug, input, wait_until) VALUES (${task}, ${JSON.stringify(input)}, ${waitUntil?.toISOString() ?? null})`,
    req,
  )
}
