import pg from 'pg'

import { createDatabaseIfMissing, ensureDatabase } from '../server/database'

/**
 * Runs a benchmark on a new database of its own, on DATABASE_URL's server or an embedded one,
 * and drops it afterwards, whatever happens: benchmarks never touch the data of a running city.
 */
export const withBenchDatabase = async <T>(label: string, work: (connectionString: string, name: string) => Promise<T>): Promise<T> => {
  const database = await ensureDatabase()
  const name = `wemi_bench_${label}_${Date.now()}`
  const url = new URL(database.url)
  const adminUrl = new URL(database.url)
  adminUrl.pathname = '/postgres'
  await createDatabaseIfMissing(adminUrl.toString(), name)
  url.pathname = `/${name}`
  try {
    return await work(url.toString(), name)
  } finally {
    const client = new pg.Client({ connectionString: adminUrl.toString() })
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)
    await client.end()
    await database.stop()
  }
}
