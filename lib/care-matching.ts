import {
  CARE_TASKS,
  CARED_FOR_KINDS,
  type CaredForKind,
  type CareJob,
  type CareTask,
  type LanguageLevel,
  reachesLevel,
  type WorkArrangement,
} from './care-work'
import { optionLabel, SERVICE_LANGUAGES } from './fields'
import type { Language } from './i18n'
import { formatCents } from './money'

/**
 * How WeMi's care-work staff find workers for a family. Hard filters leave out every worker
 * who cannot take the job at all (the job, the arrangement, the district, a part of the week in
 * common); a score in points ranks the others, and each of its parts is a reason shown beside
 * the worker. Pure: the records are read elsewhere.
 */

export type SpokenLanguage = { language: string; level: LanguageLevel }

export type WorkerProfile = {
  id: string
  jobs: readonly CareJob[]
  arrangements: readonly WorkArrangement[]
  /** Parts of the week she is free ("mon-morning"). */
  slots: readonly string[]
  /** Districts she is willing to work in. */
  districts: readonly string[]
  /** Where she lives, for the distance. */
  homeDistrict: string | null
  languages: readonly SpokenLanguage[]
  experience: readonly { kind: CaredForKind; years: number }[]
  tasks: readonly CareTask[]
  expectedHourlyCents: number
}

export type FamilyNeed = {
  job: CareJob
  arrangement: WorkArrangement
  /** Parts of the week someone is needed; a live-in worker is there all week. */
  slots: readonly string[]
  district: string
  caredFor: CaredForKind
  tasks: readonly CareTask[]
  languages: readonly SpokenLanguage[]
  /** The most the family can pay an hour; none when it did not say. */
  budgetHourlyCents: number | null
}

/** Which districts border which, for the distance. */
export type Neighbours = Readonly<Record<string, readonly string[]>>

export const SCORE_PARTS = ['experience', 'languages', 'tasks', 'pay', 'distance'] as const
export type ScorePart = (typeof SCORE_PARTS)[number]

/** The most points each part gives: 100 in all. */
export const SCORE_WEIGHTS: Record<ScorePart, number> = { experience: 30, languages: 20, tasks: 20, pay: 15, distance: 15 }

/** Years of experience beyond this count no more: ten years with the elderly is already the most. */
export const EXPERIENCE_YEARS_COUNTED = 10

/** Asking a little above the budget (this fraction) still earns some points: families often stretch. */
const PAY_TOLERANCE = 0.1
const PAY_NEAR_BUDGET_POINTS = 5
const ADJACENT_DISTRICT_POINTS = 8

export type Reason =
  | { part: 'experience'; points: number; kind: CaredForKind; years: number }
  | { part: 'languages'; points: number; met: readonly string[]; missing: readonly string[] }
  | { part: 'tasks'; points: number; done: readonly CareTask[]; missing: readonly CareTask[] }
  | { part: 'pay'; points: number; expectedHourlyCents: number; budgetHourlyCents: number | null }
  | { part: 'distance'; points: number; distance: 'same' | 'adjacent' | 'far' | 'unknown' }

export type Match = { worker: string; score: number; reasons: Reason[] }

/** Whether a worker can take the job at all. */
export const passesHardFilters = (worker: WorkerProfile, need: FamilyNeed): boolean =>
  worker.jobs.includes(need.job) &&
  worker.arrangements.includes(need.arrangement) &&
  worker.districts.includes(need.district) &&
  (need.arrangement === 'live-in' || need.slots.some((slot) => worker.slots.includes(slot)))

const share = (found: number, wanted: number, weight: number) => (wanted === 0 ? weight : Math.round((weight * found) / wanted))

/** The score's parts for a worker who passed the filters, in the order they are shown. */
export const scoreParts = (worker: WorkerProfile, need: FamilyNeed, neighbours: Neighbours): Reason[] => {
  const years = worker.experience.filter((row) => row.kind === need.caredFor).reduce((sum, row) => sum + row.years, 0)
  const met = need.languages.filter((wanted) =>
    worker.languages.some((spoken) => spoken.language === wanted.language && reachesLevel(spoken.level, wanted.level)),
  )
  const done = need.tasks.filter((task) => worker.tasks.includes(task))
  const budget = need.budgetHourlyCents
  const payPoints =
    budget === null || worker.expectedHourlyCents <= budget
      ? SCORE_WEIGHTS.pay
      : worker.expectedHourlyCents <= budget * (1 + PAY_TOLERANCE)
        ? PAY_NEAR_BUDGET_POINTS
        : 0
  const distance = !worker.homeDistrict
    ? 'unknown'
    : worker.homeDistrict === need.district
      ? 'same'
      : (neighbours[need.district] ?? []).includes(worker.homeDistrict)
        ? 'adjacent'
        : 'far'
  return [
    {
      part: 'experience',
      points: Math.min(years, EXPERIENCE_YEARS_COUNTED) * (SCORE_WEIGHTS.experience / EXPERIENCE_YEARS_COUNTED),
      kind: need.caredFor,
      years,
    },
    {
      part: 'languages',
      points: share(met.length, need.languages.length, SCORE_WEIGHTS.languages),
      met: met.map((row) => row.language),
      missing: need.languages.filter((row) => !met.includes(row)).map((row) => row.language),
    },
    {
      part: 'tasks',
      points: share(done.length, need.tasks.length, SCORE_WEIGHTS.tasks),
      done,
      missing: need.tasks.filter((task) => !done.includes(task)),
    },
    { part: 'pay', points: payPoints, expectedHourlyCents: worker.expectedHourlyCents, budgetHourlyCents: budget },
    {
      part: 'distance',
      points: distance === 'same' ? SCORE_WEIGHTS.distance : distance === 'adjacent' ? ADJACENT_DISTRICT_POINTS : 0,
      distance,
    },
  ]
}

