import type { Group } from '../../payload-types'
import { relationId } from '../../lib/relations'
import { hasRole, isCitizen, ORGANISATION_ROLES, organisationOf } from '../../lib/roles'

/**
 * Who takes part in a shared group. `organiser`: the citizen who opened it, while an active
 * member; `member`: any other active member; `visitor`: a signed-in citizen who is not (or no
 * longer) a member; `ente`: the people of the group's organisation (an ente that opened a group
 * is just that); `admin`: WeMi; `system`: timers and payment events.
 */
export type GroupParty = 'organiser' | 'member' | 'visitor' | 'ente' | 'admin' | 'system'

export const GROUP_PARTIES: readonly GroupParty[] = ['organiser', 'member', 'visitor', 'ente', 'admin', 'system']

/** The citizen who opened the group, if a citizen did. */
export const organiserCitizenOf = (group: Pick<Group, 'organiser'>): string | null =>
  group.organiser && group.organiser.relationTo === 'citizens' ? relationId(group.organiser.value) : null

/**
 * The part the signed-in user plays in a group, given whether they are one of its active
 * members; null when the group's private side does not exist for them. No user means the system.
 */
export const groupPartyOf = (user: unknown, group: Pick<Group, 'organiser' | 'organisation'>, activeMember: boolean): GroupParty | null => {
  if (!user) return 'system'
  if (isCitizen(user)) {
    if (!activeMember) return 'visitor'
    return organiserCitizenOf(group) === (user as { id: string }).id ? 'organiser' : 'member'
  }
  if (hasRole(user, ...ORGANISATION_ROLES)) return organisationOf(user) === relationId(group.organisation) ? 'ente' : null
  if (hasRole(user, 'admin')) return 'admin'
  return null
}

/** Parties that are the group's members, whoever opened it. */
export const MEMBER_PARTIES: readonly GroupParty[] = ['organiser', 'member']
