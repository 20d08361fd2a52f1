import type { PayloadRequest } from 'payload'

import type { FamilyNeed, Neighbours, WorkerProfile } from './care-matching'
import type { CaredForKind, CareJob, CareTask, LanguageLevel, WorkArrangement } from './care-work'
import { relationId } from './relations'
import type { CareRequest, WorkerApplication } from '../payload-types'

const ids = (values: unknown[] | null | undefined) => (values ?? []).map(relationId).filter((id): id is string => id !== null)

const spoken = (rows: { language: string; level: string }[] | null | undefined) =>
  (rows ?? []).map((row) => ({ language: row.language, level: row.level as LanguageLevel }))

/** An application as the matching reads it. */
export const workerProfileOf = (application: WorkerApplication): WorkerProfile => ({
  id: String(application.id),
  jobs: (application.jobs ?? []) as CareJob[],
  arrangements: (application.arrangements ?? []) as WorkArrangement[],
  slots: application.slots ?? [],
  districts: ids(application.districts),
  homeDistrict: relationId(application.homeDistrict),
  languages: spoken(application.languages),
  experience: (application.experience ?? []).map((row) => ({ kind: row.kind as CaredForKind, years: row.years })),
  tasks: (application.tasks ?? []) as CareTask[],
  expectedHourlyCents: application.expectedHourlyCents ?? 0,
})

/** A family's request as the matching reads it. */
export const familyNeedOf = (request: CareRequest): FamilyNeed => ({
  job: request.job as CareJob,
  arrangement: request.arrangement as WorkArrangement,
  slots: request.slots ?? [],
  district: relationId(request.district) ?? '',
  caredFor: request.caredFor as CaredForKind,
  tasks: (request.tasks ?? []) as CareTask[],
  languages: spoken(request.languages),
  budgetHourlyCents: request.budgetHourlyCents ?? null,
})

/** Which districts border which, from the city's districts. */
export const neighboursOf = async (req: PayloadRequest): Promise<Neighbours> => {
  const { docs } = await req.payload.find({
    collection: 'districts',
    depth: 0,
    pagination: false,
    select: { adjacent: true },
    overrideAccess: true,
    req,
  })
  return Object.fromEntries(docs.map((district) => [String(district.id), ids(district.adjacent)]))
}
