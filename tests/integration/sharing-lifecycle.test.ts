import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { GROUP_ACTIONS, GROUP_STATES, type GroupAction, type GroupState } from '../../collections/Groups/states'
import { DAY_MS } from '../../lib/dates'
import { runSql } from '../../lib/sql'
import { GROUP_LIFECYCLE, groupRuleFor } from '../../plugins/sharing/lifecycle'
import { GROUP_PARTIES, type GroupParty } from '../../plugins/sharing/parties'
import { applyGroupAction } from '../../plugins/sharing/transition'
import { startTestApp, type TestApp } from '../helpers/app'
import { refusal } from '../helpers/as'
import { type Actor, buildFixtures, type Fixtures } from '../helpers/fixtures'
import { act, dayFromNow, threadOf } from '../helpers/marketplace'
import { groupAct, groupFootprint, groupInput, groupOf, join, membersOf, newFamily, openAs, sharedService } from '../helpers/sharing'

/**
 * The group lifecycle of the design, written out here independently of the code's table: which
 * party may take which action from which state. The code's table must say exactly this, and
 * every other (state, action, party) must be refused with a clear message, changing nothing.
 */
const SPEC: Record<GroupAction, Partial<Record<GroupParty, GroupState[]>>> = {
  join: { visitor: ['open', 'awaiting-ente'] },
  leave: { member: ['open', 'awaiting-ente', 'confirmed', 'active'], organiser: ['open', 'awaiting-ente', 'confirmed', 'active'] },
  'remove-member': { organiser: ['open', 'awaiting-ente'], admin: ['open', 'awaiting-ente'] },
  confirm: { ente: ['awaiting-ente'] },
  decline: { ente: ['awaiting-ente'] },
  message: {
    member: ['open', 'awaiting-ente', 'deciding', 'confirmed', 'active'],
    organiser: ['open', 'awaiting-ente', 'deciding', 'confirmed', 'active'],
    ente: ['open', 'awaiting-ente', 'deciding', 'confirmed', 'active'],
    admin: ['open', 'awaiting-ente', 'deciding', 'confirmed', 'active'],
  },
  deadline: { system: ['open'] },
  'go-ahead': { member: ['deciding'], organiser: ['deciding'] },
  refuse: { member: ['deciding'], organiser: ['deciding'] },
  dissolve: { system: ['deciding'] },
  expire: { system: ['awaiting-ente'] },
  release: { system: ['confirmed', 'active'] },
  activate: { system: ['confirmed'] },
  complete: { system: ['active'] },
  close: { admin: ['open', 'awaiting-ente', 'deciding'] },
}

const STATES = GROUP_STATES.map((state) => state.value)
const ACTION_NAMES = Object.keys(GROUP_ACTIONS) as GroupAction[]

let app: TestApp
let fx: Fixtures
let service: string
let visitor: Actor
const groupIn: Partial<Record<GroupState, string>> = {}

const open = (overrides: Record<string, unknown> = {}) =>
  openAs(app.payload, fx.actors.citizen, groupInput(service, fx.districts.d1, overrides))
const setStatus = (id: string, state: GroupState) => runSql(app.payload, sql`UPDATE groups SET status = ${state} WHERE id = ${id}`)

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  service = await sharedService(app.payload, fx)
  visitor = await newFamily(app.payload, 'Sara', 'Verdi')
  for (const state of STATES) {
    // The organiser (citizen 1) and one member (citizen 2), put straight into each state.
    const group = await open({ minMembers: 3 })
    await join(app.payload, fx.extraActors.citizen2, group.id)
    await setStatus(group.id, state)
    groupIn[state] = group.id
  }
})
afterEach(() => vi.useRealTimers())
afterAll(async () => app?.close())

const actorOf = (party: GroupParty): Actor | 'system' =>
  ({
    organiser: fx.actors.citizen,
    member: fx.extraActors.citizen2,
    visitor,
    ente: fx.actors.enteAdmin,
    admin: fx.actors.admin,
    system: 'system' as const,
  })[party]

