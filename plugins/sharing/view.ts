import type { Payload, TypedUser } from 'payload'

import {
  FINAL_GROUP_STATES,
  type GroupAction,
  type GroupState,
  groupStateLabel,
  JOINABLE_STATES,
  MEMBER_STATES,
} from '../../collections/Groups/states'
import { stateLabel } from '../../collections/Threads/states'
import type { Thread } from '../../payload-types'
import { loadSettings } from '../../globals/City/settings'
import { formatDate } from '../../lib/dates'
import { DAYS, optionLabel, optionLabels, priceUnitOf, quantityNoun, quantityText, TIME_BANDS } from '../../lib/fields'
import type { Bilingual, Language } from '../../lib/i18n'
import { GROUP_ACTION_BUTTONS } from '../../lib/i18n/admin'
import { formatCents } from '../../lib/money'
import { isRecordId, relationId } from '../../lib/relations'
import { localRequest } from '../../lib/transaction'
import { groupActionsFor } from './lifecycle'
import { type GroupParty, groupPartyOf, MEMBER_PARTIES, organiserCitizenOf } from './parties'
import { chargeFor, priceForSize } from './price'
import { groupServiceReader, membershipOf } from './transition'

const threadSummary = (thread: Pick<Thread, 'id' | 'reference' | 'status' | 'request'> | null | undefined, language: Language) =>
  thread
    ? {
        id: thread.id,
        reference: thread.reference,
        status: thread.status,
        statusLabel: stateLabel(thread.status)[language],
        request: relationId(thread.request),
      }
    : null

/** Every action has a button: a new action without one does not compile. */
const ACTION_BUTTONS: Record<GroupAction, Bilingual> = GROUP_ACTION_BUTTONS

const money = (cents: number | null | undefined, language: Language) => (cents == null ? '' : formatCents(cents, language))

/** States in which the ente knows the families by name and can reach them. */
const CONFIRMED: readonly GroupState[] = ['confirmed', 'active', 'completed']

/**
 * A group as its reader sees it, in the reader's language: what anyone may know (service,
 * district, schedule, size, current price and price table, no person), and for its members, its
 * ente and WeMi the members (others' first name and initial only), the messages and the reader's
 * own membership. Members and messages are read with the reader's own access. Null when there
 * is no such group.
 */
