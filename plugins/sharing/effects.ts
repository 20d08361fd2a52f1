import { randomUUID } from 'node:crypto'

import type { GroupState } from '../../collections/Groups/states'
import { JOINABLE_STATES } from '../../collections/Groups/states'
import { calendarDate, DAY_MS, HOUR } from '../../lib/dates'
import { formatCents } from '../../lib/money'
import { relationId } from '../../lib/relations'
import type { Group, GroupMember, Thread } from '../../payload-types'
import { recordAudit } from '../audit'
import { scheduleTimers } from '../requests/timers'
import { applyTransition, serviceReader } from '../requests/transition'
import { LIFECYCLE_CONTEXT } from '../../collections/Threads/writer'
import { FINAL_STATES, type ThreadState } from '../../collections/Threads/states'
import type { GroupContext, GroupEffect, GroupEffectResult, GroupNotice } from './context'
import { GROUP_DEADLINES, hasPassed } from './deadlines'
import { activeMembers, activeMembersOut, countActive, displayNameFor } from './members'
import { chargeFor, hasPriceFor, priceForSize } from './price'
import { notifyGroup } from './notify'
import { refuseGroup } from './refuse'

/** The price asked for must be the one the group has now, or the family would accept what it has not seen. */
const expectPrice = (context: GroupContext, price: number | null): void => {
  if (price !== null && context.values.priceCents === price) return
  refuseGroup(context.req, 'groupPriceChanged', { price: price === null ? '' : formatCents(price, context.language) })
}

const updateMember = (context: GroupContext, id: string, data: Partial<GroupMember>) =>
  context.payload.update({ collection: 'group-members', id, data, depth: 0, overrideAccess: true, req: context.req })

