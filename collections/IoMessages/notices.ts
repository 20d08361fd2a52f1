import { label } from '../../lib/i18n'

/**
 * The notices a resident also receives in App IO, where they read them if they never open
 * e-mail. Each names what it comes from: a notification of the marketplace, or a change to a
 * desk appointment.
 */
export const IO_NOTICES = [
  { value: 'new-quote', label: label('Preventivo ricevuto', 'Quote received'), notification: 'new-quote' },
  { value: 'payment-due', label: label('Pagamento da fare', 'Payment due'), notification: 'payment-due' },
  { value: 'appointment-booked', label: label('Appuntamento prenotato', 'Appointment booked'), appointment: 'booked' },
  { value: 'appointment-moved', label: label('Appuntamento spostato', 'Appointment moved'), appointment: 'moved' },
  { value: 'stay-offered', label: label('Alloggio proposto', 'Home offered'), notification: 'housing-offered' },
] as const

export type IoNotice = (typeof IO_NOTICES)[number]['value']

export const ioNoticeOfNotification = (kind: string): IoNotice | undefined =>
  IO_NOTICES.find((notice) => 'notification' in notice && notice.notification === kind)?.value

export const ioNoticeOfAppointment = (event: string): IoNotice | undefined =>
  IO_NOTICES.find((notice) => 'appointment' in notice && notice.appointment === event)?.value

/** Where a message stands: sent, or not sendable (no app, service turned off), it is never sent again; failed, it is retried. */
export const IO_MESSAGE_STATUSES = [
  { value: 'queued', label: label('Da inviare', 'To send') },
  { value: 'sent', label: label('Inviato', 'Sent') },
  { value: 'no-app', label: label('Non usa App IO', 'Not on App IO') },
  { value: 'turned-off', label: label('Servizio disattivato in App IO', 'Service turned off in App IO') },
  { value: 'failed', label: label('Non inviato', 'Failed') },
] as const
