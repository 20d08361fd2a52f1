import type { Payload, PayloadRequest } from 'payload'

import type { GroupAction, GroupState } from '../../collections/Groups/states'
import type { NotificationKind } from '../../collections/Notifications/kinds'
import type { MarketplaceSettings } from '../../globals/City/settings'
import type { Language } from '../../lib/i18n'
import type { Group, GroupMember, Service } from '../../payload-types'
import type { InputValues } from '../requests/context'
import type { GroupParty } from './parties'

/** The facts of a group's service the lifecycle uses. */
export type GroupService = Pick<
  Service,
  | 'id'
  | 'title'
  | 'organisation'
  | 'category'
  | 'priceModel'
  | 'priceCents'
  | 'sharedPrices'
  | 'deliveryMode'
  | 'districts'
  | 'cancellationNoticeHours'
>

/** Everything a guard or an effect knows about the group action being applied. */
export type GroupContext = {
  req: PayloadRequest
  payload: Payload
  action: GroupAction
  party: GroupParty
  /** The group as it was when locked, before this action. */
  group: Group
  service: () => Promise<GroupService>
  /** The group's active members, as they were when it was locked. */
  members: () => Promise<GroupMember[]>
  /** The acting citizen's own row in the group, whatever its state (a family that left may join again). */
  membership: GroupMember | null
  input: Record<string, unknown>
  values: InputValues
  now: Date
  settings: MarketplaceSettings
  language: Language
}

/** A notice to the group's ente or members, all but `except`, or to one citizen (`to`). */
export type GroupNotice = { kind: NotificationKind; except?: string; to?: string }

export type GroupEffectResult = {
  /** Fields of the group to write with its new state. */
  patch?: Partial<Group>
  /** The state the group moves to, when the rule leaves it to the effect (joins and departures). */
  to?: GroupState
  notify?: GroupNotice[]
  result?: Record<string, unknown>
}

export type GroupEffect = (context: GroupContext) => Promise<GroupEffectResult | void>
