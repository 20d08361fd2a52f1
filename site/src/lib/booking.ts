import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { DESK_TOPICS } from '../../../collections/Desks'
import { calendarDate, formatTime, formatWeekday } from '../../../lib/dates'
import { relationId } from '../../../lib/relations'
import { runSql } from '../../../lib/sql'
import { localRequest } from '../../../lib/transaction'
import { manageAppointmentPath } from '../../../plugins/appointments/manage-link'
import type { Citizen } from '../../../payload-types'
import { catalogue } from './catalogue'
import { EMAIL, type FormErrors, fromThisSite, hasErrors, PHONE, serverErrors, textFields, type Visit } from './forms'
import type { Lang } from './i18n'
import { payload } from './payload'
import { actingCitizen, asCitizen } from './session'

export const BOOKING_STEPS = ['bookingStepDesk', 'bookingStepTime', 'bookingStepTopic', 'bookingStepContacts'] as const
export type Step = 1 | 2 | 3 | 4

const FIELDS = ['service', 'desk', 'day', 'slot', 'topic', 'reason', 'name', 'email', 'phone'] as const
export type BookingValues = Record<(typeof FIELDS)[number], string>

export type DeskChoice = {
  id: string
  slug: string
  name: string
  street: string
  district: string
  topics: string[]
  categories: string[]
}
export type SlotChoice = { id: string; time: string; placesLeft: number }
export type SlotDay = { day: string; label: string; slots: SlotChoice[] }

/** Everything a step of the booking page shows. */
export type BookingPage = {
  step: Step
  values: BookingValues
  errors: FormErrors
  status: number
  desks: DeskChoice[]
  /** The service the booking started from, when its desks were narrowed to those that help with it. */
  serviceName: string | null
  days: SlotDay[]
  topics: { value: string; label: string }[]
  chosen: { desk: DeskChoice | null; slot: { day: string; time: string } | null }
}

export const dayLabel = (day: string, lang: Lang) => formatWeekday(`${day}T12:00:00Z`, lang, 'UTC')

/** The desks a resident may book now: open to the public, with a free place in a future slot. */
const bookableDesks = async (api: Payload, lang: Lang): Promise<DeskChoice[]> => {
  const withPlaces = await runSql<{ desk: string }>(
    api,
    sql`SELECT DISTINCT desk_id AS desk FROM desk_slots WHERE starts_at > now() AND booked < capacity`,
  )
  if (withPlaces.length === 0) return []
  const cat = await catalogue()
  const { docs } = await api.find({
    collection: 'desks',
    where: { id: { in: withPlaces.map((row) => row.desk) } },
    sort: 'name',
    depth: 0,
    pagination: false,
    locale: lang,
    select: { name: true, slug: true, street: true, district: true, topics: true, categories: true },
    overrideAccess: false,
    user: null,
  })
  return docs.map((desk) => ({
    id: desk.id,
    slug: desk.slug ?? '',
    name: desk.name,
    street: desk.street,
    district: cat.byId(cat.districts, relationId(desk.district))?.name[lang] ?? '',
    topics: desk.topics ?? [],
    categories: (desk.categories ?? []).map((category) => relationId(category)!),
  }))
}

/** The desks that help with a service's category (or its area); all of them when none says so. */
const desksForService = async (desks: DeskChoice[], serviceSlug: string, lang: Lang) => {
  if (!serviceSlug) return { desks, serviceName: null }
  const api = await payload()
  const [service] = (
    await api.find({
      collection: 'services',
      where: { slug: { equals: serviceSlug } },
      limit: 1,
      depth: 0,
      locale: lang,
      select: { title: true, category: true },
      overrideAccess: false,
      user: null,
    })
  ).docs
  if (!service) return { desks, serviceName: null }
  const cat = await catalogue()
  const category = cat.byId(cat.categories, relationId(service.category))
  const helps = desks.filter((desk) => desk.categories.some((id) => id === category?.id || id === category?.parentId))
  return { desks: helps.length > 0 ? helps : desks, serviceName: helps.length > 0 ? service.title : null }
}

/** A desk's future slots with a free place, by day in the city's time. */
export const openDays = async (api: Payload, deskId: string, lang: Lang): Promise<SlotDay[]> => {
  const { city } = await catalogue()
  const { docs } = await api.find({
    collection: 'desk-slots',
    where: { and: [{ desk: { equals: deskId } }, { startsAt: { greater_than: new Date().toISOString() } }] },
    sort: 'startsAt',
    depth: 0,
    limit: 1000,
    select: { startsAt: true, capacity: true, booked: true },
    overrideAccess: false,
    user: null,
  })
  const days = new Map<string, SlotDay>()
  for (const slot of docs) {
    const placesLeft = slot.capacity - (slot.booked ?? 0)
    if (placesLeft <= 0) continue
    const day = calendarDate(slot.startsAt, city.timeZone)
    if (!days.has(day)) days.set(day, { day, label: dayLabel(day, lang), slots: [] })
    days.get(day)!.slots.push({ id: slot.id, time: formatTime(slot.startsAt, city.timeZone), placesLeft })
  }
  return [...days.values()]
}

const topicsOf = (desk: DeskChoice | null, lang: Lang) =>
  DESK_TOPICS.filter((topic) => !desk || desk.topics.length === 0 || desk.topics.includes(topic.value)).map((topic) => ({
    value: topic.value,
    label: topic.label[lang],
  }))

