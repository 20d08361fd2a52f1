import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import { NotFound, type Payload, type PayloadRequest, type TypedUser } from 'payload'

import { assistedByOf, mayActOnBehalf } from '../../lib/assistance'
import { type Language, languageOf, message, type MessageKey } from '../../lib/i18n'
import { isRecordId, relationId } from '../../lib/relations'
import { runSql } from '../../lib/sql'
import { inTransaction, localRequest } from '../../lib/transaction'
import type { Quote, Thread } from '../../payload-types'
import { recordAudit } from '../audit'
import type { NotificationKind } from '../../collections/Notifications/kinds'
import { notify } from '../notifications/notify'
import { partyOf } from '../../collections/Threads/parties'
import { ACTIONS, type Action, FINAL_STATES, isAction, stateLabel, type ThreadState } from '../../collections/Threads/states'
import { LIFECYCLE_CONTEXT } from '../../collections/Threads/writer'
import { readOnce, type ServiceFacts, type TransitionContext } from './context'
import { hasPassed } from './deadlines'
import { TransitionRefused } from './errors'
import { readInput } from './inputs'
import { actionExistsFrom, REQUEST_WIDE_ACTIONS, ruleFor } from './lifecycle'
import { loadSettings } from '../../globals/City/settings'
import { scheduleTimers } from './timers'
import { queueJob } from '../../lib/records'
import { GROUP_SETTLE_TASK } from '../sharing/slugs'

const refuse = (req: PayloadRequest, reason: MessageKey, vars?: Record<string, string>, status = 409): never => {
  throw new TransitionRefused(message(req, reason, vars), reason, status)
}

/** Who takes a transition: a signed-in person (citizen or staff), or the server itself (timers, payment events). */
export type TransitionActor = { user: TypedUser } | { system: true }

export type TransitionOutcome = { thread: Thread; from: ThreadState; to: ThreadState } & Record<string, unknown>

/**
 * Locks a thread for a transition and returns its state. Its request row is locked first:
 * alone by an action that also moves the request's other threads (an accept closes its
 * siblings), shared by any other. Transitions on different threads of one request then run
 * side by side but never beside an accept, and all take their locks in the same order.
 */
export const lockThread = async (
  payload: Payload,
  threadId: string,
  req: PayloadRequest,
  { requestWide = false }: { requestWide?: boolean } = {},
): Promise<ThreadState | null> => {
  if (!isRecordId(threadId)) return null
  const mode = sql.raw(requestWide ? 'FOR UPDATE' : 'FOR SHARE')
  const [request] = await runSql(
    payload,
    sql`SELECT id FROM requests WHERE id = (SELECT request_id FROM threads WHERE id = ${threadId}) ${mode}`,
    req,
  )
  if (!request) return null
  const [row] = await runSql<{ status: ThreadState }>(payload, sql`SELECT status FROM threads WHERE id = ${threadId} FOR UPDATE`, req)
  return row?.status ?? null
}

/** A thread's current quote, read on first use (only some deadlines depend on it). */
export const quoteReader = (payload: Payload, thread: Thread, req: PayloadRequest): (() => Promise<Quote | null>) =>
  readOnce(async () => {
    const id = relationId(thread.quote)
    return id ? payload.findByID({ collection: 'quotes', id, depth: 0, overrideAccess: true, req }) : null
  })

/** The few facts of a thread's service the lifecycle uses, read on first use. */
export const serviceReader = (payload: Payload, thread: Thread, req: PayloadRequest): (() => Promise<ServiceFacts>) =>
  readOnce(() =>
    payload.findByID({
      collection: 'services',
      id: relationId(thread.service)!,
      depth: 0,
      overrideAccess: true,
      select: { title: true, organisation: true, cancellationNoticeHours: true, acceptedVoucherSchemes: true, agreedPartWithVoucher: true },
      req,
    }),
  )

/**
 * Writes a thread's new state with its patch, then everything that follows from entering it:
 * the audit entry, the notifications and the timers (`quote` reads the quote the thread then
 * holds, `service` its service). Runs inside the transition's transaction.
 */
