import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'
import pg from 'pg'

import { embeddedDatabase } from '../lib/env'
import { dataDir, projectRoot } from '../lib/paths'
import { buildIfNeeded } from '../server/build'
import { freePort, runStartCommand } from '../tests/helpers/server'

type Measure = { what: string; url: string; p50: number; p99: number; rps: number; errors: number }

const CONNECTIONS = 10
const SECONDS = 10

const load = async (what: string, url: string, paths?: () => string): Promise<Measure> => {
  // With `paths`, every request asks for another address (a search no memory has seen).
  const requests: autocannon.Request[] | undefined = paths ? [{ setupRequest: (request) => ({ ...request, path: paths() }) }] : undefined
  await autocannon({ url, connections: CONNECTIONS, duration: 2, requests }) // warm-up
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests })
  return {
    what,
    url,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.non2xx,
  }
}

/** Two-word searches with two facets, each different from every one before it in the run. */
const uncachedSearches = (districts: string[]) => {
  const words = ['assistenza', 'anziani', 'babysitter', 'pasti', 'domicilio', 'accompagnamento', 'doposcuola', 'casa', 'sera', 'disabilita']
  const groups = ['anziani', 'minori', 'famiglie', 'disabilita', 'caregiver']
  let counter = 0
  return () => {
    const n = counter++
    const first = words[n % words.length]!
    const second = words[Math.floor(n / words.length) % words.length]!
    const district = districts[Math.floor(n / 100) % districts.length]!
    const group = groups[Math.floor(n / 900) % groups.length]!
    // The page number keeps each address new once the combinations repeat.
    return `/servizi?q=${first}+${second}&district=${district}&for=${group}&page=${1 + Math.floor(n / 4500)}`
  }
}

/**
 * The public site under load, on the built server with a 10,000-service catalogue: the home
 * page, a two-word search with two facets and a service page, against two baselines measured
 * in the same run — Payload's REST `like` search and a static HTML file of the search page's
 * size, served by the same process.
 */
export const runHttpBenchmark = async ({ services = 10_000 } = {}) => {
  await buildIfNeeded()
  const folder = 'bench-http'
  const env = {
    EMBEDDED_PG_PORT: String(await freePort()),
    DATA_DIR: path.join(path.relative(projectRoot, dataDir), folder),
    DATABASE_URL: '',
    PORT: String(await freePort()),
  }
  // The catalogue is kept between runs: seeding 10,000 services takes minutes.
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'server/seed.ts', '--services', String(services)], {
    cwd: projectRoot,
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  })
  if (seeded.status !== 0) throw new Error('Seeding the benchmark catalogue failed')

  const app = await runStartCommand(env)
  const database = new pg.Client({
    connectionString: `postgres://${embeddedDatabase.user}:${embeddedDatabase.password}@127.0.0.1:${env.EMBEDDED_PG_PORT}/${embeddedDatabase.database}`,
  })
  await database.connect()
  const staticFolder = path.join(projectRoot, 'site/dist/client/bench')
  try {
    const { rows } = await database.query<{ slug: string; n: string; districts: string[] }>(
      `SELECT (SELECT slug FROM service_search ORDER BY slug LIMIT 1) AS slug, (SELECT count(*) FROM service_search) AS n,
              (SELECT array_agg(slug ORDER BY number) FROM districts) AS districts`,
    )
    const districts = rows[0]!.districts
    const searchUrl = `${app.url}/servizi?q=assistenza+anziani&district=${districts[7 % districts.length]}&for=anziani`
    const searchPage = await (await fetch(searchUrl)).text()
    mkdirSync(staticFolder, { recursive: true })
    writeFileSync(path.join(staticFolder, 'search-sized.html'), searchPage)

    const rest = await load('REST like (baseline)', `${app.url}/api/services?where[title][like]=assistenza%20anziani&limit=20`)
    const staticFile = await load('static HTML (baseline)', `${app.url}/bench/search-sized.html`)
    const measures = [
      await load('home page', `${app.url}/`),
      await load('search: 2 words, 2 facets', searchUrl),
      await load('search: always a new one', searchUrl, uncachedSearches(districts)),
      await load('service page', `${app.url}/servizi/${rows[0]!.slug}`),
    ]
    console.log(`\n${rows[0]!.n} public services, ${CONNECTIONS} connections, ${SECONDS} s each`)
    console.log(`search page: ${(searchPage.length / 1024).toFixed(1)} KB of HTML`)
    const format = (m: Measure) =>
      `  ${m.what.padEnd(28)} p50 ${String(m.p50).padStart(4)} ms  p99 ${String(m.p99).padStart(4)} ms  ${m.rps.toFixed(0).padStart(6)} req/s` +
      (m.errors ? `  ${m.errors} errors` : '')
    for (const m of [rest, staticFile]) console.log(format(m))
    for (const m of measures) {
      console.log(
        `${format(m)}  × ${(m.rps / rest.rps).toFixed(1)} REST  × ${(m.rps / staticFile.rps).toFixed(2)} static  (p99 ${(m.p99 / rest.p99).toFixed(2)} of REST's)`,
      )
    }
  } finally {
    rmSync(staticFolder, { recursive: true, force: true })
    await database.end()
    await app.stop()
  }
}
