import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runDueJobs } from '../../lib/jobs'
import { TransitionRefused } from '../../plugins/requests/errors'
import { priceForSize } from '../../plugins/sharing/price'
import { applyGroupAction } from '../../plugins/sharing/transition'
import { groupView } from '../../plugins/sharing/view'
import { startTestApp, type TestApp } from '../helpers/app'
import { refusal } from '../helpers/as'
import { type Actor, buildFixtures, createVoucher, type Fixtures, TAX_CODES } from '../helpers/fixtures'
import { act, dayFromNow } from '../helpers/marketplace'
import { groupAct, groupInput, groupOf, join, membersOf, newFamily, openAs, SHARED_PRICES, sharedService } from '../helpers/sharing'

let app: TestApp
let fx: Fixtures
let service: string
const table = { priceCents: 1800, sharedPrices: SHARED_PRICES }

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  service = await sharedService(app.payload, fx)
})
afterAll(async () => app?.close())

/** A group the ente opens, with nobody in it yet. */
const enteGroup = (overrides: Record<string, unknown> = {}) =>
  openAs(app.payload, fx.actors.enteAdmin, groupInput(service, fx.districts.d1, { address: undefined, ...overrides }))

/** What a family's browser does: join at the price it reads, and read it again if it changed meanwhile. */
const joinAsABrowserWould = async (family: Actor, groupId: string): Promise<{ joined: boolean; message?: string; tries: number }> => {
  for (let tries = 1; ; tries += 1) {
    try {
      await join(app.payload, family, groupId)
      return { joined: true, tries }
    } catch (error) {
      if (!(error instanceof TransitionRefused)) throw error
      if (error.reason !== 'groupPriceChanged') return { joined: false, message: error.message, tries }
    }
  }
}

