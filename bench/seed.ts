import { inspect } from 'node:util'

import pg from 'pg'

import { createConfig } from '../payload.config'
import { runSeed } from '../seed'
import { closePayload, openPayload } from '../server/instance'
import { applyMigrations } from '../server/setup'
import { withBenchDatabase } from './database'
import { report, time } from './measure'

/**
 * `npm run seed -- --services N` into a new database, timed. The baseline inserts as many rows
 * of the same width into a plain table of the same database, one statement each, with the same
 * concurrency: what PostgreSQL alone costs, against which Payload's work (hooks, versions,
 * relationships, both languages) is read.
 */
export const runSeedBenchmark = async ({ services = 10_000 } = {}) => {
  await withBenchDatabase('seed', async (url) => {
    const payload = await openPayload(createConfig(url))
    try {
      await applyMigrations(payload)
      const baselineMs = await insertBaseline(url, services)
      const { ms, result } = await time(() => runSeed(payload, { services }))
      const perService = `${(ms / services).toFixed(1)} ms a service against ${(baselineMs / services).toFixed(2)} ms a row`
      report(`seed with ${services} services`, { what: `plain INSERT of ${services} rows`, ms: baselineMs }, [
        { what: 'npm run seed (whole demo city)', ms, note: perService },
      ])
      console.log(`  created: ${inspect(result.created, { breakLength: Infinity })}`)
    } finally {
      await closePayload(payload)
    }
  })
}

const insertBaseline = async (connectionString: string, rows: number) => {
  const pool = new pg.Pool({ connectionString, max: 6 })
  await pool.query('CREATE TABLE bench_rows (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), title text, body text, price integer)')
  const body = 'x'.repeat(1500)
  let next = 0
  const { ms } = await time(() =>
    Promise.all(
      Array.from({ length: 6 }, async () => {
        while (next < rows) {
          const index = next++
          await pool.query('INSERT INTO bench_rows (title, body, price) VALUES ($1, $2, $3)', [`Servizio ${index}`, body, index])
        }
      }),
    ),
  )
  await pool.end()
  return ms
}
