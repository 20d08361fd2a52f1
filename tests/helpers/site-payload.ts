import type { Payload } from 'payload'
import { inject } from 'vitest'

import { closePayload } from '../../server/instance'
import { createTestDatabase } from './database'

/**
 * The site's own Payload instance (site/src/lib/payload.ts) on a migrated database of the test
 * file's own. The site reads its database address when its modules first load, so a test
 * imports them (dynamically) only after this has started.
 */
export const startSitePayload = async (): Promise<{ payload: Payload; stop: () => Promise<void> }> => {
  const savedUrl = process.env.DATABASE_URL
  const database = await createTestDatabase(inject('databaseServer'), inject('databaseRun'))
  process.env.DATABASE_URL = database.url
  const payload = await (await import('../../site/src/lib/payload')).payload()
  return {
    payload,
    stop: async () => {
      await closePayload(payload)
      await database.drop()
      process.env.DATABASE_URL = savedUrl
    },
  }
}
