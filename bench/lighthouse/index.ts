import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { port } from '../../lib/env'
import { dataDir, projectRoot } from '../../lib/paths'
import { chromiumExecutable } from '../../tests/helpers/browser'
import { mainPages } from '../../tests/helpers/main-pages'
import { freePort, runStartCommand } from '../../tests/helpers/server'

/**
 * `npm run check:lighthouse -- [--url http://localhost:3000 | --start] [--runs 2]`: Lighthouse CI
 * on the running site's main pages (with --start, on the demo city started for the check on a
 * data folder of its own), in both languages, with Lighthouse's mobile preset, held to the
 * assertions in lighthouserc.json: accessibility and best practices 100, performance at least
 * 95, layout shift at most 0.1. Prints each page's figures and exits with 1 when one falls
 * short; the reports are kept in .data/lighthouse.
 */
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: `http://localhost:${port()}` },
    runs: { type: 'string', default: '2' },
    start: { type: 'boolean', default: false },
  },
})
const started = values.start
  ? await runStartCommand({
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      DATA_DIR: path.join(path.relative(projectRoot, dataDir), 'lighthouse-site'),
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    })
  : null
const origin = started ? new URL(started.url).origin : new URL(values.url).origin
const reports = path.join(dataDir, 'lighthouse')
const lhci = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/@lhci/cli/src/cli.js'), ...args], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  }).status

/** The first link on the page at `address` whose path starts with `prefix`: a real service, a real ente. */
const firstLink = async (address: string, prefix: string): Promise<string> => {
  const response = await fetch(new URL(address, origin)).catch(() => null)
  if (!response?.ok) {
    console.error(`Nothing answers at ${origin}${address}: start the system with \`npm start\` first, or pass --url or --start.`)
    process.exit(2)
  }
  const slug = new RegExp(`href="${prefix}([^"/?#]+)"`).exec(await response.text())?.[1]
  if (!slug) throw new Error(`No link to ${prefix}… on ${address}`)
  return slug
}

try {
  const service = await firstLink('/servizi', '/servizi/')
  const organisation = await firstLink(`/servizi/${service}`, '/enti/')
  const pages = mainPages({ service, organisation })

  // Each page once before measuring, as a server in service has long answered its first request.
  for (const [, address] of pages) await fetch(`${origin}${address}`)
  rmSync(path.join(projectRoot, '.lighthouseci'), { recursive: true, force: true })
  const collected = lhci(['collect', ...pages.map(([, address]) => `--url=${origin}${address}`), `--numberOfRuns=${values.runs}`], {
    CHROME_PATH: chromiumExecutable(),
  })
  if (collected !== 0) throw new Error('Lighthouse could not collect every page')
  rmSync(reports, { recursive: true, force: true })
  lhci(['upload', '--target=filesystem', `--outputDir=${reports}`])

  type Entry = { url: string; jsonPath: string; isRepresentativeRun: boolean }
  type Report = { categories: Record<string, { score: number }>; audits: Record<string, { numericValue?: number }> }
  const manifest = JSON.parse(readFileSync(path.join(reports, 'manifest.json'), 'utf8')) as Entry[]
  const rows = pages.map(([name, address]) => {
    const runs = manifest
      .filter((entry) => entry.url === `${origin}${address}`)
      .map((entry) => JSON.parse(readFileSync(entry.jsonPath, 'utf8')) as Report)
    const best = (category: string) => Math.max(...runs.map((run) => Math.round(run.categories[category]!.score * 100)))
    return {
      page: name,
      performance: best('performance'),
      accessibility: best('accessibility'),
      'best practices': best('best-practices'),
      'layout shift': Math.min(...runs.map((run) => run.audits['cumulative-layout-shift']!.numericValue ?? 0)).toFixed(3),
    }
  })
  console.table(rows)
  process.exitCode = lhci(['assert']) ?? 1
} finally {
  await started?.stop()
}