describe('the group lifecycle table', () => {
  it('is the lifecycle of the design, no more and no less', () => {
    for (const action of ACTION_NAMES) {
      for (const state of STATES) {
        for (const party of GROUP_PARTIES) {
          const specified = (SPEC[action][party] ?? []).includes(state)
          expect(Boolean(groupRuleFor(action, state, party)), `${party} ${action} from ${state}`).toBe(specified)
        }
      }
    }
    expect(new Set(GROUP_LIFECYCLE.map((rule) => rule.action))).toEqual(new Set(ACTION_NAMES))
  })

  for (const state of STATES) {
    for (const party of GROUP_PARTIES) {
      it(`refuses, from ${state}, every action not in the table for the ${party}, changing nothing`, async () => {
        const id = groupIn[state]!
        const before = await groupFootprint(app.payload, id)
        for (const action of ACTION_NAMES) {
          if ((SPEC[action][party] ?? []).includes(state)) continue
          const refused = await refusal(groupAct(app.payload, actorOf(party), id, action, {}))
          expect([403, 409], `${party} ${action} from ${state}: ${refused.message}`).toContain(refused.status)
          expect(refused.message.length, `${party} ${action} from ${state}`).toBeGreaterThan(20)
        }
        expect(await groupFootprint(app.payload, id)).toEqual(before)
      })
    }
  }

  it('hides the private side of every group from people who are not its parties, whatever they try', async () => {
    const outsiders: Actor[] = [fx.extraActors.enteAdminB, fx.actors.editor, fx.actors.operator]
    for (const state of STATES) {
      const id = groupIn[state]!
      const before = await groupFootprint(app.payload, id)
      for (const outsider of outsiders) {
        for (const action of ACTION_NAMES) expect((await refusal(groupAct(app.payload, outsider, id, action, {}))).status).toBe(404)
      }
      expect(await groupFootprint(app.payload, id)).toEqual(before)
    }
  })

  it('answers an unknown action with a clear error, and refusals in English to an English request', async () => {
    const unknown = await refusal(groupAct(app.payload, fx.actors.citizen, groupIn.open!, 'teleport'))
    expect(unknown.status).toBe(400)
    expect(unknown.message).toContain('teleport')
    const english = await refusal(
      applyGroupAction(app.payload, {
        groupId: groupIn['awaiting-ente']!,
        action: 'confirm',
        as: { user: fx.actors.citizen.user as never },
        language: 'en',
      }),
    )
    expect(english.message).toBe('It is not for you to confirm the group (the group is “Awaiting the organisation’s confirmation”).')
    const italian = await refusal(groupAct(app.payload, fx.actors.citizen, groupIn.completed!, 'message', { body: 'Ciao' }))
    expect(italian.message).toBe('Non è possibile scrivere al gruppo: il gruppo è nello stato «Concluso».')
  })
})

const statusOf = async (id: string) => (await groupOf(app.payload, id)).status
const notifications = async (group: string, kind: string) =>
  (
    await app.payload.count({
      collection: 'notifications',
      where: { and: [{ group: { equals: group } }, { kind: { equals: kind } }] },
      overrideAccess: true,
    })
  ).totalDocs
const auditActions = async (group: string) =>
  (
    await runSql<{ action: string }>(
      app.payload,
      sql`SELECT changes->>'action' AS action FROM audit_log WHERE document_id = ${group} ORDER BY created_at, id`,
    )
  ).map((row) => row.action)

