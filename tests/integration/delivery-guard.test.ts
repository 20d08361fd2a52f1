import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { atLocalTime } from '../../lib/dates'
import { CITY_TIME_ZONE } from '../../seed/cities'
import { startTestApp, type TestApp } from '../helpers/app'
import { refusal } from '../helpers/as'
import { buildFixtures, type Fixtures } from '../helpers/fixtures'
import { act, dayFromNow, footprint, quoteInput, sendRequest, threadOf } from '../helpers/marketplace'

/**
 * An ente marks a service delivered only once it has started: from the first day of the
 * accepted quote's period, as the day goes in the city. Earlier, every way in is refused and
 * nothing changes.
 */
let app: TestApp
let fx: Fixtures
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})
afterEach(() => vi.useRealTimers())
afterAll(async () => app?.close())

/** A request paid for a service that starts `startsIn` days from today. */
const paidThread = async (startsIn: number) => {
  const { threads } = await sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA], fx.districts.d1)
  const id = threads[0]!.id
  const periodStart = dayFromNow(startsIn)
  const { quote } = await act(
    app.payload,
    fx.actors.enteAdmin,
    id,
    'quote',
    quoteInput({ periodStart, periodEnd: dayFromNow(startsIn + 30) }),
  )
  await act(app.payload, fx.actors.citizen, id, 'accept', { quote })
  await act(app.payload, fx.actors.enteAdmin, id, 'confirm-payment', { method: 'other' })
  return { id, periodStart }
}

describe('marking a service delivered', () => {
  it('is refused a month before the service starts, over REST and the Local API, and changes nothing', async () => {
    const { id, periodStart } = await paidThread(30)
    const before = await footprint(app.payload, id)
    const startDay = new Intl.DateTimeFormat('it-IT', {
      timeZone: CITY_TIME_ZONE,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(`${periodStart}T12:00:00Z`))

    const rest = await app.rest('POST', `/api/threads/${id}/actions/deliver`, { token: fx.actors.enteAdmin.token })
    expect(rest.status).toBe(409)
    expect(rest.body.errors[0].message).toBe(`Il servizio inizia il ${startDay}: puoi segnarlo come erogato solo da quel giorno.`)

    const english = await app.rest('POST', `/api/threads/${id}/actions/deliver`, { token: fx.actors.enteAdmin.token, language: 'en' })
    expect(english.body.errors[0].message).toMatch(
      /^The service starts on \d+ \w+ \d{4}: you can mark it as delivered only from that day\.$/,
    )

    // Around the lifecycle: the thread's state is not written by an update.
    const patch = await app.rest('PATCH', `/api/threads/${id}`, { token: fx.actors.enteAdmin.token, body: { status: 'delivered' } })
    expect(patch.status).toBeGreaterThanOrEqual(400)

    const local = await refusal(act(app.payload, fx.actors.enteAdmin, id, 'deliver'))
    expect(local.status).toBe(409)
    expect(local.message).toContain(startDay)

    expect(await footprint(app.payload, id)).toEqual(before)
    expect((await threadOf(app.payload, id)).status).toBe('paid')
  })

  it('is allowed from midnight of the first day in the city’s time zone, not a minute before', async () => {
    const { id, periodStart } = await paidThread(2)
    const midnight = atLocalTime(periodStart, '00:00', CITY_TIME_ZONE).getTime()
    vi.useFakeTimers({ toFake: ['Date'] })

    // In UTC it is already the first day here only after midnight in Rome: one minute before, not yet.
    vi.setSystemTime(midnight - 60_000)
    const before = await footprint(app.payload, id)
    expect((await refusal(act(app.payload, fx.actors.enteAdmin, id, 'deliver'))).status).toBe(409)
    expect(await footprint(app.payload, id)).toEqual(before)

    vi.setSystemTime(midnight)
    const delivered = await act(app.payload, fx.actors.enteAdmin, id, 'deliver')
    expect(delivered.to).toBe('delivered')
  })
})
