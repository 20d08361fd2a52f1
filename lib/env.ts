/**
 * Settings read from the environment. Secrets come from here only; `npm start` writes a
 * generated secret into `.env` on a machine that has none.
 */

/** Where the embedded PostgreSQL listens when no DATABASE_URL is given. */
export const embeddedDatabase = {
  port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
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
