import { randomBytes } from 'node:crypto'

import type { TestProject } from 'vitest/node'

import { createConfig } from '../../payload.config'
import { startEmbeddedPostgres } from '../../server/database'
import { closePayload, openPayload } from '../../server/instance'
import { applyMigrations } from '../../server/setup'
import { runPrefix, templateDatabase, withAdminClient } from '../helpers/database'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServer: string
    databaseRun: string
  }
}

/**
 * One PostgreSQL server for the whole run: TEST_DATABASE_URL (a connection to a server's
 * maintenance database) when given, otherwise an embedded one under `.data/test-postgres`.
 * The committed migrations are applied once to a template database; every test file then
 * gets a copy of it, so files run in parallel on databases of their own.
 */
export default async function setup(project: TestProject) {
  const server = process.env.TEST_DATABASE_URL
    ? { adminUrl: process.env.TEST_DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ folder: 'test-postgres', port: Number(process.env.TEST_PG_PORT ?? 54330) })

  const run = randomBytes(4).toString('hex')
  const template = templateDatabase(run)
  await withAdminClient(server.adminUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(template)}`))
  const templateUrl = new URL(server.adminUrl)
  templateUrl.pathname = `/${template}`
  const payload = await openPayload(createConfig(templateUrl.toString()))
  try {
    await applyMigrations(payload)
  } finally {
    await closePayload(payload)
  }

  project.provide('databaseServer', server.adminUrl)
  project.provide('databaseRun', run)
  return async () => {
    await withAdminClient(server.adminUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [
        runPrefix(run),
      ])
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`)
    })
    await server.stop()
  }
}
