import { describe, expect, it } from 'vitest'

import { accreditation } from '../../collections/Organisations/accreditation'
import { validation } from '../../collections/Services/validation'
import type { Workflow } from '../../lib/workflow'

/** The tables themselves: every transition names known states and actors, none repeats. */
const checkTable = (name: string, workflow: Workflow<string, never>, actors: string[]) =>
  describe(`${name} table`, () => {
    const states = workflow.states.map((state) => state.value)

    it('starts in a known state and moves only between known states', () => {
      expect(states).toContain(workflow.initial)
      for (const transition of workflow.transitions) {
        expect(states).toContain(transition.from)
        expect(states).toContain(transition.to)
        expect(transition.from).not.toBe(transition.to)
        for (const actor of transition.by) expect(actors).toContain(actor)
      }
    })

    it('lists each move once', () => {
      const moves = workflow.transitions.map((transition) => `${transition.from}→${transition.to}`)
      expect(new Set(moves).size).toBe(moves.length)
    })

    it('labels every state in Italian and English', () => {
      for (const state of workflow.states) {
        expect(state.label.it).toBeTruthy()
        expect(state.label.en).toBeTruthy()
      }
    })
  })

checkTable('accreditation', accreditation as Workflow<string, never>, ['admin', 'ente-admin'])
checkTable('service validation', validation as Workflow<string, never>, ['admin', 'ente-admin'])

describe('who may move what', () => {
  it('lets only WeMi accredit, suspend or revoke an organisation', () => {
    for (const transition of accreditation.transitions.filter((t) => ['accredited', 'suspended', 'revoked', 'to-correct'].includes(t.to))) {
      expect(transition.by).toEqual(['admin'])
    }
  })

  it('lets only WeMi publish, suspend or archive a service', () => {
    for (const transition of validation.transitions.filter((t) => ['published', 'suspended', 'archived'].includes(t.to))) {
      expect(transition.by).toEqual(['admin'])
    }
  })

  it('makes revoked organisations final', () => {
    expect(accreditation.transitions.filter((t) => t.from === 'revoked')).toEqual([])
  })
})
