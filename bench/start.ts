import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'

import { dataDir, projectRoot } from '../lib/paths'
import { freePort, runStartCommand } from '../tests/helpers/server'
import { report, time } from './measure'

/**
 * How long `npm start` takes to answer its first page (200 on the site's home) and the admin
 * (200 on /admin): from an empty data folder (cold: the database is created, migrated and
 * seeded) and again on the same data (warm). With --cold-build the builds are removed first,
 * as on a fresh clone. The baseline is a bare Node HTTP server started the same way, the floor
 * of any process start on this machine.
 */
const waitFor200 = async (url: string, failed: () => unknown = () => undefined) => {
  for (;;) {
    if (failed()) throw failed()
    try {
      if ((await fetch(url)).status === 200) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const bareNodeStart = async () => {
  const port = await freePort()
  const child = spawn(process.execPath, ['-e', `require('http').createServer((q, s) => s.end('ok')).listen(${port})`])
  const { ms } = await time(() => waitFor200(`http://127.0.0.1:${port}/`))
  child.kill()
  return ms
}

export const runStartBenchmark = async ({ coldBuild = false } = {}) => {
  const folder = 'bench-start'
  rmSync(path.join(dataDir, folder), { recursive: true, force: true })
  if (coldBuild) {
    for (const built of ['.next', 'site/dist']) rmSync(path.join(projectRoot, built), { recursive: true, force: true })
  }
  const env = {
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
    DATA_DIR: path.join(path.relative(projectRoot, dataDir), folder),
    DATABASE_URL: '',
  }
  const origin = `http://localhost:${env.PORT}`

  const measureStart = async () => {
    const started = performance.now()
    const running = runStartCommand(env)
    let failure: unknown
    running.catch((error: unknown) => (failure = error))
    await waitFor200(`${origin}/`, () => failure)
    const site = performance.now() - started
    await waitFor200(`${origin}/admin`, () => failure)
    const admin = performance.now() - started
    await (await running).stop()
    return { site, admin }
  }
  const baseline = await bareNodeStart()
  const cold = await measureStart()
  const warm = await measureStart()
  rmSync(path.join(dataDir, folder), { recursive: true, force: true })

  const coldly = coldBuild ? 'cold, no build, no data' : 'cold, no data (builds present)'
  report('npm start → first 200 on the site, then on /admin', { what: 'bare Node HTTP server', ms: baseline }, [
    { what: `site, ${coldly}`, ms: cold.site, note: 'creates, migrates and seeds the database' },
    { what: `admin, ${coldly}`, ms: cold.admin },
    { what: 'site, warm: second start', ms: warm.site },
    { what: 'admin, warm: second start', ms: warm.admin },
  ])
}
