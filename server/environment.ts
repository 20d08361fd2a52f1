import { randomBytes } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import path from 'node:path'

import { loadEnv } from 'payload/node'

import { projectRoot } from '../lib/paths'

/**
 * Loads `.env`, turns the frameworks' telemetry off and makes sure there is a PAYLOAD_SECRET: a first run on a new machine writes a
 * random one into `.env` (never committed), so sessions survive restarts.
 */
export const prepareEnvironment = (log: (line: string) => void = console.log): void => {
  loadEnv(projectRoot)
  // The frameworks would otherwise try to send usage statistics from the builds and the server.
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1'
  if (process.env.PAYLOAD_SECRET) return
  const secret = randomBytes(32).toString('hex')
  const envFile = path.join(projectRoot, '.env')
  appendFileSync(envFile, `${existsSync(envFile) ? '\n' : ''}PAYLOAD_SECRET=${secret}\n`)
  process.env.PAYLOAD_SECRET = secret
  log(`Created a PAYLOAD_SECRET in ${envFile}`)
}
