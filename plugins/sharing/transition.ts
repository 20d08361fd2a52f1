import { sql } from '@payloadcms/db-postgres/drizzle'
import { NotFound, type Payload, type PayloadRequest, UnauthorizedError } from 'payload'

import {
  FINAL_GROUP_STATES,
  GROUP_ACTIONS,
  type GroupAction,
  type GroupState,
  groupStateLabel,
  isGroupAction,
} from '../../collections/Groups/states'
import { loadSettings } from '../../globals/City/settings'
import { type Language, languageOf } from '../../lib/i18n'
import { isRecordId, relationId } from '../../lib/relations'
import { isCitizen } from '../../lib/roles'
import { announceSiteContentChange } from '../../lib/site-content'
import { runSql } from '../../lib/sql'
import { inTransaction, localRequest } from '../../lib/transaction'
import type { Group, GroupMember } from '../../payload-types'
import { recordAudit } from '../audit'
import { readOnce } from '../requests/context'
import type { TransitionActor } from '../requests/transition'
import type { GroupContext, GroupService } from './context'
import { hasPassed } from './deadlines'
import { readGroupInput } from './inputs'
import { groupActionExistsFrom, groupRuleFor } from './lifecycle'
import { activeMembers } from './members'
import { notifyGroup } from './notify'
import { groupPartyOf } from './parties'
import { refuseGroup } from './refuse'
import { scheduleGroupTimer } from './timers'

export type GroupOutcome = { group: Group; from: GroupState; to: GroupState } & Record<string, unknown>

/** The facts of a group's service the lifecycle uses, read on first use. */
export const groupServiceReader = (payload: Payload, group: Pick<Group, 'service'>, req: PayloadRequest): (() => Promise<GroupService>) =>
  readOnce(() =>
    payload.findByID({
      collection: 'services',
      id: relationId(group.service)!,
      depth: 0,
      overrideAccess: true,
      select: {
        title: true,
        organisation: true,
        category: true,
        priceModel: true,
        priceCents: true,
        sharedPrices: true,
        deliveryMode: true,
        districts: true,
        cancellationNoticeHours: true,
      },
      req,
    }),
  )

/** A citizen's own row in a group, whatever its state. */
export const membershipOf = async (req: PayloadRequest, groupId: string, user: unknown): Promise<GroupMember | null> => {
  if (!user || !isCitizen(user)) return null
  const { docs } = await req.payload.find({
    collection: 'group-members',
    where: { and: [{ group: { equals: groupId } }, { citizen: { equals: (user as { id: string }).id } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/**
 * Applies one action of the group lifecycle table: in one transaction, with the group's row
 * locked, it checks the table, the rule's guard and deadlines and the action's input, runs the
 * rule's effect, moves the group and records who did it, whom to tell and the next timer.
 * Anything refused or failing leaves nothing behind.
 */
export const applyGroupAction = async (
  payload: Payload,
  {
    groupId,
    action,
    as,
    input = {},
    language,
    req: outer,
  }: { groupId: string; action: string; as: TransitionActor; input?: Record<string, unknown>; language?: Language; req?: PayloadRequest },
): Promise<GroupOutcome> => {
  // Nobody signed in is not the system: only the server's own jobs act as it.
  if ('user' in as && !as.user) throw new UnauthorizedError()
  const req = outer ?? (await localRequest(payload, { user: 'user' in as ? as.user : null, language }))
  if ('system' in as && req.user) throw new Error('A system action cannot run on a signed-in request.')
  return inTransaction(req, async () => {
    if (!isGroupAction(action)) refuseGroup(req, 'unknownAction', { action }, 400)
    if (!isRecordId(groupId)) throw new NotFound(req.t)
    // The one lock: actions on a group run one after another, each seeing the last one's outcome.
    const [locked] = await runSql(payload, sql`SELECT id FROM groups WHERE id = ${groupId} FOR UPDATE`, req)
    if (!locked) throw new NotFound(req.t)
    const group = await payload.findByID({ collection: 'groups', id: groupId, depth: 0, overrideAccess: true, req })
    const membership = await membershipOf(req, groupId, req.user)
    const party = groupPartyOf(req.user, group, membership?.status === 'active')
    // The private side of someone else's group does not exist for them.
    if (party === null) throw new NotFound(req.t)
    const state = group.status as GroupState
    const act = action as GroupAction
    const lang = languageOf(req)
    const rule = groupRuleFor(act, state, party)
    if (!rule) {
      const vars = { action: GROUP_ACTIONS[act][lang], state: groupStateLabel(state)[lang] }
      if (groupActionExistsFrom(act, state)) refuseGroup(req, 'groupActionNotYours', vars, 403)
      refuseGroup(req, 'groupActionNotNow', vars)
    }
    const settings = await loadSettings(payload, req)
    const now = new Date()
    const context: GroupContext = {
      req,
      payload,
      action: act,
      party,
      group,
      service: groupServiceReader(payload, group, req),
      members: readOnce(() => activeMembers(req, groupId)),
      membership,
      input,
      values: {},
      now,
      settings,
      language: lang,
    }
    const refusal = await rule!.guard?.(context)
    if (typeof refusal === 'string') refuseGroup(req, refusal)
    else if (refusal) refuseGroup(req, refusal.key, refusal.vars)
    const facts = { group, settings }
    if (rule!.until && hasPassed(await rule!.until.deadline(facts), now)) refuseGroup(req, rule!.until.refusal)
    if (rule!.due && !hasPassed(await rule!.due.deadline(facts), now)) refuseGroup(req, 'notYetDue')
    context.values = readGroupInput(context)
    const outcome = (await rule!.effect?.(context)) ?? {}
    const to = outcome.to ?? rule!.to ?? state
    const closes = to !== state && FINAL_GROUP_STATES.includes(to)
    // The group is locked and this is its only writer: its row is written straight through the adapter.
    const updated = (await payload.db.updateOne({
      collection: 'groups',
      id: groupId,
      data: { ...outcome.patch, status: to, updatedAt: now.toISOString(), ...(closes ? { closedAt: now.toISOString() } : {}) },
      req,
    })) as unknown as Group
    await recordAudit(req, { action: 'transition', collection: 'groups', documentId: groupId, changes: { action: act, from: state, to } })
    for (const kind of rule!.notify ?? []) await notifyGroup(req, kind, updated)
    for (const { kind, except, to } of outcome.notify ?? []) await notifyGroup(req, kind, updated, { except, to })
    if (to !== state) await scheduleGroupTimer(req, updated, settings)
    // Groups are written straight through the adapter, past the hooks that announce a change.
    if (to !== state || updated.memberCount !== group.memberCount) await announceSiteContentChange(payload, req)
    return { ...outcome.result, group: updated, from: state, to }
  })
}
