import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { runSql } from '../../lib/sql'
import type { Group } from '../../payload-types'
import { openGroup } from '../../plugins/sharing/open'
import { applyGroupAction } from '../../plugins/sharing/transition'
import { groupView } from '../../plugins/sharing/view'
import { type Actor, type Fixtures, lexical, PASSWORD, serviceSections } from './fixtures'
import { dayFromNow } from './marketplace'

/** The price table of the shared services under test: 15 € for two families, 12 € for three, 10 € for four or more. */
export const SHARED_PRICES = [
  { people: 2, priceCents: 1500 },
  { people: 3, priceCents: 1200 },
  { people: 4, priceCents: 1000 },
]

/** A published service of organisation A offered in shared form in districts 1 and 2, with an individual price of 18 €. */
export const sharedService = async (payload: Payload, fx: Fixtures, overrides: Record<string, unknown> = {}): Promise<string> =>
  String(
    (
      await payload.create({
        collection: 'services',
        data: {
          title: 'Babysitter condivisa',
          summary: 'Una babysitter per più famiglie dello stesso palazzo.',
          ...serviceSections(),
          description: lexical('Babysitter condivisa'),
          organisation: fx.organisations.orgA,
          category: fx.categories.a1,
          targetGroups: [fx.targetGroup],
          districts: [fx.districts.d1, fx.districts.d2],
          deliveryMode: 'both',
          priceModel: 'per-hour',
          priceCents: 1800,
          sharedPrices: SHARED_PRICES,
          acceptedVoucherSchemes: ['Fondo famiglie'],
          validation: { status: 'published' },
          _status: 'published',
          ...overrides,
        } as never,
        depth: 0,
      })
    ).id,
  )

/** What a family opening a group says about it: Mondays and Wednesdays in the afternoon, two to four families. */
export const groupInput = (service: string, district: string, overrides: Record<string, unknown> = {}) => ({
  service,
  district,
  days: ['mon', 'wed'],
  timeBands: ['afternoon'],
  startDate: dayFromNow(30),
  joinBy: dayFromNow(10),
  minMembers: 2,
  maxMembers: 4,
  description: 'Una babysitter per i bambini del palazzo, il lunedì e il mercoledì pomeriggio.',
  address: { street: 'Via Padova 12', postcode: '20127' },
  ...overrides,
})

export const openAs = (payload: Payload, actor: Actor, input: Record<string, unknown>): Promise<Group> =>
  openGroup(payload, { as: { user: actor.user as never }, input })

/** Takes an action on a group as a person, or as the system. */
export const groupAct = (payload: Payload, actor: Actor | 'system', groupId: string, action: string, input: Record<string, unknown> = {}) =>
  applyGroupAction(payload, { groupId, action, as: actor === 'system' ? { system: true } : { user: actor.user as never }, input })

export const groupOf = (payload: Payload, id: string): Promise<Group> =>
  payload.findByID({ collection: 'groups', id, depth: 0, overrideAccess: true })

/** Joins a group at its current price for one more family. */
export const join = async (payload: Payload, actor: Actor, groupId: string, street = 'Via Padova 14') => {
  const view = await groupView(payload, groupId, null, 'it')
  return groupAct(payload, actor, groupId, 'join', { address: { street, postcode: '20127' }, priceCents: view!.group.joinPriceCents })
}

let families = 0

/** A new signed-up citizen with a confirmed e-mail, acting through the Local API. */
export const newFamily = async (payload: Payload, firstName = 'Famiglia', lastName = 'Test'): Promise<Actor> => {
  families += 1
  const doc = await payload.create({
    collection: 'citizens',
    data: {
      email: `family-${families}-${Date.now()}@test.example`,
      password: PASSWORD,
      firstName,
      lastName: `${lastName} ${families}`,
      _verified: true,
    } as never,
    depth: 0,
    disableVerificationEmail: true,
  })
  return { user: { ...doc, collection: 'citizens' } }
}

/** Everything a group action may write about a group, to compare before and after an attempt. */
export const groupFootprint = async (payload: Payload, groupId: string) => {
  const [row] = await runSql<Record<string, unknown>>(
    payload,
    sql`SELECT
      (SELECT row_to_json(g)::text FROM groups g WHERE g.id = ${groupId}) AS "group",
      (SELECT coalesce(json_agg(m ORDER BY m.id)::text, '[]') FROM group_members m WHERE m.group_id = ${groupId}) AS members,
      (SELECT count(*) FROM group_messages WHERE group_id = ${groupId})::int AS messages,
      (SELECT count(*) FROM notifications WHERE group_id = ${groupId})::int AS notifications,
      (SELECT count(*) FROM requests WHERE group_id = ${groupId})::int AS requests,
      (SELECT count(*) FROM threads WHERE group_id = ${groupId})::int AS threads,
      (SELECT count(*) FROM audit_log WHERE document_id = ${groupId})::int AS audit,
      (SELECT count(*) FROM payload_jobs WHERE input->>'group' = ${groupId})::int AS jobs`,
  )
  return row
}

/** Every row of a group's members, in the order they joined, as the system reads them. */
export const membersOf = async (payload: Payload, groupId: string) =>
  (
    await payload.find({
      collection: 'group-members',
      where: { group: { equals: groupId } },
      sort: 'joinedAt',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs
