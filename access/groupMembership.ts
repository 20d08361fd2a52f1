import type { Access, AccessResult, FieldAccess, PayloadRequest } from 'payload'

import { relationId } from '../lib/relations'
import { hasRole, isCitizen, organisationOf } from '../lib/roles'

/** The groups a citizen is an active member of, read once per request. */
export const memberGroupIds = async (req: PayloadRequest): Promise<string[]> => {
  const user = req.user
  if (!user || !isCitizen(user)) return []
  const key = `groups-of:${user.id}`
  const cached = req.context[key] as string[] | undefined
  if (cached) return cached
  const { docs } = await req.payload.find({
    collection: 'group-members',
    where: { citizen: { equals: user.id }, status: { equals: 'active' } },
    select: { group: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = docs.map((member) => relationId(member.group)).filter((id): id is string => id !== null)
  req.context[key] = ids
  return ids
}

/**
 * What belongs to a shared group (its members, its messages) is seen by the group's active
 * members, by the ente whose service it is, and by WeMi admins. With `ownRows`, a citizen also
 * sees the rows that name them, such as their own membership after leaving.
 */
const groupScoped =
  ({ ownRows }: { ownRows: boolean }): Access =>
  async ({ req }): Promise<AccessResult> => {
    const { user } = req
    if (hasRole(user, 'admin')) return true
    const organisation = organisationOf(user)
    if (organisation) return { organisation: { equals: organisation } }
    if (!user || !isCitizen(user)) return false
    const groups = await memberGroupIds(req)
    const inMyGroups = groups.length > 0 ? [{ group: { in: groups } }] : []
    if (!ownRows) return inMyGroups[0] ?? false
    return { or: [{ citizen: { equals: user.id } }, ...inMyGroups] }
  }

/**
 * A group's public side is for everyone (it names nobody); the people of an ente, who work on
 * groups in the admin, see only the groups of their own services.
 */
export const groupsReaders: Access = ({ req: { user } }): AccessResult => {
  const organisation = hasRole(user, 'admin') ? null : organisationOf(user)
  return organisation ? { organisation: { equals: organisation } } : true
}

export const groupMembersReaders = groupScoped({ ownRows: true })

export const groupMessagesReaders = groupScoped({ ownRows: false })

/**
 * A field about one person of a group (a member, the organiser, a message's author) is read by
 * that person, the group's ente and WeMi admins; other members know each other by first name
 * and initial only.
 */
const personOrEnte =
  (personOf: (doc: Record<string, unknown> | undefined) => unknown): FieldAccess =>
  ({ req: { user }, doc }) => {
    if (hasRole(user, 'admin')) return true
    const organisation = organisationOf(user)
    if (organisation) return relationId(doc?.organisation) === organisation
    return Boolean(user && relationId(personOf(doc)) === (user as { id: string }).id)
  }

/** A polymorphic relationship's record: `{ relationTo, value }`. */
const related = (value: unknown): unknown => (value as { value?: unknown } | null | undefined)?.value

export const memberOrEnte = personOrEnte((doc) => doc?.citizen)

export const organiserOrEnte = personOrEnte((doc) => related(doc?.organiser))

export const authorOrEnte = personOrEnte((doc) => related(doc?.author))
