import type { PayloadRequest } from 'payload'

import { type Bilingual, languageOf, type MessageKey } from './i18n'
import { type ActorKind, actorKinds } from './roles'
import { rejectField } from './validation'

/** Why a transition cannot happen now: a message, with the words that fill it when it needs some. */
export type Refusal = MessageKey | { key: MessageKey; vars: Record<string, string> }

export type Transition<State extends string, Context, Party extends string = ActorKind> = {
  from: State
  to: State
  /** Who may take it. The system (jobs, seed: no signed-in user) may take every transition. */
  by: readonly (Party | 'system')[]
  /** Returns the message explaining why the transition cannot happen now, if it cannot. */
  guard?: (context: Context) => Refusal | undefined
}

export type Workflow<State extends string, Context, Party extends string = ActorKind> = {
  initial: State
  /** Other states a party may create a record in, as a form filled in and sent at once (its checks still apply). */
  createdAs?: readonly State[]
  states: readonly { value: State; label: Bilingual }[]
  transitions: readonly Transition<State, Context, Party>[]
}

export const stateOptions = <State extends string>(workflow: Pick<Workflow<State, never>, 'states'>) =>
  workflow.states.map(({ value, label }) => ({ value, label }))

const stateLabel = <State extends string>(workflow: Pick<Workflow<State, never>, 'states'>, state: State, req: PayloadRequest): string => {
  return workflow.states.find((candidate) => candidate.value === state)?.label[languageOf(req)] ?? state
}

/**
 * Checks a change of state against the workflow's table and throws a localised validation
 * error on the status field when the actor may not take it. Returns nothing when the state
 * does not change or the change is allowed.
 */
export const assertTransition = <State extends string, Context, Party extends string = ActorKind>({
  workflow,
  from,
  to,
  context,
  req,
  collection,
  path,
  parties,
}: {
  workflow: Workflow<State, Context, Party>
  from: State | undefined
  to: State
  context: Context
  req: PayloadRequest
  collection: string
  path: string
  /** Who the actor is to this record, where the table names parties rather than roles (a record's two citizens). */
  parties?: readonly (Party | 'system')[]
}): void => {
  const fail = (key: MessageKey, vars?: Record<string, string>): never => rejectField(req, collection, path, key, vars)
  const actors = (parties ?? actorKinds(req.user)) as readonly (Party | 'system')[]

  if (from === undefined) {
    if (to !== workflow.initial && !workflow.createdAs?.includes(to) && !actors.includes('system')) {
      fail('initialStateOnly', { state: stateLabel(workflow, workflow.initial, req) })
    }
    return
  }
  if (from === to) return

  const transition = workflow.transitions.find(
    (candidate) =>
      candidate.from === from && candidate.to === to && (actors.includes('system') || candidate.by.some((actor) => actors.includes(actor))),
  )
  if (!transition) {
    fail('transitionNotAllowed', { from: stateLabel(workflow, from, req), to: stateLabel(workflow, to, req) })
    return
  }
  const refusal = transition.guard?.(context)
  if (typeof refusal === 'string') fail(refusal)
  else if (refusal) fail(refusal.key, refusal.vars)
}

/** A rule of a lifecycle table: an action a party may take from some states (a timed one has a `due` deadline). */
type TableRule<Action, State, Party> = { action: Action; from: readonly State[]; by: readonly Party[]; due?: unknown }

/**
 * The questions every lifecycle table answers: the rule for an action by a party from a state,
 * whether anyone may take the action from the state (to tell "not now" from "not you"), the
 * actions a party may try (what the interfaces offer), and the system's timed rule a state waits for.
 */
export const lookupsOf = <Action, State, Party, Rule extends TableRule<Action, State, Party>>(table: readonly Rule[]) => ({
  ruleFor: (action: Action, state: State, party: Party): Rule | undefined =>
    table.find((rule) => rule.action === action && rule.from.includes(state) && rule.by.includes(party)),
  actionExistsFrom: (action: Action, state: State): boolean => table.some((rule) => rule.action === action && rule.from.includes(state)),
  actionsFor: (state: State, party: Party): Action[] => [
    ...new Set(table.filter((rule) => rule.from.includes(state) && rule.by.includes(party)).map((rule) => rule.action)),
  ],
  timedRuleIn: (state: State): (Rule & Required<Pick<Rule, 'due'>>) | undefined =>
    table.find((rule): rule is Rule & Required<Pick<Rule, 'due'>> => rule.due !== undefined && rule.from.includes(state)),
})
