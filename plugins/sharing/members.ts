import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { FINAL_STATES, type ThreadState } from '../../collections/Threads/states'
import { runSql } from '../../lib/sql'
import type { Citizen, GroupMember } from '../../payload-types'

/** A group's active members, in the order they joined. */
export const activeMembers = async (req: PayloadRequest, groupId: string): Promise<GroupMember[]> =>
  (
    await req.payload.find({
      collection: 'group-members',
      where: { and: [{ group: { equals: groupId } }, { status: { equals: 'active' } }] },
      sort: 'joinedAt',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
  ).docs

/** A member's thread that ended without the service: its family is out of the group. */
export const isOut = (state: ThreadState) => FINAL_STATES.includes(state) && state !== 'reviewed'

/**
 * States of a member's thread in which the family has given up its share: a payment window run
 * out is not one of them, since the payment may still come through.
 */
const GIVEN_UP: readonly ThreadState[] = ['cancelled', 'refunded']

/** The active members who gave up their share from their own request. */
export const activeMembersOut = async (req: PayloadRequest, groupId: string): Promise<string[]> =>
  (
    await runSql<{ id: string; status: ThreadState }>(
      req.payload,
      sql`SELECT m.id, t.status FROM group_members m JOIN threads t ON t.id = m.thread_id
          WHERE m.group_id = ${groupId} AND m.status = 'active'`,
      req,
    )
  )
    .filter((row) => GIVEN_UP.includes(row.status))
    .map((row) => row.id)

/** How many active members a group has now, counted in the caller's transaction. */
export const countActive = async (req: PayloadRequest, groupId: string): Promise<number> => {
  const [row] = await runSql<{ n: number }>(
    req.payload,
    sql`SELECT count(*)::int AS n FROM group_members WHERE group_id = ${groupId} AND status = 'active'`,
    req,
  )
  return row?.n ?? 0
}

/** How other members know a family: first name and the initial of the surname ("Giulia R."). */
export const displayNameOf = (citizen: Pick<Citizen, 'firstName' | 'lastName'>): string => {
  const initial = citizen.lastName?.trim().charAt(0).toUpperCase()
  const first = citizen.firstName?.trim() || 'Famiglia'
  return initial ? `${first} ${initial}.` : first
}

/** A citizen's name as the group shows it, read in the caller's transaction. */
export const displayNameFor = async (req: PayloadRequest, citizenId: string): Promise<string> =>
  displayNameOf(
    await req.payload.findByID({
      collection: 'citizens',
      id: citizenId,
      depth: 0,
      select: { firstName: true, lastName: true },
      overrideAccess: true,
      req,
    }),
  )
