import { parseArgs } from 'node:util'

import { prepareEnvironment } from '../server/environment'

/**
 * `npm run bench -- [http] [start] [seed] [--services N] [--cold-build]`: runs the named
 * benchmarks (http by default). Each compares its figures with a baseline measured in the same run.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { services: { type: 'string', default: '10000' }, 'cold-build': { type: 'boolean', default: false } },
})
prepareEnvironment()
const chosen = positionals.length > 0 ? positionals : ['http']

if (chosen.includes('http')) {
  const { runHttpBenchmark } = await import('./http')
  await runHttpBenchmark({ services: Number(values.services) })
}
if (chosen.includes('start')) {
  const { runStartBenchmark } = await import('./start')
  await runStartBenchmark({ coldBuild: values['cold-build'] })
}
if (chosen.includes('seed')) {
  const { runSeedBenchmark } = await import('./seed')
  await runSeedBenchmark({ services: Number(values.services) })
}
process.exit(0)
