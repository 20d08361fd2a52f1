import { getPayload, handleEndpoints } from 'payload'

import { createConfig } from '../payload.config'
import { runSeed } from '../seed'
import { closePayload } from '../server/instance'
import { applyMigrations } from '../server/setup'
import { withBenchDatabase } from './database'
import { duration, report, type Row } from './measure'

const ROUNDS = 20

/**
 * Deep, long anonymous lists on the demo city (`npm run seed`): what an outsider may ask of the
 * REST API, against the plain first page of services measured in the same run. Requests go
 * to Payload's REST handler in-process, as the admin's route hands them over, so the figures
 * are Payload's and the database's work without the network. Each row is the median of
 * ROUNDS requests after one warm-up, with the reply's size.
 */
export const runQueriesBenchmark = async () => {
  await withBenchDatabase('queries', async (url, name) => {
    const config = await createConfig(url)
    const payload = await getPayload({ config, key: name })
    try {
      await applyMigrations(payload)
      await runSeed(payload)
      const measure = async (path: string): Promise<Row> => {
        const ask = async () => {
          const started = performance.now()
          const response = await handleEndpoints({ config, request: new Request(`http://localhost${path}`), payloadInstanceCacheKey: name })
          const body = await response.text()
          return { ms: performance.now() - started, status: response.status, bytes: Buffer.byteLength(body) }
        }
        await ask()
        const runs = []
        for (let round = 0; round < ROUNDS; round++) runs.push(await ask())
        const sorted = runs.map((run) => run.ms).sort((a, b) => a - b)
        const { status, bytes } = runs.at(-1)!
        const slowest = duration(sorted.at(-1)!)
        return {
          what: `GET ${path}`,
          ms: sorted[Math.floor(ROUNDS / 2)]!,
          note: `${status}, ${(bytes / 1024).toFixed(0)} KB, slowest ${slowest}`,
        }
      }
      const baseline = await measure('/api/services?depth=0&limit=10')
      const rows = []
      for (const path of [
        '/api/services?depth=0&limit=100',
        '/api/services?depth=10&limit=100',
        '/api/services?depth=10&limit=100000',
        '/api/districts?depth=10&limit=3',
        '/api/districts?depth=10&limit=100',
        '/api/organisations?depth=10&limit=100',
        '/api/categories?depth=10&limit=100',
      ]) {
        rows.push(await measure(path))
      }
      report(`anonymous deep lists on the demo city (median of ${ROUNDS})`, baseline, rows)
    } finally {
      await closePayload(payload)
    }
  })
}
