import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Party } from '../../collections/Threads/parties'
import type { Action, ThreadState } from '../../collections/Threads/states'
import { runSql } from '../../lib/sql'
import { ACTION_INPUTS, type InputField } from '../../plugins/requests/inputs'
import { LIFECYCLE } from '../../plugins/requests/lifecycle'
import { startTestApp, type TestApp } from '../helpers/app'
import { refusal } from '../helpers/as'
import { type Actor, buildFixtures, type Fixtures } from '../helpers/fixtures'
import { act, footprint, quoteInput, sendRequest, threadOf } from '../helpers/marketplace'

/**
 * Every action's input definition is what its effect enforces: what it calls required is
 * refused when missing, its lengths are its limits, and what it calls optional may be left out.
 * The cases are derived from the definitions, for the first state and person each action has.
 */
let app: TestApp
let fx: Fixtures

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})
afterAll(async () => app?.close())

type Case = { action: Action; party: Exclude<Party, 'system'>; state: ThreadState }

const CASES: Case[] = (Object.keys(ACTION_INPUTS) as Action[]).flatMap((action) => {
  const rule = LIFECYCLE.find((candidate) => candidate.action === action && candidate.by.some((party) => party !== 'system'))
  const party = rule?.by.find((candidate) => candidate !== 'system')
  return rule && party ? [{ action, party, state: rule.from[0]! }] : []
})

const actorOf = (party: Case['party']): Actor =>
  party === 'citizen' ? fx.actors.citizen : party === 'ente' ? fx.actors.enteAdmin : fx.actors.admin

/** A thread with a current quote, put straight into the state. */
const threadIn = async (state: ThreadState): Promise<string> => {
  const { threads } = await sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA], fx.districts.d1)
  const id = threads[0]!.id
  await act(app.payload, fx.actors.enteAdmin, id, 'quote', quoteInput())
  await runSql(app.payload, sql`UPDATE threads SET status = ${state} WHERE id = ${id}`)
  return id
}

/** A text of a given length. */
const text = (length: number) => 'Testo di prova. '.repeat(Math.ceil(length / 16)).slice(0, length)

/** An input every definition accepts: each text as long as it may be, the best score. */
const validInput = (action: Action): Record<string, unknown> => {
  const fields = ACTION_INPUTS[action]!.fields
  return Object.fromEntries(
    fields.flatMap((field): [string, unknown][] => {
      if (field.kind === 'text') return [[field.name, text(field.maxLength)]]
      if (field.kind === 'score') return [[field.name, field.max]]
      // A first quote and its update ask for the same things.
      return action === 'quote' || action === 'requote'
        ? [[field.name, quoteInput()[field.name as keyof ReturnType<typeof quoteInput>]]]
        : []
    }),
  )
}

const textFields = (action: Action) =>
  ACTION_INPUTS[action]!.fields.filter((field): field is Extract<InputField, { kind: 'text' }> => field.kind === 'text')

describe('the input of each action, as its definition says', () => {
  for (const { action, party, state } of CASES.filter(({ action }) => textFields(action).length > 0 || action === 'review')) {
    it(`${action} (${party}, from ${state}): refuses what is missing, short or long, and takes the rest`, async () => {
      const refusedCases: [string, Record<string, unknown>][] = []
      for (const field of ACTION_INPUTS[action]!.fields) {
        const without = { ...validInput(action), [field.name]: undefined }
        if (field.required) refusedCases.push([`${field.name} missing`, without])
        if (field.kind === 'text') {
          refusedCases.push([`${field.name} too long`, { ...validInput(action), [field.name]: text(field.maxLength + 1) }])
          if (field.minLength)
            refusedCases.push([`${field.name} too short`, { ...validInput(action), [field.name]: text(field.minLength - 1) }])
        }
        if (field.kind === 'score')
          refusedCases.push([`${field.name} out of range`, { ...validInput(action), [field.name]: field.max + 1 }])
      }
      const id = await threadIn(state)
      const before = await footprint(app.payload, id)
      for (const [what, input] of refusedCases) {
        const refused = await refusal(act(app.payload, actorOf(party), id, action, input))
        expect(refused.status, `${action}: ${what}`).toBe(400)
        expect(
          refused.errors.map((error) => error.path),
          `${action}: ${what}`,
        ).toContain(what.split(' ')[0])
      }
      expect(await footprint(app.payload, id)).toEqual(before)

      await act(app.payload, actorOf(party), await threadIn(state), action, validInput(action))
      const optional = Object.fromEntries(
        Object.entries(validInput(action)).filter(([name]) => ACTION_INPUTS[action]!.fields.find((field) => field.name === name)!.required),
      )
      await act(app.payload, actorOf(party), await threadIn(state), action, optional)
    })
  }

  it('keeps the reason a resident gives for cancelling, for the ente to read', async () => {
    for (const state of ['sent', 'quoted', 'accepted'] as const) {
      const id = await threadIn(state)
      await act(app.payload, fx.actors.citizen, id, 'cancel', { reason: 'Abbiamo trovato una vicina che ci aiuta.' })
      const thread = await threadOf(app.payload, id)
      expect(thread.status).toBe('cancelled')
      expect(thread.note, state).toBe('Abbiamo trovato una vicina che ci aiuta.')
    }
  })

  it('refuses a message longer than a message may be, whatever the form allowed', async () => {
    const id = await threadIn('sent')
    const refused = await refusal(act(app.payload, fx.actors.citizen, id, 'message', { body: text(4001) }))
    expect(refused.status).toBe(400)
    expect(refused.errors[0]!.message).toContain('4000')
  })
})
