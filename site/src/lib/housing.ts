import { sql } from '@payloadcms/db-postgres/drizzle'

import { HOLDING_STATES } from '../../../collections/HousingApplications/states'
import { HOUSING_REASONS } from '../../../collections/HousingUnits/options'
import { isCalendarDate, today } from '../../../lib/dates'
import { housingApplicationPath } from '../../../lib/links'
import { isRecordId, relationId } from '../../../lib/relations'
import { runSql } from '../../../lib/sql'
import type { Citizen, HousingApplication, HousingUnit, Organisation } from '../../../payload-types'
import { openActions } from '../../../plugins/housing/lifecycle'
import { applyHousingAction } from '../../../plugins/housing/act'
import { TransitionRefused } from '../../../plugins/requests/errors'
import { localRequest } from '../../../lib/transaction'
import { catalogue } from './catalogue'
import { type FormError, type FormErrors, fromThisSite, serverErrors, textFields, type Visit } from './forms'
import type { Lang } from './i18n'
import { payload } from './payload'
import { asCitizen, asUser } from './session'

/**
 * Temporary social housing on the site: the public catalogue of the enti's units, and the
 * household's applications in its area (filed by the resident, or with a desk operator through
 * an assistance). Reads and writes go through Payload as the visitor; every change after
 * filing is an action of the housing lifecycle, taken by `applyHousingAction` as the household.
 */

export type CatalogueUnit = HousingUnit & {
  organisation: Organisation
  /** The first day from today on which no household holds the unit. */
  freeFrom: string
}

/** The first day from `from` on which none of the held stays (sorted by arrival) covers the unit. */
const firstFreeDay = (from: string, stays: { starts: string; ends: string }[]): string => {
  let day = from
  for (const stay of stays) if (stay.starts <= day && stay.ends > day) day = stay.ends
  return day
}

/**
 * Published units with their ente, and when each is next free. The days a unit is held come
 * from the applications holding it, read by the server: only their dates leave the database.
 */
export const housingCatalogue = async (lang: Lang): Promise<CatalogueUnit[]> => {
  const db = await payload()
  const { city } = await catalogue()
  const { docs } = await db.find({
    collection: 'housing-units',
    where: { published: { equals: true } },
    sort: 'name',
    depth: 1,
    pagination: false,
    locale: lang,
    user: null,
    overrideAccess: false,
  })
  const from = today(city.timeZone)
  const held = docs.length
    ? ((await runSql(
        db,
        sql`SELECT unit_id::text AS unit, to_char(starts_on, 'YYYY-MM-DD') AS starts, to_char(ends_on, 'YYYY-MM-DD') AS ends
            FROM housing_applications
            WHERE unit_id IS NOT NULL AND status IN (${sql.join(
              HOLDING_STATES.map((state) => sql`${state}`),
              sql`, `,
            )}) AND ends_on > ${`${from}T00:00:00Z`}
            ORDER BY starts_on`,
      )) as { unit: string; starts: string; ends: string }[])
    : []
  return docs
    .filter(
      (unit): unit is HousingUnit & { organisation: Organisation } => typeof unit.organisation === 'object' && unit.organisation !== null,
    )
    .map((unit) => ({
      ...unit,
      freeFrom: firstFreeDay(
        from,
        held.filter((stay) => stay.unit === String(unit.id)),
      ),
    }))
}

export type HousingEnte = { id: string; name: string }

/**
 * The enti a household may apply to: those with a unit in the catalogue, by name. Both reads
 * are the public's, as the catalogue's are, so an ente the public may not see is not offered.
 */
export const housingEnti = async (): Promise<HousingEnte[]> => {
  const db = await payload()
  const units = await db.find({
    collection: 'housing-units',
    where: { published: { equals: true } },
    select: { organisation: true },
    depth: 0,
    pagination: false,
    user: null,
    overrideAccess: false,
  })
  const ids = [...new Set(units.docs.map((unit) => relationId(unit.organisation)).filter((id) => id !== null))]
  if (ids.length === 0) return []
  const { docs } = await db.find({
    collection: 'organisations',
    where: { id: { in: ids } },
    select: { name: true },
    depth: 0,
    pagination: false,
    user: null,
    overrideAccess: false,
  })
  return docs.map((ente) => ({ id: String(ente.id), name: ente.name })).sort((a, b) => a.name.localeCompare(b.name, 'it'))
}

export const listHousingApplications = async (citizen: Citizen, lang: Lang): Promise<HousingApplication[]> =>
  (
    await (
      await payload()
    ).find({
      collection: 'housing-applications',
      depth: 1,
      sort: '-createdAt',
      pagination: false,
      locale: lang,
      ...asCitizen(citizen),
    })
  ).docs

// ------------------------------------------------------------------ filing an application

export const APPLICATION_FIELDS = [
  'organisation',
  'reason',
  'adults',
  'children',
  'situation',
  'wantedFrom',
  'wantedMonths',
  'needsAccessible',
] as const

export type NewHousingApplicationForm = {
  enti: HousingEnte[]
  values: Record<string, string>
  errors: FormErrors
  status: number
}

const whole = (value: string, min: number, max: number): number | null => {
  const number = Number(value)
  return value === '' || !Number.isInteger(number) || number < min || number > max ? null : number
}

/**
 * What the form can tell before anything is written, each field with its own message; the
 * collection checks everything again (and what only it knows, such as whether the ente offers
 * housing) when the application is filed.
 */
