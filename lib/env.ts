import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { dataDir } from './paths'

/**
 * Settings read from the environment. Secrets come from here only; `npm start` writes a
 * generated secret into `.env` on a machine that has none.
 */

/** The embedded PostgreSQL's port when the data folder has none remembered and none is set. */
export const DEFAULT_EMBEDDED_PG_PORT = 54329

/**
 * Where the data folder's embedded PostgreSQL was last started: `npm start` remembers a port
 * it chose because the usual one was taken, so that every later command finds the database.
 */
export const rememberedPortFile = (): string => path.join(dataDir, 'postgres.port')

const rememberedPort = (): number | undefined => {
  const file = rememberedPortFile()
  return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) || undefined : undefined
}

/** Where the embedded PostgreSQL listens when no DATABASE_URL is given. */
export const embeddedDatabase = {
  get port(): number {
    return Number(process.env.EMBEDDED_PG_PORT || rememberedPort() || DEFAULT_EMBEDDED_PG_PORT)
  },
  user: 'postgres',
  password: 'wemi-local',
  database: 'wemi',
}

export const embeddedDatabaseUrl = (): string =>
  `postgres://${embeddedDatabase.user}:${embeddedDatabase.password}@127.0.0.1:${embeddedDatabase.port}/${embeddedDatabase.database}`

export const usesEmbeddedDatabase = (): boolean => !process.env.DATABASE_URL

export const databaseUrl = (): string => process.env.DATABASE_URL || embeddedDatabaseUrl()

export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) {
    throw new Error('PAYLOAD_SECRET is not set. `npm start` creates one in .env; otherwise set it in the environment.')
  }
  return secret
}

export const port = (): number => Number(process.env.PORT ?? 3000)

/**
 * The origins the app is served from. Session cookies are accepted only from them, which is
 * Payload's protection against cross-site requests.
 */
export const trustedOrigins = (): string[] =>
  process.env.PUBLIC_URL ? [new URL(process.env.PUBLIC_URL).origin] : [`http://localhost:${port()}`, `http://127.0.0.1:${port()}`]

/** Cookies are marked Secure when the public address is HTTPS. */
export const servesHttps = (): boolean => process.env.PUBLIC_URL?.startsWith('https://') ?? false
