import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { atLocalTime, DAY_MS } from '../../lib/dates'
import { CITIES, CITY, CITY_TIME_ZONE } from '../../seed/cities'
import { runDueJobs } from '../../lib/jobs'
import { appointmentIdFromKey } from '../../plugins/appointments/manage-link'
import { publishDeskSlots } from '../../plugins/appointments/publish-slots'
import { startTestApp, type TestApp } from '../helpers/app'
import { buildFixtures, type Fixtures } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'
import { type Mail, type Mailbox, sendMailTo, startMailbox } from '../helpers/mailbox'

let app: TestApp
let fx: Fixtures
let mailbox: Mailbox
let restoreEnvironment = () => {}

beforeAll(async () => {
  mailbox = await startMailbox()
  restoreEnvironment = sendMailTo(mailbox, 'https://wemi.comune.milano.test')
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})
afterAll(async () => {
  await app?.close()
  await mailbox?.close()
  restoreEnvironment()
})

const ZONE = CITY_TIME_ZONE
const day = (instant: Date) => instant.toISOString().slice(0, 10)

/** A Monday at least a week away, so that every slot the test expects lies in the future. */
const comingMonday = (): string => {
  const start = new Date(Date.now() + 8 * DAY_MS)
  while (start.getUTCDay() !== 1) start.setTime(start.getTime() + DAY_MS)
  return day(start)
}

const slotsOf = async (desk: string) =>
  (await app.payload.find({ collection: 'desk-slots', where: { desk: { equals: desk } }, sort: 'startsAt', pagination: false, depth: 0 }))
    .docs

describe('publishing desk slots from opening hours', () => {
  it('cuts each opening period into slots in the city’s time, once, and never brings back a deleted slot', async () => {
    const desk = await app.payload.create({
      collection: 'desks',
      data: {
        name: unique('Spazio WeMi Prenotabile'),
        street: 'Via Padova 36',
        district: fx.districts.d1,
        openingHours: [
          { day: 'mon', opens: '09:00', closes: '12:00' },
          { day: 'wed', opens: '14:00', closes: '16:40' },
        ],
        booking: { slotMinutes: 30, placesPerSlot: 2, weeksAhead: 1 },
      } as never,
    })
    const monday = comingMonday()
    const now = atLocalTime(monday, '08:00', ZONE)

    // Monday 09:00–12:00 → 6 slots; Wednesday 14:00–16:40 → 5 (the last 10 minutes make no slot).
    expect(await publishDeskSlots(app.payload, now)).toBe(11)
    const slots = await slotsOf(desk.id)
    expect(slots).toHaveLength(11)
    expect(new Date(slots[0]!.startsAt)).toEqual(atLocalTime(monday, '09:00', ZONE))
    expect(new Date(slots[0]!.endsAt)).toEqual(atLocalTime(monday, '09:30', ZONE))
    expect(new Date(slots[10]!.startsAt)).toEqual(atLocalTime(day(new Date(Date.parse(monday) + 2 * DAY_MS)), '16:00', ZONE))
    expect(slots.every((slot) => slot.capacity === 2 && slot.booked === 0)).toBe(true)

    // Again at the same time: nothing new.
    expect(await publishDeskSlots(app.payload, now)).toBe(0)

    // The desk closes one slot; a day later only the newly reachable Monday is added.
    await app.payload.delete({ collection: 'desk-slots', id: slots[1]!.id })
    expect(await publishDeskSlots(app.payload, new Date(now.getTime() + DAY_MS))).toBe(6)
    const after = await slotsOf(desk.id)
    expect(after).toHaveLength(16)
    expect(
      after.some((slot) => slot.id === slots[1]!.id || new Date(slot.startsAt).getTime() === new Date(slots[1]!.startsAt).getTime()),
    ).toBe(false)
  })

  it('publishes nothing for a desk without a slot length or closed to the public', async () => {
    const before = (await app.payload.count({ collection: 'desk-slots' })).totalDocs
    await publishDeskSlots(app.payload, atLocalTime(comingMonday(), '08:00', ZONE))
    // The fixtures' desks have opening hours but no booking settings.
    expect(
      (await app.payload.count({ collection: 'desk-slots', where: { desk: { in: [fx.desks.open, fx.desks.closed] } } })).totalDocs,
    ).toBe(0)
    expect((await app.payload.count({ collection: 'desk-slots' })).totalDocs).toBe(before)
  })
})

