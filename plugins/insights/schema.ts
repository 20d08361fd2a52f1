import {
  bigint,
  boolean,
  date,
  index,
  integer,
  numeric,
  type pgTable,
  timestamp,
  uuid,
  varchar,
} from '@payloadcms/db-postgres/drizzle/pg-core'
import type { PostgresSchemaHook } from '@payloadcms/drizzle/postgres'

/**
 * The insights read model: aggregates of what residents ask for and what happens to it, one
 * table per subject, rebuilt from Payload's tables by the refresh job. Every table is keyed by
 * the week (Monday, in the city's time zone) and, where it applies, the district and the
 * category with its area, so that the dashboard's filters are plain column conditions. No
 * table holds anything that names a person. Declared in the schema so that generated
 * migrations create them with their indexes.
 */
export const insightsTables: PostgresSchemaHook = ({ adapter, schema }) => {
  const { table } = (adapter as unknown as { pgSchema: { table: typeof pgTable } }).pgSchema
  const dimensions = () => ({
    week: date('week', { mode: 'string' }).notNull(),
    districtId: uuid('district_id'),
    categoryId: uuid('category_id'),
    areaId: uuid('area_id'),
  })
  const count = (name: string) => integer(name).notNull().default(0)
  const byWeek = (name: string) => (columns: { week: unknown }) => [index(`${name}_week_idx`).on(columns.week as never)]

  const tables = {
    insights_demand: table(
      'insights_demand',
      {
        ...dimensions(),
        targetGroupId: uuid('target_group_id'),
        searches: count('searches'),
        searchesEmpty: count('searches_empty'),
        searchesFew: count('searches_few'),
        needs: count('needs'),
        requests: count('requests'),
      },
      byWeek('insights_demand'),
    ),
    insights_search_terms: table(
      'insights_search_terms',
      {
        ...dimensions(),
        targetGroupId: uuid('target_group_id'),
        terms: varchar('terms').notNull(),
        searches: count('searches'),
        searchesEmpty: count('searches_empty'),
        searchesFew: count('searches_few'),
      },
      byWeek('insights_search_terms'),
    ),
    insights_requests: table(
      'insights_requests',
      {
        ...dimensions(),
        requests: count('requests'),
        requesters: count('requesters'),
        paid: count('paid'),
        unanswered: count('unanswered'),
        quoted: count('quoted'),
        hoursToFirstQuote: numeric('hours_to_first_quote').notNull().default('0'),
        threads: count('threads'),
        declined: count('declined'),
        expired: count('expired'),
        delivered: count('delivered'),
        deliveredShared: count('delivered_shared'),
      },
      byWeek('insights_requests'),
    ),
    insights_quotes: table(
      'insights_quotes',
      {
        ...dimensions(),
        amountCents: integer('amount_cents').notNull(),
        cataloguePriceCents: integer('catalogue_price_cents'),
      },
      byWeek('insights_quotes'),
    ),
    insights_groups: table(
      'insights_groups',
      { ...dimensions(), opened: count('opened'), formed: count('formed'), dissolved: count('dissolved') },
      byWeek('insights_groups'),
    ),
    insights_care: table(
      'insights_care',
      {
        week: date('week', { mode: 'string' }).notNull(),
        districtId: uuid('district_id'),
        job: varchar('job').notNull(),
        requests: count('requests'),
        proposals: count('proposals'),
        hired: count('hired'),
      },
      byWeek('insights_care'),
    ),
    insights_served: table(
      'insights_served',
      {
        ...dimensions(),
        // A number standing for one person within one refresh, so that people are counted once
        // across weeks and categories; it is renumbered at every refresh and links to nobody.
        person: integer('person').notNull(),
        firstWeek: date('first_week', { mode: 'string' }).notNull(),
        shared: boolean('shared').notNull().default(false),
      },
      byWeek('insights_served'),
    ),
    insights_vouchers: table(
      'insights_vouchers',
      { ...dimensions(), payments: count('payments'), spentCents: bigint('spent_cents', { mode: 'number' }).notNull().default(0) },
      byWeek('insights_vouchers'),
    ),
    insights_refreshes: table('insights_refreshes', {
      refreshedAt: timestamp('refreshed_at', { withTimezone: true, precision: 3 }).primaryKey(),
      durationMs: integer('duration_ms').notNull(),
    }),
  }
  return { ...schema, tables: { ...schema.tables, ...tables } }
}
