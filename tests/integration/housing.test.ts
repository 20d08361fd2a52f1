import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { HOUSING_ACTIONS, HOUSING_STATES, type HousingAction, type HousingState } from '../../collections/HousingApplications/states'
import { addDays, DAY_MS } from '../../lib/dates'
import { runSql } from '../../lib/sql'
import type { HousingApplication } from '../../payload-types'
import { applyHousingAction, type HousingActor } from '../../plugins/housing/act'
import { ErasureRefused, eraseCitizen } from '../../plugins/privacy/erasure'
import { HOUSING_RULES, ruleFor } from '../../plugins/housing/lifecycle'
import { startTestApp, type TestApp } from '../helpers/app'
import { as, refusal } from '../helpers/as'
import { runJobsAtMoment } from '../helpers/clock'
import { type Actor, buildFixtures, type Fixtures } from '../helpers/fixtures'
import { applyForHousing, housingDay, newHousingUnit } from '../helpers/housing'

/**
 * Temporary social housing: a household applies to an ente, the ente offers a unit and dates,
 * the household accepts, moves in, asks for more time and leaves. One table decides every
 * move (plugins/housing/lifecycle.ts); the database refuses a unit held twice on one day.
 */
let app: TestApp
let fx: Fixtures
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})
afterAll(async () => app?.close())

const day = housingDay
const newUnit = (overrides: Record<string, unknown> = {}) => newHousingUnit(app.payload, fx, overrides)
const apply = (citizen: Actor = fx.actors.citizen) => applyForHousing(app.payload, fx, citizen)

const read = (id: string): Promise<HousingApplication> =>
  app.payload.findByID({ collection: 'housing-applications', id, depth: 0, overrideAccess: true })

const asEnte = (): HousingActor => ({ user: fx.actors.enteAdmin.user as never })
const asCitizen = (): HousingActor => ({ user: fx.actors.citizen.user as never })

const act = (applicationId: string, action: string, as: HousingActor, input: Record<string, unknown> = {}) =>
  applyHousingAction(app.payload, { applicationId, action, as, input })

/** An offer of a fresh unit from today for a month, which the household can move into at once. */
const offerNow = async (id: string) => act(id, 'offer', asEnte(), { unit: await newUnit(), startsOn: day(0), endsOn: day(30) })