describe('the booking e-mail', () => {
  const HOUR = 60 * 60 * 1000
  let nextHour = 30
  /** Desks publish slots on whole minutes, as calendar files carry them. */
  const onTheHour = Math.floor(Date.now() / HOUR) * HOUR
  const newSlot = async () =>
    (
      await app.payload.create({
        collection: 'desk-slots',
        data: {
          desk: fx.desks.open,
          startsAt: new Date(onTheHour + nextHour * HOUR).toISOString(),
          endsAt: new Date(onTheHour + (nextHour++ + 0.5) * HOUR).toISOString(),
          capacity: 2,
        },
      })
    ).id

  const calendarOf = (mail: Mail) => {
    expect(mail.attachments).toHaveLength(1)
    const [file] = mail.attachments
    expect(file!.contentType).toBe('text/calendar')
    expect(file!.filename).toMatch(/\.ics$/)
    // Lines end in CRLF and none is longer than 75 octets (RFC 5545 §3.1).
    expect(file!.content.endsWith('\r\n')).toBe(true)
    for (const line of file!.content.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    const calendar = new ICAL.Component(ICAL.parse(file!.content))
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
    return { calendar, event }
  }

  it('confirms a booking in the booker’s language with a valid calendar file and a link that manages it', async () => {
    const slot = await newSlot()
    const email = `${unique('anna')}@esempio.it`
    const booked = await app.payload.create({
      collection: 'appointments',
      data: {
        slot,
        topic: 'care-work',
        reason: 'Cerco una badante, serve aiuto; grazie',
        name: 'Anna Bianchi',
        email,
        language: 'it',
      } as never,
      user: null,
      overrideAccess: false,
    })
    await runDueJobs(app.payload)
    const mail = await mailbox.waitFor(email, /Appuntamento confermato/)
    expect(mail.language).toBe('it')
    expect(mail.text).toContain('Tate, colf e badanti')

    const { calendar, event } = calendarOf(mail)
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST')
    const stored = await app.payload.findByID({ collection: 'desk-slots', id: slot })
    expect(event.startDate.toJSDate()).toEqual(new Date(stored.startsAt))
    expect(event.endDate.toJSDate()).toEqual(new Date(stored.endsAt))
    expect(event.uid).toBe(`${booked.id}@wemi`)
    expect(event.location).toContain(CITY.desks[0]!.street)
    expect(event.attendees[0]!.getFirstValue()).toBe(`mailto:${email}`)

    // The one link opens this appointment's own page, and its key names this appointment only.
    expect(mail.links).toHaveLength(1)
    const link = new URL(mail.links[0]!)
    expect(`${link.origin}${link.pathname}`).toBe('https://wemi.comune.milano.test/prenota-appuntamento/gestisci')
    expect(appointmentIdFromKey(link.searchParams.get('codice'))).toBe(booked.id)
    const key = link.searchParams.get('codice')!
    // One character changed inside the seal; a character appended may fall on bits base64 drops.
    expect(appointmentIdFromKey(`${key.slice(0, 20)}${key[20] === 'A' ? 'B' : 'A'}${key.slice(21)}`)).toBeNull()
  })

  it('places the desk in the city its profile names, whichever city runs WeMi', async () => {
    const other = Object.values(CITIES).find((city) => city !== CITY)!.profile.name
    const street = CITY.desks[0]!.street
    await app.payload.updateGlobal({ slug: 'city', data: { name: other } })
    try {
      const slot = await newSlot()
      const email = `${unique('luca')}@esempio.it`
      await app.payload.create({
        collection: 'appointments',
        data: { slot, topic: 'care-work', reason: 'Cerco una badante per mio padre', name: 'Luca Neri', email, language: 'it' } as never,
        user: null,
        overrideAccess: false,
      })
      await runDueJobs(app.payload)
      const mail = await mailbox.waitFor(email, /Appuntamento confermato/)
      expect(mail.text).toMatch(new RegExp(`${street}[^.]*, ${other}\\.`))
      expect(calendarOf(mail).event.location).toMatch(new RegExp(`${street}.*, ${other}$`))
      expect(`${mail.text} ${calendarOf(mail).event.location}`).not.toContain(CITY.profile.name)
    } finally {
      await app.payload.updateGlobal({ slug: 'city', data: { name: CITY.profile.name } })
    }
  })

  it('tells of a new time and of a cancellation, updating the same calendar event', async () => {
    const [first, second] = [await newSlot(), await newSlot()]
    const email = `${unique('john')}@example.org`
    const booked = await app.payload.create({
      collection: 'appointments',
      data: { slot: first, topic: 'digital-identity', name: 'John Smith', email, language: 'en' } as never,
      user: null,
      overrideAccess: false,
    })
    await runDueJobs(app.payload)
    expect(calendarOf(await mailbox.waitFor(email, /^Appointment confirmed/)).event.uid).toBe(`${booked.id}@wemi`)

    await app.payload.update({ collection: 'appointments', id: booked.id, data: { slot: second } as never })
    await runDueJobs(app.payload)
    const moved = await mailbox.waitFor(email, /^Appointment moved/)
    expect(moved.language).toBe('en')
    const movedEvent = calendarOf(moved).event
    expect(movedEvent.uid).toBe(`${booked.id}@wemi`)
    expect(movedEvent.startDate.toJSDate()).toEqual(
      new Date((await app.payload.findByID({ collection: 'desk-slots', id: second })).startsAt),
    )

    await app.payload.update({ collection: 'appointments', id: booked.id, data: { status: 'cancelled' } as never })
    await runDueJobs(app.payload)
    const cancelled = calendarOf(await mailbox.waitFor(email, /^Appointment cancelled/))
    expect(cancelled.calendar.getFirstPropertyValue('method')).toBe('CANCEL')
    expect(cancelled.event.uid).toBe(`${booked.id}@wemi`)
    expect(cancelled.event.sequence).toBeGreaterThanOrEqual(movedEvent.sequence)

    // Each change is told once, however often the queue runs.
    await runDueJobs(app.payload)
    expect(mailbox.messages.filter((mail) => mail.to.includes(email.toLowerCase()))).toHaveLength(3)
  })
})
