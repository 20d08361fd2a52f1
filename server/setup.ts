import type { Migration, Payload } from 'payload'

import { createConfig } from '../payload.config'
import { loadCityWording } from '../globals/City/wording'
import { readingFromPrimary } from '../lib/read-replicas'
import { migrations } from '../migrations'
import { runSeed, type SeedOptions, type SeedSummary } from '../seed'
import { DEMO_ACCOUNTS } from '../seed/accounts'
import { closePayload, openPayload } from './instance'

/** Applies the committed migrations that the database has not run yet. */
export const applyMigrations = async (payload: Payload) => {
  // The generated list is typed with the Postgres adapter's arguments, Payload's with unknown ones.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  // Payload read the city profile when it started, perhaps from a schema these migrations changed.
  await loadCityWording(payload)
}

/**
 * Brings a database up to date: applies pending migrations and, when asked, seeds the demo
 * data into an empty database. It runs in its own Payload instance, before the app serves.
 */
export const prepareDatabase = async ({
  seed,
  log = console.log,
}: {
  seed: false | 'if-empty' | SeedOptions
  log?: (line: string) => void
}): Promise<{ summary: SeedSummary | null; demoAccounts: boolean }> => {
  const payload = await openPayload(createConfig())
  // Preparing reads what it has just written: from the primary, which has it already.
  return readingFromPrimary(async () => {
    try {
      await applyMigrations(payload)
      const seeding = seed !== false && (seed !== 'if-empty' || (await payload.count({ collection: 'users' })).totalDocs === 0)
      const summary = seeding ? await runSeed(payload, { ...(typeof seed === 'object' ? seed : {}), log }) : null
      const demoEmails = DEMO_ACCOUNTS.map((account) => account.email)
      const demo = await payload.count({ collection: 'users', where: { email: { in: demoEmails } } })
      return { summary, demoAccounts: demo.totalDocs > 0 }
    } finally {
      await closePayload(payload)
    }
  })
}
