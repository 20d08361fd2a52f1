import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => { version: string }
}

type DrizzleAdapter = {
  schema: unknown
  migrationDir: string
  defaultDrizzleSnapshot: { version: string }
  requireDrizzleKit: () => DrizzleKit
}

/**
 * The SQL a new migration would contain: the difference between the schema the collections
 * describe now and the snapshot saved with the latest committed migration. Empty when the
 * migrations match the configuration; this is what `payload migrate:create` compares.
 */
export const pendingSchemaChanges = async (payload: Payload): Promise<string[]> => {
  const adapter = payload.db as unknown as DrizzleAdapter
  const { generateDrizzleJson, generateMigration, upSnapshot } = adapter.requireDrizzleKit()
  const current = await generateDrizzleJson(adapter.schema)
  const latest = readdirSync(adapter.migrationDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .at(-1)
  let committed = latest
    ? (JSON.parse(readFileSync(path.join(adapter.migrationDir, latest), 'utf8')) as { version: string })
    : adapter.defaultDrizzleSnapshot
  if (upSnapshot && committed.version < current.version) committed = upSnapshot(committed)
  return generateMigration(committed, current)
}
