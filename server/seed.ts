import { parseArgs } from 'node:util'

import { ensureDatabase } from './database'
import { prepareEnvironment } from './environment'

/** `npm run seed -- [--services N] [--seed S]`: adds the demo data that is not there yet. */
prepareEnvironment()
// The configuration reads the environment when it loads, so it comes after it.
const { DEFAULT_SEED, DEFAULT_SERVICES } = await import('../seed')
const { prepareDatabase } = await import('./setup')

const { values } = parseArgs({
  options: {
    services: { type: 'string', default: String(DEFAULT_SERVICES) },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
  },
})

const database = await ensureDatabase({ log: console.log })
try {
  const { summary } = await prepareDatabase({
    seed: { services: Number(values.services), seed: Number(values.seed) },
    log: (line) => console.log(`seed: ${line}`),
  })
  console.log('Created:', JSON.stringify(summary?.created))
  console.log('Already present:', JSON.stringify(summary?.existing))
  console.log(`Seed finished in ${((summary?.milliseconds ?? 0) / 1000).toFixed(1)} s`)
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await database.stop()
}
process.exit()
