import { getPayload, type TypedUser } from 'payload'
import pg from 'pg'

import { CITY_TIME_ZONE } from '../seed/cities'
import { createConfig } from '../payload.config'
import { filtersFrom } from '../plugins/insights/filters'
import { insightsPage } from '../plugins/insights/page'
import { refreshInsights } from '../plugins/insights/refresh'
import type { InsightsFilters } from '../plugins/insights/report'
import { tableRows } from '../plugins/insights/report'
import { runSeed } from '../seed'
import { DEMO_ACCOUNTS } from '../seed/accounts'
import { closePayload } from '../server/instance'
import { applyMigrations } from '../server/setup'
import { withBenchDatabase } from './database'
import { duration, report, type Row, time } from './measure'

const ROUNDS = 10
const SEARCHES = 1_000_000
const REQUESTS = 100_000
const CITIZENS = 20_000

/** What residents type, with and without results. */
const TERMS = [
  'badante',
  'badante notte',
  'babysitter',
  'dopo scuola',
  'pulizie casa',
  'pasti a domicilio',
  'psicologo',
  'corso di italiano',
  'centro estivo',
  'accompagnamento visite mediche',
  'spesa a domicilio',
  'fisioterapista a domicilio',
]

/**
 * A year of a large city's activity, written in bulk with SQL on the demo city: 1 million
 * searches and 100,000 requests (each with a thread; most quoted), by 20,000 residents.
 */
const generateActivity = async (client: pg.Client) => {
  await client.query(`INSERT INTO citizens (email, first_name, last_name)
    SELECT 'residente' || g || '@bench.example', 'Residente', 'Numero ' || g FROM generate_series(1, ${CITIZENS}) g`)
  await client.query(
    `INSERT INTO search_log (terms, filters, district_id, result_count, language, created_at, updated_at)
    SELECT terms[1 + floor(random() * array_length(terms, 1))::int],
      CASE WHEN random() < 0.4 THEN jsonb_build_object('category', slugs[1 + floor(random() * array_length(slugs, 1))::int]) ELSE '{}'::jsonb END,
      districts[1 + floor(random() * array_length(districts, 1))::int],
      CASE WHEN random() < 0.2 THEN 0 ELSE floor(random() * 40)::int END, 'it', at, at
    FROM (SELECT now() - random() * interval '364 days' AS at FROM generate_series(1, ${SEARCHES})) moments,
      (SELECT $1::text[] AS terms) t,
      (SELECT array_agg(id) AS districts FROM districts) d,
      (SELECT array_agg(slug) AS slugs FROM categories WHERE parent_id IS NOT NULL) c`,
    [TERMS],
  )
  await client.query(`CREATE TEMP TABLE bench_services AS
    SELECT row_number() OVER (ORDER BY id) AS position, id, category_id, organisation_id FROM services WHERE _status = 'published'`)
  await client.query(`CREATE TEMP TABLE bench_requests AS
    SELECT gen_random_uuid() AS id, g, now() - random() * interval '364 days' AS at,
      1 + floor(random() * s.n)::int AS position,
      c.ids[1 + floor(random() * c.n)::int] AS citizen_id, d.ids[1 + floor(random() * d.n)::int] AS district_id
    FROM generate_series(1, ${REQUESTS}) g,
      (SELECT count(*)::int AS n FROM bench_services) s,
      (SELECT array_agg(id) AS ids, count(*)::int AS n FROM citizens) c,
      (SELECT array_agg(id) AS ids, count(*)::int AS n FROM districts) d`)
  await client.query(`INSERT INTO requests (id, reference, citizen_id, category_id, beneficiary_name, beneficiary_relationship,
      address_street, address_district_id, period_start, period_end, created_at, updated_at)
    SELECT r.id, 'BENCH-' || r.g, r.citizen_id, s.category_id, 'Beneficiario', 'parent', 'Via Prova 1', r.district_id,
      r.at + interval '7 days', r.at + interval '37 days', r.at, r.at
    FROM bench_requests r JOIN bench_services s USING (position)`)
  await client.query(`INSERT INTO threads (reference, status, request_id, service_id, citizen_id, organisation_id, created_at, updated_at)
    SELECT 'BENCH-T-' || r.g, (ARRAY['sent', 'quoted', 'paid', 'delivered', 'reviewed', 'declined', 'expired'])[1 + floor(random() * 7)::int]::enum_threads_status,
      r.id, s.id, r.citizen_id, s.organisation_id, r.at, r.at
    FROM bench_requests r JOIN bench_services s USING (position)`)
  await client.query(`INSERT INTO quotes (thread_id, citizen_id, organisation_id, amount_cents, valid_until, period_start, period_end, created_at, updated_at)
    SELECT t.id, t.citizen_id, t.organisation_id, 2000 + floor(random() * 30000)::int, t.created_at + interval '10 days',
      t.created_at + interval '7 days', t.created_at + interval '37 days', q.at, q.at
    FROM threads t, LATERAL (SELECT t.created_at + random() * interval '72 hours' AS at) q
    WHERE t.reference LIKE 'BENCH-T-%' AND t.status NOT IN ('sent', 'expired', 'declined')`)
  await client.query('ANALYZE')
}

