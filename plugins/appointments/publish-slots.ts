import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, TaskConfig } from 'payload'

import { addDays, atLocalTime, DAY_MS, today } from '../../lib/dates'
import { DAYS } from '../../lib/fields'
import { runSql, sqlArray } from '../../lib/sql'
import type { Desk } from '../../payload-types'
import { loadSettings } from '../../globals/City/settings'

export const PUBLISH_SLOTS_TASK = 'publish-desk-slots'

type Slot = { startsAt: Date; endsAt: Date }

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
const timeOf = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** The weekday of a calendar date, as the opening hours name it. */
const weekdayOf = (day: string): string => DAYS[(new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7]!.value

/** The slots of one day: each opening period cut into whole slots of the desk's length. */
export const slotsOfDay = (desk: Pick<Desk, 'openingHours'>, day: string, slotMinutes: number, timeZone: string): Slot[] => {
  const weekday = weekdayOf(day)
  return (desk.openingHours ?? [])
    .filter((period) => period.day === weekday)
    .flatMap((period) => {
      const slots: Slot[] = []
      for (let start = minutesOf(period.opens); start + slotMinutes <= minutesOf(period.closes); start += slotMinutes) {
        slots.push({ startsAt: atLocalTime(day, timeOf(start), timeZone), endsAt: atLocalTime(day, timeOf(start + slotMinutes), timeZone) })
      }
      return slots
    })
}

/**
 * Publishes each bookable desk's slots, within its opening hours, up to its booking horizon.
 * Only days after the last published one are added: a slot the desk deleted (a holiday, a
 * closure) stays deleted, and a change of opening hours applies from the next unpublished
 * day. The unique (desk, start) index makes two runs at once harmless. Returns how many
 * slots were added.
 */
export const publishDeskSlots = async (payload: Payload, now: Date = new Date()): Promise<number> => {
  const { timeZone } = await loadSettings(payload)
  const { docs: desks } = await payload.find({
    collection: 'desks',
    where: { and: [{ active: { equals: true } }, { 'booking.slotMinutes': { greater_than: 0 } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { openingHours: true, booking: true },
  })
  let added = 0
  const first = today(timeZone, now)
  for (const desk of desks) {
    const { slotMinutes, placesPerSlot, weeksAhead, publishedUntil } = desk.booking ?? {}
    if (!slotMinutes) continue
    const last = today(timeZone, new Date(now.getTime() + ((weeksAhead ?? 4) * 7 - 1) * DAY_MS))
    const slots: Slot[] = []
    for (let day = publishedUntil && publishedUntil >= first ? addDays(publishedUntil, 1) : first; day <= last; day = addDays(day, 1)) {
      slots.push(...slotsOfDay(desk, day, slotMinutes, timeZone).filter((slot) => slot.startsAt > now))
    }
    if (slots.length > 0) {
      const inserted = await runSql(
        payload,
        sql`INSERT INTO desk_slots (desk_id, starts_at, ends_at, capacity, booked)
            SELECT ${desk.id}, starts_at, ends_at, ${placesPerSlot ?? 1}, 0
            FROM unnest(${sqlArray(
              slots.map((slot) => slot.startsAt.toISOString()),
              'text',
            )}::timestamptz[],
                        ${sqlArray(
                          slots.map((slot) => slot.endsAt.toISOString()),
                          'text',
                        )}::timestamptz[]) AS slot(starts_at, ends_at)
            ON CONFLICT (desk_id, starts_at) DO NOTHING RETURNING id`,
      )
      added += inserted.length
    }
    if (!publishedUntil || last > publishedUntil) {
      await runSql(payload, sql`UPDATE desks SET booking_published_until = ${last} WHERE id = ${desk.id}`)
    }
  }
  return added
}

/** Every hour, so that each new day opens for booking as the one before it passes. */
export const publishDeskSlotsTask: TaskConfig<{ input: Record<string, never>; output: { added: number } }> = {
  slug: PUBLISH_SLOTS_TASK,
  schedule: [{ cron: '0 7 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'added', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { added: await publishDeskSlots(req.payload) } }),
}
