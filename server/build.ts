import { spawn } from 'node:child_process'
import { setPriority } from 'node:os'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

import { projectRoot } from '../lib/paths'

/** What both builds are made from: the back end's code is bundled into the admin and the site. */
const SHARED_SOURCES = ['payload.config.ts', 'collections', 'globals', 'access', 'lib', 'plugins', 'migrations', 'package-lock.json']

type Target = { name: string; output: string; sources: string[]; command: string[]; after?: () => void }

const TARGETS = {
  admin: {
    name: 'admin (Next.js)',
    output: '.next/BUILD_ID',
    sources: [...SHARED_SOURCES, 'app', 'components', 'next.config.mjs'],
    command: ['node_modules/next/dist/bin/next', 'build'],
  },
  site: {
    name: 'site (Astro)',
    output: 'site/dist/server/entry.mjs',
    sources: [...SHARED_SOURCES, 'site/src', 'site/public', 'site/astro.config.mjs'],
    command: ['node_modules/astro/bin/astro.mjs', 'build', '--root', 'site'],
    after: () => precompress(path.join(projectRoot, 'site/dist/client')),
  },
} satisfies Record<string, Target>

export type BuildTarget = keyof typeof TARGETS

const COMPRESSIBLE = new Set(['.css', '.js', '.mjs', '.svg', '.txt', '.xml', '.json', '.html'])

/** Writes .br and .gz beside each text asset, so that the server never compresses them per request. */
const precompress = (folder: string) => {
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name)
    if (!entry.isFile() || !COMPRESSIBLE.has(path.extname(file)) || statSync(file).size < 1024) continue
    const content = readFileSync(file)
    writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }))
    writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }))
  }
}

const newestChange = (entry: string): number => {
  const full = path.join(projectRoot, entry)
  if (!existsSync(full)) return 0
  const stats = statSync(full)
  if (!stats.isDirectory()) return stats.mtimeMs
  return Math.max(stats.mtimeMs, ...readdirSync(full).map((child) => newestChange(path.join(entry, child))))
}

const isStale = (output: string, sources: string[]): boolean => {
  const built = path.join(projectRoot, output)
  return !existsSync(built) || Math.max(...sources.map(newestChange)) > statSync(built).mtimeMs
}

const run = (args: string[], niceness: number) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    // Set before the build starts its own threads and processes, which inherit it.
    if (niceness && child.pid) setPriority(child.pid, niceness)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))))
  })

/** Whether the target has to be built: it is missing or older than its sources. */
export const needsBuild = (target: BuildTarget): boolean => isStale(TARGETS[target].output, TARGETS[target].sources)

/**
 * Builds the admin and the site (or the targets named) when they are missing or older than
 * their sources. A niceness (a Unix nice value) lets a build give way to other work.
 */
export const buildIfNeeded = async ({
  force = false,
  log = console.log,
  targets = ['site', 'admin'],
  niceness = 0,
}: { force?: boolean; log?: (line: string) => void; targets?: BuildTarget[]; niceness?: number } = {}) => {
  for (const target of targets.map((name) => TARGETS[name] as Target)) {
    if (!force && !isStale(target.output, target.sources)) continue
    log(`building the ${target.name}…`)
    const started = Date.now()
    await run(target.command, niceness)
    target.after?.()
    log(`built the ${target.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { prepareEnvironment } = await import('./environment')
  prepareEnvironment()
  await buildIfNeeded({ force: true })
}