const median = async (work: () => Promise<unknown>): Promise<number> => {
  await work()
  const runs: number[] = []
  for (let round = 0; round < ROUNDS; round++) runs.push((await time(work)).ms)
  return runs.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!
}

/**
 * `npm run bench -- insights`: the insights page with a million searches and 100,000
 * requests, against a plain count(*) of the same two tables in the same run. The page's
 * figures are everything it reads (filter choices, indicators, weekly demand and every table),
 * as the admin's page reads them; the rebuild by the job is timed once.
 */
export const runInsightsBenchmark = async () => {
  await withBenchDatabase('insights', async (url, name) => {
    const config = await createConfig(url)
    const payload = await getPayload({ config, key: name })
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      await applyMigrations(payload)
      await runSeed(payload)
      const generated = await time(() => generateActivity(client))
      console.log(
        `\n${SEARCHES.toLocaleString('en')} searches and ${REQUESTS.toLocaleString('en')} requests written in ${duration(generated.ms)}`,
      )
      const rebuilt = await time(() => refreshInsights(payload))

      const admin = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!
      const { docs } = await payload.find({ collection: 'users', where: { email: { equals: admin.email } }, limit: 1, depth: 0 })
      const user = { ...docs[0]!, collection: 'users' } as TypedUser
      const filters = (query: string) => (filtersFrom(new URLSearchParams(query), CITY_TIME_ZONE) as { filters: InsightsFilters }).filters
      const lastTwelveWeeks = filters('')
      const lastYear = filters(`from=${new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10)}`)
      const [someDistrict] = (await client.query<{ id: string }>('SELECT id FROM districts ORDER BY number LIMIT 1')).rows
      const [someArea] = (await client.query<{ id: string }>('SELECT id FROM categories WHERE parent_id IS NULL ORDER BY "order" LIMIT 1'))
        .rows
      const narrowed = { ...lastYear, districtId: someDistrict!.id, categoryId: someArea!.id }

      const baseline: Row = {
        what: 'count(*) of search_log and requests',
        ms: await median(() => client.query('SELECT (SELECT count(*) FROM search_log), (SELECT count(*) FROM requests)')),
      }
      const rows: Row[] = [
        { what: 'insights page, last 12 weeks', ms: await median(() => insightsPage(payload, user, lastTwelveWeeks, 'it')) },
        { what: 'insights page, last year', ms: await median(() => insightsPage(payload, user, lastYear, 'it')) },
        { what: 'insights page, a year, one district and area', ms: await median(() => insightsPage(payload, user, narrowed, 'it')) },
        { what: 'CSV of the demand table, last year', ms: await median(() => tableRows(payload, 'demand', lastYear, 'it')) },
        { what: 'rebuild of the insights tables (once)', ms: rebuilt.ms },
      ]
      report(
        `insights with ${SEARCHES.toLocaleString('en')} searches and ${REQUESTS.toLocaleString('en')} requests (median of ${ROUNDS})`,
        baseline,
        rows,
      )
    } finally {
      await client.end()
      await closePayload(payload)
    }
  })
}
