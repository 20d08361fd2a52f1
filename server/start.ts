import cluster, { type Worker } from 'node:cluster'
import { availableParallelism, setPriority } from 'node:os'

import { port as configuredPort, usesEmbeddedDatabase } from '../lib/env'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed/accounts'
import { prepareAppIo } from './app-io'
import { buildIfNeeded } from './build'
import { ensureDatabase } from './database'
import { prepareEnvironment } from './environment'
import { prepareIdentity } from './identity'
import { preparePayments } from './payments'

/**
 * `npm start` (and `npm run dev` with --dev): one command that ensures the database, applies
 * migrations, seeds an empty database, builds what is not built and serves the admin, the API
 * and the site on one port. In production one worker per core (WEB_CONCURRENCY to change)
 * shares the port; the app keeps no state of its own, so they are interchangeable. The job
 * queue runs in a process of its own beside them.
 */
const dev = process.argv.includes('--dev')
// Next.js and Payload read NODE_ENV when they load, so it is set before they are imported.
Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' })
const log = (line: string) => console.log(`wemi: ${line}`)
const port = configuredPort()
/** The job queue (deadlines, reminders, e-mails) runs in a process of the app, unless JOBS=off. */
const runsJobs = process.env.JOBS !== 'off'
/** How much lower than the web processes the job queue's process runs (a Unix nice value). */
const JOB_QUEUE_NICENESS = 10
/** How much lower the admin's build runs than the database's preparation and the site's build. */
const BUILD_NICENESS = 10

// The primary loads Payload and Next.js only in development, where it serves by itself: in
// production it hands connections to workers, and a small heap keeps its pauses short.
const serveApp = async (dev: boolean, admin = true) => (await import('./serve')).serve({ dev, port, admin })
const runQueue = async () => (await import('./queue')).runJobQueue(log)

type Prepared = Awaited<ReturnType<typeof import('./setup').prepareDatabase>>
const prepare = async (): Promise<Prepared> => {
  const { prepareDatabase } = await import('./setup')
  // A new database gets the demo city unless DEMO_DATA=off (production must set it).
  return prepareDatabase({ seed: process.env.DEMO_DATA === 'off' ? false : 'if-empty', log })
}

/** In production, migrations and the seed run in a process of their own that exits when done. */
const prepareInWorker = () =>
  new Promise<Prepared>((resolve, reject) => {
    const worker = cluster.fork({ WEMI_WORKER: 'setup' })
    let prepared: Prepared | undefined
    worker.on('message', (message: Prepared) => (prepared = message))
    worker.on('exit', (code) =>
      code === 0 && prepared ? resolve(prepared) : reject(new Error(`preparing the database failed (exit ${code})`)),
    )
  })

/** Forks a web process (serving the admin too, or the site alone) and resolves once it listens. */
const startWebWorker = (admin: boolean) =>
  new Promise<Worker>((resolve, reject) => {
    const worker = cluster.fork({ WEMI_WORKER: 'web', WEMI_ADMIN: admin ? 'now' : 'later' })
    worker.once('listening', () => resolve(worker))
    worker.once('exit', (code) => reject(new Error(`a web process failed to start (exit ${code})`)))
  })

const stopWorker = (worker: Worker) =>
  new Promise<void>((resolve) => {
    if (worker.isDead()) return resolve()
    worker.once('exit', () => resolve())
    worker.process.kill('SIGTERM')
  })

/**
 * The production processes: one web process per core (WEB_CONCURRENCY to change), sharing the
 * port, and the job queue's. Without the admin yet, the web processes serve the site alone
 * until `serveAdmin` replaces them, one at a time, so that the site never stops answering.
 */