describe('applying and offering', () => {
  it('files an application as submitted for the household itself, whatever the caller sends', async () => {
    const id = String(
      (
        await app.payload.create({
          collection: 'housing-applications',
          data: {
            organisation: fx.organisations.orgA,
            citizen: fx.citizens.citizen2,
            reason: 'eviction',
            adults: 2,
            children: 0,
            situation: 'Sfratto esecutivo per fine locazione, senza una casa dove andare.',
            wantedFrom: day(5),
            wantedMonths: 2,
            status: 'staying',
            unit: await newUnit(),
            startsOn: day(0),
            endsOn: day(60),
          } as never,
          ...as(fx.actors.citizen),
        })
      ).id,
    )
    expect(await read(id)).toMatchObject({ citizen: fx.citizens.citizen1, status: 'submitted', unit: null, startsOn: null, filedBy: null })
  })

  it('refuses an application to an ente that offers no housing, with the reason in the applicant’s language', async () => {
    const before = (await app.payload.count({ collection: 'housing-applications', overrideAccess: true })).totalDocs
    const failure = await refusal(
      app.payload.create({
        collection: 'housing-applications',
        data: {
          organisation: fx.organisations.orgB,
          reason: 'eviction',
          adults: 1,
          children: 0,
          situation: 'Sfratto esecutivo per fine locazione, senza una casa dove andare.',
          wantedFrom: day(5),
          wantedMonths: 2,
        } as never,
        ...as(fx.actors.citizen),
      }),
    )
    expect(failure.errors).toEqual([
      expect.objectContaining({ path: 'organisation', message: expect.stringContaining('non offre alloggi') }),
    ])
    expect((await app.payload.count({ collection: 'housing-applications', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('gives one unit to one of 20 concurrent offers for overlapping dates, and refuses the other 19 with nothing written', async () => {
    const unit = await newUnit()
    const applications = await Promise.all(Array.from({ length: 20 }, () => apply()))
    const outcomes = await Promise.allSettled(
      applications.map((id, index) => act(id, 'offer', asEnte(), { unit, startsOn: day(7 + (index % 5)), endsOn: day(40 + index) })),
    )
    const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected')
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1)
    expect(refused).toHaveLength(19)
    for (const { reason } of refused) {
      expect(reason).toMatchObject({ reason: 'housingUnitTaken', status: 409 })
      expect(reason.message).toContain('già assegnato o proposto')
    }
    const holding = await runSql<{ n: string }>(
      app.payload,
      sql`SELECT count(*) AS n FROM housing_applications WHERE unit_id = ${unit} AND status IN ('offered', 'accepted', 'staying')`,
    )
    expect(Number(holding[0]!.n)).toBe(1)
    const states = await Promise.all(applications.map(read))
    expect(states.filter((application) => application.status === 'submitted' && application.unit === null)).toHaveLength(19)
    // The same unit is free again from the day the held stay ends.
    const held = states.find((application) => application.status === 'offered')!
    const next = await apply()
    await act(next, 'offer', asEnte(), { unit, startsOn: held.endsOn!.slice(0, 10), endsOn: addDays(held.endsOn!.slice(0, 10), 30) })
    expect((await read(next)).status).toBe('offered')
  })

  it('checks an offer against the unit: its ente, its size, its longest stay and the calendar', async () => {
    const id = await apply()
    const cases: [Record<string, unknown>, string][] = [
      [{ unit: await newUnit(), startsOn: day(-1), endsOn: day(20) }, 'housingStartPast'],
      [{ unit: await newUnit(), startsOn: day(10), endsOn: day(5) }, 'housingDatesInvalid'],
      [{ unit: await newUnit({ places: 2 }), startsOn: day(1), endsOn: day(20) }, 'housingTooSmall'],
      [{ unit: await newUnit({ maxMonths: 1 }), startsOn: day(1), endsOn: day(60) }, 'housingTooLong'],
      [{ unit: 'nessuno', startsOn: day(1), endsOn: day(20) }, 'housingUnitNotYours'],
    ]
    for (const [input, reason] of cases) {
      expect(await act(id, 'offer', asEnte(), input).catch((error) => error)).toMatchObject({ reason, status: 400 })
    }
    expect(await read(id)).toMatchObject({ status: 'submitted', unit: null })
  })
})

describe('the stay', () => {
  it('goes from offer to departure, with an extension asked for and granted', async () => {
    const id = await apply()
    await offerNow(id)
    await act(id, 'accept', asCitizen())
    await act(id, 'move-in', asEnte())
    // Six months at most in this unit: a longer extension is refused, a shorter one granted.
    const tooLate = await refusal(act(id, 'request-extension', asCitizen(), { until: day(240) }))
    expect(tooLate.message).toMatch(/non oltre il/)
    await act(id, 'request-extension', asCitizen(), { until: day(60) })
    expect((await refusal(act(id, 'request-extension', asCitizen(), { until: day(70) }))).message).toContain('già una richiesta')
    await act(id, 'grant-extension', asEnte())
    expect(await read(id)).toMatchObject({ status: 'staying', endsOn: `${day(60)}T00:00:00.000Z`, extensionUntil: null })
    await act(id, 'depart', asEnte(), { on: day(0) })
    expect(await read(id)).toMatchObject({ status: 'ended', endsOn: `${day(0)}T00:00:00.000Z` })
  })

  it('refuses an extension onto days the unit is already promised to someone else, changing nothing', async () => {
    const unit = await newUnit()
    const [staying, next] = [await apply(), await apply(fx.extraActors.citizen2)]
    await act(staying, 'offer', asEnte(), { unit, startsOn: day(0), endsOn: day(30) })
    await act(staying, 'accept', asCitizen())
    await act(staying, 'move-in', asEnte())
    await act(next, 'offer', asEnte(), { unit, startsOn: day(30), endsOn: day(90) })
    await act(staying, 'request-extension', asCitizen(), { until: day(45) })
    const failure = await refusal(act(staying, 'grant-extension', asEnte()))
    expect(failure).toMatchObject({ status: 409 })
    expect(await read(staying)).toMatchObject({ endsOn: `${day(30)}T00:00:00.000Z`, extensionUntil: `${day(45)}T00:00:00.000Z` })
  })

  it('gives the unit back when an offer is not answered in three days, once', async () => {
    const id = await apply()
    await offerNow(id)
    const { offerExpiresAt } = await read(id)
    expect(Date.parse(offerExpiresAt!) - Date.now()).toBeGreaterThan(3 * DAY_MS - 60_000)
    await runJobsAtMoment(app.payload, Date.parse(offerExpiresAt!) - 60_000)
    expect((await read(id)).status).toBe('offered')
    await runJobsAtMoment(app.payload, Date.parse(offerExpiresAt!) + 60_000)
    expect(await read(id)).toMatchObject({ status: 'submitted', unit: null, offerExpiresAt: null })
    // Past its time, the household can no longer accept.
    expect((await refusal(act(id, 'accept', asCitizen()))).message).toContain('«Accetta la proposta» non è possibile ora')
  })
})

/** Inputs that satisfy each action's checks on an application that has just reached its state. */
const INPUTS: Partial<Record<HousingAction, (id: string) => Promise<Record<string, unknown>>>> = {
  offer: async () => ({ unit: await newUnit(), startsOn: day(0), endsOn: day(30) }),
  refuse: async () => ({ reason: 'Non abbiamo posti adatti a un nucleo di tre persone.' }),
  'withdraw-offer': async () => ({ reason: 'L’alloggio deve essere ristrutturato.' }),
  'refuse-extension': async () => ({ reason: 'L’alloggio è promesso a un’altra famiglia.' }),
  'request-extension': async () => ({ until: day(45) }),
  depart: async () => ({ on: day(0) }),
}
/** The steps that bring a new application to each state. */
const PATHS: Record<HousingState, [HousingAction, () => HousingActor][]> = {
  submitted: [],
  offered: [['offer', asEnte]],
  accepted: [
    ['offer', asEnte],
    ['accept', asCitizen],
  ],
  staying: [
    ['offer', asEnte],
    ['accept', asCitizen],
    ['move-in', asEnte],
  ],
  ended: [
    ['offer', asEnte],
    ['accept', asCitizen],
    ['move-in', asEnte],
    ['depart', asEnte],
  ],
  refused: [['refuse', asEnte]],
  withdrawn: [['withdraw', asCitizen]],
}
const inState = async (state: HousingState, { pendingExtension = false } = {}) => {
  const id = await apply()
  for (const [action, actor] of PATHS[state]) await act(id, action, actor(), (await INPUTS[action]?.(id)) ?? {})
  if (pendingExtension) await act(id, 'request-extension', asCitizen(), { until: day(45) })
  return id
}
const PARTIES = {
  citizen: asCitizen,
  ente: asEnte,
  system: (): HousingActor => ({ system: true }),
} as const

describe('the lifecycle table', () => {
  it('lets each party take exactly the actions its row allows, from every state', async () => {
    const unchanged = new Map<HousingState, string>()
    for (const { value: state } of HOUSING_STATES) unchanged.set(state, await inState(state))
    let allowed = 0
    for (const { value: state } of HOUSING_STATES) {
      for (const { value: action } of HOUSING_ACTIONS) {
        for (const [party, actor] of Object.entries(PARTIES) as [keyof typeof PARTIES, () => HousingActor][]) {
          if (ruleFor(action, state, party)) {
            allowed += 1
            const id = await inState(state, { pendingExtension: ['grant-extension', 'refuse-extension'].includes(action) })
            const outcome = await act(id, action, actor(), (await INPUTS[action]?.(id)) ?? {}).catch((error) => error)
            // A timed action is the table's to take, but only once its time has come.
            if (action === 'expire-offer') expect(outcome.reason).toBe('notYetDue')
            else
              expect(outcome, `${party} ${action} from ${state}`).toMatchObject({
                from: state,
                to: ruleFor(action, state, party)!.to ?? state,
              })
          } else {
            const id = unchanged.get(state)!
            const before = await read(id)
            const outcome = await act(id, action, actor(), (await INPUTS[action]?.(id)) ?? {}).catch((error) => error)
            expect(outcome.reason, `${party} ${action} from ${state}`).toMatch(/^housingAction(NotNow|NotYours)$/)
            expect(await read(id)).toEqual(before)
          }
        }
      }
    }
    expect(allowed).toBe(HOUSING_RULES.reduce((sum, rule) => sum + rule.from.length * rule.by.length, 0))
  })

  it('keeps strangers out: another household or another ente learns nothing, not even that it exists', async () => {
    const id = await inState('offered')
    const before = await read(id)
    for (const stranger of [fx.extraActors.citizen2, fx.extraActors.enteAdminB]) {
      const outcome = await act(id, 'withdraw', { user: stranger.user as never }).catch((error) => error)
      expect(outcome.status).toBe(404)
      const byRest = await app.rest('POST', `/api/housing-applications/${id}/actions/accept`, { token: stranger.token, body: {} })
      expect(byRest.status).toBe(404)
      expect((await app.rest('GET', `/api/housing-applications/${id}`, { token: stranger.token })).status).toBe(404)
      const byGraphql = await app.rest('POST', '/api/graphql', {
        token: stranger.token,
        body: { query: `{ HousingApplication(id: "${id}") { situation } }` },
      })
      expect(byGraphql.body.data?.HousingApplication ?? null).toBeNull()
    }
    expect(await read(id)).toEqual(before)
  })
})

describe('access to units', () => {
  it('shows visitors the units in the catalogue, and each ente only its own, shown or not', async () => {
    const [shown, hidden] = [await newUnit(), await newUnit({ published: false })]
    const idsFor = async (token?: string) =>
      ((await app.rest('GET', '/api/housing-units?limit=500&depth=0', { token })).body.docs as { id: string }[]).map(({ id }) => id)
    expect(await idsFor()).toContain(shown)
    expect(await idsFor()).not.toContain(hidden)
    expect(await idsFor(fx.actors.citizen.token)).not.toContain(hidden)
    expect(await idsFor(fx.actors.enteAdmin.token)).toEqual(expect.arrayContaining([shown, hidden]))
    expect(await idsFor(fx.extraActors.enteAdminB.token)).not.toContain(shown)
    const byGraphql = await app.rest('POST', '/api/graphql', {
      token: fx.extraActors.enteAdminB.token,
      body: { query: `{ HousingUnit(id: "${hidden}") { name } }` },
    })
    expect(byGraphql.body.data?.HousingUnit ?? null).toBeNull()
  })

  it('offers the ente in the admin the actions of the table, and a stranger none', async () => {
    const id = await apply()
    const view = await app.rest('GET', `/api/housing-applications/${id}/view`, { token: fx.actors.enteAdmin.token })
    expect(view.body.actions.map(({ action }: { action: string }) => action)).toEqual(['offer', 'refuse'])
    expect(view.body.units.length).toBeGreaterThan(0)
    for (const stranger of [fx.extraActors.enteAdminB, fx.extraActors.citizen2]) {
      expect((await app.rest('GET', `/api/housing-applications/${id}/view`, { token: stranger.token })).status).toBe(404)
    }
    expect((await app.rest('GET', `/api/housing-applications/${id}/view`)).status).toBe(401)
  })
})

describe('access to applications', () => {
  it('keeps the account of a household living in or about to enter a unit until the stay ends', async () => {
    const id = await inState('accepted')
    const failure = await eraseCitizen(app.payload, fx.citizens.citizen1, 'it').catch((error) => error)
    expect(failure).toBeInstanceOf(ErasureRefused)
    expect(failure.stays).toEqual(expect.arrayContaining([expect.objectContaining({ id, status: 'accepted' })]))
    expect((await read(id)).status).toBe('accepted')
    expect(await app.payload.findByID({ collection: 'citizens', id: fx.citizens.citizen1, depth: 0 })).toBeTruthy()
  })

  it('lets nobody edit an application through the API: every change is an action of the lifecycle', async () => {
    const id = await inState('offered')
    const before = await read(id)
    for (const actor of [fx.actors.citizen, fx.actors.enteAdmin, fx.actors.admin]) {
      const patched = await app.rest('PATCH', `/api/housing-applications/${id}`, {
        token: actor.token,
        body: { status: 'staying', endsOn: day(300), situation: 'cambiata' },
      })
      expect(patched.status).toBe(403)
      const byGraphql = await app.rest('POST', '/api/graphql', {
        token: actor.token,
        body: { query: `mutation { updateHousingApplication(id: "${id}", data: { situation: "cambiata" }) { id } }` },
      })
      expect(byGraphql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    }
    expect(await read(id)).toEqual(before)
  })

  it('shows the household’s situation to the ente it applied to, and records that it was read', async () => {
    const id = await apply()
    const response = await app.rest('GET', `/api/housing-applications/${id}`, { token: fx.actors.enteAdmin.token })
    expect(response.status).toBe(200)
    expect(response.body.situation).toContain('Incendio')
    const reads = await runSql<{ n: string }>(
      app.payload,
      sql`SELECT count(*) AS n FROM audit_log WHERE action = 'read' AND collection = 'housing-applications' AND document_id = ${id}`,
    )
    expect(Number(reads[0]!.n)).toBeGreaterThan(0)
  })
})
