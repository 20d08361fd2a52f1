import type { Payload, TaskConfig } from 'payload'

import { DESK_TOPICS } from '../../collections/Desks'
import { formatDate } from '../../lib/dates'
import { renderEmail } from '../../lib/email-layout'
import { fill, languageFrom } from '../../lib/i18n'
import { relationId } from '../../lib/relations'
import { loadSettings } from '../../globals/City/settings'
import { calendarFile } from './ics'
import { manageAppointmentUrl } from './manage-link'

export const APPOINTMENT_EMAIL_TASK = 'send-appointment-email'

export const APPOINTMENT_EVENTS = ['booked', 'moved', 'cancelled'] as const
export type AppointmentEvent = (typeof APPOINTMENT_EVENTS)[number]

const WORDS = {
  booked: {
    it: { subject: 'Appuntamento confermato: {{desk}}', lead: 'Ti aspettiamo {{when}} allo {{desk}}, {{address}}.' },
    en: { subject: 'Appointment confirmed: {{desk}}', lead: 'We expect you {{when}} at {{desk}}, {{address}}.' },
  },
  moved: {
    it: { subject: 'Appuntamento spostato: {{desk}}', lead: 'Il tuo appuntamento allo {{desk}}, {{address}}, ora è {{when}}.' },
    en: { subject: 'Appointment moved: {{desk}}', lead: 'Your appointment at {{desk}}, {{address}}, is now {{when}}.' },
  },
  cancelled: {
    it: { subject: 'Appuntamento annullato: {{desk}}', lead: 'Il tuo appuntamento allo {{desk}} di {{when}} è annullato.' },
    en: { subject: 'Appointment cancelled: {{desk}}', lead: 'Your appointment at {{desk}} on {{when}} is cancelled.' },
  },
} as const

const COMMON = {
  it: {
    topic: 'Argomento: {{topic}}.',
    change: 'Se non puoi venire, annulla o cambia orario dal link qui sotto: il posto passerà a qualcun altro.',
    calendar: 'In allegato trovi l’appuntamento da aggiungere al tuo calendario.',
    action: 'Gestisci l’appuntamento',
    again: 'Prenota un nuovo appuntamento',
    summary: 'Appuntamento allo {{desk}}',
  },
  en: {
    topic: 'Topic: {{topic}}.',
    change: 'If you cannot come, cancel or change the time from the link below: your place will go to someone else.',
    calendar: 'The appointment is attached, ready to add to your calendar.',
    action: 'Manage the appointment',
    again: 'Book a new appointment',
    summary: 'Appointment at {{desk}}',
  },
} as const

/**
 * What an appointment's change is, in the words of the person's language: the desk, where, when
 * and about what, and the link that manages it. Null when the appointment or the event is gone.
 */
export const describeAppointment = async (payload: Payload, appointmentId: string, eventName: string) => {
  const event = APPOINTMENT_EVENTS.find((candidate) => candidate === eventName)
  const appointment = await payload.findByID({
    collection: 'appointments',
    id: appointmentId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!appointment || !event) return null
  const language = languageFrom(appointment.language)
  const [slot, desk, { timeZone, cityName }] = await Promise.all([
    payload.findByID({ collection: 'desk-slots', id: relationId(appointment.slot)!, depth: 0, overrideAccess: true }),
    payload.findByID({
      collection: 'desks',
      id: relationId(appointment.desk)!,
      depth: 0,
      overrideAccess: true,
      locale: language,
      select: { name: true, street: true, postcode: true, email: true },
    }),
    loadSettings(payload),
  ])
  const address = [desk.street, desk.postcode, cityName].filter(Boolean).join(', ')
  const vars = {
    desk: desk.name,
    address,
    when: formatDate(slot.startsAt, language, timeZone, true),
    topic: DESK_TOPICS.find((topic) => topic.value === appointment.topic)?.label[language] ?? appointment.topic,
  }
  const words = { ...WORDS[event][language], ...COMMON[language] }
  return { appointment, event, language, vars, words, manageUrl: manageAppointmentUrl(language, appointment.id), slot, desk, address }
}

/**
 * Tells the person who booked that their appointment was booked, moved or cancelled, in the
 * language they booked in, with the appointment as a calendar file and the link that manages it.
 */
export const sendAppointmentEmail: TaskConfig<{ input: { appointment: string; event: string }; output: { outcome: string } }> = {
  slug: APPOINTMENT_EMAIL_TASK,
  retries: 3,
  inputSchema: [
    { name: 'appointment', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req: { payload } }) => {
    const described = await describeAppointment(payload, input.appointment, input.event)
    if (!described) return { output: { outcome: 'nothing to send' } }
    const { appointment, event, language, vars, words, manageUrl, slot, desk, address } = described
    const cancelled = event === 'cancelled'
    const rendered = renderEmail({
      language,
      subject: fill(words.subject, vars),
      heading: fill(words.subject, vars),
      paragraphs: [fill(words.lead, vars), fill(words.topic, vars), ...(cancelled ? [] : [words.change, words.calendar])],
      action: { label: cancelled ? words.again : words.action, url: manageUrl },
    })
    const sender = { name: payload.email.defaultFromName, email: payload.email.defaultFromAddress }
    const ics = calendarFile({
      uid: `${appointment.id}@wemi`,
      // Each change supersedes the last in the person's calendar.
      sequence: Math.floor((Date.parse(appointment.updatedAt) - Date.parse(appointment.createdAt)) / 1000),
      method: cancelled ? 'CANCEL' : 'REQUEST',
      startsAt: new Date(slot.startsAt),
      endsAt: new Date(slot.endsAt),
      summary: fill(words.summary, vars),
      location: `${desk.name}, ${address}`,
      description: [fill(words.topic, vars), `${words.action}: ${manageUrl}`].join('\n'),
      url: manageUrl,
      organizer: { name: desk.name, email: desk.email || sender.email },
      attendee: { name: appointment.name, email: appointment.email },
    })
    await payload.sendEmail({
      to: { name: appointment.name, address: appointment.email },
      ...rendered,
      attachments: [
        {
          filename: language === 'it' ? 'appuntamento.ics' : 'appointment.ics',
          content: ics,
          contentType: `text/calendar; charset=utf-8; method=${cancelled ? 'CANCEL' : 'REQUEST'}`,
        },
      ],
    })
    return { output: { outcome: `sent ${event}` } }
  },
}
