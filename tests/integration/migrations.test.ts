import { readdirSync } from 'node:fs'
import path from 'node:path'

import { buildConfig, type CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { inject } from 'vitest'

import { migrations } from '../../migrations'
import { createConfig, wemiConfig } from '../../payload.config'
import { closePayload, openPayload } from '../../server/instance'
import { applyMigrations } from '../../server/setup'
import { pendingSchemaChanges } from '../../server/schema'
import { projectRoot } from '../../lib/paths'
import { createTestDatabase, withAdminClient } from '../helpers/database'

const pendingFor = async (config: ReturnType<typeof createConfig>) => {
  const payload = await openPayload(config, { connect: false })
  try {
    return await pendingSchemaChanges(payload)
  } finally {
    await payload.destroy()
  }
}

describe('migrations', () => {
  it('match the collections: a new migration would be empty', async () => {
    expect(await pendingFor(createConfig('postgres://unused@127.0.0.1:1/unused'))).toEqual([])
  })

  it('would not match if a collection changed without a migration', async () => {
    const config = wemiConfig('postgres://unused@127.0.0.1:1/unused')
    const withNewField = buildConfig({
      ...config,
      collections: config.collections!.map((collection): CollectionConfig =>
        collection.slug === 'districts'
          ? { ...collection, fields: [...collection.fields, { name: 'population', type: 'number' }] }
          : collection,
      ),
    })
    const statements = await pendingFor(withNewField)
    expect(statements.join('\n')).toContain('"population" numeric')
  })

  it('are all listed, in order, and all applied to a new database', async () => {
    const files = readdirSync(path.join(projectRoot, 'migrations'))
      .filter((file) => /^\d{8}_\d{6}_.+\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort()
    expect(migrations.map((migration) => migration.name)).toEqual(files)

    const database = await createTestDatabase(inject('databaseServer'), inject('databaseRun'))
    try {
      const applied = await withAdminClient(database.url, (client) =>
        client.query<{ name: string }>('SELECT name FROM payload_migrations ORDER BY name'),
      )
      expect(applied.rows.map((row) => row.name)).toEqual(files)
    } finally {
      await database.drop()
    }
  })

  it('bring a database saved before the newest one up to date, Payload having started on it first', async () => {
    const database = await createTestDatabase(inject('databaseServer'), inject('databaseRun'))
    const newest = migrations.at(-1)!
    try {
      const before = await openPayload(createConfig(database.url))
      try {
        await newest.down({ db: before.db.drizzle, payload: before, req: {} } as never)
        await withAdminClient(database.url, (client) => client.query('DELETE FROM payload_migrations WHERE name = $1', [newest.name]))
      } finally {
        await closePayload(before)
      }
      // Payload reads the city profile as it starts, from a schema the newest migration has not made yet.
      const payload = await openPayload(createConfig(database.url))
      try {
        await applyMigrations(payload)
        expect(await payload.findGlobal({ slug: 'city', depth: 0, select: { districtLabel: true } })).toBeTypeOf('object')
      } finally {
        await closePayload(payload)
      }
      const applied = await withAdminClient(database.url, (client) => client.query<{ name: string }>('SELECT name FROM payload_migrations'))
      expect(applied.rows.map((row) => row.name)).toContain(newest.name)
    } finally {
      await database.drop()
    }
  })

  it('leave the search extensions installed', async () => {
    const database = await createTestDatabase(inject('databaseServer'), inject('databaseRun'))
    try {
      const { rows } = await withAdminClient(database.url, (client) =>
        client.query<{ extname: string }>("SELECT extname FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm') ORDER BY extname"),
      )
      expect(rows.map((row) => row.extname)).toEqual(['pg_trgm', 'unaccent'])
    } finally {
      await database.drop()
    }
  })
})
