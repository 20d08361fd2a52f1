import type { Payload } from 'payload'

import type { ContractLevel, PayTable } from '../../lib/care-cost'

/** The year's domestic-work figures as staff last saved them; null before any year is. */
export const loadPayTable = async (payload: Payload): Promise<PayTable | null> => {
  const saved = await payload.findGlobal({ slug: 'domestic-work-pay', depth: 0, overrideAccess: true })
  if (!saved.year || !saved.levels?.length) return null
  return {
    year: saved.year,
    levels: saved.levels.map((row) => ({
      level: row.level as ContractLevel,
      liveInMonthlyCents: row.liveInMonthlyCents,
      hourlyCents: row.hourlyCents,
    })),
    foodAndLodgingDailyCents: saved.foodAndLodgingDailyCents,
    childUnderSixHourlyCents: saved.childUnderSixHourlyCents,
    contributionBands: (saved.contributionBands ?? []).map((band) => ({
      upToHourlyCents: band.upToHourlyCents ?? null,
      totalCents: band.totalCents,
      workerCents: band.workerCents,
    })),
    longWeekHours: saved.longWeekHours,
    longWeekTotalCents: saved.longWeekTotalCents,
    longWeekWorkerCents: saved.longWeekWorkerCents,
    cassaColfEmployerCents: saved.cassaColfEmployerCents,
  }
}
