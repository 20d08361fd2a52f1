import { sql } from '@payloadcms/db-postgres/drizzle'

import { MAX_ENTI_PER_REQUEST } from '../../../collections/Requests/hooks/prepareRequest'
import { daysFromToday } from '../../../lib/dates'
import { DAYS, TIME_BANDS } from '../../../lib/fields'
import { requestPath } from '../../../lib/links'
import { isRecordId } from '../../../lib/relations'
import { runSql, sqlArray } from '../../../lib/sql'
import { localRequest } from '../../../lib/transaction'
import type { Citizen } from '../../../payload-types'
import { catalogue } from './catalogue'
import { checkPerson, type FormErrors, fromThisSite, hasErrors, POSTCODE, serverErrors, textFields, type Visit } from './forms'
import type { Lang } from './i18n'
import { type GroupCard, groupsMatching } from './groups'
import { payload } from './payload'
import { asUser } from './session'

/** A public service that can be asked for, one per ente, as the form lists them. */
export type Candidate = {
  id: string
  slug: string
  title: string
  organisation: string
  organisationName: string
  priceFromCents: number
  isFree: boolean
  rating: number | null
}

export type RequestValues = {
  services: string[]
  beneficiary: string
  otherName: string
  otherRelationship: string
  otherBirthYear: string
  street: string
  postcode: string
  district: string
  start: string
  end: string
  days: string[]
  timeBands: string[]
  notes: string
}