const enterState = async (
  context: Pick<TransitionContext, 'payload' | 'req' | 'now' | 'settings'>,
  thread: Thread,
  {
    to,
    action,
    patch = {},
    kinds,
    quote,
    service,
  }: {
    to: ThreadState
    action: Action | 'send'
    patch?: Partial<Thread>
    kinds: readonly NotificationKind[]
    quote: () => Promise<Quote | null>
    service: () => Promise<ServiceFacts>
  },
): Promise<Thread> => {
  const { payload, req, now } = context
  const from = thread.status as ThreadState
  const closes = from !== to && FINAL_STATES.includes(to)
  // The thread is locked and this is its only writer: its row is written straight through the
  // adapter, without the update operation's re-read of what was just read.
  const updated = (await payload.db.updateOne({
    collection: 'threads',
    id: thread.id,
    data: { ...patch, status: to, updatedAt: now.toISOString(), ...(closes ? { closedAt: now.toISOString() } : {}) },
    req,
  })) as unknown as Thread
  await recordAudit(req, { action: 'transition', collection: 'threads', documentId: thread.id, changes: { action, from, to } })
  for (const kind of kinds) await notify(req, kind, updated)
  await scheduleTimers(req, { thread: updated, quote, service, settings: context.settings, changed: from !== to || action === 'requote' })
  // A member's share of a shared group: the group may now start, or be over.
  const group = relationId(updated.group)
  if (group && from !== to) await queueJob(req, GROUP_SETTLE_TASK, { group })
  return updated
}

/**
 * Applies one action of the lifecycle table to a thread: in one transaction, with the thread
 * (and its request) locked, it checks the table, the rule's guard and deadlines and the
 * action's input, runs the rule's effect, moves the thread and records who did it. Anything refused or failing leaves nothing behind.
 */
export const applyTransition = async (
  payload: Payload,
  {
    threadId,
    action,
    as,
    input = {},
    language,
    req: outer,
  }: { threadId: string; action: string; as: TransitionActor; input?: Record<string, unknown>; language?: Language; req?: PayloadRequest },
): Promise<TransitionOutcome> => {
  const req = outer ?? (await localRequest(payload, { user: 'user' in as ? as.user : null, language }))
  if ('system' in as && req.user) throw new Error('A system transition cannot run on a signed-in request.')
  req.context[LIFECYCLE_CONTEXT] = true
  return inTransaction(req, async () => {
    if (!isAction(action)) refuse(req, 'unknownAction', { action }, 400)
    const locked = await lockThread(payload, threadId, req, { requestWide: REQUEST_WIDE_ACTIONS.includes(action as Action) })
    if (!locked) throw new NotFound(req.t)
    const thread = await payload.findByID({ collection: 'threads', id: threadId, depth: 0, overrideAccess: true, req })
    const party = partyOf(req.user, thread)
    // Someone else's thread does not exist for them.
    if (party === null) throw new NotFound(req.t)
    const state = thread.status as ThreadState
    const act = action as Action
    const language = languageOf(req)
    const rule = ruleFor(act, state, party)
    if (!rule) {
      const vars = { action: ACTIONS[act][language], state: stateLabel(state)[language] }
      if (actionExistsFrom(act, state)) refuse(req, 'actionNotYours', vars, 403)
      refuse(req, 'actionNotNow', vars)
    }
    if (assistedByOf(req.user) && !mayActOnBehalf(act, state)) refuse(req, 'actionNotOnBehalf', { action: ACTIONS[act][language] }, 403)
    const settings = await loadSettings(payload, req)
    const now = new Date()
    const context: TransitionContext = {
      req,
      payload,
      action: act,
      party,
      thread,
      quote: quoteReader(payload, thread, req),
      service: serviceReader(payload, thread, req),
      input,
      values: {},
      now,
      settings,
      language,
      moveSibling: async (sibling, to, kinds) => {
        const readers = { quote: quoteReader(payload, sibling, req), service: serviceReader(payload, sibling, req) }
        await enterState({ payload, req, now, settings }, sibling, { to, action: act, kinds, ...readers })
      },
    }
    const refusal = await rule!.guard?.(context)
    if (typeof refusal === 'string') refuse(req, refusal)
    else if (refusal) refuse(req, refusal.key, refusal.vars)
    if (rule!.until && hasPassed(await rule!.until.deadline(context), now)) refuse(req, rule!.until.refusal)
    if (rule!.due && !hasPassed(await rule!.due.deadline(context), now)) refuse(req, 'notYetDue')
    context.values = await readInput(context)
    const outcome = (await rule!.effect?.(context)) ?? {}
    const to = rule!.to ?? state
    const updated = await enterState(context, thread, {
      to,
      action: act,
      patch: outcome.patch,
      kinds: [...(rule!.notify ?? []), ...(outcome.notify ?? [])],
      // An effect that writes a new quote hands it over; otherwise the thread keeps its own.
      quote: outcome.quote ? async () => outcome.quote! : context.quote,
      service: context.service,
    })
    return { ...outcome.result, thread: updated, from: state, to }
  })
}

