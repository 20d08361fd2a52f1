import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The project's root folder. Bundlers move this file (into `.next/` or `site/dist/`), so the
 * root is found by walking up to our own package.json rather than from a fixed offset.
 */
const findRoot = (): string => {
  const start = path.dirname(fileURLToPath(import.meta.url))
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json')
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'wemi') return dir
    if (path.dirname(dir) === dir) return process.cwd()
  }
}

export const projectRoot = findRoot()

/** Local state that is never committed: the embedded database and uploads (DATA_DIR to move it). */
export const dataDir = path.resolve(projectRoot, process.env.DATA_DIR ?? '.data')