describe('shared groups under concurrency', () => {
  it('lets exactly 4 of 30 families joining at once into a group of at most 4, and tells the other 26 it is full', async () => {
    const group = await enteGroup()
    const families = await Promise.all(Array.from({ length: 30 }, () => newFamily(app.payload)))
    const started = performance.now()
    const outcomes = await Promise.all(families.map((family) => joinAsABrowserWould(family, group.id)))
    const elapsed = performance.now() - started
    const joined = outcomes.filter((outcome) => outcome.joined)
    const refused = outcomes.filter((outcome) => !outcome.joined)
    expect(joined).toHaveLength(4)
    expect(refused).toHaveLength(26)
    expect(new Set(refused.map((outcome) => outcome.message))).toEqual(new Set(['Il gruppo è al completo: non ci sono più posti.']))
    const members = await membersOf(app.payload, group.id)
    expect(members.filter((member) => member.status === 'active')).toHaveLength(4)
    expect(await groupOf(app.payload, group.id)).toMatchObject({ memberCount: 4, priceCents: 1000, status: 'awaiting-ente' })
    // Each family accepted the price for the group with it: 18 €, 15 €, 12 €, 10 €.
    expect(members.map((member) => member.acceptedPriceCents).sort((a, b) => b - a)).toEqual([1800, 1500, 1200, 1000])
    console.info(
      `30 concurrent joins of a group of at most 4: ${joined.length} joined, ${refused.length} refused as full, ` +
        `${outcomes.reduce((sum, outcome) => sum + outcome.tries, 0)} attempts in ${Math.round(elapsed)} ms`,
    )
  })

  it('takes each member’s payment once when two members pay their shares at the same time, twice each', async () => {
    const group = await openAs(app.payload, fx.actors.citizen, groupInput(service, fx.districts.d1))
    await join(app.payload, fx.extraActors.citizen2, group.id)
    await groupAct(app.payload, fx.actors.enteAdmin, group.id, 'confirm', { startDate: dayFromNow(10), endDate: dayFromNow(40), units: 10 })
    const voucher = (code: string, holder: string) => createVoucher(app.payload, code, holder)
    const vouchers = {
      [fx.citizens.citizen1]: await voucher('GRUPPO-1', TAX_CODES.citizen1),
      [fx.citizens.citizen2]: await voucher('GRUPPO-2', TAX_CODES.citizen2),
    }
    const members = await membersOf(app.payload, group.id)
    const actorOf = (citizen: string) => (citizen === fx.citizens.citizen1 ? fx.actors.citizen : fx.extraActors.citizen2)
    const attempts = members.flatMap((member) => {
      const citizen = member.citizen as string
      const pay = () => act(app.payload, actorOf(citizen), member.thread as string, 'pay-voucher', { voucher: vouchers[citizen] })
      return [pay(), pay()]
    })
    const settled = await Promise.allSettled(attempts)
    expect(settled.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(2)
    for (const member of members) {
      const { docs: payments } = await app.payload.find({
        collection: 'payments',
        where: { thread: { equals: member.thread } },
        overrideAccess: true,
      })
      // 15 € an hour for the period's 10 hours.
      expect(payments.map((payment) => [payment.status, payment.amountCents])).toEqual([['succeeded', 15_000]])
      const spent = await app.payload.findByID({ collection: 'vouchers', id: vouchers[member.citizen as string]!, overrideAccess: true })
      expect(spent.amountCents - (spent.spentCents ?? 0)).toBe(20_000 - 15_000)
    }
    await runDueJobs(app.payload)
    expect((await groupOf(app.payload, group.id)).status).toBe('active')
  })

  it('never charges a family more than the price it accepted, whatever the order of joins and departures, and keeps size and price true to the members', async () => {
    const families = await Promise.all(Array.from({ length: 6 }, () => newFamily(app.payload)))
    const step = fc.record({ family: fc.integer({ min: 0, max: 5 }), move: fc.constantFrom('join', 'leave', 'join-at-old-price') })
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), fc.integer({ min: 2, max: 4 }), async (steps, minMembers) => {
        const group = await enteGroup({ minMembers, maxMembers: 4 })
        for (const { family, move } of steps) {
          const actor = families[family]!
          const before = await groupOf(app.payload, group.id)
          try {
            if (move === 'leave') await groupAct(app.payload, actor, group.id, 'leave')
            else if (move === 'join') await join(app.payload, actor, group.id)
            else {
              // A price read before the last change: refused unless it happens to be the same.
              const offered = priceForSize(table, before.memberCount)
              await groupAct(app.payload, actor, group.id, 'join', { address: { street: 'Via Padova 9' }, priceCents: offered })
            }
          } catch (error) {
            if (!(error instanceof TransitionRefused)) throw error
            expect(await groupOf(app.payload, group.id)).toEqual(before)
          }
          const now = await groupOf(app.payload, group.id)
          const active = (await membersOf(app.payload, group.id)).filter((member) => member.status === 'active')
          expect(now.memberCount).toBe(active.length)
          expect(now.priceCents).toBe(priceForSize(table, Math.max(active.length, 1)))
          expect(now.status).toBe(active.length >= minMembers ? 'awaiting-ente' : 'open')
        }
        if ((await groupOf(app.payload, group.id)).status !== 'awaiting-ente') return
        await groupAct(app.payload, fx.actors.enteAdmin, group.id, 'confirm', {
          startDate: dayFromNow(10),
          endDate: dayFromNow(20),
          units: 10,
        })
        const active = (await membersOf(app.payload, group.id)).filter((member) => member.status === 'active')
        for (const member of active) {
          const thread = await app.payload.findByID({ collection: 'threads', id: member.thread as string, depth: 1, overrideAccess: true })
          // The quote is for the period's 10 hours: its price an hour is what the family pays.
          const charged = (thread.quote as { amountCents: number }).amountCents / 10
          expect(charged).toBeLessThanOrEqual(member.acceptedPriceCents)
          expect(charged).toBe(Math.min(member.acceptedPriceCents, priceForSize(table, active.length)!))
        }
      }),
      { numRuns: 30 },
    )
  })

  it('answers a stale price with the current one, in the family’s language', async () => {
    const group = await enteGroup()
    const view = await groupView(app.payload, group.id, null, 'en')
    expect(view?.group.joinPrice).toBe('€18.00')
    const refused = await refusal(
      applyGroupAction(app.payload, {
        groupId: group.id,
        action: 'join',
        as: { user: (await newFamily(app.payload)).user as never },
        input: { address: { street: 'Via Padova 1' }, priceCents: 1000 },
        language: 'en',
      }),
    )
    expect(refused.message).toBe('The price has changed: it is now €18.00 per family. Check and confirm the new price.')
  })
})