export const groupView = async (payload: Payload, groupId: string, user: TypedUser | null | undefined, language: Language) => {
  if (!isRecordId(groupId)) return null
  const group = await payload.findByID({ collection: 'groups', id: groupId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!group) return null
  const req = await localRequest(payload, { user: user ?? null, language })
  const membership = user ? await membershipOf(req, group.id, user) : null
  // Without a user, the public; a person with no part in the group reads only its public side.
  const party: GroupParty | null = user ? groupPartyOf(user, group, membership?.status === 'active') : null
  const insider = party !== null && party !== 'visitor' && party !== 'system'
  const settings = await loadSettings(payload)
  const zone = settings.timeZone
  const day = (value: string | null | undefined) => (value ? formatDate(value, language, 'UTC') : '')
  const moment = (value: string | null | undefined) => (value ? formatDate(value, language, zone, true) : '')

  const service = await groupServiceReader(payload, group, req)()
  const [localised, organisation, district] = [
    await payload.findByID({
      collection: 'services',
      id: service.id,
      depth: 0,
      locale: language,
      overrideAccess: true,
      select: { title: true, slug: true },
    }),
    await payload.findByID({
      collection: 'organisations',
      id: relationId(group.organisation)!,
      depth: 0,
      overrideAccess: true,
      select: { name: true, slug: true },
    }),
    await payload.findByID({
      collection: 'districts',
      id: relationId(group.district)!,
      depth: 0,
      overrideAccess: true,
      select: { name: true },
    }),
  ]
  const state = group.status as GroupState
  const full = group.memberCount >= group.maxMembers
  const joinPriceCents = JOINABLE_STATES.includes(state) && !full ? priceForSize(service, group.memberCount + 1) : null
  const reader = { user: user as never, overrideAccess: false as const, depth: 0, pagination: false as const }

  const publicSide = {
    party,
    group: {
      id: group.id,
      reference: group.reference,
      title: group.title ?? '',
      status: state,
      statusLabel: groupStateLabel(state)[language],
      joinable: JOINABLE_STATES.includes(state) && !full,
      closed: FINAL_GROUP_STATES.includes(state),
      service: { id: service.id, title: localised.title, slug: localised.slug ?? '' },
      organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug ?? '' },
      district: { id: district.id, name: district.name },
      days: optionLabels(DAYS, group.days, language),
      timeBands: optionLabels(TIME_BANDS, group.timeBands, language),
      startDate: day(group.startDate),
      endDate: day(group.endDate),
      joinBy: day(group.joinBy),
      decideBy: moment(group.decideBy),
      description: group.description ?? '',
      minMembers: group.minMembers,
      maxMembers: group.maxMembers,
      memberCount: group.memberCount,
      placesLeft: Math.max(0, group.maxMembers - group.memberCount),
      priceCents: group.priceCents ?? null,
      price: money(group.priceCents, language),
      /** What a price is for: "all’ora". */
      priceUnit: priceUnitOf(service.priceModel, language),
      /** What the ente counts when it confirms: "ore". */
      quantityName: quantityNoun(service.priceModel, 2, language),
      /** Once confirmed, the hours (visits, months) each family pays for: "40 ore". */
      units: group.units ?? null,
      quantity: group.units ? quantityText(service.priceModel, group.units, language) : '',
      /** What a family joining now accepts: the price for the group with it. */
      joinPriceCents,
      joinPrice: money(joinPriceCents, language),
      note: insider ? (group.note ?? '') : '',
    },
    priceTable: [...(service.sharedPrices ?? [])]
      .sort((a, b) => a.people - b.people)
      .map((row) => ({ people: row.people, priceCents: row.priceCents, price: money(row.priceCents, language) })),
    individualPrice: money(service.priceCents, language),
    actions:
      party && party !== 'system'
        ? groupActionsFor(state, party).map((action) => ({ action, label: ACTION_BUTTONS[action][language] }))
        : [],
  }
  if (!insider) return { ...publicSide, members: [], messages: [], membership: null }

  const where = { group: { equals: group.id } }
  const staff = party === 'ente' || party === 'admin'
  // Members see who is in the group now; the ente and WeMi also those who left or were removed.
  const members = await payload.find({
    collection: 'group-members',
    where: staff ? where : { ...where, status: { equals: 'active' } },
    sort: 'joinedAt',
    ...reader,
  })
  const messages = await payload.find({ collection: 'group-messages', where, sort: 'createdAt', ...reader })
  // The ente knows the families by name and contact once it has confirmed the group; WeMi always.
  const contacts =
    staff && (party === 'admin' || CONFIRMED.includes(state))
      ? new Map(
          (
            await payload.find({
              collection: 'citizens',
              where: { id: { in: members.docs.map((member) => relationId(member.citizen)).filter(Boolean) } },
              depth: 0,
              pagination: false,
              overrideAccess: true,
              select: { firstName: true, lastName: true, email: true, phone: true },
            })
          ).docs.map((citizen) => [citizen.id, citizen]),
        )
      : null
  const organiser = organiserCitizenOf(group)
  // Other members' records do not say who they are: the organiser's row is found by the server.
  const organiserRow = organiser
    ? (
        await payload.find({
          collection: 'group-members',
          where: { and: [{ group: { equals: group.id } }, { citizen: { equals: organiser } }] },
          depth: 0,
          limit: 1,
          overrideAccess: true,
          select: { status: true },
        })
      ).docs[0]?.id
    : undefined
  const own = membership && MEMBER_PARTIES.includes(party) ? membership : null
  const ownThread = relationId(own?.thread)
  const thread = ownThread
    ? await payload.findByID({ collection: 'threads', id: ownThread, user: user as never, overrideAccess: false, depth: 0 })
    : null
  // The ente and WeMi follow each family's share through its own thread.
  const threads = staff
    ? new Map(
        (
          await payload.find({
            collection: 'threads',
            where: { group: { equals: group.id } },
            select: { reference: true, status: true, request: true, quote: true },
            ...reader,
          })
        ).docs.map((entry) => [entry.id, entry]),
      )
    : null

  // Once confirmed, what each family is charged is its thread's quote.
  const quoteIds = [...(threads?.values() ?? []), ...(thread ? [thread] : [])].map((entry) => relationId(entry.quote)).filter(Boolean)
  const quoted = new Map(
    quoteIds.length > 0
      ? (await payload.find({ collection: 'quotes', where: { id: { in: quoteIds } }, select: { amountCents: true }, ...reader })).docs.map(
          (quote) => [quote.id, quote.amountCents],
        )
      : [],
  )
  /** The family's share: its thread's quote, once the ente has confirmed. */
  const shareOf = (memberThread: { quote?: unknown } | null | undefined): number | null =>
    quoted.get(relationId(memberThread?.quote) ?? '') ?? null
  /** Its price per unit: the share over the quantity once confirmed, else what it would pay were the group confirmed now. */
  const chargeOf = (member: { acceptedPriceCents: number }, memberThread: { quote?: unknown } | null | undefined) => {
    const share = shareOf(memberThread)
    return share !== null && group.units ? share / group.units : chargeFor(member.acceptedPriceCents, service, group.memberCount)
  }

  return {
    ...publicSide,
    members: members.docs.map((member) => {
      const citizen = relationId(member.citizen)
      const contact = citizen ? contacts?.get(citizen) : undefined
      return {
        id: member.id,
        displayName: member.displayName,
        organiser: member.id === organiserRow,
        you: member.id === own?.id,
        joinedOn: day(member.joinedAt),
        ...(staff
          ? {
              name: contact ? [contact.firstName, contact.lastName].filter(Boolean).join(' ') : '',
              email: contact?.email ?? '',
              phone: contact?.phone ?? '',
              address: member.address ? [member.address.street, member.address.postcode].filter(Boolean).join(', ') : '',
              status: member.status,
              statusLabel: optionLabel(MEMBER_STATES, member.status, language),
              acceptedPrice: money(member.acceptedPriceCents, language),
              /** What the family is charged (its thread's quote), or would be were the group confirmed now. */
              chargedPrice: money(chargeOf(member, threads?.get(relationId(member.thread) ?? '')), language),
              /** Its share for the period, once confirmed. */
              share: money(shareOf(threads?.get(relationId(member.thread) ?? '')), language),
              goAhead: Boolean(member.goAhead),
              thread: threadSummary(threads?.get(relationId(member.thread) ?? ''), language),
            }
          : {}),
      }
    }),
    messages: messages.docs.map((entry) => ({
      id: entry.id,
      authorName: entry.authorName,
      authorParty: entry.authorParty,
      body: entry.body,
      sentOn: moment(entry.createdAt),
    })),
    membership: own
      ? {
          id: own.id,
          status: own.status,
          acceptedPriceCents: own.acceptedPriceCents,
          acceptedPrice: money(own.acceptedPriceCents, language),
          /** What the family is charged, or would be were the group confirmed now: never above what it accepted. */
          chargeCents: chargeOf(own, thread),
          charge: money(chargeOf(own, thread), language),
          /** Its share for the period (its quote), once the ente has confirmed. */
          share: money(shareOf(thread), language),
          goAhead: Boolean(own.goAhead),
          address: { street: own.address?.street ?? '', postcode: own.address?.postcode ?? '' },
          thread: threadSummary(thread, language),
          request: thread ? relationId(thread.request) : null,
        }
      : null,
  }
}

export type GroupView = NonNullable<Awaited<ReturnType<typeof groupView>>>
