import type { Payload } from 'payload'
import { expect, vi } from 'vitest'

import { runDueJobs } from '../../lib/jobs'

/**
 * Moves the clock to `moment` (milliseconds since the epoch), then runs the job queue four
 * times, three of them at once, as several processes would; the clock is real again after.
 */
export const runJobsAtMoment = async (payload: Payload, moment: number): Promise<void> => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(moment)
  try {
    expect(await runDueJobs(payload)).toBe(true)
    await Promise.all([runDueJobs(payload), runDueJobs(payload), runDueJobs(payload)])
    await runDueJobs(payload)
  } finally {
    vi.useRealTimers()
  }
}
