import { sql } from '@payloadcms/db-postgres/drizzle'

import type { GroupAction, GroupState } from '../../collections/Groups/states'
import type { NotificationKind } from '../../collections/Notifications/kinds'
import type { ThreadState } from '../../collections/Threads/states'
import type { MessageKey } from '../../lib/i18n'
import { runSql } from '../../lib/sql'
import { lookupsOf, type Refusal } from '../../lib/workflow'
import type { GroupContext, GroupEffect } from './context'
import { GROUP_DEADLINES, type GroupDeadline } from './deadlines'
import {
  confirmGroup,
  goAhead,
  joinGroup,
  leaveConfirmedGroup,
  leaveGroup,
  reachDeadline,
  recordGroupReason,
  releaseMembersOut,
  removeMember,
  writeToGroup,
} from './effects'
import { activeMembersOut, isOut } from './members'
import type { GroupParty } from './parties'

type Verdict = Refusal | undefined

export type GroupRule = {
  action: GroupAction
  from: readonly GroupState[]
  /** The state after the action; none when the group stays where it is or its size decides (the effect says). */
  to?: GroupState
  by: readonly GroupParty[]
  /** A party's action refused once the deadline has passed, with the refusal's message. */
  until?: { deadline: GroupDeadline; refusal: MessageKey }
  /** The system's action when a deadline passes: a timer is set for it when the group enters a `from` state. */
  due?: { deadline: GroupDeadline }
  guard?: (context: GroupContext) => Verdict | Promise<Verdict>
  effect?: GroupEffect
  /** Who hears about it: each kind names its recipient (the ente, or the group's members). */
  notify?: readonly NotificationKind[]
}

const notFull = ({ group }: GroupContext): Verdict => (group.memberCount >= group.maxMembers ? 'groupFull' : undefined)

/** The states of the active members' threads. */
const memberThreadStates = async ({ payload, req, group }: GroupContext): Promise<ThreadState[]> =>
  (
    await runSql<{ status: ThreadState }>(
      payload,
      sql`SELECT t.status FROM group_members m JOIN threads t ON t.id = m.thread_id
          WHERE m.group_id = ${group.id} AND m.status = 'active'`,
      req,
    )
  ).map((row) => row.status)

const PAID: readonly ThreadState[] = ['paid', 'delivered', 'reviewed', 'disputed']
const SERVED: readonly ThreadState[] = ['delivered', 'reviewed']

/** The group starts once every family has paid or is out, and at least one has paid. */
const everyonePaid = async (context: GroupContext): Promise<Verdict> => {
  const states = await memberThreadStates(context)
  const settled = states.every((state) => PAID.includes(state) || isOut(state)) && states.some((state) => PAID.includes(state))
  return settled ? undefined : 'groupNotReadyToStart'
}

/** Some family cancelled its share from its own request: it is to be let out of the group. */
const someoneOut = async ({ req, group }: GroupContext): Promise<Verdict> =>
  (await activeMembersOut(req, group.id)).length > 0 ? undefined : 'groupNobodyOut'

/** The group is over once every family has had the service (or is out). */
const everyoneServed = async (context: GroupContext): Promise<Verdict> => {
  const states = await memberThreadStates(context)
  const served = states.every((state) => SERVED.includes(state) || isOut(state)) && states.some((state) => SERVED.includes(state))
  return served ? undefined : 'groupNotReadyToComplete'
}

const BEFORE_CONFIRMATION = ['open', 'awaiting-ente'] as const
const MEMBERS = ['member', 'organiser'] as const
const DISSOLVED: readonly NotificationKind[] = ['group-dissolved']

/**
 * The group lifecycle as one table, with its deadlines. An action is allowed only when a rule
 * has it, the group's state and the acting party; its deadline, guard and input then decide
 * whether now is the time. `applyGroupAction` is the only code that acts on it, and the timers
 * are set from it.
 */
export const GROUP_LIFECYCLE: readonly GroupRule[] = [
  {
    action: 'join',
    from: BEFORE_CONFIRMATION,
    by: ['visitor'],
    guard: notFull,
    until: { deadline: GROUP_DEADLINES.joining, refusal: 'groupJoinClosed' },
    effect: joinGroup,
  },
  { action: 'leave', from: BEFORE_CONFIRMATION, by: MEMBERS, effect: leaveGroup },
  { action: 'leave', from: ['confirmed', 'active'], by: MEMBERS, effect: leaveConfirmedGroup },
  { action: 'remove-member', from: BEFORE_CONFIRMATION, by: ['organiser', 'admin'], effect: removeMember },
  { action: 'confirm', from: ['awaiting-ente'], to: 'confirmed', by: ['ente'], effect: confirmGroup },
  { action: 'decline', from: ['awaiting-ente'], to: 'declined', by: ['ente'], effect: recordGroupReason, notify: ['group-declined'] },
  {
    action: 'message',
    from: ['open', 'awaiting-ente', 'deciding', 'confirmed', 'active'],
    by: ['member', 'organiser', 'ente', 'admin'],
    effect: writeToGroup,
  },
  { action: 'deadline', from: ['open'], by: ['system'], due: { deadline: GROUP_DEADLINES.joining }, effect: reachDeadline },
  { action: 'go-ahead', from: ['deciding'], by: MEMBERS, effect: goAhead },
  { action: 'refuse', from: ['deciding'], to: 'dissolved', by: MEMBERS, notify: DISSOLVED },
  {
    action: 'dissolve',
    from: ['deciding'],
    to: 'dissolved',
    by: ['system'],
    due: { deadline: GROUP_DEADLINES.decision },
    notify: DISSOLVED,
  },
  {
    action: 'expire',
    from: ['awaiting-ente'],
    to: 'dissolved',
    by: ['system'],
    due: { deadline: GROUP_DEADLINES.enteAnswer },
    notify: DISSOLVED,
  },
  { action: 'release', from: ['confirmed', 'active'], by: ['system'], guard: someoneOut, effect: releaseMembersOut },
  { action: 'activate', from: ['confirmed'], to: 'active', by: ['system'], guard: everyonePaid },
  { action: 'complete', from: ['active'], to: 'completed', by: ['system'], guard: everyoneServed },
  {
    action: 'close',
    from: ['open', 'awaiting-ente', 'deciding'],
    to: 'dissolved',
    by: ['admin'],
    effect: recordGroupReason,
    notify: DISSOLVED,
  },
]

const lookups = lookupsOf<GroupAction, GroupState, GroupParty, GroupRule>(GROUP_LIFECYCLE)

/** The rule for an action taken by a party on a group in a state, if the table has one. */
export const groupRuleFor = lookups.ruleFor

/** Whether anyone may take the action from the state (to tell "not now" from "not you"). */
export const groupActionExistsFrom = lookups.actionExistsFrom

/** The actions a party may try on a group in a state: what the interfaces offer. */
export const groupActionsFor = lookups.actionsFor

/** The system's timed rule a group waits for in a state, if any (one per state). */
export const timedGroupRuleIn = lookups.timedRuleIn
