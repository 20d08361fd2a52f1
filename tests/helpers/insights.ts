import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { runSql } from '../../lib/sql'
import { refreshInsights } from '../../plugins/insights/refresh'
import type { RestResponse } from './app'
import { as } from './as'
import { buildCareWork } from './care-work'
import { createVoucher, type Fixtures, reviewedRequest, TAX_CODES } from './fixtures'
import { act, quoteInput, sendRequest } from './marketplace'
import { groupAct, groupInput, openAs, sharedService } from './sharing'

type Rest = (method: string, path: string, options?: { body?: unknown; token?: string }) => Promise<RestResponse>

/** The two weeks the fixture's activity falls in (Mondays, Rome time), and the period that covers them. */
export const WEEK_1 = '2026-11-02'
export const WEEK_2 = '2026-11-09'
export const PERIOD = { from: WEEK_1, to: '2026-11-15' }

const moveTo = (payload: Payload, table: string, id: string, at: string, column = 'created_at') =>
  runSql(payload, sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = ${at}::timestamptz WHERE id = ${id}`)

const searched = (
  payload: Payload,
  rows: { terms: string; filters?: object; district?: string; results: number; at: string; times?: number }[],
) =>
  Promise.all(
    rows.flatMap(({ terms, filters = {}, district, results, at, times = 1 }) =>
      Array.from({ length: times }, () =>
        runSql(
          payload,
          sql`INSERT INTO search_log (terms, filters, district_id, result_count, language, created_at, updated_at)
            VALUES (${terms}, ${JSON.stringify(filters)}::jsonb, ${district ?? null}, ${results}, 'it', ${at}, ${at})`,
        ),
      ),
    ),
  )

/**
 * Two weeks of a small city's activity whose every aggregate is worked out by hand in the
 * tests: searches (one at 00:30 on a Monday in Rome, still Sunday in UTC), reported needs,
 * four requests with their outcomes, two quotes, a voucher payment, two sharing groups and a
 * care-work hire. The fixtures' own search and need, made today, fall outside the period.
 */
export const buildInsightsFixture = async (payload: Payload, rest: Rest, fx: Fixtures) => {
  const { d1, d2 } = fx.districts
  const a1 = 'assistenza-domiciliare'
  await searched(payload, [
    { terms: 'badante notte', filters: { category: a1, for: 'anziani' }, district: d1, results: 0, at: '2026-11-03T10:00:00Z', times: 3 },
    { terms: 'dopo scuola', district: d1, results: 0, at: '2026-11-04T15:00:00Z', times: 2 },
    { terms: 'dopo scuola', district: d1, results: 0, at: '2026-11-01T23:30:00Z' },
    { terms: 'dopo scuola', district: d1, results: 0, at: '2026-11-01T22:30:00Z' },
    { terms: 'dopo scuola', district: d1, results: 2, at: '2026-11-05T09:00:00Z' },
    { terms: 'badante', filters: { category: a1 }, district: d2, results: 10, at: '2026-11-06T09:00:00Z', times: 4 },
    { terms: 'dopo scuola', district: d1, results: 0, at: '2026-11-10T09:00:00Z' },
  ])
  for (const [district, category, at] of [
    [d1, fx.categories.a1, '2026-11-03T11:00:00Z'],
    [d1, fx.categories.a1, '2026-11-04T11:00:00Z'],
    [d2, null, '2026-11-12T11:00:00Z'],
  ] as const) {
    const need = await payload.create({
      collection: 'reported-needs',
      data: { description: 'Un aiuto che non trovo', district, category },
      depth: 0,
    })
    await moveTo(payload, 'reported_needs', String(need.id), at)
  }

  const citizen1 = fx.actors.citizen
  const citizen2 = fx.extraActors.citizen2
  const sentAt = async (requestId: string, at: string) => moveTo(payload, 'requests', requestId, at)
  // An ente's time to answer has run out.
  const runOut = async (threadId: string) => {
    await runSql(payload, sql`UPDATE threads SET respond_by = now() - interval '1 minute' WHERE id = ${threadId}`)
    await act(payload, 'system', threadId, 'expire')
  }
  const quotedAfter = async (threadId: string, sentAtTime: string, hours: number) =>
    runSql(
      payload,
      sql`UPDATE quotes SET created_at = ${sentAtTime}::timestamptz + make_interval(hours => ${hours}) WHERE thread_id = ${threadId}`,
    )

  // Paid and reviewed: quoted 30 hours after it was sent.
  const paidFree = await reviewedRequest(payload, citizen1, fx.actors.enteAdmin, fx.services.publishedA, d1)
  await sentAt(paidFree.request, '2026-11-03T08:00:00Z')
  await quotedAfter(paidFree.thread, '2026-11-03T08:00:00Z', 30)

  // One ente declines, the other lets it run out.
  const declined = await sendRequest(payload, citizen2, [fx.services.publishedA, fx.services.publishedB], d1)
  await sentAt(String(declined.request.id), '2026-11-04T08:00:00Z')
  const byOrganisation = (organisation: string) => declined.threads.find((thread) => thread.organisation === organisation)!.id
  await act(payload, fx.actors.enteAdmin, byOrganisation(fx.organisations.orgA), 'decline', { reason: 'Non abbiamo personale.' })
  await runOut(byOrganisation(fx.organisations.orgB))

  // Nobody answers.
  const unanswered = await sendRequest(payload, citizen2, [fx.services.publishedB], d1)
  await sentAt(String(unanswered.request.id), '2026-11-05T08:00:00Z')
  await runOut(unanswered.threads[0]!.id)

  // Quoted 10 hours after it was sent, €120, paid with a voucher the next week.
  const shared = await sharedService(payload, fx)
  const voucherPaid = await sendRequest(payload, citizen1, [shared], d1)
  const voucherThread = voucherPaid.threads[0]!.id
  await sentAt(String(voucherPaid.request.id), '2026-11-10T08:00:00Z')
  const { quote } = await act(payload, fx.actors.enteAdmin, voucherThread, 'quote', quoteInput({ amountCents: 12_000 }))
  await quotedAfter(voucherThread, '2026-11-10T08:00:00Z', 10)
  await act(payload, citizen1, voucherThread, 'accept', { quote })
  const voucher = await createVoucher(payload, 'INSIGHTS-1', TAX_CODES.citizen1)
  await act(payload, citizen1, voucherThread, 'pay-voucher', { voucher })
  await runSql(payload, sql`UPDATE voucher_transactions SET created_at = '2026-11-11T09:00:00Z' WHERE thread_id = ${voucherThread}`)

  // Sharing: a group still open and one WeMi closed, both opened in the first week.
  const open = await openAs(payload, citizen1, groupInput(shared, d1))
  const closed = await openAs(payload, citizen2, groupInput(shared, d1))
  await groupAct(payload, fx.actors.admin, String(closed.id), 'close', { reason: 'Il servizio non è più disponibile.' })
  for (const group of [open, closed]) await moveTo(payload, 'groups', String(group.id), '2026-11-05T10:00:00Z')

  // Care work: a family's request in the first week, a proposal and the hire in the second.
  const care = await buildCareWork(payload, rest, fx)
  await payload.update({ collection: 'care-proposals', id: care.proposal, data: { status: 'to-meet' }, ...as(citizen1) })
  await payload.update({ collection: 'care-proposals', id: care.proposal, data: { status: 'meeting-accepted' }, ...as(care.worker) })
  await payload.update({ collection: 'care-proposals', id: care.proposal, data: { status: 'hired' }, ...as(citizen1) })
  await moveTo(payload, 'care_requests', care.request, '2026-11-04T10:00:00Z', 'submitted_at')
  await moveTo(payload, 'care_proposals', care.proposal, '2026-11-09T10:00:00Z')
  await moveTo(payload, 'care_proposals', care.proposal, '2026-11-13T10:00:00Z', 'decided_at')

  await refreshInsights(payload)
  return { care }
}
