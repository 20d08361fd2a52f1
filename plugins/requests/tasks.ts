import { NotFound, type TaskConfig } from 'payload'

import { inTransaction, localRequest } from '../../lib/transaction'
import type { NotificationKind } from '../../collections/Notifications/kinds'
import { notify } from '../notifications/notify'
import { REMINDER_TASK, TIMER_TASK, timerOf } from './timers'
import { TransitionRefused } from './errors'
import { loadSettings } from '../../globals/City/settings'
import { applyTransition, lockThread, quoteReader, serviceReader } from './transition'

/**
 * A deadline passed: the system takes the timer's action through the lifecycle. When the
 * thread has moved on (or the timer already fired), the table or the guard refuses and the
 * job ends without effect, so a timer acts once however often it runs.
 */
export const threadTimerTask: TaskConfig<{ input: { thread: string; action: string }; output: { outcome: string } }> = {
  slug: TIMER_TASK,
  inputSchema: [
    { name: 'thread', type: 'text', required: true },
    { name: 'action', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    try {
      const { to } = await applyTransition(req.payload, { threadId: input.thread, action: input.action, as: { system: true } })
      return { output: { outcome: `moved to ${to}` } }
    } catch (error) {
      if (error instanceof TransitionRefused) return { output: { outcome: `not applied: ${error.reason}` } }
      if (error instanceof NotFound) return { output: { outcome: 'thread gone' } }
      throw error
    }
  },
}

/**
 * A reminder before a deadline, sent only if the thread still waits for that same deadline,
 * and only once per deadline (its key is unique, checked under the thread's lock).
 */
export const threadReminderTask: TaskConfig<{ input: { thread: string; kind: string; deadline: string }; output: { outcome: string } }> = {
  slug: REMINDER_TASK,
  inputSchema: [
    { name: 'thread', type: 'text', required: true },
    { name: 'kind', type: 'text', required: true },
    { name: 'deadline', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req: jobReq }) => {
    const { payload } = jobReq
    const outcome = await inTransaction(await localRequest(payload), async (req) => {
      if (!(await lockThread(payload, input.thread, req))) return 'thread gone'
      const thread = await payload.findByID({ collection: 'threads', id: input.thread, depth: 0, overrideAccess: true, req })
      const timer = await timerOf({
        thread,
        quote: quoteReader(payload, thread, req),
        service: serviceReader(payload, thread, req),
        settings: await loadSettings(payload, req),
      })
      if (timer?.reminder !== input.kind || timer.at.toISOString() !== input.deadline) return 'no longer due'
      const dedupeKey = `${input.kind}:${thread.id}:${input.deadline}`
      const { totalDocs } = await payload.count({
        collection: 'notifications',
        where: { dedupeKey: { equals: dedupeKey } },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) return 'already sent'
      await notify(req, input.kind as NotificationKind, thread, { dedupeKey })
      return 'sent'
    })
    return { output: { outcome } }
  },
}
