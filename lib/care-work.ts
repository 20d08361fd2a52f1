import type { ContractLevel } from './care-cost'
import { DAYS, TIME_BANDS } from './fields'
import { type Bilingual, label } from './i18n'

/**
 * The words of Tate Colf Badanti, each list once: the worker's application, the family's request,
 * the matching and the anonymised CV all read them from here.
 */

type Option<Value extends string = string> = { value: Value; label: Bilingual }

const option = <Value extends string>(value: Value, it: string, en: string): Option<Value> => ({ value, label: label(it, en) })

/** The three jobs, with the contract level each is usually hired at (the minimum pay a worker may ask). */
export const CARE_JOBS = [
  { ...option('babysitter', 'Babysitter', 'Babysitter'), level: 'BS' },
  { ...option('colf', 'Colf (collaboratrice familiare)', 'Domestic worker (colf)'), level: 'B' },
  { ...option('badante', 'Badante (assistente familiare)', 'Carer (badante)'), level: 'CS' },
] as const satisfies readonly (Option & { level: ContractLevel })[]

export type CareJob = (typeof CARE_JOBS)[number]['value']

/** The tasks of each job: a worker says which she does, a family which it needs. */
export const CARE_TASKS = [
  option('child-care', 'Cura e igiene dei bambini', 'Looking after children'),
  option('school-run', 'Accompagnamento a scuola e alle attività', 'School and activities run'),
  option('homework', 'Aiuto nei compiti', 'Help with homework'),
  option('cleaning', 'Pulizie della casa', 'House cleaning'),
  option('ironing', 'Bucato e stiro', 'Laundry and ironing'),
  option('cooking', 'Preparazione dei pasti', 'Cooking'),
  option('shopping', 'Spesa e commissioni', 'Shopping and errands'),
  option('personal-care', 'Igiene e cura della persona', 'Personal care and hygiene'),
  option('mobility', 'Aiuto negli spostamenti e mobilizzazione', 'Help moving about'),
  option('medication', 'Promemoria dei farmaci', 'Medication reminders'),
  option('company', 'Compagnia e passeggiate', 'Company and walks'),
  option('night-care', 'Assistenza notturna', 'Night care'),
] as const

export type CareTask = (typeof CARE_TASKS)[number]['value']

/** Which tasks belong to which job, for the forms that offer them. */
export const TASKS_BY_JOB: Record<CareJob, readonly CareTask[]> = {
  babysitter: ['child-care', 'school-run', 'homework', 'cooking'],
  colf: ['cleaning', 'ironing', 'cooking', 'shopping'],
  badante: ['personal-care', 'mobility', 'medication', 'company', 'cooking', 'shopping', 'night-care'],
}

/** The kinds of person cared for: experience is counted per kind, and a family's request names one. */
export const CARED_FOR_KINDS = [
  option('children-0-2', 'Bambini 0–2 anni', 'Children aged 0–2'),
  option('children-3-6', 'Bambini 3–6 anni', 'Children aged 3–6'),
  option('children-7-12', 'Bambini 7–12 anni', 'Children aged 7–12'),
  option('teenagers', 'Ragazzi 13–17 anni', 'Teenagers 13–17'),
  option('elderly', 'Anziani autosufficienti', 'Elderly people'),
  option('elderly-dependent', 'Anziani non autosufficienti', 'Dependent elderly people'),
  option('disability', 'Persone con disabilità', 'People with disabilities'),
  option('household', 'Casa e famiglia (senza assistenza alla persona)', 'Home and family (no personal care)'),
] as const

export type CaredForKind = (typeof CARED_FOR_KINDS)[number]['value']

/** How the work is arranged: by the hour, living in, or nights only. */
export const WORK_ARRANGEMENTS = [
  option('hourly', 'A ore', 'By the hour'),
  option('live-in', 'Convivente', 'Live-in'),
  option('nights', 'Solo notti', 'Nights only'),
] as const

export type WorkArrangement = (typeof WORK_ARRANGEMENTS)[number]['value']

/** The Common European Framework's levels, and a mother tongue. */
export const LANGUAGE_LEVELS = [
  option('A1', 'A1 – base', 'A1 – beginner'),
  option('A2', 'A2 – elementare', 'A2 – elementary'),
  option('B1', 'B1 – intermedio', 'B1 – intermediate'),
  option('B2', 'B2 – intermedio superiore', 'B2 – upper intermediate'),
  option('C1', 'C1 – avanzato', 'C1 – advanced'),
  option('C2', 'C2 – padronanza', 'C2 – proficient'),
  option('native', 'Madrelingua', 'Mother tongue'),
] as const

export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number]['value']

/** Whether a level reaches another: each level includes those before it. */
export const reachesLevel = (level: LanguageLevel, wanted: LanguageLevel): boolean =>
  LANGUAGE_LEVELS.findIndex((option) => option.value === level) >= LANGUAGE_LEVELS.findIndex((option) => option.value === wanted)

/** A part of the week a worker is free or a family needs someone: a day and a band of it ("mon-morning"). */
export const WEEK_SLOTS = DAYS.flatMap((day) =>
  TIME_BANDS.map((band) => ({
    value: `${day.value}-${band.value}`,
    day: day.value,
    band: band.value,
    label: label(`${day.label.it} – ${band.name.it}`, `${day.label.en} – ${band.name.en}`),
  })),
)

export type WeekSlot = string

/** The documents a worker gives WeMi, kept as private files. */
export const WORKER_DOCUMENT_KINDS = [
  option('identity', 'Documento d’identità', 'Identity document'),
  option('residence-permit', 'Permesso di soggiorno', 'Residence permit'),
  option('certificate', 'Attestato o diploma', 'Certificate or diploma'),
  option('other', 'Altro', 'Other'),
] as const

/** The most workers WeMi proposes to one family at once. */
export const MAX_PROPOSALS = 5

/** The most years of experience one kind of person counts for, in a form and in the score. */
export const MAX_EXPERIENCE_YEARS = 50
