import { randomBytes } from 'node:crypto'

import pg from 'pg'

/**
 * Every database a test run makes starts with `wemi_test_<run>_`, so that runs sharing one
 * server (two checkouts, a developer beside CI) never drop each other's databases.
 */
export const runPrefix = (run: string) => `wemi_test_${run}_`
export const templateDatabase = (run: string) => `${runPrefix(run)}template`

export const withAdminClient = async <T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

export const dropDatabase = async (adminUrl: string, name: string): Promise<void> => {
  await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`))
}

/** A fresh database with every migration applied, copied from the run's template. */
export const createTestDatabase = async (
  adminUrl: string,
  run: string,
): Promise<{ name: string; url: string; drop: () => Promise<void> }> => {
  const name = `${runPrefix(run)}${randomBytes(5).toString('hex')}`
  await withAdminClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(templateDatabase(run))}`),
  )
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return { name, url: url.toString(), drop: () => dropDatabase(adminUrl, name) }
}