export type RequestFormPage = {
  category: { id: string; slug: string; name: string } | null
  candidates: Candidate[]
  /** Open groups for the services asked for, in the family's district and at its times: joining one costs less. */
  nearbyGroups: GroupCard[]
  values: RequestValues
  errors: FormErrors
  status: number
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
export const MAX_NOTES = 2000

/** When the service is needed: the days and parts of the day the citizen asked for. */
type Need = { days: string[]; timeBands: string[] }

/**
 * The services of one category a request can go to: the best-rated public service of each
 * ente, those already chosen first. The category is the chosen services' or the one named.
 * Other enti's services are offered only when they work on the days and at the times needed
 * (a night service is no answer to a morning need); without a need given, the chosen services'
 * own days and times stand for it. A service that states no days or times is not ruled out.
 */
const candidatesFor = async (lang: Lang, chosen: string[], categorySlug: string | null, given: Need) => {
  const api = await payload()
  const cat = await catalogue()
  let categoryId = categorySlug ? cat.bySlug(cat.categories, categorySlug)?.id : undefined
  if (chosen.length > 0) {
    const [first] = await runSql<{ category: string }>(
      api,
      sql`SELECT category_id AS category FROM service_search WHERE service_id = ANY(${sqlArray(chosen, 'uuid')}) LIMIT 1`,
    )
    categoryId = first?.category ?? categoryId
  }
  if (!categoryId) return { category: null, candidates: [] }
  const need = { ...given }
  if (chosen.length > 0 && (need.days.length === 0 || need.timeBands.length === 0)) {
    const [own] = await runSql<{ days: string[] | null; timeBands: string[] | null }>(
      api,
      sql`SELECT array_agg(DISTINCT d) FILTER (WHERE d IS NOT NULL) AS days, array_agg(DISTINCT b) FILTER (WHERE b IS NOT NULL) AS "timeBands"
          FROM service_search LEFT JOIN LATERAL unnest(days) d ON true LEFT JOIN LATERAL unnest(time_bands) b ON true
          WHERE service_id = ANY(${sqlArray(chosen, 'uuid')})`,
    )
    if (need.days.length === 0) need.days = own?.days ?? []
    if (need.timeBands.length === 0) need.timeBands = own?.timeBands ?? []
  }
  const fits = (column: string, wanted: string[]) =>
    wanted.length === 0
      ? sql`true`
      : sql`(cardinality(${sql.raw(column)}) = 0 OR ${sql.raw(column)}::text[] && ${sqlArray(wanted, 'text')})`
  const rows = await runSql<Candidate & { rating: string | null }>(
    api,
    sql`SELECT DISTINCT ON (organisation_id) service_id AS id, slug, ${lang === 'en' ? sql`coalesce(title_en, title_it)` : sql`title_it`} AS title,
               organisation_id AS organisation, organisation_name AS "organisationName", price_from_cents AS "priceFromCents",
               is_free AS "isFree", rating_average AS rating
        FROM service_search
        WHERE category_id = ${categoryId}
          AND (service_id = ANY(${sqlArray(chosen.length ? chosen : ['00000000-0000-0000-0000-000000000000'], 'uuid')})
               OR (${fits('days', need.days)} AND ${fits('time_bands', need.timeBands)}))
        ORDER BY organisation_id, (service_id = ANY(${sqlArray(chosen.length ? chosen : ['00000000-0000-0000-0000-000000000000'], 'uuid')})) DESC, rating_average DESC NULLS LAST, slug`,
  )
  const candidates = rows
    .map((row) => ({ ...row, rating: row.rating === null ? null : Number(row.rating) }))
    .sort(
      (a, b) =>
        Number(chosen.includes(b.id)) - Number(chosen.includes(a.id)) ||
        (b.rating ?? 0) - (a.rating ?? 0) ||
        a.title.localeCompare(b.title),
    )
    .slice(0, 20)
  const category = cat.byId(cat.categories, categoryId)
  return { category: category ? { id: category.id, slug: category.slug, name: category.name[lang] } : null, candidates }
}

const initialValues = (citizen: Citizen, chosen: string[], need: Need, timeZone: string): RequestValues => ({
  services: chosen,
  beneficiary: citizen.beneficiaries?.length ? '0' : 'self',
  otherName: '',
  otherRelationship: 'parent',
  otherBirthYear: '',
  street: citizen.address?.street ?? '',
  postcode: citizen.address?.postcode ?? '',
  district: typeof citizen.address?.district === 'object' ? (citizen.address?.district?.id ?? '') : (citizen.address?.district ?? ''),
  start: daysFromToday(7, timeZone),
  end: daysFromToday(37, timeZone),
  ...need,
  notes: '',
})

/** The options of a list among the values given, in the list's order. */
const known = (values: string[], options: readonly { value: string }[]) =>
  options.map((option) => option.value).filter((value) => values.includes(value))

/** Who the service is for, from the choice: the citizen, one of their people, or someone new. */
const beneficiaryOf = (citizen: Citizen, values: RequestValues, errors: FormErrors) => {
  if (values.beneficiary === 'self') {
    return { name: [citizen.firstName, citizen.lastName].filter(Boolean).join(' ') || citizen.email, relationship: 'self' }
  }
  const saved = /^\d+$/.test(values.beneficiary) ? citizen.beneficiaries?.[Number(values.beneficiary)] : undefined
  if (saved) return { name: saved.name, relationship: saved.relationship, birthYear: saved.birthYear ?? undefined }
  const person = { name: values.otherName, relationship: values.otherRelationship, birthYear: values.otherBirthYear }
  checkPerson(person, errors, (field) => `other${field[0]!.toUpperCase()}${field.slice(1)}`)
  return { ...person, birthYear: person.birthYear ? Number(person.birthYear) : undefined }
}

/**
 * The new-request page: a GET shows the form for the services named in `?service=` (or the
 * category in `?category=`); a POST sends the request as the citizen, through the same
 * checks as the API, and goes to the request's page.
 */
export const handleRequestForm = async (visit: Visit, citizen: Citizen, lang: Lang): Promise<RequestFormPage | Response> => {
  const { request, url, redirect } = visit
  const named = url.searchParams.getAll('service').filter(isRecordId).slice(0, MAX_ENTI_PER_REQUEST)
  if (request.method !== 'POST') {
    // A need narrowed in the search (?day=mon&time=morning) comes along to the form.
    const need = { days: known(url.searchParams.getAll('day'), DAYS), timeBands: known(url.searchParams.getAll('time'), TIME_BANDS) }
    const { category, candidates } = await candidatesFor(lang, named, url.searchParams.get('category'), need)
    const available = named.filter((id) => candidates.some((candidate) => candidate.id === id))
    const values = initialValues(citizen, available, need, (await catalogue()).city.timeZone)
    return {
      category,
      candidates,
      nearbyGroups: await groupsMatching(available, values, lang, citizen),
      values,
      errors: {},
      status: category ? 200 : 404,
    }
  }

  const form = await request.formData()
  const fields = textFields(form, [
    'beneficiary',
    'otherName',
    'otherRelationship',
    'otherBirthYear',
    'street',
    'postcode',
    'district',
    'start',
    'end',
  ] as const)
  const values: RequestValues = {
    ...fields,
    services: form.getAll('services').map(String).filter(isRecordId),
    days: known(form.getAll('days').map(String), DAYS),
    timeBands: known(form.getAll('timeBands').map(String), TIME_BANDS),
    notes: String(form.get('notes') ?? '')
      .trim()
      .slice(0, MAX_NOTES),
  }
  const { category, candidates } = await candidatesFor(lang, values.services, String(form.get('category') ?? '') || null, values)
  const nearbyGroups = await groupsMatching(values.services, values, lang, citizen)
  const page = (errors: FormErrors, status = 400): RequestFormPage => ({ category, candidates, nearbyGroups, values, errors, status })
  if (!fromThisSite(visit)) return page({ form: 'errorOrigin' }, 403)

  const errors: FormErrors = {}
  if (values.services.length === 0) errors.services = 'errorRequestServices'
  else if (values.services.length > MAX_ENTI_PER_REQUEST) errors.services = 'errorRequestTooMany'
  const beneficiary = beneficiaryOf(citizen, values, errors)
  if (!values.street) errors.street = 'errorRequired'
  if (values.postcode && !POSTCODE.test(values.postcode)) errors.postcode = 'errorPostcode'
  const { districts } = await catalogue()
  if (!districts.some((district) => district.id === values.district)) errors.district = 'errorChoice'
  if (!DATE.test(values.start)) errors.start = 'errorDate'
  if (!DATE.test(values.end)) errors.end = 'errorDate'
  if (values.days.length === 0) errors.days = 'errorRequestDays'
  if (values.timeBands.length === 0) errors.timeBands = 'errorRequestTimeBands'
  if (hasErrors(errors)) return page(errors)

  const api = await payload()
  try {
    const created = await api.create({
      collection: 'requests',
      data: {
        services: values.services,
        beneficiary,
        address: { street: values.street, postcode: values.postcode || undefined, district: values.district },
        period: { start: values.start, end: values.end, days: values.days, timeBands: values.timeBands },
        notes: values.notes || undefined,
      } as never,
      req: await localRequest(api, { user: asUser(citizen), language: lang }),
      overrideAccess: false,
      depth: 0,
    })
    return redirect(`${requestPath(lang, String(created.id))}?done=sent`, 303)
  } catch (error) {
    const fromServer = serverErrors(error)
    if (!fromServer) throw error
    const renamed = Object.fromEntries(
      Object.entries(fromServer).map(([path, message]) => [
        { 'period.start': 'start', 'period.end': 'end', 'period.days': 'days', 'period.timeBands': 'timeBands' }[path] ?? path,
        message,
      ]),
    )
    return page(renamed)
  }
}
