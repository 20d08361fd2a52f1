import { randomBytes } from 'node:crypto'

import pg from 'pg'

export const TEMPLATE_DATABASE = 'wemi_test_template'

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
export const createTestDatabase = async (adminUrl: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> => {
  const name = `wemi_test_${randomBytes(5).toString('hex')}`
  await withAdminClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${TEMPLATE_DATABASE}`),
  )
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return { name, url: url.toString(), drop: () => dropDatabase(adminUrl, name) }
}
