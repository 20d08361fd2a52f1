import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { groupHistoryAddress } from '../../components/admin/GroupHistory'
import { startTestApp, type TestApp } from '../helpers/app'
import { type Actor, buildFixtures, type Fixtures } from '../helpers/fixtures'
import { dayFromNow } from '../helpers/marketplace'
import { groupAct, groupInput, join, openAs, sharedService } from '../helpers/sharing'
import { dashboardTiles } from '../helpers/today-queues'

/**
 * Shared groups on the staff's side of the admin: the dashboard counts an ente's own groups
 * waiting for its confirmation, never another ente's, and WeMi every group still being formed;
 * each count leads to a list that holds exactly what it counted. WeMi reads a group's history
 * from the audit log with the names of who acted, which no ente may read.
 */
let app: TestApp
let fx: Fixtures

const groups: Record<'toConfirmA' | 'openA' | 'toConfirmB', string> = { toConfirmA: '', openA: '', toConfirmB: '' }

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  const serviceA = await sharedService(app.payload, fx)
  const serviceB = await sharedService(app.payload, fx, { organisation: fx.organisations.orgB, districts: [fx.districts.d1] })
  const { citizen, enteAdmin } = fx.actors
  const { citizen2 } = fx.extraActors
  const open = async (actor: Actor, service: string) => String((await openAs(app.payload, actor, groupInput(service, fx.districts.d1))).id)
  groups.toConfirmA = await open(citizen, serviceA)
  await join(app.payload, citizen2, groups.toConfirmA)
  groups.openA = await open(enteAdmin, serviceA)
  groups.toConfirmB = await open(citizen2, serviceB)
  await join(app.payload, citizen, groups.toConfirmB)
})
afterAll(async () => app?.close())

type Tile = { count: number; label: string; href: string }

/** The dashboard block as the person sees it: each tile's number, words and link. */
const queuesOf = async (actor: Actor): Promise<Tile[]> =>
  ((await dashboardTiles(app.payload, actor)) ?? []).map(({ figure, label, href }) => ({ count: Number(figure), label, href: href ?? '' }))

const tile = async (actor: Actor, label: string): Promise<Tile | undefined> =>
  (await queuesOf(actor)).find((found) => found.label === label)

/** What the list a tile links to holds for that person: the ids of its groups, through REST as the admin asks. */
const listed = async (actor: Actor, href: string): Promise<string[]> => {
  const query = href.split('?')[1]!
  const response = await app.rest('GET', `/api/groups?${query}&depth=0&limit=100`, { token: actor.token })
  expect(response.status).toBe(200)
  return (response.body.docs as { id: string }[]).map((doc) => doc.id).sort()
}

describe('shared groups on the staff’s dashboard', () => {
  it('counts for each ente its own groups waiting for its confirmation, next to its requests, never another ente’s', async () => {
    const tiles = await queuesOf(fx.actors.enteAdmin)
    expect(tiles.map(({ label }) => label).slice(0, 3)).toEqual([
      'Richieste in attesa di preventivo',
      'Preventivi che scadono entro dopodomani',
      'Gruppi da confermare',
    ])
    const mine = tiles.find(({ label }) => label === 'Gruppi da confermare')!
    expect(mine.count).toBe(1)
    expect(mine.href).toMatch(/^\/admin\/collections\/groups\?/)
    expect(await listed(fx.actors.enteAdmin, mine.href)).toEqual([groups.toConfirmA])
    expect((await tile(fx.actors.enteOperator, 'Gruppi da confermare'))?.count).toBe(1)

    // Another ente's group waiting for its answer is never counted as this one's.
    const theirs = (await tile(fx.extraActors.enteAdminB, 'Gruppi da confermare'))!
    expect(theirs.count).toBe(1)
    expect(await listed(fx.extraActors.enteAdminB, theirs.href)).toEqual([groups.toConfirmB])
    expect((await tile(fx.extraActors.enteAdminPending, 'Gruppi da confermare'))?.count).toBe(0)
  })

  it('counts for WeMi every group still being formed, whichever ente, and leads to all of them', async () => {
    const forming = (await tile(fx.actors.admin, 'Gruppi condivisi in formazione'))!
    expect(forming.count).toBe(3)
    expect(await listed(fx.actors.admin, forming.href)).toEqual(Object.values(groups).sort())
    // Nobody else is shown WeMi's count.
    expect(await tile(fx.actors.enteAdmin, 'Gruppi condivisi in formazione')).toBeUndefined()
    expect(await tile(fx.actors.editor, 'Gruppi condivisi in formazione')).toBeUndefined()
  })

  it('takes a group off the ente’s queue once it is confirmed, and off WeMi’s once it is no longer being formed', async () => {
    await groupAct(app.payload, fx.actors.enteAdmin, groups.toConfirmA, 'confirm', {
      startDate: dayFromNow(30),
      endDate: dayFromNow(60),
      units: 10,
    })
    expect((await tile(fx.actors.enteAdmin, 'Gruppi da confermare'))?.count).toBe(0)
    expect((await tile(fx.extraActors.enteAdminB, 'Gruppi da confermare'))?.count).toBe(1)
    expect((await tile(fx.actors.admin, 'Gruppi condivisi in formazione'))?.count).toBe(2)
  })
})

describe('a group’s history', () => {
  /** The query the group's panel makes for WeMi. */
  const history = (actor: Actor, groupId: string) => app.rest('GET', groupHistoryAddress(groupId), { token: actor.token })

  it('is read by WeMi as who did what, from which state to which', async () => {
    const { status, body } = await history(fx.actors.admin, groups.toConfirmA)
    expect(status).toBe(200)
    const lines = (body.docs as { actor?: { value: Record<string, unknown> }; changes: Record<string, unknown> }[]).map((entry) => ({
      who: entry.actor?.value,
      ...entry.changes,
    }))
    expect(lines).toEqual([
      { who: expect.objectContaining({ firstName: 'Mario', lastName: 'Rossi' }), action: 'open', from: null, to: 'open' },
      { who: expect.objectContaining({ firstName: 'Laura', lastName: 'Bianchi' }), action: 'join', from: 'open', to: 'awaiting-ente' },
      { who: expect.objectContaining({ name: 'enteAdmin' }), action: 'confirm', from: 'awaiting-ente', to: 'confirmed' },
    ])
    // Only the names: nothing else of the citizens' records comes with it.
    const given = Object.keys(lines[0]!.who as object).filter((key) => key !== 'id' && key !== 'collection')
    expect(given.sort()).toEqual(['firstName', 'lastName'])
  })

  it('is not the ente’s to read, through REST or GraphQL', async () => {
    const rest = await history(fx.actors.enteAdmin, groups.toConfirmA)
    expect(rest.status).toBe(403)
    const graphql = await app.rest('POST', '/api/graphql', {
      token: fx.actors.enteAdmin.token,
      body: { query: `{ AuditLogs(where: { documentId: { equals: "${groups.toConfirmA}" } }) { docs { id } } }` },
    })
    expect(graphql.body.data?.AuditLogs ?? null).toBeNull()
  })
})
