import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'
import pg from 'pg'

import { embeddedDatabase } from '../lib/env'
import { dataDir, projectRoot } from '../lib/paths'
import { buildIfNeeded } from '../server/build'
import { EMBEDDED_FOLDER } from '../server/database'
import { startProxy } from '../tests/helpers/cluster'
import { freePort, runStartCommand } from '../tests/helpers/server'
import { cpuSeconds } from './measure'

type Measure = {
  what: string
  url: string
  p50: number
  p99: number
  rps: number
  /** Requests that failed, by how: "timeout", "connection" or the answer's status. */
  errors: Record<string, number>
  /** Milliseconds of CPU per request, in the app's processes and in PostgreSQL's, when asked for. */
  cpu?: { app: number; database: number }
}

const CONNECTIONS = 10
const SECONDS = 10

const format = (m: Measure) =>
  `  ${m.what.padEnd(38)} p50 ${String(m.p50).padStart(4)} ms  p99 ${String(m.p99).padStart(4)} ms  ${m.rps.toFixed(0).padStart(6)} req/s` +
  (m.cpu ? `  CPU per request: app ${m.cpu.app.toFixed(2)} ms, PostgreSQL ${m.cpu.database.toFixed(2)} ms` : '') +
  (Object.keys(m.errors).length > 0
    ? `  failed: ${Object.entries(m.errors)
        .map(([how, count]) => `${count} × ${how}`)
        .join(', ')}`
    : '')

/** Loads `url`; with `processes`, also measures the CPU the app and its database spend per request. */
const load = async (what: string, url: string, paths?: () => string, processes?: Parameters<typeof cpuSeconds>[0]): Promise<Measure> => {
  // With `paths`, every request asks for another address (a search no memory has seen).
  const requests: autocannon.Request[] | undefined = paths ? [{ setupRequest: (request) => ({ ...request, path: paths() }) }] : undefined
  await autocannon({ url, connections: CONNECTIONS, duration: 2, requests }) // warm-up
  const before = processes && cpuSeconds(processes)
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests })
  const after = processes && cpuSeconds(processes)
  const perRequest = (seconds: number) => (seconds * 1000) / result.requests.total
  return {
    cpu: before && after ? { app: perRequest(after.app - before.app), database: perRequest(after.database - before.database) } : undefined,
    what,
    url,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: Object.fromEntries(
      [
        ['timeout', result.timeouts],
        ['connection', result.errors - result.timeouts],
        ...Object.entries(result.statusCodeStats ?? {})
          .filter(([status]) => !status.startsWith('2'))
          .map(([status, { count }]) => [status, count]),
      ].filter(([, count]) => Number(count) > 0),
    ),
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
  let servicePath: string | undefined
  let newSearch: (() => string) | undefined
  try {
    const { rows } = await database.query<{ slug: string; n: string; districts: string[] }>(
      `SELECT (SELECT slug FROM service_search ORDER BY slug LIMIT 1) AS slug, (SELECT count(*) FROM service_search) AS n,
              (SELECT array_agg(slug ORDER BY number) FROM districts) AS districts`,
    )
    const districts = rows[0]!.districts
    newSearch = uncachedSearches(districts)
    servicePath = `/servizi/${rows[0]!.slug}`
    const searchUrl = `${app.url}/servizi?q=assistenza+anziani&district=${districts[7 % districts.length]}&for=anziani`
    const searchPage = await (await fetch(searchUrl)).text()
    mkdirSync(staticFolder, { recursive: true })
    writeFileSync(path.join(staticFolder, 'search-sized.html'), searchPage)

    const rest = await load('REST like (baseline)', `${app.url}/api/services?where[title][like]=assistenza%20anziani&limit=20`)
    const staticFile = await load('static HTML (baseline)', `${app.url}/bench/search-sized.html`)
    const measures = [
      await load('home page', `${app.url}/`),
      await load('search: 2 words, 2 facets', searchUrl),
      await load('search: always a new one', searchUrl, newSearch),
      await load('service page', `${app.url}${servicePath}`),
    ]
    console.log(`\n${rows[0]!.n} public services, ${CONNECTIONS} connections, ${SECONDS} s each`)
    console.log(`search page: ${(searchPage.length / 1024).toFixed(1)} KB of HTML`)
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
  await compareProcessesBehindProxy(env, servicePath, newSearch)
}

/**
 * The same pages through nginx, first to one app process and then to two started apart against
 * the same database, as the production layout runs them. Each process has one web worker, so
 * the second process is the only difference between the two runs; the searches stay new ones
 * across both, so that neither run finds the other's pages in memory.
 */
const compareProcessesBehindProxy = async (env: Record<string, string>, servicePath: string, newSearch: () => string) => {
  const oneWorker = { ...env, WEB_CONCURRENCY: '1' }
  const first = await runStartCommand({ ...oneWorker, PORT: String(await freePort()) })
  const sharedDatabase = `postgres://${embeddedDatabase.user}:${embeddedDatabase.password}@127.0.0.1:${env.EMBEDDED_PG_PORT}/${embeddedDatabase.database}`
  const stops: (() => Promise<void>)[] = [first.stop]
  try {
    const second = await runStartCommand({ ...oneWorker, DATABASE_URL: sharedDatabase, JOBS: 'off', PORT: String(await freePort()) })
    stops.unshift(second.stop)
    const port = (app: { url: string }) => Number(new URL(app.url).port)
    const toOne = await startProxy('bench-one-process', [port(first)])
    stops.unshift(toOne.stop)
    const toTwo = await startProxy('bench-two-processes', [port(first), port(second)])
    stops.unshift(toTwo.stop)
    const upstreams = new Set<string | null>()
    for (let index = 0; index < 4; index++) upstreams.add((await fetch(`${toTwo.url}/`)).headers.get('x-upstream'))
    if (upstreams.size !== 2) throw new Error(`nginx sent every request to one process: ${[...upstreams].join(', ')}`)

    const postmaster = Number(readFileSync(path.join(projectRoot, env.DATA_DIR!, EMBEDDED_FOLDER, 'postmaster.pid'), 'utf8').split('\n')[0])
    const processes = { groups: [first.processGroup, second.processGroup], postmaster }
    const pages: [string, string, (() => string)?][] = [
      ['home page', '/'],
      ['service page', servicePath],
      ['search: always a new one', '/servizi', newSearch],
    ]
    console.log(`\nThrough nginx, ${CONNECTIONS} connections, ${SECONDS} s each: one app process, then two (one web worker each)`)
    for (const [what, page, paths] of pages) {
      const one = await load(`${what}, 1 process`, `${toOne.url}${page}`, paths, processes)
      const two = await load(`${what}, 2 processes`, `${toTwo.url}${page}`, paths, processes)
      console.log(format(one))
      console.log(`${format(two)}  × ${(two.rps / one.rps).toFixed(2)} one process's`)
    }
  } finally {
    for (const stop of stops) await stop()
  }
}