const startWorkers = async (admin: boolean) => {
  const count = Number(process.env.WEB_CONCURRENCY) || availableParallelism()
  const web = await Promise.all(Array.from({ length: count }, () => startWebWorker(admin)))
  const jobs = runsJobs ? [cluster.fork({ WEMI_WORKER: 'jobs' })] : []
  let closing = false
  return {
    count,
    serveAdmin: async () => {
      for (const [index, old] of web.entries()) {
        const replacement = await startWebWorker(true)
        if (closing) return stopWorker(replacement)
        web[index] = replacement
        await stopWorker(old)
      }
    },
    close: async () => {
      closing = true
      await Promise.all([...web, ...jobs].map(stopWorker))
    },
  }
}

if (cluster.isWorker) {
  const role = process.env.WEMI_WORKER
  if (role === 'setup') {
    const prepared = await prepare()
    process.send!(prepared, () => process.exit(0))
  } else {
    // Deadlines and e-mails may wait a moment, a click should not: the queue's process gives
    // way to the web processes whenever both want a core.
    if (role === 'jobs') setPriority(JOB_QUEUE_NICENESS)
    const close = role === 'jobs' ? await runQueue() : await serveApp(false, process.env.WEMI_ADMIN !== 'later')
    let closing = false
    // Ctrl-C reaches every process of the terminal; the primary may also ask with SIGTERM.
    const stop = () => {
      if (closing) return
      closing = true
      void close().finally(() => process.exit(0))
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  }
} else {
  prepareEnvironment(log)
  const database = await ensureDatabase({ log })
  log(usesEmbeddedDatabase() ? `embedded PostgreSQL on ${database.url.replace(/:[^:@/]+@/, ':***@')}` : 'PostgreSQL from DATABASE_URL')

  const payments = await preparePayments({ port, log })
  const identity = await prepareIdentity({ log })
  const appIo = await prepareAppIo({ log })

  /** Whatever stops the app, the embedded database stops last, after every connection is closed. */
  const shutdown = async (code: number, closeApp: () => Promise<void>) => {
    await closeApp().catch((error) => console.error(error))
    await payments.stop()
    await identity.stop()
    await appIo.stop()
    await database.stop()
    process.exit(code)
  }

  const url = `http://localhost:${port}`
  const ready = (workers: number) =>
    log(`ready on ${url} (site) and ${url}/admin (admin panel)${dev ? ', reloading on changes' : `, ${workers} workers`}`)

  let closeApp: () => Promise<void> = async () => {}
  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    log('stopping…')
    void shutdown(0, closeApp)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)

  try {
    // In production the builds run beside the database's preparation: the site's (seconds)
    // first, the admin's (the longest step of a first start) at a lower priority, so that on a
    // first start the site answers while the admin is still being built.
    const siteBuilt = dev ? undefined : buildIfNeeded({ log, targets: ['site'] })
    const adminBuilt = dev ? undefined : buildIfNeeded({ log, targets: ['admin'], niceness: BUILD_NICENESS })
    let adminReady = false
    void adminBuilt?.then(
      () => (adminReady = true),
      () => {}, // awaited below, where a failed build stops the start
    )
    const [{ summary, demoAccounts }] = await Promise.all([dev ? prepare() : prepareInWorker(), siteBuilt])
    if (summary) log(`seeded the demo data in ${(summary.milliseconds / 1000).toFixed(1)} s`)
    const printAccounts = () => {
      if (!demoAccounts) return
      log(`demo accounts, password "${DEMO_PASSWORD}":`)
      for (const account of DEMO_ACCOUNTS) log(`  ${account.role.padEnd(14)} ${account.email}`)
    }

    if (dev) {
      const closeSite = await serveApp(true)
      const stopJobs = runsJobs ? await runQueue() : async () => {}
      closeApp = async () => {
        await stopJobs()
        await closeSite()
      }
      ready(1)
    } else {
      const workers = await startWorkers(adminReady)
      closeApp = workers.close
      if (!adminReady) {
        log(`site ready on ${url}; the admin panel is being built and follows in a moment`)
        await adminBuilt
        await workers.serveAdmin()
      }
      ready(workers.count)
    }
    printAccounts()
  } catch (error) {
    console.error(error)
    log('could not start; stopping the database')
    await shutdown(1, async () => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM')
    })
  }
}
