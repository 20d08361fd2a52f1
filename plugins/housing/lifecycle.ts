import type { HousingAction, HousingParty, HousingState } from '../../collections/HousingApplications/states'
import type { NotificationKind } from '../../collections/Notifications/kinds'
import { DAY_MS } from '../../lib/dates'
import { lookupsOf } from '../../lib/workflow'
import type { HousingApplication } from '../../payload-types'

/** How long a household has to answer an offer before the unit goes back to the ente. */
export const OFFER_ANSWER_MS = 3 * DAY_MS

/** What an action reads from its input, checked by plugins/housing/act.ts. */
export type HousingInput = 'offer' | 'reason' | 'until' | 'on'

export type HousingRule = {
  action: HousingAction
  from: readonly HousingState[]
  /** The state after the action; none when the application stays where it is. */
  to?: HousingState
  by: readonly HousingParty[]
  input?: HousingInput
  /** The system's action when the offer's answer is overdue; a timer is set when the application enters `from`. */
  due?: 'offerExpiresAt'
  /** Who hears of it: the notice (e-mail, the area's list, App IO for the main ones) sent once the action is taken. */
  notify?: NotificationKind
}

/**
 * The life of an application for temporary housing and of the stay it becomes, as one table.
 * An action is allowed only when a rule has it, the application's state and the acting party;
 * its input and the checks in act.ts then decide; the database refuses a unit held twice on
 * the same day. `applyHousingAction` is the only code that acts on it.
 */
export const HOUSING_RULES: readonly HousingRule[] = [
  { action: 'offer', from: ['submitted'], to: 'offered', by: ['ente'], input: 'offer', notify: 'housing-offered' },
  { action: 'refuse', from: ['submitted'], to: 'refused', by: ['ente'], input: 'reason', notify: 'housing-refused' },
  { action: 'withdraw', from: ['submitted', 'offered', 'accepted'], to: 'withdrawn', by: ['citizen'], notify: 'housing-withdrawn' },
  { action: 'accept', from: ['offered'], to: 'accepted', by: ['citizen'], notify: 'housing-offer-accepted' },
  { action: 'decline', from: ['offered'], to: 'submitted', by: ['citizen'], notify: 'housing-offer-declined' },
  {
    action: 'withdraw-offer',
    from: ['offered', 'accepted'],
    to: 'submitted',
    by: ['ente'],
    input: 'reason',
    notify: 'housing-offer-withdrawn',
  },
  {
    action: 'expire-offer',
    from: ['offered'],
    to: 'submitted',
    by: ['system'],
    due: 'offerExpiresAt',
    notify: 'housing-offer-expired',
  },
  { action: 'move-in', from: ['accepted'], to: 'staying', by: ['ente'] },
  { action: 'request-extension', from: ['staying'], by: ['citizen'], input: 'until', notify: 'housing-extension-asked' },
  { action: 'grant-extension', from: ['staying'], by: ['ente'], notify: 'housing-extension-granted' },
  { action: 'refuse-extension', from: ['staying'], by: ['ente'], input: 'reason', notify: 'housing-extension-refused' },
  { action: 'depart', from: ['staying'], to: 'ended', by: ['ente'], input: 'on' },
]

export const { ruleFor, actionExistsFrom, actionsFor, timedRuleIn } = lookupsOf<HousingAction, HousingState, HousingParty, HousingRule>(
  HOUSING_RULES,
)

/**
 * The actions open to this party on this application now. The table alone would let the
 * household ask for a second extension while one waits, and the ente answer one never asked
 * for; act.ts refuses both, so neither the household's page nor the admin's panel offers them.
 */
export const openActions = (application: Pick<HousingApplication, 'status' | 'extensionUntil'>, party: HousingParty): HousingAction[] => {
  const pending = Boolean(application.extensionUntil)
  return actionsFor(application.status as HousingState, party).filter((action) => {
    if (action === 'request-extension') return !pending
    if (action === 'grant-extension' || action === 'refuse-extension') return pending
    return true
  })
}