/** The first step whose answer is missing or no longer valid, with its error; null when all up to `upTo` hold. */
const firstInvalidStep = (page: BookingPage, upTo: Step): { step: Step; errors: FormErrors } | null => {
  const { values, chosen } = page
  if (!chosen.desk) return { step: 1, errors: { desk: values.desk ? 'errorDeskUnavailable' : 'errorChooseDesk' } }
  if (upTo < 2) return null
  if (!chosen.slot) return { step: 2, errors: { slot: values.slot ? 'errorSlotTaken' : 'errorChooseSlot' } }
  if (upTo < 3) return null
  const errors: FormErrors = {}
  if (!page.topics.some((topic) => topic.value === values.topic)) errors.topic = 'errorChooseTopic'
  if (values.reason.length > 1000) errors.reason = 'errorReasonLength'
  if (hasErrors(errors)) return { step: 3, errors }
  if (upTo < 4) return null
  if (values.name.length < 2) errors.name = 'errorRequired'
  if (!EMAIL.test(values.email)) errors.email = 'errorEmail'
  if (values.phone && !PHONE.test(values.phone)) errors.phone = 'errorPhone'
  return hasErrors(errors) ? { step: 4, errors } : null
}

const readValues = (form: FormData): BookingValues => ({
  ...textFields(form, FIELDS),
  reason: String(form.get('reason') ?? '')
    .trim()
    .slice(0, 1100),
})

/** Fills in what the chosen desk and slot mean: the desk's record, its open days, its topics. */
const withChoices = async (api: Payload, page: BookingPage, lang: Lang): Promise<BookingPage> => {
  const desk = page.desks.find((candidate) => candidate.id === page.values.desk || candidate.slug === page.values.desk) ?? null
  const days = desk ? await openDays(api, desk.id, lang) : []
  const slotDay = days.find((day) => day.slots.some((slot) => slot.id === page.values.slot))
  const slot = slotDay?.slots.find((candidate) => candidate.id === page.values.slot)
  const day = days.find((candidate) => candidate.day === page.values.day) ?? slotDay ?? days[0]
  return {
    ...page,
    values: { ...page.values, desk: desk?.id ?? page.values.desk, day: day?.day ?? '' },
    days,
    topics: topicsOf(desk, lang),
    chosen: { desk, slot: slotDay && slot ? { day: slotDay.label, time: slot.time } : null },
  }
}

const prefilled = (citizen: Citizen | null): Pick<BookingValues, 'name' | 'email' | 'phone'> => ({
  name: citizen ? [citizen.firstName, citizen.lastName].filter(Boolean).join(' ') : '',
  email: citizen?.email ?? '',
  phone: citizen?.phone ?? '',
})

/**
 * The four-step booking (desk → date and time → topic and reason → name and contacts). A GET
 * starts it, from a desk's page (`?spazio=`, the first step already answered) or a service's
 * (`?servizio=`, only the desks that help with it). Each step posts every answer so far; each
 * answer is checked again at every step, because a slot can fill up while someone types.
 */
export const handleBooking = async (visit: Visit, lang: Lang): Promise<BookingPage | Response> => {
  const { request, url, clientAddress, redirect } = visit
  const api = await payload()
  const citizen = await actingCitizen(request)
  const posted = request.method === 'POST' ? await request.formData() : null
  const values: BookingValues = posted
    ? readValues(posted)
    : {
        ...readValues(new FormData()),
        service: url.searchParams.get('servizio') ?? '',
        desk: url.searchParams.get('spazio') ?? '',
        day: url.searchParams.get('giorno') ?? '',
        ...prefilled(citizen),
      }
  const narrowed = await desksForService(await bookableDesks(api, lang), values.service, lang)
  let page = await withChoices(
    api,
    {
      step: 1,
      values,
      errors: {},
      status: 200,
      desks: narrowed.desks,
      serviceName: narrowed.serviceName,
      days: [],
      topics: [],
      chosen: { desk: null, slot: null },
    },
    lang,
  )
  if (!posted) return page.chosen.desk ? { ...page, step: 2 } : page

  if (!fromThisSite({ request, url })) return { ...page, errors: { form: 'errorOrigin' }, status: 403 }
  const from = Math.min(4, Math.max(1, Number(posted.get('step')) || 1)) as Step
  const go = String(posted.get('go') ?? 'next')
  if (go === 'back') return { ...page, step: Math.max(1, from - 1) as Step }
  if (go === 'day') return { ...page, step: 2, values: { ...page.values, slot: '' } }

  const invalid = firstInvalidStep(page, go === 'confirm' ? 4 : from)
  if (invalid) return { ...page, step: invalid.step, errors: invalid.errors, status: 400 }
  if (go !== 'confirm') return { ...page, step: Math.min(4, from + 1) as Step }

  try {
    const booked = await api.create({
      collection: 'appointments',
      data: {
        slot: values.slot,
        topic: values.topic as never,
        reason: values.reason || undefined,
        name: values.name,
        email: values.email,
        phone: values.phone || undefined,
        language: lang,
      },
      depth: 0,
      ...(citizen ? asCitizen(citizen) : { user: null, overrideAccess: false as const }),
      // From the visitor's address: the collection limits bookings per address and per recipient.
      req: await localRequest(api, { language: lang, address: clientAddress }),
    })
    return redirect(`${manageAppointmentPath(lang, booked.id)}&nuovo=1`, 303)
  } catch (error) {
    if ((error as { status?: number }).status === 429)
      return { ...page, step: 4, errors: { form: { text: (error as Error).message } }, status: 429 }
    const fields = serverErrors(error)
    if (!fields) throw error
    // The slot filled up meanwhile: back to the times, with the server's own words.
    page = await withChoices(api, { ...page, values: { ...page.values, slot: '' } }, lang)
    return { ...page, step: fields.slot ? 2 : 4, errors: fields, status: 400 }
  }
}
