import { DAY_MS, endOfDay } from '../../lib/dates'
import type { Group } from '../../payload-types'
import type { MarketplaceSettings } from '../../globals/City/settings'

export type GroupDeadline = (facts: { group: Group; settings: MarketplaceSettings }) => Promise<Date | null>

/**
 * Every deadline of the group lifecycle, computed once: the rules use them to refuse an action
 * that came too late (or too early) and to schedule the system's timers.
 */
export const GROUP_DEADLINES = {
  /** Families join through the joining day, where the city is. */
  joining: async ({ group, settings }) => new Date(endOfDay(group.joinBy.slice(0, 10), settings.timeZone).getTime() + 1),
  /** The members' decision below the minimum. */
  decision: async ({ group }) => (group.decideBy ? new Date(group.decideBy) : null),
  /** The ente's answer, some days after the group reached its minimum (or its members went ahead). */
  enteAnswer: async ({ group, settings }) =>
    group.minimumReachedAt ? new Date(new Date(group.minimumReachedAt).getTime() + settings.responseDays * DAY_MS) : null,
} satisfies Record<string, GroupDeadline>

export { hasPassed } from '../requests/deadlines'
