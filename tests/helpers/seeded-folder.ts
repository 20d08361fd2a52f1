import { execFileSync, spawn } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'

import { dataDir } from '../../lib/paths'
import { cityKey } from '../../seed/cities'
import { freePort } from './server'

/**
 * A data folder with the demo city seeded, made once per run of the browser tests: each test
 * file's `npm start` begins on a copy of it, with the same data as on an empty folder, instead
 * of migrating and seeding its own. (The run command's own test still starts on an empty one.)
 */
export const seededFolder = (): string => path.join(dataDir, `e2e-seeded-${cityKey()}`)

/** Seeds the folder afresh with `npm run seed`, as a user would, and stops its database. */
export const prepareSeededFolder = async (log: (line: string) => void): Promise<void> => {
  const folder = seededFolder()
  rmSync(folder, { recursive: true, force: true })
  const started = Date.now()
  let output = ''
  const child = spawn('npm', ['run', 'seed'], {
    env: { ...process.env, DATA_DIR: path.relative(process.cwd(), folder), EMBEDDED_PG_PORT: String(await freePort()), DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  if (code !== 0) throw new Error(`npm run seed failed (exit ${code}):\n${output}`)
  log(`seeded the demo city in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/**
 * A copy of the seeded folder at `target`, owners and modes kept (the database's files belong
 * to the user PostgreSQL runs as). Without one, `target` stays empty and `npm start` seeds it.
 */
export const copySeededFolder = (target: string): void => {
  rmSync(target, { recursive: true, force: true })
  if (existsSync(seededFolder())) execFileSync('cp', ['-a', seededFolder(), target])
}
