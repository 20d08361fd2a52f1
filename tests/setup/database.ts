import type { TestProject } from 'vitest/node'

import { createConfig } from '../../payload.config'
import { startEmbeddedPostgres } from '../../server/database'
import { closePayload, openPayload } from '../../server/instance'
import { applyMigrations } from '../../server/setup'
import { dropDatabase, TEMPLATE_DATABASE, withAdminClient } from '../helpers/database'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServer: string
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

  await dropDatabase(server.adminUrl, TEMPLATE_DATABASE)
  await withAdminClient(server.adminUrl, (client) => client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`))
  const templateUrl = new URL(server.adminUrl)
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`
  const payload = await openPayload(createConfig(templateUrl.toString()))
  try {
    await applyMigrations(payload)
  } finally {
    await closePayload(payload)
  }

  project.provide('databaseServer', server.adminUrl)
  return async () => {
    await withAdminClient(server.adminUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'wemi_test_%'",
      )
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`)
    })
    await server.stop()
  }
}
