import type { APIContext } from 'astro'
import type { Payload } from 'payload'

import { contractCost, type ContractCost } from '../../../lib/care-cost'
import { CARE_JOBS, CARED_FOR_KINDS, MAX_EXPERIENCE_YEARS } from '../../../lib/care-work'
import { areaPath } from '../../../lib/links'
import { centsToInput, parseEuros } from '../../../lib/money'
import { pdfResponse } from '../../../lib/pdf'
import { relationId } from '../../../lib/relations'
import type { CareProposal, CareRequest, Citizen, WorkerApplication, WorkerDocument } from '../../../payload-types'
import { loadPayTable } from '../../../globals/DomesticWorkPay/table'
import { proposalCv } from '../../../plugins/care-work/cv'
import { localRequest } from '../../../lib/transaction'
import { type FormError, type FormErrors, fromThisSite, serverErrors, type Visit } from './forms'
import type { Lang } from './i18n'
import { payload } from './payload'
import { asCitizen, asUser, requireCitizen } from './session'

/**
 * Tate Colf Badanti in the citizen's area: a worker's application (with her documents and the
 * families WeMi proposes her to), and a family's requests (with the workers proposed, their
 * anonymised CVs and the outcome). Every write goes through Payload as the citizen, so that the
 * collections' rules and state tables decide; the forms only gather what they ask.
 */

/** Rows of languages and references a form offers: enough for most, and one more always empty. */
export const LANGUAGE_ROWS = 4
export const REFERENCE_ROWS = 2

/** Writes as the citizen, in the page's language: what the collections refuse is said in it. */
const writingAs = async (db: Payload, citizen: Citizen, lang: Lang) => ({
  req: await localRequest(db, { user: asUser(citizen), language: lang }),
  overrideAccess: false as const,
})

const list = (form: FormData, name: string) => form.getAll(name).map(String).filter(Boolean)
const text = (form: FormData, name: string, max = 200) =>
  String(form.get(name) ?? '')
    .trim()
    .slice(0, max)

const languageRows = (form: FormData) =>
  Array.from({ length: LANGUAGE_ROWS }, (_, index) => ({
    language: text(form, `languages.${index}.language`),
    level: text(form, `languages.${index}.level`),
  })).filter((row) => row.language || row.level)

/** An amount typed in euros, or the form's error for it. */
const euros = (value: string, errors: FormErrors, field: string): number | null => {
  if (!value) return null
  const cents = parseEuros(value)
  if (cents === null) errors[field] = 'errorAmount'
  return cents
}

const whole = (value: string, errors: FormErrors, field: string, min: number, max: number): number | null => {
  if (!value) return null
  const number = Number(value)
  if (!Number.isInteger(number) || number < min || number > max) {
    errors[field] = 'errorNumber'
    return null
  }
  return number
}

/** A refusal by the collection's rules, at the fields it names; anything else is not the visitor's to see. */
const refused = (error: unknown): FormErrors => {
  const fields = serverErrors(error)
  if (!fields) throw error
  // Array rows are named by Payload as `languages.0.level`: the forms use the same names.
  return fields
}

// ------------------------------------------------------------------ the worker

export type ApplicationForm = {
  application: WorkerApplication | null
  values: Record<string, string | string[]>
  errors: FormErrors
  documents: WorkerDocument[]
  proposals: CareProposal[]
  status: number
  done: string | null
}

const applicationValues = (application: WorkerApplication | null): Record<string, string | string[]> => ({
  jobs: application?.jobs ?? [],
  tasks: application?.tasks ?? [],
  arrangements: application?.arrangements ?? [],
  slots: application?.slots ?? [],
  districts: (application?.districts ?? []).map((district) => relationId(district)!),
  homeDistrict: relationId(application?.homeDistrict) ?? '',
  street: application?.street ?? '',
  birthYear: application?.birthYear ? String(application.birthYear) : '',
  expectedPay: application?.expectedHourlyCents != null ? centsToInput(application.expectedHourlyCents) : '',
  drivingLicence: application?.drivingLicence ? ['yes'] : [],
  ...Object.fromEntries(
    (application?.languages ?? []).flatMap((row, index) => [
      [`languages.${index}.language`, row.language],
      [`languages.${index}.level`, row.level],
    ]),
  ),
  ...Object.fromEntries((application?.experience ?? []).map((row) => [`experience.${row.kind}`, String(row.years)])),
  ...Object.fromEntries(
    (application?.references ?? []).flatMap((row, index) => [
      [`references.${index}.name`, row.name],
      [`references.${index}.phone`, row.phone ?? ''],
      [`references.${index}.relation`, row.relation ?? ''],
    ]),
  ),
})

