import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { loadSettings } from '../../globals/City/settings'
import { runSql } from '../../lib/sql'
import { inTransaction, localRequest } from '../../lib/transaction'

/** A search that found this many services or fewer (but some) found too few to choose from. */
export const FEW_RESULTS = 3

/** Thread states in which the family has paid (a refund is not a service paid for). */
const PAID_STATES = sql`('paid', 'delivered', 'reviewed', 'disputed')`
const DELIVERED_STATES = sql`('delivered', 'reviewed')`
/** Groups that got their families together, and groups that did not. */
const FORMED_GROUP_STATES = sql`('confirmed', 'active', 'completed')`
const FAILED_GROUP_STATES = sql`('declined', 'dissolved')`

/** The Monday of a moment's week, in the city's time zone. */
const weekOf = (column: SQL, timeZone: string): SQL => sql`(date_trunc('week', ${column} AT TIME ZONE ${timeZone}))::date`

const statements = (tz: string): SQL[] => [
  sql`DELETE FROM insights_demand`,
  sql`INSERT INTO insights_demand (week, district_id, category_id, area_id, target_group_id, searches, searches_empty, searches_few, needs, requests)
    SELECT week, district_id, category_id, area_id, target_group_id,
      sum(searches), sum(searches_empty), sum(searches_few), sum(needs), sum(requests)
    FROM (
      SELECT ${weekOf(sql`l.created_at`, tz)} AS week, l.district_id, c.id AS category_id, c.parent_id AS area_id,
        g.id AS target_group_id, count(*) AS searches, count(*) FILTER (WHERE l.result_count = 0) AS searches_empty,
        count(*) FILTER (WHERE l.result_count BETWEEN 1 AND ${FEW_RESULTS}) AS searches_few, 0 AS needs, 0 AS requests
      FROM search_log l
      LEFT JOIN categories c ON c.slug = l.filters->>'category'
      LEFT JOIN target_groups g ON g.slug = l.filters->>'for'
      GROUP BY 1, 2, 3, 4, 5
      UNION ALL
      SELECT ${weekOf(sql`n.created_at`, tz)}, n.district_id, n.category_id, c.parent_id, NULL, 0, 0, 0, count(*), 0
      FROM reported_needs n LEFT JOIN categories c ON c.id = n.category_id
      GROUP BY 1, 2, 3, 4
      UNION ALL
      SELECT ${weekOf(sql`r.created_at`, tz)}, r.address_district_id, r.category_id, c.parent_id, NULL, 0, 0, 0, 0, count(*)
      FROM requests r LEFT JOIN categories c ON c.id = r.category_id
      GROUP BY 1, 2, 3, 4
    ) demand
    GROUP BY 1, 2, 3, 4, 5`,

  sql`DELETE FROM insights_search_terms`,
  sql`INSERT INTO insights_search_terms (week, district_id, category_id, area_id, target_group_id, terms, searches, searches_empty, searches_few)
    SELECT ${weekOf(sql`l.created_at`, tz)}, l.district_id, c.id, c.parent_id, g.id, l.terms, count(*),
      count(*) FILTER (WHERE l.result_count = 0), count(*) FILTER (WHERE l.result_count BETWEEN 1 AND ${FEW_RESULTS})
    FROM search_log l
    LEFT JOIN categories c ON c.slug = l.filters->>'category'
    LEFT JOIN target_groups g ON g.slug = l.filters->>'for'
    WHERE l.terms <> ''
    GROUP BY 1, 2, 3, 4, 5, 6`,

  sql`DELETE FROM insights_requests`,
  sql`INSERT INTO insights_requests (week, district_id, category_id, area_id, requests, requesters, paid, unanswered, quoted,
      hours_to_first_quote, threads, declined, expired, delivered, delivered_shared)
    WITH first_quotes AS (SELECT thread_id, min(created_at) AS at FROM quotes GROUP BY thread_id),
    per_request AS (
      SELECT r.id, r.citizen_id, r.created_at, r.address_district_id AS district_id, r.category_id, c.parent_id AS area_id,
        bool_or(t.status IN ${PAID_STATES}) AS paid,
        min(q.at) AS first_quote_at,
        -- No ente answered in time: every thread ran out with no quote and no refusal.
        bool_and(t.status = 'expired' AND q.at IS NULL) AS unanswered,
        count(t.id) AS threads,
        count(t.id) FILTER (WHERE t.status = 'declined') AS declined,
        count(t.id) FILTER (WHERE t.status IN ('expired', 'payment-expired')) AS expired,
        count(t.id) FILTER (WHERE t.status IN ${DELIVERED_STATES}) AS delivered,
        count(t.id) FILTER (WHERE t.status IN ${DELIVERED_STATES} AND t.group_id IS NOT NULL) AS delivered_shared
      FROM requests r
      JOIN threads t ON t.request_id = r.id
      LEFT JOIN first_quotes q ON q.thread_id = t.id
      LEFT JOIN categories c ON c.id = r.category_id
      GROUP BY r.id, c.parent_id
    )
    SELECT ${weekOf(sql`created_at`, tz)}, district_id, category_id, area_id, count(*), count(DISTINCT citizen_id),
      count(*) FILTER (WHERE paid), count(*) FILTER (WHERE unanswered), count(first_quote_at),
      coalesce(sum(extract(epoch FROM first_quote_at - created_at) / 3600), 0),
      sum(threads), sum(declined), sum(expired), sum(delivered), sum(delivered_shared)
    FROM per_request
    GROUP BY 1, 2, 3, 4`,

  sql`DELETE FROM insights_quotes`,
  sql`INSERT INTO insights_quotes (week, district_id, category_id, area_id, amount_cents, catalogue_price_cents)
    SELECT ${weekOf(sql`q.created_at`, tz)}, r.address_district_id, r.category_id, c.parent_id, q.amount_cents,
      coalesce(s.price_cents, s.price_from_cents)
    FROM quotes q
    JOIN threads t ON t.id = q.thread_id
    JOIN requests r ON r.id = t.request_id
    LEFT JOIN services s ON s.id = t.service_id
    LEFT JOIN categories c ON c.id = r.category_id
    WHERE q.superseded_at IS NULL`,

  sql`DELETE FROM insights_groups`,
  sql`INSERT INTO insights_groups (week, district_id, category_id, area_id, opened, formed, dissolved)
    SELECT ${weekOf(sql`g.created_at`, tz)}, g.district_id, s.category_id, c.parent_id, count(*),
      count(*) FILTER (WHERE g.status IN ${FORMED_GROUP_STATES}), count(*) FILTER (WHERE g.status IN ${FAILED_GROUP_STATES})
    FROM groups g
    LEFT JOIN services s ON s.id = g.service_id
    LEFT JOIN categories c ON c.id = s.category_id
    GROUP BY 1, 2, 3, 4`,

  sql`DELETE FROM insights_care`,
  sql`INSERT INTO insights_care (week, district_id, job, requests, proposals, hired)
    SELECT week, district_id, job, sum(requests), sum(proposals), sum(hired)
    FROM (
      SELECT ${weekOf(sql`coalesce(submitted_at, created_at)`, tz)} AS week, district_id, job::text AS job,
        count(*) AS requests, 0 AS proposals, 0 AS hired
      FROM care_requests WHERE status <> 'draft' GROUP BY 1, 2, 3
      UNION ALL
      SELECT ${weekOf(sql`created_at`, tz)}, district_id, job::text, 0, count(*), 0 FROM care_proposals GROUP BY 1, 2, 3
      UNION ALL
      SELECT ${weekOf(sql`decided_at`, tz)}, district_id, job::text, 0, 0, count(*)
      FROM care_proposals WHERE status = 'hired' GROUP BY 1, 2, 3
    ) care
    GROUP BY 1, 2, 3`,

  sql`DELETE FROM insights_served`,
  sql`INSERT INTO insights_served (week, district_id, category_id, area_id, person, first_week, shared)
    WITH served AS (
      SELECT r.citizen_id, ${weekOf(sql`r.created_at`, tz)} AS week, r.address_district_id AS district_id, r.category_id,
        c.parent_id AS area_id, bool_or(t.group_id IS NOT NULL) AS shared
      FROM threads t
      JOIN requests r ON r.id = t.request_id
      LEFT JOIN categories c ON c.id = r.category_id
      WHERE t.status IN ${PAID_STATES}
      GROUP BY 1, 2, 3, 4, 5
    )
    SELECT week, district_id, category_id, area_id, dense_rank() OVER (ORDER BY citizen_id),
      min(week) OVER (PARTITION BY citizen_id), shared
    FROM served`,

  sql`DELETE FROM insights_vouchers`,
  sql`INSERT INTO insights_vouchers (week, district_id, category_id, area_id, payments, spent_cents)
    SELECT ${weekOf(sql`v.created_at`, tz)}, r.address_district_id, s.category_id, c.parent_id, count(*), sum(v.amount_cents)
    FROM voucher_transactions v
    JOIN threads t ON t.id = v.thread_id
    LEFT JOIN requests r ON r.id = t.request_id
    LEFT JOIN services s ON s.id = t.service_id
    LEFT JOIN categories c ON c.id = s.category_id
    WHERE v.status <> 'reversed'
    GROUP BY 1, 2, 3, 4`,
]