describe('each rule of the table', () => {
  it('opens a group with its organiser as first member, at the price for one family', async () => {
    const group = await open()
    expect(group).toMatchObject({ status: 'open', memberCount: 1, priceCents: 1800, minMembers: 2, maxMembers: 4 })
    expect(group.reference).toMatch(/^G-\d{4}-\d{6}$/)
    expect(group.title).toBe('Babysitter condivisa — Municipio 1')
    expect(await auditActions(group.id)).toEqual(['open'])
  })

  it('lets families join at the price for the size with them, asking the ente once the minimum is reached, until the group is full', async () => {
    const group = await open({ minMembers: 3 })
    const second = await join(app.payload, fx.extraActors.citizen2, group.id)
    expect(second).toMatchObject({ from: 'open', to: 'open', group: { memberCount: 2, priceCents: 1500 } })
    expect(await notifications(group.id, 'group-member-joined')).toBe(1)
    const third = await join(app.payload, visitor, group.id)
    expect(third).toMatchObject({ from: 'open', to: 'awaiting-ente', group: { memberCount: 3, priceCents: 1200 } })
    expect(await notifications(group.id, 'group-minimum-reached')).toBe(1)
    const fourth = await join(app.payload, await newFamily(app.payload), group.id)
    expect(fourth).toMatchObject({ from: 'awaiting-ente', to: 'awaiting-ente', group: { memberCount: 4, priceCents: 1000 } })
    const before = await groupFootprint(app.payload, group.id)
    const full = await refusal(join(app.payload, await newFamily(app.payload), group.id))
    expect(full).toMatchObject({ status: 409, message: 'Il gruppo è al completo: non ci sono più posti.' })
    expect(await groupFootprint(app.payload, group.id)).toEqual(before)
  })

  it('refuses a join at a price that is no longer the group’s, or with no address, or after the joining day', async () => {
    const group = await open()
    const before = await groupFootprint(app.payload, group.id)
    const family = await newFamily(app.payload)
    const stale = await refusal(groupAct(app.payload, family, group.id, 'join', { address: { street: 'Via Padova 3' }, priceCents: 1800 }))
    expect(stale).toMatchObject({
      status: 409,
      message: 'Il prezzo è cambiato: ora è 15,00 € a famiglia. Controlla e conferma il nuovo prezzo.',
    })
    const noAddress = await refusal(groupAct(app.payload, family, group.id, 'join', { priceCents: 1500 }))
    expect(noAddress.status).toBe(400)
    expect(noAddress.errors).toEqual([{ path: 'street', message: 'Indica l’indirizzo dove si svolge il servizio.' }])
    await runSql(app.payload, sql`UPDATE groups SET join_by = ${dayFromNow(-1)} WHERE id = ${group.id}`)
    const late = await refusal(join(app.payload, family, group.id))
    expect(late.message).toBe('Le adesioni a questo gruppo sono chiuse.')
    await runSql(app.payload, sql`UPDATE groups SET join_by = ${groupInput('', '').joinBy} WHERE id = ${group.id}`)
    expect(await groupFootprint(app.payload, group.id)).toEqual(before)
  })

  it('lets a family leave for free before confirmation, and come back later', async () => {
    const group = await open()
    await join(app.payload, fx.extraActors.citizen2, group.id)
    expect(await statusOf(group.id)).toBe('awaiting-ente')
    const left = await groupAct(app.payload, fx.extraActors.citizen2, group.id, 'leave')
    expect(left).toMatchObject({ to: 'open', group: { memberCount: 1, priceCents: 1800, minimumReachedAt: null } })
    const back = await join(app.payload, fx.extraActors.citizen2, group.id)
    expect(back).toMatchObject({ to: 'awaiting-ente', group: { memberCount: 2 } })
    const { totalDocs } = await app.payload.count({
      collection: 'group-members',
      where: { group: { equals: group.id } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(2)
  })

  it('asks the members to decide when a family leaves below the minimum after the joining day', async () => {
    const group = await open()
    await join(app.payload, fx.extraActors.citizen2, group.id)
    await runSql(app.payload, sql`UPDATE groups SET join_by = ${dayFromNow(-1)} WHERE id = ${group.id}`)
    const left = await groupAct(app.payload, fx.extraActors.citizen2, group.id, 'leave')
    expect(left.to).toBe('deciding')
    expect(left.group.decideBy).toBeTruthy()
    expect(await notifications(group.id, 'group-decide')).toBe(1)
  })

  it('lets the organiser and WeMi remove a family before confirmation, never the organiser itself', async () => {
    const group = await open()
    const { member } = await join(app.payload, fx.extraActors.citizen2, group.id)
    const { member: other } = await join(app.payload, visitor, group.id)
    const own = (
      await app.payload.find({
        collection: 'group-members',
        where: { citizen: { equals: fx.citizens.citizen1 }, group: { equals: group.id } },
        overrideAccess: true,
      })
    ).docs[0]!
    expect((await refusal(groupAct(app.payload, fx.actors.citizen, group.id, 'remove-member', { member: own.id }))).message).toContain(
      'può uscire',
    )
    expect(
      (await refusal(groupAct(app.payload, fx.actors.citizen, group.id, 'remove-member', { member: fx.citizens.citizen2 }))).status,
    ).toBe(404)
    const removed = await groupAct(app.payload, fx.actors.citizen, group.id, 'remove-member', { member, reason: 'Abita lontano.' })
    expect(removed.group.memberCount).toBe(2)
    await groupAct(app.payload, fx.actors.admin, group.id, 'remove-member', { member: other })
    expect(await groupOf(app.payload, group.id)).toMatchObject({ memberCount: 1, status: 'open' })
  })

  it('carries messages to every other member and the ente', async () => {
    const group = await open()
    await join(app.payload, fx.extraActors.citizen2, group.id)
    await groupAct(app.payload, fx.actors.citizen, group.id, 'message', { body: 'Ci vediamo lunedì?' })
    await groupAct(app.payload, fx.actors.enteAdmin, group.id, 'message', { body: 'La babysitter si chiama Anna.' })
    await groupAct(app.payload, fx.actors.admin, group.id, 'message', { body: 'Buongiorno da WeMi.' })
    const { docs } = await app.payload.find({
      collection: 'group-messages',
      where: { group: { equals: group.id } },
      sort: 'createdAt',
      overrideAccess: true,
    })
    expect(docs.map((message) => [message.authorName, message.authorParty])).toEqual([
      ['Mario R.', 'member'],
      ['Ente orgA', 'ente'],
      ['WeMi', 'admin'],
    ])
    // The organiser's message reaches citizen 2 and the ente; the ente's and WeMi's both members.
    expect(await notifications(group.id, 'group-message-for-members')).toBe(1 + 2 + 2)
    expect(await notifications(group.id, 'group-message-for-ente')).toBe(2)
    const empty = await refusal(groupAct(app.payload, fx.actors.citizen, group.id, 'message', { body: '  ' }))
    expect(empty.errors).toEqual([{ path: 'body', message: 'Scrivi il testo del messaggio.' }])
  })

  it('lets the ente decline, with its reason, telling the members that nothing was charged', async () => {
    const group = await open()
    await join(app.payload, fx.extraActors.citizen2, group.id)
    const declined = await groupAct(app.payload, fx.actors.enteAdmin, group.id, 'decline', { reason: 'Nessuna babysitter libera.' })
    expect(declined).toMatchObject({ to: 'declined', group: { note: 'Nessuna babysitter libera.' } })
    expect(declined.group.closedAt).toBeTruthy()
    expect(await notifications(group.id, 'group-declined')).toBe(2)
    expect(await groupFootprint(app.payload, group.id)).toMatchObject({ requests: 0, threads: 0 })
  })

  it('lets WeMi close a group being formed, with a reason', async () => {
    const group = await open()
    expect((await refusal(groupAct(app.payload, fx.actors.admin, group.id, 'close', { reason: 'no' }))).status).toBe(400)
    const closed = await groupAct(app.payload, fx.actors.admin, group.id, 'close', { reason: 'Aperto per errore dal cittadino.' })
    expect(closed).toMatchObject({ to: 'dissolved', group: { note: 'Aperto per errore dal cittadino.' } })
    expect(await notifications(group.id, 'group-dissolved')).toBe(1)
  })

  it('confirms: one accepted request per family with a quote of its share, its price for the period’s hours, never above the price it accepted', async () => {
    const group = await open()
    await join(app.payload, fx.extraActors.citizen2, group.id)
    await join(app.payload, visitor, group.id)
    const before = await groupFootprint(app.payload, group.id)
    const bad = await refusal(
      groupAct(app.payload, fx.actors.enteAdmin, group.id, 'confirm', { startDate: dayFromNow(20), endDate: dayFromNow(10), units: 10 }),
    )
    expect(bad.errors).toEqual([{ path: 'endDate', message: 'La data di fine deve essere uguale o successiva a quella di inizio.' }])
    // The quantity each family pays for: a whole number of hours, at least one.
    for (const units of [undefined, 0, 2.5, -3, 'molte', 2001]) {
      const refused = await refusal(
        groupAct(app.payload, fx.actors.enteAdmin, group.id, 'confirm', { startDate: dayFromNow(20), endDate: dayFromNow(60), units }),
      )
      expect(refused.errors, String(units)).toEqual([{ path: 'units', message: 'Indica un numero intero da 1 a 2000.' }])
    }
    expect(await groupFootprint(app.payload, group.id)).toEqual(before)
    const confirmed = await groupAct(app.payload, fx.actors.enteAdmin, group.id, 'confirm', {
      startDate: dayFromNow(20),
      endDate: dayFromNow(60),
      units: '24',
    })
    expect(confirmed).toMatchObject({ to: 'confirmed', group: { startDate: expect.stringContaining(dayFromNow(20)), units: 24 } })
    const members = await membersOf(app.payload, group.id)
    // Accepted: 18 € (alone), 15 € (two), 12 € (three) an hour; all pay the price for three, for 24 hours.
    expect(members.map((member) => member.acceptedPriceCents)).toEqual([1800, 1500, 1200])
    for (const member of members) {
      const thread = await threadOf(app.payload, member.thread as string)
      expect(thread).toMatchObject({ status: 'accepted', group: group.id, citizen: member.citizen })
      const quote = await app.payload.findByID({ collection: 'quotes', id: thread.quote as string, overrideAccess: true })
      expect(quote).toMatchObject({ amountCents: 1200 * 24, periodStart: expect.stringContaining(dayFromNow(20)) })
      const request = await app.payload.findByID({ collection: 'requests', id: thread.request as string, overrideAccess: true, depth: 0 })
      expect(request).toMatchObject({
        group: group.id,
        citizen: member.citizen,
        period: { days: ['mon', 'wed'], timeBands: ['afternoon'] },
      })
    }
    expect(await notifications(group.id, 'group-confirmed')).toBe(3)
  })

  it('after confirmation, leaving cancels the family’s own thread; once paid, only within the service’s notice', async () => {
    const group = await open()
    await join(app.payload, fx.extraActors.citizen2, group.id)
    await join(app.payload, visitor, group.id)
    // The service starts today: its 48 hours of notice have passed.
    await groupAct(app.payload, fx.actors.enteAdmin, group.id, 'confirm', { startDate: dayFromNow(0), endDate: dayFromNow(30), units: 10 })
    const threadOfMember = async (actor: Actor) =>
      (
        await app.payload.find({
          collection: 'group-members',
          where: { group: { equals: group.id }, citizen: { equals: (actor.user as { id: string }).id } },
          overrideAccess: true,
          depth: 0,
        })
      ).docs[0]!.thread as string
    const visitorThread = await threadOfMember(visitor)
    const left = await groupAct(app.payload, visitor, group.id, 'leave', { reason: 'Cambio di programma.' })
    expect(left).toMatchObject({ from: 'confirmed', to: 'confirmed', group: { memberCount: 2 } })
    expect(await threadOf(app.payload, visitorThread)).toMatchObject({ status: 'cancelled', note: 'Cambio di programma.' })
    const paidThread = await threadOfMember(fx.extraActors.citizen2)
    await act(app.payload, fx.actors.enteAdmin, paidThread, 'confirm-payment', { method: 'other' })
    const before = await groupFootprint(app.payload, group.id)
    const late = await refusal(groupAct(app.payload, fx.extraActors.citizen2, group.id, 'leave'))
    expect(late.message).toContain('Il preavviso per annullare con rimborso è passato')
    expect(await groupFootprint(app.payload, group.id)).toEqual(before)
    expect((await threadOf(app.payload, paidThread)).status).toBe('paid')
  })

  it('starts once every family has paid or is out, and completes once every family has had the service', async () => {
    const { runDueJobs } = await import('../../lib/jobs')
    const group = await open()
    await join(app.payload, fx.extraActors.citizen2, group.id)
    await join(app.payload, visitor, group.id)
    await groupAct(app.payload, fx.actors.enteAdmin, group.id, 'confirm', { startDate: dayFromNow(0), endDate: dayFromNow(0), units: 10 })
    const members = await membersOf(app.payload, group.id)
    const [first, second, third] = members.map((member) => member.thread as string)
    expect((await refusal(groupAct(app.payload, 'system', group.id, 'activate'))).message).toBe(
      'Il gruppo si avvia quando ogni famiglia ha pagato la sua quota o ha rinunciato.',
    )
    await act(app.payload, fx.actors.enteAdmin, first!, 'confirm-payment', { method: 'other' })
    await act(app.payload, fx.actors.enteAdmin, second!, 'confirm-payment', { method: 'other' })
    await runDueJobs(app.payload)
    expect(await statusOf(group.id)).toBe('confirmed')
    // The third family cancels its share from its own request: it is out of the group, as if it had left it.
    await act(app.payload, visitor, third!, 'cancel')
    await runDueJobs(app.payload)
    expect(await groupOf(app.payload, group.id)).toMatchObject({ status: 'active', memberCount: 2 })
    expect((await membersOf(app.payload, group.id)).map((member) => member.status)).toEqual(['active', 'active', 'left'])
    expect((await refusal(groupAct(app.payload, 'system', group.id, 'release'))).message).toBe(
      'Nessuna famiglia ha annullato la sua quota: il gruppo resta com’è.',
    )
    await act(app.payload, fx.actors.enteAdmin, first!, 'deliver')
    await runDueJobs(app.payload)
    expect(await statusOf(group.id)).toBe('active')
    await act(app.payload, fx.actors.enteAdmin, second!, 'deliver')
    await runDueJobs(app.payload)
    expect(await groupOf(app.payload, group.id)).toMatchObject({ status: 'completed', closedAt: expect.any(String) })
    expect(await auditActions(group.id)).toEqual(['open', 'join', 'join', 'confirm', 'release', 'activate', 'complete'])
  })

  it('dissolves at the joining deadline a group nobody joined, and asks the members of one below its minimum', async () => {
    const empty = await openAs(app.payload, fx.actors.enteAdmin, groupInput(service, fx.districts.d2, { address: undefined }))
    const small = await open()
    expect(empty.memberCount).toBe(0)
    expect((await refusal(groupAct(app.payload, 'system', small.id, 'deadline'))).message).toBe('La scadenza non è ancora arrivata.')
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 11 * DAY_MS)
    expect((await groupAct(app.payload, 'system', empty.id, 'deadline')).to).toBe('dissolved')
    const deciding = await groupAct(app.payload, 'system', small.id, 'deadline')
    expect(deciding.to).toBe('deciding')
    expect(await notifications(small.id, 'group-decide')).toBe(1)
  })

  it('goes ahead below the minimum only when every member accepts the price for the actual size, then asks the ente', async () => {
    const group = await open({ minMembers: 3 })
    await join(app.payload, fx.extraActors.citizen2, group.id)
    await setStatus(group.id, 'deciding')
    const stale = await refusal(groupAct(app.payload, fx.actors.citizen, group.id, 'go-ahead', { priceCents: 1200 }))
    expect(stale.message).toContain('15,00 €')
    const first = await groupAct(app.payload, fx.actors.citizen, group.id, 'go-ahead', { priceCents: 1500 })
    expect(first).toMatchObject({ to: 'deciding', waiting: 1 })
    const second = await groupAct(app.payload, fx.extraActors.citizen2, group.id, 'go-ahead', { priceCents: 1500 })
    expect(second.to).toBe('awaiting-ente')
    expect(second.group.minimumReachedAt).toBeTruthy()
    expect(await notifications(group.id, 'group-to-confirm')).toBe(1)
    const docs = await membersOf(app.payload, group.id)
    // The organiser had accepted 18 € alone: it keeps that; citizen 2 raised 15 € to 15 €.
    expect(docs.map((member) => [member.acceptedPriceCents, member.goAhead])).toEqual([
      [1800, true],
      [1500, true],
    ])
  })

  it('dissolves when a member refuses, when the decision deadline passes, or when the ente never answers', async () => {
    const refused = await open()
    await join(app.payload, fx.extraActors.citizen2, refused.id)
    await setStatus(refused.id, 'deciding')
    expect((await groupAct(app.payload, fx.extraActors.citizen2, refused.id, 'refuse')).to).toBe('dissolved')

    const undecided = await open()
    await runSql(
      app.payload,
      sql`UPDATE groups SET status = 'deciding', decide_by = ${new Date(Date.now() + DAY_MS).toISOString()} WHERE id = ${undecided.id}`,
    )
    expect((await refusal(groupAct(app.payload, 'system', undecided.id, 'dissolve'))).status).toBe(409)
    const unanswered = await open()
    await join(app.payload, fx.extraActors.citizen2, unanswered.id)
    expect((await refusal(groupAct(app.payload, 'system', unanswered.id, 'expire'))).status).toBe(409)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 6 * DAY_MS)
    expect((await groupAct(app.payload, 'system', undecided.id, 'dissolve')).to).toBe('dissolved')
    expect((await groupAct(app.payload, 'system', unanswered.id, 'expire')).to).toBe('dissolved')
    expect(await notifications(unanswered.id, 'group-dissolved')).toBe(2)
    for (const id of [refused.id, undecided.id, unanswered.id]) {
      expect(await groupFootprint(app.payload, id)).toMatchObject({ requests: 0, threads: 0 })
    }
  })
})
