import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  type FamilyNeed,
  type Neighbours,
  rankWorkers,
  reasonText,
  SCORE_PARTS,
  SCORE_WEIGHTS,
  type WorkerProfile,
} from '../../lib/care-matching'
import { CARE_JOBS, CARE_TASKS, CARED_FOR_KINDS, LANGUAGE_LEVELS, WEEK_SLOTS, WORK_ARRANGEMENTS } from '../../lib/care-work'

const DISTRICTS = ['d1', 'd2', 'd3', 'd4', 'd5']
const NEIGHBOURS: Neighbours = { d1: ['d2'], d2: ['d1', 'd3'], d3: ['d2', 'd4'], d4: ['d3', 'd5'], d5: ['d4'] }
const LANGUAGES = ['it', 'uk', 'ru', 'es', 'en']

const values = <T extends { value: string }>(options: readonly T[]) => options.map((option) => option.value) as T['value'][]
const someOf = <T>(items: readonly T[], min = 0) => fc.uniqueArray(fc.constantFrom(...items), { minLength: min, maxLength: items.length })
const spoken = fc.uniqueArray(fc.record({ language: fc.constantFrom(...LANGUAGES), level: fc.constantFrom(...values(LANGUAGE_LEVELS)) }), {
  selector: (row) => row.language,
  maxLength: 3,
})
// Few slots, so that both overlaps and misses are common.
const slots = someOf(WEEK_SLOTS.slice(0, 6).map((slot) => slot.value))

const worker: fc.Arbitrary<WorkerProfile> = fc.record({
  id: fc.uuid(),
  jobs: someOf(values(CARE_JOBS), 1),
  arrangements: someOf(values(WORK_ARRANGEMENTS), 1),
  slots,
  districts: someOf(DISTRICTS, 1),
  homeDistrict: fc.option(fc.constantFrom(...DISTRICTS), { nil: null }),
  languages: spoken,
  experience: fc.uniqueArray(fc.record({ kind: fc.constantFrom(...values(CARED_FOR_KINDS)), years: fc.integer({ min: 0, max: 30 }) }), {
    selector: (row) => row.kind,
    maxLength: 3,
  }),
  tasks: someOf(values(CARE_TASKS)),
  expectedHourlyCents: fc.integer({ min: 700, max: 1500 }),
})

const need: fc.Arbitrary<FamilyNeed> = fc.record({
  job: fc.constantFrom(...values(CARE_JOBS)),
  arrangement: fc.constantFrom(...values(WORK_ARRANGEMENTS)),
  slots,
  district: fc.constantFrom(...DISTRICTS),
  caredFor: fc.constantFrom(...values(CARED_FOR_KINDS)),
  tasks: someOf(values(CARE_TASKS)),
  languages: spoken,
  budgetHourlyCents: fc.option(fc.integer({ min: 700, max: 1500 }), { nil: null }),
})

/** The hard filters, written out again here rather than taken from the code under test. */
const violates = (w: WorkerProfile, n: FamilyNeed): string[] =>
  [
    !w.jobs.includes(n.job) && 'job',
    !w.arrangements.includes(n.arrangement) && 'arrangement',
    !w.districts.includes(n.district) && 'district',
    n.arrangement !== 'live-in' && !n.slots.some((slot) => w.slots.includes(slot)) && 'availability',
  ].filter((failure): failure is string => Boolean(failure))