/** The workers who can take the job, best first (equal scores by id, so that the order is stable). */
export const rankWorkers = (workers: readonly WorkerProfile[], need: FamilyNeed, neighbours: Neighbours): Match[] =>
  workers
    .filter((worker) => passesHardFilters(worker, need))
    .map((worker) => {
      const reasons = scoreParts(worker, need, neighbours)
      return { worker: worker.id, score: reasons.reduce((sum, reason) => sum + reason.points, 0), reasons }
    })
    .sort((a, b) => b.score - a.score || a.worker.localeCompare(b.worker))

const languageNames = (codes: readonly string[], language: Language) =>
  codes.map((code) => optionLabel(SERVICE_LANGUAGES, code, language)).join(', ')

const taskNames = (tasks: readonly CareTask[], language: Language) =>
  tasks.map((task) => optionLabel(CARE_TASKS, task, language).toLowerCase()).join(', ')

/** A reason as staff read it: what the part looked at, and the points it gave. */
export const reasonText = (reason: Reason, language: Language): string => {
  const it = language === 'it'
  const points = `+${reason.points}`
  switch (reason.part) {
    case 'experience': {
      const kind = optionLabel(CARED_FOR_KINDS, reason.kind, language).toLowerCase()
      const years = it
        ? `${reason.years} ${reason.years === 1 ? 'anno' : 'anni'}`
        : `${reason.years} ${reason.years === 1 ? 'year' : 'years'}`
      return it ? `Esperienza con ${kind}: ${years} (${points})` : `Experience with ${kind.toLowerCase()}: ${years} (${points})`
    }
    case 'languages':
      if (reason.met.length === 0 && reason.missing.length === 0)
        return it ? `Nessuna lingua richiesta (${points})` : `No language asked for (${points})`
      return [
        reason.met.length > 0
          ? it
            ? `Parla ${languageNames(reason.met, language)}`
            : `Speaks ${languageNames(reason.met, language)}`
          : '',
        reason.missing.length > 0
          ? it
            ? `non al livello chiesto: ${languageNames(reason.missing, language)}`
            : `not at the level asked: ${languageNames(reason.missing, language)}`
          : '',
      ]
        .filter(Boolean)
        .join('; ')
        .replace(/^./, (first) => first.toUpperCase())
        .concat(` (${points})`)
    case 'tasks':
      if (reason.done.length === 0 && reason.missing.length === 0)
        return it ? `Nessuna mansione indicata (${points})` : `No tasks named (${points})`
      return (
        (reason.done.length > 0 ? (it ? `Svolge: ${taskNames(reason.done, language)}` : `Does: ${taskNames(reason.done, language)}`) : '') +
        (reason.missing.length > 0
          ? (reason.done.length > 0 ? '; ' : '') +
            (it ? `non svolge: ${taskNames(reason.missing, language)}` : `does not do: ${taskNames(reason.missing, language)}`)
          : '') +
        ` (${points})`
      )
    case 'pay': {
      const asked = formatCents(reason.expectedHourlyCents, language)
      if (reason.budgetHourlyCents === null)
        return it ? `Chiede ${asked} l’ora; nessun budget indicato (${points})` : `Asks ${asked} an hour; no budget given (${points})`
      const budget = formatCents(reason.budgetHourlyCents, language)
      return it ? `Chiede ${asked} l’ora, budget ${budget} (${points})` : `Asks ${asked} an hour, budget ${budget} (${points})`
    }
    case 'distance': {
      const words = {
        same: ['Abita nella stessa zona', 'Lives in the same area'],
        adjacent: ['Abita in una zona confinante', 'Lives in a neighbouring area'],
        far: ['Abita lontano', 'Lives further away'],
        unknown: ['Residenza non indicata', 'Home area not given'],
      }[reason.distance]
      return `${it ? words[0] : words[1]} (${points})`
    }
  }
}
