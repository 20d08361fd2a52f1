import type { Payload } from 'payload'
import type { Pool } from 'pg'

import { readingFromPrimary } from './read-replicas'

/** One key for the whole queue: any process may run it, never two at once. */
const QUEUE_LOCK = "hashtext('wemi:job-queue')"

/**
 * Runs the jobs that are due, unless another process is already running them. Payload's runner
 * picks jobs without locking them, so two runners could take the same job; a PostgreSQL
 * advisory lock held for the whole run makes the queue single-file across processes. Returns
 * whether this call ran the queue.
 */
export const runDueJobs = async (payload: Payload, { limit = 50 }: { limit?: number } = {}): Promise<boolean> => {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const client = await pool.connect()
  try {
    const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${QUEUE_LOCK}) AS locked`)
    if (!rows[0]?.locked) return false
    try {
      // A job acts on what was committed a moment ago, which a replica may not have yet.
      await readingFromPrimary(async () => {
        // Scheduled tasks (publishing desk slots) join the queue when their time comes.
        await payload.jobs.handleSchedules({ allQueues: true })
        // One job after another: a burst of due jobs then takes one core, not every core the
        // web requests need.
        await payload.jobs.run({ allQueues: true, limit, sequential: true })
      })
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${QUEUE_LOCK})`)
    }
    return true
  } finally {
    client.release()
  }
}

/** Runs due jobs every `intervalMs` until stopped; a run that fails is logged and the next one tries again. */
export const startJobRunner = (payload: Payload, intervalMs: number): (() => Promise<void>) => {
  let stopped = false
  let running: Promise<unknown> = Promise.resolve()
  const tick = async () => {
    if (stopped) return
    running = runDueJobs(payload).catch((error) => payload.logger.error({ err: error }, 'The job queue run failed'))
    await running
    if (!stopped) timer = setTimeout(tick, intervalMs)
  }
  let timer = setTimeout(tick, intervalMs)
  return async () => {
    stopped = true
    clearTimeout(timer)
    await running
  }
}
