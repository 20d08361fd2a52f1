import type { Language } from './i18n/language'

/**
 * Calendar dates (YYYY-MM-DD) as the city lives them. A quote "valid until 31 December" ends
 * at midnight in the city, whatever the server's clock zone.
 */

/**
 * The time zone of a city profile that names none: the server's own. The city profile (global
 * `city`, field `timeZone`) is where the zone lives; this is only its fallback.
 */
export const SERVER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone

/** The time zone of the city profile. */
export const timeZoneOf = (city: { timeZone?: string | null } | null | undefined): string => city?.timeZone || SERVER_TIME_ZONE

const DAY = /^\d{4}-\d{2}-\d{2}$/

export const isCalendarDate = (value: unknown): value is string =>
  typeof value === 'string' &&
  DAY.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)

/** Formatters cost far more to create than to use: one per zone and purpose, kept. */
const formatters = new Map<string, Intl.DateTimeFormat>()
const formatterFor = (key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat => {
  let formatter = formatters.get(key)
  if (!formatter) formatters.set(key, (formatter = make()))
  return formatter
}

/** Minutes the zone is ahead of UTC at a given instant. */
const offsetMinutes = (instant: Date, timeZone: string): number => {
  const clock = formatterFor(
    `clock|${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
  )
  const parts = Object.fromEntries(clock.formatToParts(instant).map(({ type, value }) => [type, value]))
  const part = (name: string) => Number(parts[name])
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  return Math.round((asUtc - instant.getTime()) / 60000)
}

/** The instant a wall-clock time ("HH:MM") of a calendar day happens in the zone. */
export const atLocalTime = (day: string, time: string, timeZone: string): Date => {
  const guess = new Date(`${day}T${time}:00Z`)
  const first = new Date(guess.getTime() - offsetMinutes(guess, timeZone) * 60000)
  // Around a change of summer time the offset at the guess can differ from the one at the result.
  return new Date(guess.getTime() - offsetMinutes(first, timeZone) * 60000)
}

/** The instant a calendar day starts in the zone. */
export const startOfDay = (day: string, timeZone: string): Date => atLocalTime(day, '00:00', timeZone)

/** The last instant of a calendar day in the zone. */
export const endOfDay = (day: string, timeZone: string): Date => {
  const next = new Date(`${day}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return new Date(startOfDay(next.toISOString().slice(0, 10), timeZone).getTime() - 1)
}

/** Today's calendar date in the zone. */
export const today = (timeZone: string, now: Date = new Date()): string =>
  formatterFor(
    `day|${timeZone}`,
    () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  ).format(now)

/** The calendar date of an instant stored by Payload, in the zone. */
export const calendarDate = (value: string | Date, timeZone: string): string => today(timeZone, new Date(value))

export const HOUR = 60 * 60 * 1000
export const DAY_MS = 24 * HOUR

/** How people of each interface language write dates. */
const LOCALES: Record<Language, string> = { it: 'it-IT', en: 'en-GB' }

/** A date (and its time, for deadlines within a day) as people of the language write it: "14 giugno 2025". */
export const formatDate = (value: string | Date, language: Language, timeZone: string, withTime = false): string =>
  formatterFor(
    `date|${language}|${timeZone}|${withTime}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[language], {
        timeZone,
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
      }),
  ).format(new Date(value))

/** A day with its weekday and no year, as people of the language write it: "lunedì 3 marzo". */
export const formatWeekday = (value: string | Date, language: Language, timeZone: string): string =>
  formatterFor(
    `weekday|${language}|${timeZone}`,
    () => new Intl.DateTimeFormat(LOCALES[language], { timeZone, weekday: 'long', day: 'numeric', month: 'long' }),
  ).format(new Date(value))

/** A wall-clock time, "09:30", as the city's clocks show it (the same in Italian and English). */
export const formatTime = (value: string | Date, timeZone: string): string =>
  formatterFor(
    `time|${timeZone}`,
    () => new Intl.DateTimeFormat('it-IT', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  ).format(new Date(value))

/** The calendar date some days after `day` (negative for before). */
export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** The calendar date some months after `day`, on the same day of the month or the month's last. */
export const addMonths = (day: string, months: number): string => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const lastOfMonth = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate()
  return new Date(Date.UTC(year, month - 1 + months, Math.min(date, lastOfMonth))).toISOString().slice(0, 10)
}

/** The calendar date some days from today in the zone (negative for the past). */
export const daysFromToday = (days: number, timeZone: string, now: Date = new Date()): string =>
  today(timeZone, new Date(now.getTime() + days * DAY_MS))

/** A text's version named by the day it took effect ("2026-11-01"), as people read a day. */
export const versionDay = (version: string, language: Language): string =>
  isCalendarDate(version) ? formatDate(version, language, 'UTC') : version
