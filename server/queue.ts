import { startJobRunner } from '../lib/jobs'
import { createConfig } from '../payload.config'
import { closePayload, openPayload } from './instance'

/** How often the deadlines and e-mails queue is looked at, in seconds (JOBS_INTERVAL_SECONDS). */
export const jobsInterval = (): number => Number(process.env.JOBS_INTERVAL_SECONDS ?? 5) * 1000

/**
 * Runs the durable job queue (deadlines, reminders, e-mails) in this process until stopped.
 * The server does it by itself; this is also `npm run jobs`, for a deployment that runs the
 * queue apart from the web processes (set JOBS=off on those).
 */
export const runJobQueue = async (log: (line: string) => void = console.log) => {
  const payload = await openPayload(createConfig())
  const stop = startJobRunner(payload, jobsInterval())
  log(`running the job queue every ${jobsInterval() / 1000} s`)
  return async () => {
    await stop()
    await closePayload(payload)
  }
}