/** Entering `deciding`: the members are asked, each must accept the price for the actual size by `decideBy`. */
const startDeciding = async (context: GroupContext, patch: Partial<Group>): Promise<GroupEffectResult> => {
  const { payload, req, group, now, settings } = context
  await payload.update({
    collection: 'group-members',
    where: { group: { equals: group.id } },
    data: { goAhead: false },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return {
    to: 'deciding',
    patch: { ...patch, minimumReachedAt: null, decideBy: new Date(now.getTime() + settings.responseDays * DAY_MS).toISOString() },
    notify: [{ kind: 'group-decide' }],
  }
}

/**
 * After a family joins or leaves: the group's size and price follow its members, and before the
 * ente's confirmation its state follows its size (the ente is asked once the minimum is reached,
 * the members decide if it is missed after the joining deadline).
 */
const resize = async (context: GroupContext, notify: GroupNotice[] = []): Promise<GroupEffectResult> => {
  const { req, group, now } = context
  const count = await countActive(req, group.id)
  const patch: Partial<Group> = { memberCount: count, priceCents: priceForSize(await context.service(), Math.max(count, 1)) }
  const from = group.status as GroupState
  if (!JOINABLE_STATES.includes(from)) return { patch, notify }
  if (count >= group.minMembers) {
    if (from === 'awaiting-ente') return { to: from, patch, notify }
    return {
      to: 'awaiting-ente',
      patch: { ...patch, minimumReachedAt: now.toISOString() },
      notify: [...notify, { kind: 'group-minimum-reached' }],
    }
  }
  if (hasPassed(await GROUP_DEADLINES.joining(context), now)) {
    if (count === 0) return { to: 'dissolved', patch, notify }
    const deciding = await startDeciding(context, patch)
    return { ...deciding, notify: [...notify, ...(deciding.notify ?? [])] }
  }
  return { to: 'open', patch: { ...patch, minimumReachedAt: null }, notify }
}

/** A family joins at the price for the group's size with it, giving the address the ente will need. */
export const joinGroup: GroupEffect = async (context) => {
  const { req, payload, group, membership, values, now } = context
  expectPrice(context, priceForSize(await context.service(), group.memberCount + 1))
  const user = req.user!
  const data = {
    status: 'active' as const,
    displayName: await displayNameFor(req, user.id),
    acceptedPriceCents: values.priceCents as number,
    goAhead: false,
    address: { street: values.street as string, postcode: (values.postcode as string) || null },
    thread: null,
    joinedAt: now.toISOString(),
    leftAt: null,
    leftReason: null,
  }
  // A family that left may come back: its one row in the group becomes active again.
  const member = membership
    ? await updateMember(context, membership.id, data)
    : await payload.create({
        collection: 'group-members',
        data: { ...data, group: group.id, organisation: relationId(group.organisation)!, citizen: user.id },
        depth: 0,
        overrideAccess: true,
        req,
      })
  const outcome = await resize(context, [{ kind: 'group-member-joined', except: user.id }])
  return { ...outcome, result: { member: member.id } }
}

/** Leaving before the ente confirms costs nothing. */
export const leaveGroup: GroupEffect = async (context) => {
  await updateMember(context, context.membership!.id, {
    status: 'left',
    leftAt: context.now.toISOString(),
    leftReason: (context.values.reason as string) || null,
    goAhead: false,
  })
  return resize(context)
}

/**
 * Leaving a confirmed group cancels the family's own thread through the thread lifecycle, so
 * the service's cancellation policy applies (a refund within the notice, a refusal after it).
 */
export const leaveConfirmedGroup: GroupEffect = async (context) => {
  const { payload, req, membership, values } = context
  const threadId = relationId(membership!.thread)
  if (threadId) {
    const thread = await payload.findByID({ collection: 'threads', id: threadId, depth: 0, overrideAccess: true, req })
    if (!FINAL_STATES.includes(thread.status as ThreadState)) {
      await applyTransition(payload, { threadId, action: 'cancel', as: { user: req.user! }, input: { reason: values.reason }, req })
    }
  }
  return leaveGroup(context)
}

/**
 * Families that cancelled their share from their own request leave the group, as if they had
 * left it from its page; a confirmed group with nobody left dissolves.
 */
export const releaseMembersOut: GroupEffect = async (context) => {
  for (const id of await activeMembersOut(context.req, context.group.id))
    await updateMember(context, id, { status: 'left', leftAt: context.now.toISOString(), leftReason: null, goAhead: false })
  const outcome = await resize(context)
  // Nobody left before the service started: nothing is owed to anyone, the group is over.
  return outcome.patch?.memberCount === 0 && context.group.status === 'confirmed' ? { ...outcome, to: 'dissolved' } : outcome
}

/** The organiser (or WeMi) takes a family out of the group before confirmation. */
export const removeMember: GroupEffect = async (context) => {
  const { payload, req, group, values, now } = context
  const member = await payload.findByID({
    collection: 'group-members',
    id: String(values.member),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!member || relationId(member.group) !== group.id || member.status !== 'active')
    refuseGroup(req, 'groupMemberNotFound', undefined, 404)
  if (req.user && relationId(member!.citizen) === req.user.id) refuseGroup(req, 'groupOrganiserStays')
  await updateMember(context, member!.id, {
    status: 'removed',
    leftAt: now.toISOString(),
    leftReason: (values.reason as string) || null,
    goAhead: false,
  })
  return resize(context, [{ kind: 'group-member-removed', to: relationId(member!.citizen)! }])
}

/** Below the minimum at the joining deadline, the members decide; with nobody, or no price for so few, the group dissolves. */
export const reachDeadline: GroupEffect = async (context) => {
  const { group } = context
  const count = group.memberCount
  if (count === 0 || !hasPriceFor(await context.service(), count)) return { to: 'dissolved', notify: [{ kind: 'group-dissolved' }] }
  return startDeciding(context, {})
}

/** A member accepts, explicitly, the price for the group's actual size; once all have, the ente is asked. */
export const goAhead: GroupEffect = async (context) => {
  const { req, group, membership, values, now } = context
  const price = priceForSize(await context.service(), group.memberCount)
  expectPrice(context, price)
  await updateMember(context, membership!.id, {
    goAhead: true,
    acceptedPriceCents: Math.max(membership!.acceptedPriceCents, values.priceCents as number),
  })
  const waiting = (await activeMembers(req, group.id)).filter((member) => !member.goAhead)
  if (waiting.length > 0) return { result: { waiting: waiting.length } }
  return { to: 'awaiting-ente', patch: { minimumReachedAt: now.toISOString() }, notify: [{ kind: 'group-to-confirm' }] }
}

/** The reason given by whoever closes the group, kept on it for the members and WeMi. */
export const recordGroupReason: GroupEffect = async ({ values }) => ({ patch: { note: (values.reason as string) || null } })

/** A message to the whole group: every other member and the ente hear of it. */
export const writeToGroup: GroupEffect = async (context) => {
  const { payload, req, group, party, membership, values } = context
  const user = req.user!
  const authorName =
    party === 'ente'
      ? (
          await payload.findByID({
            collection: 'organisations',
            id: relationId(group.organisation)!,
            depth: 0,
            select: { name: true },
            req,
          })
        ).name
      : party === 'admin'
        ? 'WeMi'
        : membership!.displayName
  const created = await payload.create({
    collection: 'group-messages',
    data: {
      group: group.id,
      organisation: relationId(group.organisation)!,
      author: { relationTo: user.collection as 'citizens' | 'users', value: user.id },
      authorName,
      authorParty: party === 'ente' ? 'ente' : party === 'admin' ? 'admin' : 'member',
      body: values.body as string,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  const notify: GroupNotice[] = [{ kind: 'group-message-for-members', except: user.id }]
  if (party !== 'ente') notify.push({ kind: 'group-message-for-ente' })
  return { notify, result: { message: created.id } }
}

/**
 * The ente confirms: each active member gets a request and a thread of its own, already
 * accepted, with a quote of its share (the price it accepted, or less if the group is larger
 * now), so that it pays through the marketplace's own flow (card, voucher, agreed method).
 */
export const confirmGroup: GroupEffect = async (context) => {
  const { payload, req, group, values, now, settings } = context
  const service = await context.service()
  const members = await context.members()
  const district = relationId(group.district)!
  const startDate = values.startDate as string
  const endDate = values.endDate as string
  const units = values.units as number
  const payBy = new Date(now.getTime() + settings.paymentHours * HOUR).toISOString()
  const italianTitle = (
    await payload.findByID({
      collection: 'services',
      id: service.id,
      depth: 0,
      locale: 'it',
      select: { title: true },
      overrideAccess: true,
      req,
    })
  ).title
  req.context[LIFECYCLE_CONTEXT] = true
  const shares: Record<string, number> = {}
  for (const [index, member] of members.entries()) {
    const citizen = relationId(member.citizen)!
    // The family's share is its price per hour (visit, month) for the period's quantity.
    const amountCents = chargeFor(member.acceptedPriceCents, service, members.length) * units
    const reference = `${group.reference}-${index + 1}`
    const person = await payload.findByID({
      collection: 'citizens',
      id: citizen,
      depth: 0,
      select: { firstName: true, lastName: true },
      overrideAccess: true,
      req,
    })
    const fullName = [person.firstName, person.lastName].filter(Boolean).join(' ') || member.displayName
    // The request of one family of the group, as if it had sent it: the ente reads it in its inbox.
    const request = await payload.db.create({
      collection: 'requests',
      data: {
        reference,
        citizen,
        category: relationId(service.category),
        services: [service.id],
        organisations: [relationId(service.organisation)],
        group: group.id,
        beneficiary: { name: fullName, relationship: 'self' },
        address: { street: member.address.street, postcode: member.address.postcode ?? null, district },
        period: { start: startDate, end: endDate, days: group.days, timeBands: group.timeBands },
      },
      req,
    })
    await recordAudit(req, { action: 'create', collection: 'requests', documentId: String(request.id), changes: { group: group.id } })
    const thread: Thread = {
      id: randomUUID(),
      reference: `${reference}-1`,
      title: `${fullName} — ${italianTitle}`,
      status: 'accepted',
      request: String(request.id),
      service: service.id,
      citizen,
      organisation: relationId(group.organisation)!,
      group: group.id,
      payBy,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    }
    const { id, ...row } = thread
    await payload.db.create({ collection: 'threads', customID: id, data: row, req, returning: false })
    const quote = await payload.create({
      collection: 'quotes',
      data: {
        thread: id,
        citizen,
        organisation: relationId(group.organisation)!,
        amountCents,
        validUntil: calendarDate(payBy, settings.timeZone),
        periodStart: startDate,
        periodEnd: endDate,
        days: group.days,
        timeBands: group.timeBands,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await payload.db.updateOne({ collection: 'threads', id, data: { quote: quote.id }, req, returning: false })
    thread.quote = quote.id
    await recordAudit(req, {
      action: 'transition',
      collection: 'threads',
      documentId: id,
      changes: { action: 'confirm-group', from: null, to: 'accepted', group: group.id },
    })
    await updateMember(context, member.id, { thread: id })
    await notifyGroup(req, 'group-confirmed', group, { thread })
    await scheduleTimers(req, { thread, quote: async () => quote, service: serviceReader(payload, thread, req), settings, changed: true })
    shares[member.id] = amountCents
  }
  return { patch: { startDate, endDate, units }, result: { shares } }
}
