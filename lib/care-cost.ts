/**
 * What a family pays in a year for a worker it hires under the national domestic-work contract
 * (CCNL lavoro domestico): the worker's minimum pay for the level, the thirteenth month, the
 * severance accrual (TFR) and the employer's social contributions (INPS and Cassa Colf). The
 * figures come from the year's table, which WeMi staff update when the Ministry of Labour and
 * INPS publish the new ones; every amount is in cents.
 */

/** The contract's levels, from the simplest tasks (A) to qualified care (DS). */
export const CONTRACT_LEVELS = ['A', 'AS', 'B', 'BS', 'C', 'CS', 'D', 'DS'] as const
export type ContractLevel = (typeof CONTRACT_LEVELS)[number]

/** A live-in worker's week under the contract: the hours its monthly minimum pays for. */
export const LIVE_IN_WEEKLY_HOURS = 54

/** The most hours a week a worker who does not live in may work under the contract. */
export const MAX_HOURLY_WEEKLY_HOURS = 40

/** Months of pay a year's severance accrual divides the year's pay by. */
const TFR_DIVISOR = 13.5

/** Weeks paid in a year: holidays are paid weeks, not extra pay. */
const WEEKS = 52

/** The year's published figures. */
export type PayTable = {
  year: number
  levels: readonly { level: ContractLevel; liveInMonthlyCents: number; hourlyCents: number }[]
  /** The conventional value of food and lodging given in kind to a live-in worker, a day. */
  foodAndLodgingDailyCents: number
  /** What a babysitter earns on top for each child under six, an hour (not living in). */
  childUnderSixHourlyCents: number
  /** INPS contributions by effective hourly pay, lowest band first; the last has no upper limit. */
  contributionBands: readonly { upToHourlyCents: number | null; totalCents: number; workerCents: number }[]
  /** Above this many hours a week, one lower rate applies whatever the pay. */
  longWeekHours: number
  longWeekTotalCents: number
  longWeekWorkerCents: number
  /** The contract's assistance fund, an hour paid: the employer's share. */
  cassaColfEmployerCents: number
}

export type Contract = {
  level: ContractLevel
  liveIn: boolean
  /** Hours a week, for a worker who does not live in; a live-in worker works the contract's 54. */
  weeklyHours: number
  /** Children under six a babysitter cares for (each adds the contract's allowance). */
  childrenUnderSix?: number
}

/** A contract's cost, each part a year, with the average a month. */
export type ContractCost = {
  /** The worker's minimum pay an hour (not living in) or a month (living in). */
  minimumCents: number
  monthlyPayCents: number
  yearlyPayCents: number
  thirteenthCents: number
  severanceCents: number
  inpsCents: number
  cassaColfCents: number
  yearlyCents: number
  monthlyAverageCents: number
}

const round = (value: number) => Math.round(value)

const levelRow = (table: PayTable, level: ContractLevel) => {
  const row = table.levels.find((candidate) => candidate.level === level)
  if (!row) throw new Error(`The ${table.year} table has no level ${level}`)
  return row
}

/** The worker's minimum hourly pay at a level: what an expected pay may not be below. */
export const minimumHourlyCents = (table: PayTable, level: ContractLevel): number => levelRow(table, level).hourlyCents

/** The employer's INPS contribution an hour: by the week's hours, then by the effective hourly pay. */
const employerContributionCents = (table: PayTable, weeklyHours: number, hourlyCents: number): number => {
  if (weeklyHours > table.longWeekHours) return table.longWeekTotalCents - table.longWeekWorkerCents
  // The effective pay is the hourly pay with the thirteenth spread over the year (× 13/12), compared exactly.
  const band =
    table.contributionBands.find((candidate) => candidate.upToHourlyCents === null || hourlyCents * 13 <= candidate.upToHourlyCents * 12) ??
    table.contributionBands.at(-1)!
  return band.totalCents - band.workerCents
}

/**
 * A contract's cost to the family for a year at the level's minimum, with the CCNL's rules:
 * a year is 52 paid weeks (holidays included); the thirteenth month is one month's pay (with
 * food and lodging for a live-in worker); the severance accrual is the year's pay with the
 * thirteenth over 13.5, the pay counting food and lodging given in kind; contributions are due
 * on every hour paid.
 */
export const contractCost = (table: PayTable, contract: Contract): ContractCost => {
  const row = levelRow(table, contract.level)
  const weeklyHours = contract.liveIn ? LIVE_IN_WEEKLY_HOURS : contract.weeklyHours
  const hoursPaid = weeklyHours * WEEKS
  if (contract.liveIn) {
    const foodAndLodging = table.foodAndLodgingDailyCents * 30
    const yearlyPay = row.liveInMonthlyCents * 12
    const thirteenth = row.liveInMonthlyCents + foodAndLodging
    const severance = round((13 * thirteenth) / TFR_DIVISOR)
    // A live-in week is longer than any threshold of the single rate (the table allows at most 53 hours).
    const inps = hoursPaid * (table.longWeekTotalCents - table.longWeekWorkerCents)
    return total(row.liveInMonthlyCents, { yearlyPay, monthlyPay: row.liveInMonthlyCents, thirteenth, severance, inps, hoursPaid }, table)
  }
  const hourly = row.hourlyCents + (contract.childrenUnderSix ?? 0) * table.childUnderSixHourlyCents
  const yearlyPay = hourly * hoursPaid
  const thirteenth = round(yearlyPay / 12)
  const severance = round((yearlyPay + thirteenth) / TFR_DIVISOR)
  const inps = hoursPaid * employerContributionCents(table, weeklyHours, hourly)
  return total(hourly, { yearlyPay, monthlyPay: round(yearlyPay / 12), thirteenth, severance, inps, hoursPaid }, table)
}

const total = (
  minimum: number,
  parts: { yearlyPay: number; monthlyPay: number; thirteenth: number; severance: number; inps: number; hoursPaid: number },
  table: PayTable,
): ContractCost => {
  const cassaColf = parts.hoursPaid * table.cassaColfEmployerCents
  const yearly = parts.yearlyPay + parts.thirteenth + parts.severance + parts.inps + cassaColf
  return {
    minimumCents: minimum,
    monthlyPayCents: parts.monthlyPay,
    yearlyPayCents: parts.yearlyPay,
    thirteenthCents: parts.thirteenth,
    severanceCents: parts.severance,
    inpsCents: parts.inps,
    cassaColfCents: cassaColf,
    yearlyCents: yearly,
    monthlyAverageCents: round(yearly / 12),
  }
}