describe('matching workers to a family', () => {
  it('never ranks a worker who fails a hard filter, leaves out none who passes, and orders by score', () => {
    fc.assert(
      fc.property(fc.array(worker, { maxLength: 25 }), need, (workers, n) => {
        const ranked = rankWorkers(workers, n, NEIGHBOURS)
        const byId = new Map(workers.map((w) => [w.id, w]))
        for (const match of ranked) expect(violates(byId.get(match.worker)!, n)).toEqual([])
        expect(ranked.length).toBe(workers.filter((w) => violates(w, n).length === 0).length)
        for (let index = 1; index < ranked.length; index++) expect(ranked[index - 1]!.score).toBeGreaterThanOrEqual(ranked[index]!.score)
        for (const match of ranked) {
          expect(match.reasons.map((reason) => reason.part)).toEqual([...SCORE_PARTS])
          expect(match.score).toBe(match.reasons.reduce((sum, reason) => sum + reason.points, 0))
          for (const reason of match.reasons) {
            expect(reason.points).toBeGreaterThanOrEqual(0)
            expect(reason.points).toBeLessThanOrEqual(SCORE_WEIGHTS[reason.part])
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('scores a fixed case as worked out by hand, and shows each part of the score as a reason', () => {
    const family: FamilyNeed = {
      job: 'badante',
      arrangement: 'live-in',
      slots: [],
      district: 'd2',
      caredFor: 'elderly-dependent',
      tasks: ['personal-care', 'cooking', 'medication', 'night-care'],
      languages: [
        { language: 'it', level: 'B1' },
        { language: 'uk', level: 'B2' },
      ],
      budgetHourlyCents: 1000,
    }
    const base = { jobs: ['badante'], arrangements: ['live-in'], slots: [], districts: ['d1', 'd2'] } as const
    const irina: WorkerProfile = {
      ...base,
      id: 'irina',
      homeDistrict: 'd2',
      languages: [
        { language: 'uk', level: 'native' },
        { language: 'ru', level: 'C2' },
        { language: 'it', level: 'B1' },
      ],
      experience: [{ kind: 'elderly-dependent', years: 10 }],
      tasks: ['personal-care', 'cooking', 'medication', 'night-care', 'company'],
      expectedHourlyCents: 950,
    }
    const olena: WorkerProfile = {
      ...base,
      id: 'olena',
      homeDistrict: 'd1',
      languages: [{ language: 'it', level: 'A2' }],
      experience: [
        { kind: 'elderly-dependent', years: 4 },
        { kind: 'elderly', years: 6 },
      ],
      tasks: ['personal-care', 'cooking', 'company'],
      expectedHourlyCents: 1080,
    }
    const maria: WorkerProfile = {
      ...base,
      id: 'maria',
      homeDistrict: 'd5',
      languages: [
        { language: 'it', level: 'C1' },
        { language: 'uk', level: 'B2' },
      ],
      experience: [{ kind: 'elderly-dependent', years: 2 }],
      tasks: ['cooking'],
      expectedHourlyCents: 1200,
    }
    const hourlyOnly: WorkerProfile = { ...irina, id: 'hourly-only', arrangements: ['hourly'] }
    const elsewhere: WorkerProfile = { ...irina, id: 'elsewhere', districts: ['d4'] }

    const ranked = rankWorkers([maria, olena, hourlyOnly, irina, elsewhere], family, NEIGHBOURS)
    // Irina: experience 10 y × 3 = 30; languages 2 of 2 = 20; tasks 4 of 4 = 20; pay 9,50 ≤ 10,00 = 15; same area = 15 → 100.
    // Olena: experience 4 × 3 = 12; languages 0 of 2 (Italian A2 < B1) = 0; tasks 2 of 4 = 10;
    //        pay 10,80 within 10% of 10,00 = 5; d1 borders d2 = 8 → 35.
    // Maria: experience 2 × 3 = 6; languages 2 of 2 = 20; tasks 1 of 4 = 5; pay 12,00 > 11,00 = 0; d5 far from d2 = 0 → 31.
    expect(ranked.map((match) => [match.worker, match.score])).toEqual([
      ['irina', 100],
      ['olena', 35],
      ['maria', 31],
    ])
    expect(ranked[1]!.reasons.map((reason) => reason.points)).toEqual([12, 0, 10, 5, 8])
    expect(ranked[2]!.reasons.map((reason) => reason.points)).toEqual([6, 20, 5, 0, 0])

    expect(ranked[1]!.reasons.map((reason) => reasonText(reason, 'it'))).toEqual([
      'Esperienza con anziani non autosufficienti: 4 anni (+12)',
      'Non al livello chiesto: Italiano, Ucraino (+0)',
      'Svolge: igiene e cura della persona, preparazione dei pasti; non svolge: promemoria dei farmaci, assistenza notturna (+10)',
      'Chiede 10,80 € l’ora, budget 10,00 € (+5)',
      'Abita in una zona confinante (+8)',
    ])
    expect(ranked[0]!.reasons.map((reason) => reasonText(reason, 'en'))).toEqual([
      'Experience with dependent elderly people: 10 years (+30)',
      'Speaks Italian, Ukrainian (+20)',
      'Does: personal care and hygiene, cooking, medication reminders, night care (+20)',
      'Asks €9.50 an hour, budget €10.00 (+15)',
      'Lives in the same area (+15)',
    ])
  })
})
