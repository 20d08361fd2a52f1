import type { Payload } from 'payload'

import { DEMO_PASSWORD } from './accounts'

type DemoWorker = {
  firstName: string
  lastName: string
  jobs: ('babysitter' | 'colf' | 'badante')[]
  arrangements: ('hourly' | 'live-in' | 'nights')[]
  /** District numbers she works in, and the one she lives in. */
  districts: number[]
  home: number
  languages: [string, string][]
  experience: [string, number][]
  tasks: string[]
  expectedHourlyCents: number
  slots?: string[]
}

const MORNINGS = ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => `${day}-morning`)
const AFTERNOONS = ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => `${day}-afternoon`)

/** Care workers WeMi already met and judged suitable, so that a family's request finds someone to propose. */
const DEMO_WORKERS: DemoWorker[] = [
  {
    firstName: 'Maria',
    lastName: 'Popescu',
    jobs: ['badante'],
    arrangements: ['live-in'],
    districts: [8, 9],
    home: 9,
    languages: [
      ['ro', 'native'],
      ['it', 'B2'],
    ],
    experience: [
      ['elderly-dependent', 7],
      ['elderly', 3],
    ],
    tasks: ['personal-care', 'mobility', 'medication', 'cooking', 'company'],
    expectedHourlyCents: 1000,
  },
  {
    firstName: 'Olena',
    lastName: 'Bondarenko',
    jobs: ['badante', 'colf'],
    arrangements: ['live-in', 'hourly'],
    districts: [2, 9],
    home: 2,
    languages: [
      ['uk', 'native'],
      ['it', 'A2'],
    ],
    experience: [['elderly-dependent', 4]],
    tasks: ['personal-care', 'cooking', 'cleaning', 'company'],
    expectedHourlyCents: 1080,
    slots: MORNINGS,
  },
  {
    firstName: 'Rosa',
    lastName: 'Mendoza',
    jobs: ['badante'],
    arrangements: ['live-in', 'nights'],
    districts: [9, 3],
    home: 3,
    languages: [
      ['es', 'native'],
      ['it', 'C1'],
      ['tl', 'B1'],
    ],
    experience: [
      ['elderly-dependent', 2],
      ['disability', 5],
    ],
    tasks: ['personal-care', 'night-care', 'medication'],
    expectedHourlyCents: 1150,
    slots: ['mon-night', 'wed-night', 'fri-night'],
  },
  {
    firstName: 'Fatima',
    lastName: 'Benali',
    jobs: ['colf'],
    arrangements: ['hourly'],
    districts: [1, 2, 3],
    home: 2,
    languages: [
      ['ar', 'native'],
      ['fr', 'C1'],
      ['it', 'B2'],
    ],
    experience: [['household', 12]],
    tasks: ['cleaning', 'ironing', 'cooking', 'shopping'],
    expectedHourlyCents: 900,
    slots: MORNINGS,
  },
  {
    firstName: 'Chiara',
    lastName: 'Fontana',
    jobs: ['babysitter'],
    arrangements: ['hourly'],
    districts: [4, 5, 6],
    home: 5,
    languages: [
      ['it', 'native'],
      ['en', 'B2'],
    ],
    experience: [
      ['children-3-6', 3],
      ['children-7-12', 4],
    ],
    tasks: ['child-care', 'school-run', 'homework'],
    expectedHourlyCents: 1000,
    slots: AFTERNOONS,
  },
]

/**
 * The demo city's care workers: an account each (demo password) and an application WeMi judged
 * suitable. Written once; a city that already has applications keeps its own.
 */
export const seedCareWorkers = async (
  payload: Payload,
  districtId: (n: number) => string,
  log: (line: string) => void,
): Promise<boolean> => {
  if ((await payload.count({ collection: 'worker-applications' })).totalDocs > 0) return false
  log(`Care workers (${DEMO_WORKERS.length})`)
  for (const worker of DEMO_WORKERS) {
    const citizen = await payload.create({
      collection: 'citizens',
      data: {
        email: `${worker.firstName}.${worker.lastName}@lavoro.wemi.example`.toLowerCase(),
        password: DEMO_PASSWORD,
        firstName: worker.firstName,
        lastName: worker.lastName,
        language: 'it',
        _verified: true,
      },
      disableVerificationEmail: true,
    })
    await payload.create({
      collection: 'worker-applications',
      data: {
        citizen: citizen.id,
        status: 'suitable',
        jobs: worker.jobs,
        arrangements: worker.arrangements,
        slots: worker.slots ?? [],
        districts: worker.districts.map(districtId),
        homeDistrict: districtId(worker.home),
        languages: worker.languages.map(([language, level]) => ({ language, level })),
        experience: worker.experience.map(([kind, years]) => ({ kind, years })),
        tasks: worker.tasks,
        expectedHourlyCents: worker.expectedHourlyCents,
      } as never,
    })
  }
  return true
}
