import { parseArgs } from 'node:util'

import { prepareEnvironment } from '../server/environment'

/**
 * `npm run bench -- [http] [marketplace] [start] [seed] [queries] [insights] [--services N] [--cold-build] [--think-ms N]`: runs the named
 * benchmarks (http by default). Each compares its figures with a baseline measured in the same run.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    services: { type: 'string', default: '10000' },
    'cold-build': { type: 'boolean', default: false },
    'think-ms': { type: 'string', default: '1000' },
  },
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
if (chosen.includes('marketplace')) {
  const { runMarketplaceBenchmark } = await import('./marketplace')
  await runMarketplaceBenchmark({ thinkMs: Number(values['think-ms']) })
}
if (chosen.includes('seed')) {
  const { runSeedBenchmark } = await import('./seed')
  await runSeedBenchmark({ services: Number(values.services) })
}
if (chosen.includes('insights')) {
  const { runInsightsBenchmark } = await import('./insights')
  await runInsightsBenchmark()
}
if (chosen.includes('queries')) {
  const { runQueriesBenchmark } = await import('./queries')
  await runQueriesBenchmark()
}
process.exit(0)
