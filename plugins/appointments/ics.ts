/**
 * A one-event iCalendar file (RFC 5545) that calendar programs add with one click: a request
 * when booked or moved, a cancellation when cancelled. The same UID with a higher SEQUENCE
 * updates the event the person already saved.
 */
export type CalendarEvent = {
  uid: string
  sequence: number
  method: 'REQUEST' | 'CANCEL'
  startsAt: Date
  endsAt: Date
  summary: string
  location: string
  description: string
  organizer: { name: string; email: string }
  attendee: { name: string; email: string }
  url?: string
}

const stamp = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** Text values escape backslashes, semicolons, commas and line breaks. */
const text = (value: string) => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

/** Parameter values (a person's name) are quoted and may not hold quotes or control characters. */
const param = (value: string) => `"${value.replace(/["\r\n\t]/g, ' ')}"`

/** Lines longer than 75 octets continue on the next line after a space, never inside a character. */
const fold = (line: string): string => {
  const parts: string[] = []
  let current = ''
  for (const character of line) {
    const limit = parts.length === 0 ? 75 : 74
    if (Buffer.byteLength(current + character, 'utf8') > limit) {
      parts.push(current)
      current = ''
    }
    current += character
  }
  parts.push(current)
  return parts.join('\r\n ')
}

export const calendarFile = (event: CalendarEvent, now: Date = new Date()): string => {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//WeMi//Spazi WeMi//IT',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(event.startsAt)}`,
    `DTEND:${stamp(event.endsAt)}`,
    `SUMMARY:${text(event.summary)}`,
    `LOCATION:${text(event.location)}`,
    `DESCRIPTION:${text(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    `ORGANIZER;CN=${param(event.organizer.name)}:mailto:${event.organizer.email}`,
    `ATTENDEE;CN=${param(event.attendee.name)};ROLE=REQ-PARTICIPANT:mailto:${event.attendee.email}`,
    `STATUS:${event.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return `${lines.map(fold).join('\r\n')}\r\n`
}
