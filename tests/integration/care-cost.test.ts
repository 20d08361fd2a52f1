import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { closePayload } from '../../server/instance'
import { DOMESTIC_WORK_PAY_2026 } from '../../seed/data/domestic-work-pay'
import type { TestApp } from '../helpers/app'
import { createTestDatabase } from '../helpers/database'
import { buildFixtures, type Fixtures } from '../helpers/fixtures'

/**
 * The domestic-work cost simulator on the site's own Payload instance, over the year's table as
 * WeMi staff keep it: what a family reads for the contract it describes, and who may change the
 * table (WeMi admins only, a whole table or nothing).
 */
type Simulator = typeof import('../../site/src/lib/care-cost')
let app: TestApp
let fx: Fixtures
let simulator: Simulator
const savedUrl = process.env.DATABASE_URL
const TABLE = {
  ...DOMESTIC_WORK_PAY_2026,
  levels: [...DOMESTIC_WORK_PAY_2026.levels],
  contributionBands: [...DOMESTIC_WORK_PAY_2026.contributionBands],
}

beforeAll(async () => {
  const database = await createTestDatabase(inject('databaseServer'), inject('databaseRun'))
  process.env.DATABASE_URL = database.url
  app = await (await import('../helpers/app')).startTestApp(database)
  fx = await buildFixtures(app.payload, app.rest)
  simulator = await import('../../site/src/lib/care-cost')
})
afterAll(async () => {
  await closePayload(await (await import('../../site/src/lib/payload')).payload())
  process.env.DATABASE_URL = savedUrl
  await app?.close()
})

const simulate = (query: string) => simulator.simulateCost(new URL(`http://localhost/costo-lavoro-domestico?${query}`), 'it')
const saved = async () => (await app.rest('GET', '/api/globals/domestic-work-pay?depth=0')).body

describe('the domestic-work cost simulator', () => {
  it('says the figures are not published while no year’s table is', async () => {
    expect(await simulate('role=colf&hours=20')).toMatchObject({ table: null, cost: null })
  })

  it('lets only WeMi admins save the year’s table, whole, and refuses one without every level in the staff’s language', async () => {
    for (const actor of [fx.actors.enteAdmin, fx.actors.editor, fx.actors.citizen]) {
      const { status } = await app.rest('POST', '/api/globals/domestic-work-pay', { token: actor.token, body: TABLE })
      expect(status).toBe(403)
    }
    const { errors } = (
      await app.rest('POST', '/api/graphql', {
        token: fx.actors.enteAdmin.token,
        body: { query: 'mutation { updateDomesticWorkPay(data: { year: 2030 }) { year } }' },
      })
    ).body as { errors?: unknown[] }
    expect(errors?.length).toBeGreaterThan(0)
    expect((await saved()).year ?? null).toBeNull()

    const incomplete = await app.rest('POST', '/api/globals/domestic-work-pay', {
      token: fx.actors.admin.token,
      body: { ...TABLE, levels: TABLE.levels.slice(1) },
      language: 'it',
    })
    expect(incomplete.status).toBe(400)
    expect(JSON.stringify(incomplete.body)).toContain('Indica i minimi di ogni livello, una volta sola: A, AS, B, BS, C, CS, D, DS.')
    expect((await saved()).year ?? null).toBeNull()

    expect((await app.rest('POST', '/api/globals/domestic-work-pay', { token: fx.actors.admin.token, body: TABLE })).status).toBe(200)
    expect((await saved()).year).toBe(2026)
  })

  it('works out a year of each contract from the saved table, as the hand-computed figures say', async () => {
    expect((await simulate('role=colf&hours=20')).cost).toMatchObject({ yearlyCents: 984_536, monthlyAverageCents: 82_045 })
    expect((await simulate('role=babysitter&hours=10&children=0')).cost?.yearlyCents).toBe(518_891)
    expect((await simulate('role=babysitter&hours=10&children=1')).cost?.yearlyCents).toBe(569_716)
    // A live-in carer works the contract's 54 hours, whatever the form says.
    const liveIn = await simulate('role=badante-live-in&hours=7')
    expect(liveIn.contract).toMatchObject({ level: 'CS', liveIn: true })
    expect(liveIn.cost?.yearlyCents).toBe(1_978_550)
  })

  it('names the field of a number it cannot use, and works nothing out', async () => {
    for (const hours of ['0', '41', '2.5', 'tante']) {
      expect(await simulate(`role=colf&hours=${hours}`), hours).toMatchObject({
        errors: { hours: { text: 'Indica un numero intero di ore da 1 a 40.' } },
        cost: null,
      })
    }
    expect(await simulate('role=babysitter&hours=10&children=-1')).toMatchObject({
      errors: { children: { text: 'Indica un numero di bambini da 0 a 6.' } },
      cost: null,
    })
    // Hours left empty (as a live-in role leaves them) are the role's usual ones.
    expect((await simulate('role=colf&hours=')).contract).toMatchObject({ weeklyHours: 20 })
    // An unknown role is read as the first one, not refused.
    expect((await simulate('role=maggiordomo&hours=20')).values.role).toBe('colf')
  })
})
