import type { Payload } from 'payload'
import { inject } from 'vitest'

import { createConfig } from '../../payload.config'
import { runSeed } from '../../seed'
import { closePayload, openPayload } from '../../server/instance'
import { createTestDatabase } from './database'

/** Payload on a database of its own holding the seeded demo city, and a way to close and drop it. */
export const openDemoCity = async (): Promise<{ payload: Payload; close: () => Promise<void> }> => {
  const database = await createTestDatabase(inject('databaseServer'), inject('databaseRun'))
  const payload = await openPayload(createConfig(database.url))
  await runSeed(payload)
  return {
    payload,
    close: async () => {
      await closePayload(payload)
      await database.drop()
    },
  }
}
