import { NotFound, type TaskConfig } from 'payload'

import { TransitionRefused } from '../requests/errors'
import { GROUP_SETTLE_TASK, GROUP_TIMER_TASK } from './slugs'
import { applyGroupAction } from './transition'

/** Takes a system action on a group; a refusal (the group has moved on) ends the job without effect. */
const systemAction = async (groupId: string, action: string, payload: Parameters<typeof applyGroupAction>[0]): Promise<string> => {
  try {
    const { to } = await applyGroupAction(payload, { groupId, action, as: { system: true } })
    return `moved to ${to}`
  } catch (error) {
    if (error instanceof TransitionRefused) return `not applied: ${error.reason}`
    if (error instanceof NotFound) return 'group gone'
    throw error
  }
}

/** A group's deadline passed: the system takes the timer's action through the lifecycle, once however often it runs. */
export const groupTimerTask: TaskConfig<{ input: { group: string; action: string }; output: { outcome: string } }> = {
  slug: GROUP_TIMER_TASK,
  inputSchema: [
    { name: 'group', type: 'text', required: true },
    { name: 'action', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req }) => ({ output: { outcome: await systemAction(input.group, input.action, req.payload) } }),
}

/**
 * A member's thread changed state (a payment, a delivery, a cancellation): a family that
 * cancelled its share leaves the group, the group starts once every family has paid, and is
 * completed once every family has had the service.
 */
export const groupSettleTask: TaskConfig<{ input: { group: string }; output: { outcome: string } }> = {
  slug: GROUP_SETTLE_TASK,
  inputSchema: [{ name: 'group', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const released = await systemAction(input.group, 'release', req.payload)
    const started = await systemAction(input.group, 'activate', req.payload)
    const completed = await systemAction(input.group, 'complete', req.payload)
    return { output: { outcome: `release: ${released}; activate: ${started}; complete: ${completed}` } }
  },
}
