import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { daysFromToday } from '../../lib/dates'
import { CITY_TIME_ZONE } from '../../seed/cities'
import { runSql } from '../../lib/sql'
import type { Thread } from '../../payload-types'
import { applyTransition } from '../../plugins/requests/transition'
import type { Actor } from './fixtures'

/** A calendar day some days from today, in the city's zone. */
export const dayFromNow = (days: number): string => daysFromToday(days, CITY_TIME_ZONE)

export const quoteInput = (overrides: Record<string, unknown> = {}) => ({
  amountCents: 12_000,
  validUntil: dayFromNow(10),
  periodStart: dayFromNow(14),
  periodEnd: dayFromNow(20),
  days: ['mon', 'wed'],
  timeBands: ['morning'],
  conditions: 'Due ore a visita.',
  ...overrides,
})

export const requestInput = (services: string[], district: string, overrides: Record<string, unknown> = {}) => ({
  services,
  beneficiary: { name: 'Anna Rossi', relationship: 'parent', birthYear: 1940 },
  address: { street: 'Via Padova 12', postcode: '20127', district },
  period: { start: dayFromNow(14), end: dayFromNow(60), days: ['mon', 'wed'], timeBands: ['morning'] },
  notes: 'Mia madre ha bisogno di aiuto per la spesa.',
  ...overrides,
})

/** Sends a request as a citizen (Local API with their user, access applied) and returns its threads. */
export const sendRequest = async (
  payload: Payload,
  citizen: Actor,
  services: string[],
  district: string,
  overrides: Record<string, unknown> = {},
) => {
  const request = await payload.create({
    collection: 'requests',
    data: requestInput(services, district, overrides) as never,
    user: citizen.user as never,
    overrideAccess: false,
    depth: 0,
  })
  const { docs } = await payload.find({
    collection: 'threads',
    where: { request: { equals: request.id } },
    depth: 0,
    sort: 'reference',
    overrideAccess: true,
  })
  return { request, threads: docs }
}

/** Takes an action on a thread as a person, or as the system. */
export const act = (payload: Payload, actor: Actor | 'system', threadId: string, action: string, input: Record<string, unknown> = {}) =>
  applyTransition(payload, {
    threadId,
    action,
    as: actor === 'system' ? { system: true } : { user: actor.user as never },
    input,
  })

export const threadOf = (payload: Payload, id: string): Promise<Thread> =>
  payload.findByID({ collection: 'threads', id, depth: 0, overrideAccess: true })

/** How many rows a thread has in each table a transition may write. */
export const footprint = async (payload: Payload, threadId: string) => {
  const [row] = await runSql<Record<string, unknown>>(
    payload,
    sql`SELECT
      (SELECT row_to_json(t)::text FROM threads t WHERE t.id = ${threadId}) AS thread,
      (SELECT count(*) FROM quotes WHERE thread_id = ${threadId})::int AS quotes,
      (SELECT count(*) FROM messages WHERE thread_id = ${threadId})::int AS messages,
      (SELECT count(*) FROM payments WHERE thread_id = ${threadId})::int AS payments,
      (SELECT count(*) FROM reviews WHERE thread_id = ${threadId})::int AS reviews,
      (SELECT count(*) FROM notifications WHERE thread_id = ${threadId})::int AS notifications,
      (SELECT count(*) FROM voucher_transactions WHERE thread_id = ${threadId})::int AS voucher_transactions,
      (SELECT count(*) FROM audit_log WHERE document_id = ${threadId})::int AS audit,
      (SELECT count(*) FROM payload_jobs WHERE input->>'thread' = ${threadId})::int AS jobs`,
  )
  return row
}