const readApplication = (form: FormData, errors: FormErrors) => ({
  jobs: list(form, 'jobs'),
  tasks: list(form, 'tasks'),
  arrangements: list(form, 'arrangements'),
  slots: list(form, 'slots'),
  districts: list(form, 'districts'),
  homeDistrict: text(form, 'homeDistrict') || null,
  street: text(form, 'street') || null,
  birthYear: whole(text(form, 'birthYear'), errors, 'birthYear', 1900, new Date().getFullYear()),
  expectedHourlyCents: euros(text(form, 'expectedPay', 20), errors, 'expectedPay'),
  drivingLicence: form.get('drivingLicence') === 'yes',
  languages: languageRows(form),
  experience: CARED_FOR_KINDS.flatMap((kind) => {
    const years = whole(text(form, `experience.${kind.value}`, 3), errors, `experience.${kind.value}`, 0, MAX_EXPERIENCE_YEARS)
    return years ? [{ kind: kind.value, years }] : []
  }),
  references: Array.from({ length: REFERENCE_ROWS }, (_, index) => ({
    name: text(form, `references.${index}.name`, 120),
    phone: text(form, `references.${index}.phone`, 40) || null,
    relation: text(form, `references.${index}.relation`) || null,
  })).filter((row) => row.name),
})

/** The form's own field names for the collection's paths, so that an error reaches its field. */
const applicationErrors = (errors: FormErrors): FormErrors =>
  Object.fromEntries(Object.entries(errors).map(([path, error]) => [path === 'expectedHourlyCents' ? 'expectedPay' : path, error]))

const loadApplication = async (db: Payload, citizen: Citizen) => {
  const { docs } = await db.find({
    collection: 'worker-applications',
    where: { citizen: { equals: citizen.id } },
    depth: 0,
    limit: 1,
    ...asCitizen(citizen),
  })
  return docs[0] ?? null
}

const PROPOSAL_ANSWERS = { accept: 'meeting-accepted', decline: 'meeting-declined' } as const
const FAMILY_ANSWERS = { meet: 'to-meet', pass: 'not-chosen', hired: 'hired', 'not-hired': 'not-hired' } as const

/**
 * The worker's page: a GET shows her application, documents and proposals; a POST saves or
 * sends the application, adds or removes a document, or answers a family's wish to meet her.
 */
