import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runSql } from '../../lib/sql'
import { ACTIONS, type Action, THREAD_STATES, type ThreadState } from '../../collections/Threads/states'
import { LIFECYCLE, ruleFor } from '../../plugins/requests/lifecycle'
import type { Party } from '../../collections/Threads/parties'
import { startTestApp, type TestApp } from '../helpers/app'
import { refusal } from '../helpers/as'
import { type Actor, buildFixtures, type Fixtures } from '../helpers/fixtures'
import { act, footprint, quoteInput, sendRequest } from '../helpers/marketplace'

/**
 * The lifecycle of SPEC §4, written out here independently of the code's table: which party
 * may take which action from which state. The code's table must say exactly this, and every
 * other (state, action, party) must be refused with a clear message, changing nothing.
 */
const SPEC: Record<Action, Partial<Record<Party, ThreadState[]>>> = {
  quote: { ente: ['sent'] },
  requote: { ente: ['quoted'] },
  decline: { ente: ['sent', 'quoted'] },
  message: {
    citizen: ['sent', 'quoted', 'accepted', 'paid', 'delivered', 'disputed'],
    ente: ['sent', 'quoted', 'accepted', 'paid', 'delivered', 'disputed'],
    admin: ['disputed'],
  },
  accept: { citizen: ['quoted'] },
  checkout: { citizen: ['accepted'] },
  'pay-voucher': { citizen: ['accepted'] },
  'pay-voucher-agreed': { citizen: ['accepted'] },
  pay: { system: ['accepted', 'payment-expired'] },
  'release-checkout': { system: ['accepted', 'payment-expired', 'cancelled'] },
  'confirm-payment': { ente: ['accepted'] },
  cancel: { citizen: ['sent', 'quoted', 'accepted', 'paid'] },
  deliver: { ente: ['paid'], system: ['paid'] },
  review: { citizen: ['delivered'] },
  'close-review': { system: ['delivered'] },
  dispute: { citizen: ['paid', 'delivered'], admin: ['paid', 'delivered'] },
  resolve: { admin: ['disputed'] },
  refund: { admin: ['disputed'] },
  expire: { system: ['sent'] },
  'expire-quote': { system: ['quoted'] },
  'expire-payment': { system: ['accepted'] },
}

const PARTIES: Party[] = ['citizen', 'ente', 'admin', 'system']
const STATES = THREAD_STATES.map((state) => state.value)
const ACTION_NAMES = Object.keys(ACTIONS) as Action[]

let app: TestApp
let fx: Fixtures
const threadIn: Partial<Record<ThreadState, string>> = {}

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  for (const state of STATES) {
    const { threads } = await sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA], fx.districts.d1)
    const id = threads[0]!.id
    await act(app.payload, fx.actors.enteAdmin, id, 'quote', quoteInput())
    // A thread put straight into each state, as the starting point of every attempt.
    await runSql(app.payload, sql`UPDATE threads SET status = ${state} WHERE id = ${id}`)
    threadIn[state] = id
  }
})
afterAll(async () => app?.close())

const actorOf = (party: Party): Actor | 'system' =>
  party === 'system' ? 'system' : party === 'citizen' ? fx.actors.citizen : party === 'ente' ? fx.actors.enteAdmin : fx.actors.admin

describe('the transition table', () => {
  it('is the lifecycle of the specification, no more and no less', () => {
    for (const action of ACTION_NAMES) {
      for (const state of STATES) {
        for (const party of PARTIES) {
          const specified = (SPEC[action][party] ?? []).includes(state)
          expect(Boolean(ruleFor(action, state, party)), `${party} ${action} from ${state}`).toBe(specified)
        }
      }
    }
    expect(new Set(LIFECYCLE.map((rule) => rule.action))).toEqual(new Set(ACTION_NAMES))
  })

  for (const state of STATES) {
    for (const party of PARTIES) {
      it(`refuses, from ${state}, every action not in the table for the ${party}, changing nothing`, async () => {
        const id = threadIn[state]!
        const before = await footprint(app.payload, id)
        for (const action of ACTION_NAMES) {
          if ((SPEC[action][party] ?? []).includes(state)) continue
          const refused = await refusal(act(app.payload, actorOf(party), id, action, {}))
          expect([403, 409], `${party} ${action} from ${state}: ${refused.message}`).toContain(refused.status)
          expect(refused.message.length, `${party} ${action} from ${state}`).toBeGreaterThan(20)
        }
        expect(await footprint(app.payload, id)).toEqual(before)
      })
    }
  }

  it('hides every thread from people who are not its parties, whatever they try', async () => {
    const outsiders: Actor[] = [fx.extraActors.citizen2, fx.extraActors.enteAdminB, fx.actors.editor, fx.actors.operator]
    for (const state of STATES) {
      const id = threadIn[state]!
      const before = await footprint(app.payload, id)
      for (const outsider of outsiders) {
        for (const action of ACTION_NAMES) {
          expect((await refusal(act(app.payload, outsider, id, action, {}))).status).toBe(404)
        }
      }
      expect(await footprint(app.payload, id)).toEqual(before)
    }
  })

  it('answers an unknown action with a clear error', async () => {
    const refused = await refusal(act(app.payload, fx.actors.citizen, threadIn.sent!, 'teleport', {}))
    expect(refused.status).toBe(400)
    expect(refused.message).toContain('teleport')
  })

  it('explains refusals in English to an English request', async () => {
    const { applyTransition } = await import('../../plugins/requests/transition')
    const refused = await refusal(
      applyTransition(app.payload, {
        threadId: threadIn.sent!,
        action: 'review',
        as: { user: fx.actors.citizen.user as never },
        language: 'en',
      }),
    )
    expect(refused.message).toBe('You cannot write a review: the request is “Awaiting an answer”.')
  })
})
