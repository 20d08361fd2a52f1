import { hasRole, isCitizen, ORGANISATION_ROLES, organisationOf } from '../../lib/roles'
import { relationId } from '../../lib/relations'

/** Who may take part in a thread. The system is the server itself: timers and payment events. */
export type Party = 'citizen' | 'ente' | 'admin' | 'system'

type Sides = { citizen?: unknown; organisation?: unknown }

/**
 * The part the signed-in user plays in a thread: its citizen, someone of its ente, a WeMi
 * admin — or none, when the thread is not theirs. No user means the system.
 */
export const partyOf = (user: unknown, thread: Sides): Party | null => {
  if (!user) return 'system'
  if (isCitizen(user)) return relationId(thread.citizen) === (user as { id: string }).id ? 'citizen' : null
  if (hasRole(user, ...ORGANISATION_ROLES)) return organisationOf(user) === relationId(thread.organisation) ? 'ente' : null
  if (hasRole(user, 'admin')) return 'admin'
  return null
}