/**
 * What the ente reads a thread by, in its lists and wherever the thread is linked: who asked
 * for which service, "Giulia Rossi — Assistenza domiciliare", since enti cannot open the
 * citizen's own record. Names and titles are the Italian ones, written once when the thread opens.
 */
const threadTitles = async (req: PayloadRequest, citizen: string, services: { id: string }[]): Promise<Map<string, string>> => {
  // One after the other: both run on the request's transaction, which holds one connection.
  const person = await req.payload.findByID({
    collection: 'citizens',
    id: citizen,
    depth: 0,
    select: { firstName: true, lastName: true },
    req,
  })
  const catalogue = await req.payload.find({
    collection: 'services',
    where: { id: { in: services.map(({ id }) => id) } },
    depth: 0,
    select: { title: true },
    locale: 'it',
    pagination: false,
    req,
  })
  const name = [person.firstName, person.lastName].filter(Boolean).join(' ')
  return new Map(catalogue.docs.map((service) => [service.id, [name, service.title].filter(Boolean).join(' — ')]))
}

/**
 * Opens the threads of a new request, one per service asked, inside the request's own
 * transaction: each starts as sent, with its answer deadline and the ente notified.
 */
export const openThreads = async (
  req: PayloadRequest,
  {
    requestId,
    reference,
    citizen,
    services,
  }: { requestId: string; reference: string; citizen: string; services: { id: string; organisation: string }[] },
): Promise<Thread[]> => {
  const { payload } = req
  req.context[LIFECYCLE_CONTEXT] = true
  const settings = await loadSettings(payload, req)
  const now = new Date()
  const respondBy = new Date(now.getTime() + settings.responseDays * 24 * 60 * 60 * 1000).toISOString()
  const threads: Thread[] = []
  const titles = await threadTitles(req, citizen, services)
  for (const [index, service] of services.entries()) {
    const thread: Thread = {
      id: randomUUID(),
      reference: `${reference}-${index + 1}`,
      title: titles.get(service.id),
      status: 'sent',
      request: requestId,
      service: service.id,
      citizen,
      organisation: service.organisation,
      respondBy,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    }
    // Like a transition's own write: the request's hooks have checked everything a thread
    // holds, so the row is written through the adapter, without another round of validation,
    // hooks and a re-read of what is already known.
    const { id, ...data } = thread
    await payload.db.create({ collection: 'threads', customID: id, data, req, returning: false })
    await recordAudit(req, {
      action: 'transition',
      collection: 'threads',
      documentId: thread.id,
      changes: { action: 'send', from: null, to: 'sent' },
    })
    await notify(req, 'new-request', thread)
    await scheduleTimers(req, { thread, quote: async () => null, service: serviceReader(payload, thread, req), settings, changed: true })
    threads.push(thread)
  }
  return threads
}
