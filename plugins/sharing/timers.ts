import type { PayloadRequest } from 'payload'

import type { GroupAction, GroupState } from '../../collections/Groups/states'
import type { MarketplaceSettings } from '../../globals/City/settings'
import { queueJob } from '../../lib/records'
import type { Group } from '../../payload-types'
import { timedGroupRuleIn } from './lifecycle'
import { GROUP_TIMER_TASK } from './slugs'

/** The timer a group waits for in its state, from the lifecycle's timed rule: when, and what the system does then. */
export const groupTimerOf = async (group: Group, settings: MarketplaceSettings): Promise<{ at: Date; action: GroupAction } | null> => {
  const rule = timedGroupRuleIn(group.status as GroupState)
  const at = rule ? await rule.due.deadline({ group, settings }) : null
  return rule && at ? { at, action: rule.action } : null
}

/**
 * Queues, in the action's transaction, the durable job for the deadline of the state a group has
 * just entered. A job that fires after the group has moved on is refused by the table, or by
 * its deadline (not yet due), and ends without effect.
 */
export const scheduleGroupTimer = async (req: PayloadRequest, group: Group, settings: MarketplaceSettings): Promise<void> => {
  const timer = await groupTimerOf(group, settings)
  if (timer) await queueJob(req, GROUP_TIMER_TASK, { group: group.id, action: timer.action }, timer.at)
}
