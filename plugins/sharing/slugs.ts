/** The durable jobs of shared groups, named apart so that the request lifecycle can queue one. */
export const GROUP_TIMER_TASK = 'group-timer'

/** Queued whenever a member's thread changes state: the group may now start or be completed. */
export const GROUP_SETTLE_TASK = 'group-settle'