const checkApplication = (values: Record<(typeof APPLICATION_FIELDS)[number], string>, enti: HousingEnte[]) => {
  const errors: FormErrors = {}
  const adults = whole(values.adults, 1, 12)
  const children = whole(values.children, 0, 12)
  const wantedMonths = whole(values.wantedMonths, 1, 24)
  if (!enti.some((ente) => ente.id === values.organisation)) errors.organisation = 'housingErrorEnte'
  if (!HOUSING_REASONS.some((reason) => reason.value === values.reason)) errors.reason = 'housingErrorReason'
  if (adults === null) errors.adults = 'housingErrorAdults'
  if (children === null) errors.children = 'housingErrorChildren'
  if (values.situation.length < 20) errors.situation = 'housingErrorSituation'
  if (!isCalendarDate(values.wantedFrom)) errors.wantedFrom = 'errorDate'
  if (wantedMonths === null) errors.wantedMonths = 'housingErrorMonths'
  return { errors, adults, children, wantedMonths }
}

/**
 * The application form: a GET opens it (with the ente chosen in the catalogue), a POST files the
 * application as the household, in the page's language, and opens it. What the collection
 * refuses comes back at its field, with everything typed kept.
 */
export const handleNewHousingApplication = async (
  visit: Visit,
  citizen: Citizen,
  lang: Lang,
): Promise<NewHousingApplicationForm | Response> => {
  const { request, url, redirect } = visit
  const enti = await housingEnti()
  if (request.method !== 'POST')
    return { enti, values: { organisation: url.searchParams.get('ente') ?? '', adults: '1', children: '0' }, errors: {}, status: 200 }
  const form = await request.formData()
  const values = textFields(form, APPLICATION_FIELDS, 3000)
  if (!fromThisSite(visit)) return { enti, values, errors: { form: 'errorOrigin' }, status: 403 }
  const { errors, adults, children, wantedMonths } = checkApplication(values, enti)
  if (Object.keys(errors).length > 0) return { enti, values, errors, status: 400 }
  const db = await payload()
  try {
    const created = await db.create({
      collection: 'housing-applications',
      data: {
        organisation: values.organisation,
        reason: values.reason as HousingApplication['reason'],
        adults: adults!,
        children: children!,
        needsAccessible: values.needsAccessible === 'yes',
        situation: values.situation,
        wantedFrom: `${values.wantedFrom}T00:00:00.000Z`,
        wantedMonths: wantedMonths!,
      } as never,
      depth: 0,
      req: await localRequest(db, { user: asUser(citizen), language: lang }),
      overrideAccess: false,
    })
    return redirect(`${housingApplicationPath(lang, String(created.id))}?done=filed`, 303)
  } catch (error) {
    const fields = serverErrors(error)
    if (!fields) throw error
    return { enti, values, errors: fields, status: 400 }
  }
}

// ------------------------------------------------------------------ the household's application

/** What the household may do on its page: the lifecycle's actions for it in the application's state. */
const HOUSEHOLD_ACTIONS = ['accept', 'decline', 'withdraw', 'request-extension'] as const
type HouseholdAction = (typeof HOUSEHOLD_ACTIONS)[number]

export type HousingApplicationPage = {
  application: HousingApplication
  unit: HousingUnit | null
  organisation: Organisation | null
  actions: HouseholdAction[]
  error: FormError | null
  until: string
  done: string | null
}

/**
 * A household's application: what was asked, where it stands, the offer (unit, dates,
 * contribution, the day to answer by) and the stay; a POST takes one of the household's
 * actions through the lifecycle, which decides whether it may be taken now.
 */
export const handleHousingApplication = async (
  visit: Visit,
  citizen: Citizen,
  lang: Lang,
  id: string,
): Promise<HousingApplicationPage | Response | null> => {
  const { request, url, redirect } = visit
  const db = await payload()
  const application = isRecordId(id)
    ? await db.findByID({ collection: 'housing-applications', id, depth: 0, locale: lang, disableErrors: true, ...asCitizen(citizen) })
    : null
  if (!application) return null
  const page = async (error: FormError | null = null, until = ''): Promise<HousingApplicationPage> => {
    const unitId = relationId(application.unit)
    // The unit offered is the household's to see even when the ente has taken it out of the catalogue.
    const unit = unitId
      ? await db.findByID({ collection: 'housing-units', id: unitId, depth: 0, locale: lang, overrideAccess: true, disableErrors: true })
      : null
    const organisation = await db.findByID({
      collection: 'organisations',
      id: relationId(application.organisation)!,
      depth: 0,
      locale: lang,
      disableErrors: true,
      ...asCitizen(citizen),
    })
    const open = openActions(application, 'citizen')
    return {
      application,
      unit,
      organisation,
      actions: HOUSEHOLD_ACTIONS.filter((action) => open.includes(action)),
      error,
      until,
      done: url.searchParams.get('done'),
    }
  }
  if (request.method !== 'POST') return page()
  const form = await request.formData()
  if (!fromThisSite(visit)) return page('errorOrigin')
  const { intent, until } = textFields(form, ['intent', 'until'] as const, 20)
  if (!(HOUSEHOLD_ACTIONS as readonly string[]).includes(intent)) return page('errorChoice')
  try {
    await applyHousingAction(db, {
      applicationId: String(application.id),
      action: intent,
      as: { user: asUser(citizen) },
      input: intent === 'request-extension' ? { until } : {},
      req: await localRequest(db, { user: asUser(citizen), language: lang }),
    })
  } catch (error) {
    if (error instanceof TransitionRefused) return page({ text: error.message }, until)
    throw error
  }
  return redirect(`${housingApplicationPath(lang, String(application.id))}?done=${intent}`, 303)
}