export const handleApplication = async (visit: Visit, citizen: Citizen, lang: Lang): Promise<ApplicationForm | Response> => {
  const { request, url, redirect } = visit
  const db = await payload()
  const application = await loadApplication(db, citizen)
  const load = async (values = applicationValues(application), errors: FormErrors = {}, status = 200): Promise<ApplicationForm> => {
    const [documents, proposals] = application
      ? await Promise.all([
          db.find({ collection: 'worker-documents', where: { application: { equals: application.id } }, depth: 0, ...asCitizen(citizen) }),
          db.find({ collection: 'care-proposals', depth: 1, sort: '-createdAt', ...asCitizen(citizen) }),
        ])
      : [{ docs: [] }, { docs: [] }]
    return { application, values, errors, documents: documents.docs, proposals: proposals.docs, status, done: url.searchParams.get('done') }
  }
  if (request.method !== 'POST') return load()
  const form = await request.formData()
  if (!fromThisSite(visit)) return load(undefined, { form: 'errorOrigin' }, 403)
  const intent = text(form, 'intent')
  const back = (done: string) => redirect(`${areaPath(lang, 'work')}?done=${done}`, 303)
  try {
    if (intent === 'save' || intent === 'submit') {
      const errors: FormErrors = {}
      const data = readApplication(form, errors)
      if (Object.keys(errors).length > 0) return load(applicationValuesFromForm(form), errors, 400)
      const status = intent === 'submit' && (!application || application.status === 'draft') ? { status: 'submitted' as const } : {}
      if (application)
        await db.update({
          collection: 'worker-applications',
          id: application.id,
          data: { ...data, ...status } as never,
          depth: 0,
          ...(await writingAs(db, citizen, lang)),
        })
      else
        await db.create({
          collection: 'worker-applications',
          data: { ...data, ...status } as never,
          depth: 0,
          ...(await writingAs(db, citizen, lang)),
        })
      return back(status.status ? 'sent' : 'saved')
    }
    if (intent === 'upload' && application) {
      const file = form.get('file')
      if (!(file instanceof File) || file.size === 0) return load(undefined, { file: 'errorRequired' }, 400)
      await db.create({
        collection: 'worker-documents',
        data: { application: application.id, kind: text(form, 'kind') } as never,
        file: { data: Buffer.from(await file.arrayBuffer()), mimetype: file.type, name: file.name, size: file.size },
        depth: 0,
        ...(await writingAs(db, citizen, lang)),
      })
      return back('uploaded')
    }
    if (intent === 'remove-document') {
      await db.delete({ collection: 'worker-documents', id: text(form, 'document'), depth: 0, ...(await writingAs(db, citizen, lang)) })
      return back('removed')
    }
    const answer = PROPOSAL_ANSWERS[intent as keyof typeof PROPOSAL_ANSWERS]
    if (answer) {
      await db.update({
        collection: 'care-proposals',
        id: text(form, 'proposal'),
        data: { status: answer },
        depth: 0,
        ...(await writingAs(db, citizen, lang)),
      })
      return back(intent)
    }
    return load(undefined, { form: 'errorChoice' }, 400)
  } catch (error) {
    return load(
      intent === 'save' || intent === 'submit' ? applicationValuesFromForm(form) : undefined,
      applicationErrors(refused(error)),
      400,
    )
  }
}

/** What the visitor typed, to show it again beside the errors. */
const applicationValuesFromForm = (form: FormData): Record<string, string | string[]> => {
  const values: Record<string, string | string[]> = {}
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string' || name === 'intent') continue
    const multiple = ['jobs', 'tasks', 'arrangements', 'slots', 'districts', 'drivingLicence'].includes(name)
    values[name] = multiple ? [...((values[name] as string[] | undefined) ?? []), value] : value
  }
  return values
}

// ------------------------------------------------------------------ the family

export type CareRequestForm = { values: Record<string, string | string[]>; errors: FormErrors; status: number }

const readCareRequest = (form: FormData, errors: FormErrors) => ({
  job: text(form, 'job') || null,
  arrangement: text(form, 'arrangement') || null,
  caredFor: text(form, 'caredFor') || null,
  caredForNotes: text(form, 'caredForNotes', 2000) || null,
  district: text(form, 'district') || null,
  startOn: text(form, 'startOn', 10) || null,
  weeklyHours: whole(text(form, 'weeklyHours', 3), errors, 'weeklyHours', 1, 40),
  slots: list(form, 'slots'),
  tasks: list(form, 'tasks'),
  budgetHourlyCents: euros(text(form, 'budget', 20), errors, 'budget'),
  languages: languageRows(form),
})

/** The new-request page: a POST sends the request at once (or keeps it as a draft) and opens it. */
export const handleNewCareRequest = async (visit: Visit, citizen: Citizen, lang: Lang): Promise<CareRequestForm | Response> => {
  const { request, redirect } = visit
  if (request.method !== 'POST') return { values: {}, errors: {}, status: 200 }
  const form = await request.formData()
  const values = applicationValuesFromForm(form)
  if (!fromThisSite(visit)) return { values, errors: { form: 'errorOrigin' }, status: 403 }
  const errors: FormErrors = {}
  const data = readCareRequest(form, errors)
  if (Object.keys(errors).length > 0) return { values, errors, status: 400 }
  try {
    const db = await payload()
    const created = await db.create({
      collection: 'care-requests',
      data: { ...data, status: text(form, 'intent') === 'save' ? 'draft' : 'submitted' } as never,
      depth: 0,
      ...(await writingAs(db, citizen, lang)),
    })
    return redirect(areaPath(lang, 'careWork', String(created.reference)), 303)
  } catch (error) {
    const fields = refused(error)
    return {
      values,
      errors: Object.fromEntries(Object.entries(fields).map(([path, error]) => [path === 'budgetHourlyCents' ? 'budget' : path, error])),
      status: 400,
    }
  }
}