/**
 * Rebuilds every insights table from the records, in one transaction: the dashboard reads the
 * previous figures until the new ones are all there. One rebuild at a time across processes:
 * while one runs, another call returns at once (null) and the figures come from the first.
 * Returns how long it took.
 */
export const refreshInsights = async (payload: Payload, req?: PayloadRequest): Promise<number | null> => {
  const { timeZone } = await loadSettings(payload)
  const started = Date.now()
  return inTransaction(req ?? (await localRequest(payload)), async (transaction) => {
    const [lock] = await runSql<{ locked: boolean }>(
      payload,
      sql`SELECT pg_try_advisory_xact_lock(hashtext('wemi:insights-refresh')) AS locked`,
      transaction,
    )
    if (!lock?.locked) return null
    for (const statement of statements(timeZone)) await runSql(payload, statement, transaction)
    await runSql(payload, sql`DELETE FROM insights_refreshes`, transaction)
    await runSql(
      payload,
      sql`INSERT INTO insights_refreshes (refreshed_at, duration_ms) VALUES (now(), ${Date.now() - started})`,
      transaction,
    )
    return Date.now() - started
  })
}

/** When the figures were last rebuilt, if ever. */
export const lastRefresh = async (payload: Payload): Promise<Date | null> => {
  const [row] = await runSql<{ refreshed_at: string | Date }>(payload, sql`SELECT refreshed_at FROM insights_refreshes LIMIT 1`)
  return row ? new Date(row.refreshed_at) : null
}
