import { APPOINTMENT_STATUSES } from '../../../collections/Appointments'
import { DESK_TOPICS } from '../../../collections/Desks'
import { calendarDate, formatTime } from '../../../lib/dates'
import { optionLabel } from '../../../lib/fields'
import { relationId } from '../../../lib/relations'
import { appointmentIdFromKey, manageAppointmentPath } from '../../../plugins/appointments/manage-link'
import type { Appointment, Citizen } from '../../../payload-types'
import { dayLabel, openDays, type SlotDay } from './booking'
import { catalogue } from './catalogue'
import { type FormErrors, fromThisSite, serverErrors, type Visit } from './forms'
import type { Lang } from './i18n'
import { payload } from './payload'
import { actingCitizen, asCitizen } from './session'

export type AppointmentSummary = {
  id: string
  status: NonNullable<Appointment['status']>
  statusLabel: string
  desk: { name: string; slug: string; address: string; phone: string | null }
  day: string
  time: string
  topic: string
  reason: string
  name: string
  email: string
  phone: string
  /** Still booked and still ahead: it can be cancelled or moved. */
  changeable: boolean
  manageHref: string
}

export type AppointmentPage = {
  appointment: AppointmentSummary
  /** The key from the booking's link, carried by every form of the page. */
  key: string
  notice: 'booked' | 'moved' | 'cancelled' | null
  moving: boolean
  days: SlotDay[]
  day: string
  errors: FormErrors
  status: number
}

/** One appointment as its pages show it, read with its slot and desk (at depth 1). */
export const summarise = async (appointment: Appointment, lang: Lang): Promise<AppointmentSummary> => {
  const { city } = await catalogue()
  const { slot, desk } = appointment
  if (typeof slot !== 'object' || !desk || typeof desk !== 'object')
    throw new Error(`appointment ${appointment.id} was read without its slot and desk`)
  return {
    id: appointment.id,
    status: appointment.status ?? 'booked',
    statusLabel: optionLabel(APPOINTMENT_STATUSES, appointment.status ?? 'booked', lang),
    desk: {
      name: desk.name,
      slug: desk.slug ?? '',
      address: [desk.street, desk.postcode].filter(Boolean).join(', '),
      phone: desk.phone ?? null,
    },
    day: dayLabel(calendarDate(slot.startsAt, city.timeZone), lang),
    time: formatTime(slot.startsAt, city.timeZone),
    topic: DESK_TOPICS.find((topic) => topic.value === appointment.topic)?.label[lang] ?? appointment.topic,
    reason: appointment.reason ?? '',
    name: appointment.name,
    email: appointment.email,
    phone: appointment.phone ?? '',
    changeable: appointment.status === 'booked' && new Date(slot.startsAt) > new Date(),
    manageHref: manageAppointmentPath(lang, appointment.id),
  }
}

const POPULATE = {
  'desk-slots': { startsAt: true, endsAt: true },
  desks: { name: true, slug: true, street: true, postcode: true, phone: true },
} as const

/**
 * Who may change this appointment through its page. The sealed key in the link is the
 * authority: it reached only whoever booked (by e-mail or by being sent here after booking),
 * and people without an account book too. A signed-in citizen's own booking is changed as
 * them, with their permissions.
 */
const changeOptions = (appointment: Appointment, citizen: Citizen | null) =>
  citizen && relationId(appointment.citizen) === citizen.id ? asCitizen(citizen) : { overrideAccess: true as const }

/**
 * The page a booking's link opens: the appointment, and the forms that cancel it or move it to
 * another free time at the same desk. Null when the key is not one of ours.
 */
export const handleAppointment = async (visit: Visit, lang: Lang): Promise<AppointmentPage | Response | null> => {
  const { request, url, redirect } = visit
  const key = url.searchParams.get('codice') ?? ''
  const id = appointmentIdFromKey(key)
  if (!id) return null
  const api = await payload()
  const read = () =>
    api.findByID({ collection: 'appointments', id, depth: 1, populate: POPULATE, locale: lang, overrideAccess: true, disableErrors: true })
  const appointment = await read()
  if (!appointment) return null
  const here = `${url.pathname}?codice=${encodeURIComponent(key)}`
  const notices = { nuovo: 'booked', spostato: 'moved', annullato: 'cancelled' } as const
  const notice = (Object.keys(notices) as (keyof typeof notices)[]).find((name) => url.searchParams.has(name))
  const summary = await summarise(appointment, lang)
  const page: AppointmentPage = {
    appointment: summary,
    key,
    notice: notice ? notices[notice] : null,
    moving: url.searchParams.has('cambia') && summary.changeable,
    days: [],
    day: url.searchParams.get('giorno') ?? '',
    errors: {},
    status: 200,
  }
  const withDays = async (current: AppointmentPage, day: string): Promise<AppointmentPage> => {
    const days = (await openDays(api, relationId(appointment.desk)!, lang)).map((entry) => ({
      ...entry,
      slots: entry.slots.filter((slot) => slot.id !== relationId(appointment.slot)),
    }))
    const open = days.filter((entry) => entry.slots.length > 0)
    return { ...current, moving: true, days: open, day: open.find((entry) => entry.day === day)?.day ?? open[0]?.day ?? '' }
  }
  if (request.method !== 'POST') return page.moving ? withDays(page, page.day) : page

  const form = await request.formData()
  if (!fromThisSite({ request, url })) return { ...page, errors: { form: 'errorOrigin' }, status: 403 }
  if (!summary.changeable) return { ...page, errors: { form: 'errorAppointmentClosed' }, status: 409 }
  const go = String(form.get('go') ?? '')
  const citizen = await actingCitizen(request)
  try {
    if (go === 'cancel') {
      await api.update({ collection: 'appointments', id, data: { status: 'cancelled' }, depth: 0, ...changeOptions(appointment, citizen) })
      return redirect(`${here}&annullato=1`, 303)
    }
    if (go === 'move') {
      const slot = String(form.get('slot') ?? '')
      const choices = await withDays(page, String(form.get('day') ?? ''))
      if (!choices.days.some((day) => day.slots.some((candidate) => candidate.id === slot)))
        return { ...choices, errors: { slot: 'errorChooseSlot' }, status: 400 }
      await api.update({ collection: 'appointments', id, data: { slot }, depth: 0, ...changeOptions(appointment, citizen) })
      return redirect(`${here}&spostato=1`, 303)
    }
  } catch (error) {
    const fields = serverErrors(error)
    if (!fields) throw error
    return { ...(await withDays(page, String(form.get('day') ?? ''))), errors: fields, status: 400 }
  }
  return { ...page, status: 400 }
}

/** A citizen's own appointments, the coming ones first, for their area. */
export const appointmentsOf = async (citizen: Citizen, lang: Lang): Promise<AppointmentSummary[]> => {
  const api = await payload()
  const { docs } = await api.find({
    collection: 'appointments',
    depth: 1,
    populate: POPULATE,
    locale: lang,
    pagination: false,
    sort: '-createdAt',
    ...asCitizen(citizen),
  })
  const summaries = await Promise.all(docs.map((appointment) => summarise(appointment, lang)))
  return summaries.sort((a, b) => Number(b.changeable) - Number(a.changeable))
}
