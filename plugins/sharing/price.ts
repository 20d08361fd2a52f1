import type { Service } from '../../payload-types'

/** What the price of a shared service depends on. */
export type PriceFacts = Pick<Service, 'priceCents' | 'sharedPrices'>

/** The smallest size of a group. */
export const MIN_GROUP_SIZE = 2

const rows = (service: PriceFacts) => [...(service.sharedPrices ?? [])].sort((a, b) => a.people - b.people)

/**
 * The price per family for a group of `n` families: the row of the service's shared price table
 * with the largest number of people not above `n`; below the table, the individual price if the
 * service has one, else the table's smallest row. Null when the service has no price at all.
 */
export const priceForSize = (service: PriceFacts, n: number): number | null => {
  const table = rows(service)
  const row = table.filter((candidate) => candidate.people <= n).at(-1)
  if (row) return row.priceCents
  return service.priceCents ?? table[0]?.priceCents ?? null
}

/**
 * Whether the service has a price of its own for `n` families: a row of its table applies, or
 * its individual price does. The table's smallest row stands in below the table only for a
 * group that will reach that row's size; one that stays smaller has no price.
 */
export const hasPriceFor = (service: PriceFacts, n: number): boolean =>
  n >= 1 && (service.priceCents != null || rows(service).some((row) => row.people <= n))

/** The largest group the table prices. */
export const largestSize = (service: PriceFacts): number => rows(service).at(-1)?.people ?? 0

/** The smallest minimum a group may have: 2, or the table's first size when there is no individual price. */
export const smallestMinimum = (service: PriceFacts): number =>
  Math.max(MIN_GROUP_SIZE, service.priceCents != null ? 0 : (rows(service)[0]?.people ?? 0))

/** A group's limits, checked against the service: min ≥ 2 (or the table's first size), max ≤ the table's largest, min ≤ max. */
export const groupLimitProblems = (
  service: PriceFacts,
  { minMembers, maxMembers }: { minMembers: number; maxMembers: number },
): {
  path: 'minMembers' | 'maxMembers'
  key: 'groupMinMembers' | 'groupMaxMembers' | 'groupMinAboveMax'
  vars?: Record<string, string>
}[] => {
  const problems: ReturnType<typeof groupLimitProblems> = []
  const min = smallestMinimum(service)
  const max = largestSize(service)
  if (!Number.isInteger(minMembers) || minMembers < min)
    problems.push({ path: 'minMembers', key: 'groupMinMembers', vars: { min: String(min) } })
  if (!Number.isInteger(maxMembers) || maxMembers > max || maxMembers < MIN_GROUP_SIZE)
    problems.push({ path: 'maxMembers', key: 'groupMaxMembers', vars: { max: String(max) } })
  if (problems.length === 0 && minMembers > maxMembers) problems.push({ path: 'minMembers', key: 'groupMinAboveMax' })
  return problems
}

/**
 * What a member is charged when the ente confirms: the price it accepted, or less if the group
 * has grown since. The price a family pays can only fall.
 */
export const chargeFor = (acceptedPriceCents: number, service: PriceFacts, size: number): number => {
  const current = priceForSize(service, size)
  return current === null ? acceptedPriceCents : Math.min(acceptedPriceCents, current)
}
