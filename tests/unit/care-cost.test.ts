import { describe, expect, it } from 'vitest'

import { contractCost, minimumHourlyCents } from '../../lib/care-cost'
import { DOMESTIC_WORK_PAY_2026 as TABLE } from '../../seed/data/domestic-work-pay'

/**
 * The cost of three contracts at the 2026 minimums, against figures worked out by hand from the
 * published tables (permanent contract, family-allowance share due, no seniority).
 */
describe('the cost of a domestic-work contract', () => {
  it('for a live-in badante at level CS: 1.193,84 € a month, 19.785,50 € a year', () => {
    // Pay 12 × 1.193,84 = 14.326,08; thirteenth with food and lodging 1.193,84 + 30 × 6,66 = 1.393,64;
    // severance 13 × 1.393,64 / 13,5 = 1.342,02; INPS 54 h × 52 × 0,93 = 2.611,44; Cassa Colf 2.808 h × 0,04 = 112,32.
    expect(contractCost(TABLE, { level: 'CS', liveIn: true, weeklyHours: 0 })).toEqual({
      minimumCents: 119_384,
      monthlyPayCents: 119_384,
      yearlyPayCents: 1_432_608,
      thirteenthCents: 139_364,
      severanceCents: 134_202,
      inpsCents: 261_144,
      cassaColfCents: 11_232,
      yearlyCents: 1_978_550,
      monthlyAverageCents: 164_879,
    })
  })

  it('for a colf 20 hours a week at level B: 9.845,36 € a year', () => {
    // Pay 7,01 × 20 × 52 = 7.290,40; thirteenth 7.290,40 / 12 = 607,53; severance 7.897,93 / 13,5 = 585,03;
    // effective pay 7,01 × 13/12 = 7,59, the lowest band: INPS 1.040 h × 1,27 = 1.320,80; Cassa Colf 41,60.
    expect(contractCost(TABLE, { level: 'B', liveIn: false, weeklyHours: 20 })).toEqual({
      minimumCents: 701,
      monthlyPayCents: 60_753,
      yearlyPayCents: 729_040,
      thirteenthCents: 60_753,
      severanceCents: 58_503,
      inpsCents: 132_080,
      cassaColfCents: 4_160,
      yearlyCents: 984_536,
      monthlyAverageCents: 82_045,
    })
  })

  it('for a babysitter 10 hours a week at level BS: 5.188,91 € a year, 5.697,16 € with a child under six', () => {
    // Pay 7,45 × 520 = 3.874,00; thirteenth 322,83; severance 4.196,83 / 13,5 = 310,88; INPS 520 × 1,27 = 660,40; Cassa Colf 20,80.
    expect(contractCost(TABLE, { level: 'BS', liveIn: false, weeklyHours: 10 })).toMatchObject({
      yearlyPayCents: 387_400,
      thirteenthCents: 32_283,
      severanceCents: 31_088,
      inpsCents: 66_040,
      cassaColfCents: 2_080,
      yearlyCents: 518_891,
    })
    // 8,29 € an hour: pay 4.310,80, thirteenth 359,23, severance 345,93, the same contributions.
    expect(contractCost(TABLE, { level: 'BS', liveIn: false, weeklyHours: 10, childrenUnderSix: 1 }).yearlyCents).toBe(569_716)
  })

  it('charges the higher contribution bands on higher pay, and the single lower rate above 24 hours a week', () => {
    // DS at 9,97 € an hour: 9,97 × 13/12 = 10,80, the middle band (1,44 € an hour for the employer).
    expect(contractCost(TABLE, { level: 'DS', liveIn: false, weeklyHours: 10 }).inpsCents).toBe(520 * 144)
    // 25 hours a week: 0,93 € an hour whatever the pay.
    expect(contractCost(TABLE, { level: 'DS', liveIn: false, weeklyHours: 25 }).inpsCents).toBe(25 * 52 * 93)
    expect(minimumHourlyCents(TABLE, 'CS')).toBe(830)
  })
})