export const listCareRequests = async (citizen: Citizen): Promise<CareRequest[]> =>
  (await (await payload()).find({ collection: 'care-requests', depth: 1, sort: '-createdAt', pagination: false, ...asCitizen(citizen) }))
    .docs

export type CareRequestPage = {
  request: CareRequest
  proposals: CareProposal[]
  /** What the contract asked for would cost a year at this year's minimums, when the request says enough. */
  cost: ContractCost | null
  error: FormError | null
  done: string | null
}

/**
 * A family's request: the request, the workers WeMi proposed (anonymous until one accepts to
 * meet), what the contract would cost; a POST answers a proposal or cancels the request.
 */
export const handleCareRequest = async (
  visit: Visit,
  citizen: Citizen,
  lang: Lang,
  reference: string,
): Promise<CareRequestPage | Response | null> => {
  const { request, url, redirect } = visit
  const db = await payload()
  const { docs } = await db.find({
    collection: 'care-requests',
    where: { reference: { equals: reference } },
    depth: 1,
    limit: 1,
    ...asCitizen(citizen),
  })
  const found = docs[0]
  if (!found) return null
  const page = async (error: FormError | null = null): Promise<CareRequestPage> => {
    const proposals = await db.find({
      collection: 'care-proposals',
      where: { careRequest: { equals: found.id } },
      depth: 0,
      sort: 'createdAt',
      pagination: false,
      ...asCitizen(citizen),
    })
    return { request: found, proposals: proposals.docs, cost: await costOf(db, found), error, done: url.searchParams.get('done') }
  }
  if (request.method !== 'POST') return page()
  const form = await request.formData()
  if (!fromThisSite(visit)) return page('errorOrigin')
  const intent = text(form, 'intent')
  try {
    if (intent === 'cancel') {
      await db.update({
        collection: 'care-requests',
        id: found.id,
        data: { status: 'cancelled' },
        depth: 0,
        ...(await writingAs(db, citizen, lang)),
      })
    } else {
      const answer = FAMILY_ANSWERS[intent as keyof typeof FAMILY_ANSWERS]
      if (!answer) return page('errorChoice')
      await db.update({
        collection: 'care-proposals',
        id: text(form, 'proposal'),
        data: { status: answer },
        depth: 0,
        ...(await writingAs(db, citizen, lang)),
      })
    }
  } catch (error) {
    const fields = refused(error)
    return page({
      text: Object.values(fields)
        .map((entry) => (entry && typeof entry === 'object' ? entry.text : ''))
        .join(' '),
    })
  }
  return redirect(`${areaPath(lang, 'careWork', reference)}?done=${intent}`, 303)
}

const costOf = async (db: Payload, request: CareRequest): Promise<ContractCost | null> => {
  const level = CARE_JOBS.find((job) => job.value === request.job)?.level
  const liveIn = request.arrangement === 'live-in'
  const table = await loadPayTable(db)
  if (!table || !level || (!liveIn && !request.weeklyHours)) return null
  return contractCost(table, { level, liveIn, weeklyHours: liveIn ? 0 : (request.weeklyHours ?? 0) })
}

/** The address of a proposed worker's anonymised CV, downloaded through the site. */
export const cvPath = (lang: Lang, proposal: string) =>
  areaPath(lang, 'careWork', `${lang === 'it' ? 'profilo' : 'profile'}/${proposal}.pdf`)

/**
 * The anonymised CV of a proposed worker, for the signed-in citizen: the proposal is read as
 * them, so the CV of a proposal they are no party to does not exist for them.
 */
export const cvDownload = async (context: APIContext, lang: Lang): Promise<Response> => {
  const citizen = await requireCitizen(context, lang)
  if (citizen instanceof Response) return citizen
  const cv = await proposalCv(await payload(), context.params.id ?? '', asCitizen(citizen).user, lang)
  if (cv) return pdfResponse(cv.filename, cv.bytes)
  return new Response(null, { status: 404, headers: { 'cache-control': 'private, no-store' } })
}
