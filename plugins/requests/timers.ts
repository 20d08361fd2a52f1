import type { PayloadRequest } from 'payload'

import type { Action, ThreadState } from '../../collections/Threads/states'
import { HOUR } from '../../lib/dates'
import { queueJob } from '../../lib/records'
import type { NotificationKind } from '../../collections/Notifications/kinds'
import type { DeadlineFacts } from './deadlines'
import { timedRuleIn } from './lifecycle'

export const TIMER_TASK = 'thread-timer'
export const REMINDER_TASK = 'thread-reminder'

type Timer = { at: Date; action: Action; reminder?: NotificationKind }

/**
 * The timer a thread waits for in its state, from the lifecycle's timed rule: when it fires, what
 * the system does then and the reminder sent before. Used both to schedule timers and to check a
 * reminder still applies when its time comes.
 */
export const timerOf = async (facts: DeadlineFacts): Promise<Timer | null> => {
  const rule = timedRuleIn(facts.thread.status as ThreadState)
  const at = rule ? await rule.due.deadline(facts) : null
  return rule && at ? { at, action: rule.action, reminder: rule.due.reminder } : null
}

/**
 * Queues, in the transition's transaction, the durable jobs for the deadline of the state a
 * thread has just entered: the timer itself and a reminder some hours before it.
 */
export const scheduleTimers = async (req: PayloadRequest, facts: DeadlineFacts & { changed: boolean }): Promise<void> => {
  const timer = facts.changed ? await timerOf(facts) : null
  if (!timer) return
  await queueJob(req, TIMER_TASK, { thread: facts.thread.id, action: timer.action }, timer.at)
  const remindAt = new Date(timer.at.getTime() - facts.settings.reminderHours * HOUR)
  if (timer.reminder && remindAt.getTime() > Date.now()) {
    await queueJob(req, REMINDER_TASK, { thread: facts.thread.id, kind: timer.reminder, deadline: timer.at.toISOString() }, remindAt)
  }
}
