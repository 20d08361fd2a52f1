import type { Payload } from 'payload'

import { DOMESTIC_WORK_PAY_2026 } from '../../seed/data/domestic-work-pay'
import type { RestResponse } from './app'
import { as } from './as'
import { type Actor, type Fixtures, PASSWORD } from './fixtures'
import { unique } from './identifiers'

type Rest = (method: string, path: string, options?: { body?: unknown; token?: string }) => Promise<RestResponse>

/** Irina's application as she fills it in: a live-in carer for the elderly, in two areas. */
export const applicationInput = (districts: string[], home: string) => ({
  jobs: ['badante'],
  tasks: ['personal-care', 'cooking', 'medication', 'company'],
  arrangements: ['live-in', 'hourly'],
  slots: ['mon-morning', 'wed-morning', 'fri-morning'],
  districts,
  homeDistrict: home,
  street: 'Via Padova 120',
  birthYear: 1974,
  expectedHourlyCents: 950,
  drivingLicence: false,
  languages: [
    { language: 'uk', level: 'native' },
    { language: 'ru', level: 'C2' },
    { language: 'it', level: 'B1' },
  ],
  experience: [{ kind: 'elderly-dependent', years: 10 }],
  references: [{ name: 'Famiglia Colombo', phone: '+39 333 1112233', relation: 'Badante dal 2016 al 2024' }],
})

/** A family's request for a live-in carer for an elderly father. */
export const careRequestInput = (district: string) => ({
  job: 'badante',
  arrangement: 'live-in',
  caredFor: 'elderly-dependent',
  caredForNotes: 'Papà, 84 anni, Parkinson: ha bisogno di aiuto per alzarsi.',
  district,
  startOn: '2027-02-01',
  tasks: ['personal-care', 'cooking', 'medication'],
  budgetHourlyCents: 1000,
  languages: [{ language: 'it', level: 'B1' }],
})

export const WORKER = {
  firstName: 'Irina',
  lastName: 'Kovalenko',
  phone: '+39 347 5550199',
  fiscalCode: 'KVLRNI74E50Z138Z',
}

/** A worker writes her application and sends it: two steps, as on the site. */
export const sendApplication = async (payload: Payload, worker: Actor, input: Record<string, unknown>): Promise<string> => {
  const { id } = await payload.create({ collection: 'worker-applications', data: input as never, ...as(worker) })
  await payload.update({ collection: 'worker-applications', id, data: { status: 'submitted' }, ...as(worker) })
  return String(id)
}

/** A family writes its request and sends it. */
export const sendCareRequest = async (payload: Payload, family: Actor, input: Record<string, unknown>): Promise<string> => {
  const { id } = await payload.create({ collection: 'care-requests', data: input as never, ...as(family) })
  await payload.update({ collection: 'care-requests', id, data: { status: 'submitted' }, ...as(family) })
  return String(id)
}

const signIn = async (rest: Rest, collection: 'users' | 'citizens', email: string, user: object): Promise<Actor> => {
  const response = await rest('POST', `/api/${collection}/login`, { body: { email, password: PASSWORD } })
  if (response.status !== 200) throw new Error(`Login failed for ${email}: ${JSON.stringify(response.body)}`)
  return { user: { ...user, collection }, token: response.body.token }
}

/**
 * The people of Tate Colf Badanti on top of the city's fixtures: an administrator with the
 * care-work permission, a worker (Irina) with an application WeMi judged suitable, a family
 * (the fixtures' first citizen) with a live-in request, and a proposal of Irina to that family.
 * The year's pay table is saved, so that the contract's minimums apply.
 */
export const buildCareWork = async (payload: Payload, rest: Rest, fx: Fixtures) => {
  await payload.updateGlobal({
    slug: 'domestic-work-pay',
    data: {
      ...DOMESTIC_WORK_PAY_2026,
      levels: [...DOMESTIC_WORK_PAY_2026.levels],
      contributionBands: [...DOMESTIC_WORK_PAY_2026.contributionBands],
    },
  })
  const staffEmail = `${unique('care')}@test.example`
  const staff = await payload.create({
    collection: 'users',
    data: { email: staffEmail, password: PASSWORD, name: 'Chiara Care', roles: ['admin'], permissions: ['care-work'] },
  })
  const careStaff = await signIn(rest, 'users', staffEmail, staff)

  const workerEmail = `${unique('irina')}@test.example`
  const workerDoc = await payload.create({
    collection: 'citizens',
    data: { email: workerEmail, password: PASSWORD, ...WORKER, _verified: true },
    disableVerificationEmail: true,
  })
  const worker = await signIn(rest, 'citizens', workerEmail, workerDoc)

  const application = await sendApplication(payload, worker, applicationInput([fx.districts.d1, fx.districts.d2], fx.districts.d2))
  await payload.update({ collection: 'worker-applications', id: application, data: { status: 'suitable' }, ...as(careStaff) })
  const request = await sendCareRequest(payload, fx.actors.citizen, careRequestInput(fx.districts.d2))
  const proposal = await payload.create({
    collection: 'care-proposals',
    data: { careRequest: request, application } as never,
    ...as(careStaff),
  })
  return {
    careStaff,
    worker,
    workerId: String(workerDoc.id),
    application,
    request,
    proposal: String(proposal.id),
  }
}

export type CareWorkFixtures = Awaited<ReturnType<typeof buildCareWork>>
