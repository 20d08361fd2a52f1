import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'

import { dataDir, projectRoot } from '../lib/paths'
import { freePort, runStartCommand } from '../tests/helpers/server'
import { report, time } from './measure'

/**
 * How long `npm start` takes to answer 200 on /admin: from an empty data folder (cold: the
 * database is created, migrated and seeded) and again on the same data (warm). With
 * --cold-build the builds are removed first, as on a fresh clone. The baseline is a bare Node
 * HTTP server started the same way, the floor of any process start on this machine.
 */
const waitFor200 = async (url: string) => {
  for (;;) {
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
  const admin = `http://localhost:${env.PORT}/admin`

  const measureStart = async () => {
    const { ms, result: app } = await time(async () => {
      const running = await runStartCommand(env)
      await waitFor200(admin)
      return running
    })
    await app.stop()
    return ms
  }
  const baseline = await bareNodeStart()
  const cold = await measureStart()
  const warm = await measureStart()
  rmSync(path.join(dataDir, folder), { recursive: true, force: true })

  report('npm start → first 200 on /admin', { what: 'bare Node HTTP server', ms: baseline }, [
    {
      what: coldBuild ? 'cold: no build, no data' : 'cold: no data (builds present)',
      ms: cold,
      note: 'creates, migrates and seeds the database',
    },
    { what: 'warm: second start', ms: warm },
  ])
}
