import {
  type Contract,
  type ContractCost,
  type ContractLevel,
  contractCost,
  LIVE_IN_WEEKLY_HOURS,
  MAX_HOURLY_WEEKLY_HOURS,
  type PayTable,
} from '../../../lib/care-cost'
import { loadPayTable } from '../../../globals/DomesticWorkPay/table'
import type { FormErrors } from './forms'
import { type Lang, t } from './i18n'
import { payload } from './payload'

/** Whom a family hires, with the contract's level and form that usually fit: the simulator starts from these. */
export const CARE_ROLES = {
  colf: { level: 'B', liveIn: false, hours: 20 },
  babysitter: { level: 'BS', liveIn: false, hours: 10 },
  'badante-live-in': { level: 'CS', liveIn: true, hours: LIVE_IN_WEEKLY_HOURS },
  'badante-hourly': { level: 'CS', liveIn: false, hours: 20 },
} as const satisfies Record<string, { level: ContractLevel; liveIn: boolean; hours: number }>

export type CareRole = keyof typeof CARE_ROLES

/** The most children under six a babysitter's allowance is counted for here. */
const MAX_CHILDREN = 6

const isRole = (value: string): value is CareRole => Object.hasOwn(CARE_ROLES, value)

export type CostValues = { role: CareRole; hours: string; children: string }

export type CostPage = {
  table: PayTable | null
  values: CostValues
  errors: FormErrors
  contract: Contract | null
  cost: ContractCost | null
}

/**
 * The cost simulator's answer to its form (a GET, so that a result can be linked and sent):
 * the contract the family describes and what it costs a year at the year's minimums.
 */
export const simulateCost = async (url: URL, lang: Lang): Promise<CostPage> => {
  const table = await loadPayTable(await payload())
  const query = url.searchParams
  const asked = String(query.get('role') ?? '')
  const role: CareRole = isRole(asked) ? asked : 'colf'
  const preset = CARE_ROLES[role]
  const values: CostValues = {
    role,
    // An empty field (left from a live-in role) takes the role's usual hours.
    hours: (query.get('hours')?.trim() || String(preset.liveIn ? '' : preset.hours)).trim(),
    children: String(query.get('children') ?? '0').trim(),
  }
  const errors: FormErrors = {}
  const hours = Number(values.hours)
  if (!preset.liveIn && !(Number.isInteger(hours) && hours >= 1 && hours <= MAX_HOURLY_WEEKLY_HOURS))
    errors.hours = { text: t(lang, 'errorWeeklyHours', { max: MAX_HOURLY_WEEKLY_HOURS }) }
  const children = Number(values.children)
  if (role === 'babysitter' && !(Number.isInteger(children) && children >= 0 && children <= MAX_CHILDREN))
    errors.children = { text: t(lang, 'errorChildren', { max: MAX_CHILDREN }) }
  if (!table || Object.keys(errors).length > 0) return { table, values, errors, contract: null, cost: null }
  const contract: Contract = {
    level: preset.level,
    liveIn: preset.liveIn,
    weeklyHours: preset.liveIn ? 0 : hours,
    childrenUnderSix: role === 'babysitter' ? children : 0,
  }
  return { table, values, errors, contract, cost: contractCost(table, contract) }
}
