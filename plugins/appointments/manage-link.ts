import { BOOKING_PAGES, publicUrl } from '../../lib/links'
import type { Language } from '../../lib/i18n'
import { seal, unseal } from '../../lib/sealed'

const PURPOSE = 'appointment-link'
/** Long enough for any appointment a desk publishes; the appointment's own date ends what the link may do. */
const LINK_LIFETIME_MS = 2 * 365 * 24 * 60 * 60 * 1000

/**
 * The key in a booking's e-mail that lets whoever booked (with or without an account) see,
 * cancel or move that one appointment: sealed, so that it can be neither read nor forged.
 */
export const appointmentKey = (appointmentId: string): string => seal(appointmentId, PURPOSE)

export const appointmentIdFromKey = (key: string | null | undefined): string | null =>
  key ? unseal<string>(key, PURPOSE, LINK_LIFETIME_MS) : null

export const manageAppointmentPath = (language: Language, appointmentId: string): string =>
  `${BOOKING_PAGES.manageAppointment[language]}?codice=${appointmentKey(appointmentId)}`

export const manageAppointmentUrl = (language: Language, appointmentId: string): string =>
  publicUrl(manageAppointmentPath(language, appointmentId))
