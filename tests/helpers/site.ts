import { rmSync } from 'node:fs'
import path from 'node:path'

import { AxeBuilder } from '@axe-core/playwright'
import pg from 'pg'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

import { embeddedDatabase } from '../../lib/env'
import { dataDir } from '../../lib/paths'
import { CHROMIUM_ARGS, chromiumExecutable } from './browser'
import { copySeededFolder } from './seeded-folder'
import { freePort, runStartCommand, type RunningApp } from './server'

/** The app as `npm start` runs it on a new data folder with the demo city, plus a browser. */
export type SiteUnderTest = {
  app: RunningApp
  browser: Browser
  /** The app's own database, for a second process (the jobs at another moment) to work on. */
  databaseUrl: string
  /** A query on the app's own database, to check what the pages wrote. */
  sql: <Row = Record<string, unknown>>(text: string, values?: unknown[]) => Promise<Row[]>
  page: (options?: { javaScriptEnabled?: boolean }) => Promise<{ page: Page; context: BrowserContext }>
  stop: () => Promise<void>
}

export const startSite = async (name: string, env: Record<string, string> = {}): Promise<SiteUnderTest> => {
  const executablePath = chromiumExecutable()
  const folder = `e2e-${name}-${process.pid}`
  copySeededFolder(path.join(dataDir, folder))
  const databasePort = await freePort()
  const app = await runStartCommand({
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(databasePort),
    DATA_DIR: path.join(path.relative(process.cwd(), dataDir), folder),
    DATABASE_URL: '',
    // Two test files run at once on a machine of two cores: one web process each is plenty,
    // and a second would only double the start-up and the memory.
    WEB_CONCURRENCY: '1',
    ...env,
  })
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  const databaseUrl = `postgres://${embeddedDatabase.user}:${embeddedDatabase.password}@127.0.0.1:${databasePort}/${embeddedDatabase.database}`
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 })
  return {
    app,
    browser,
    databaseUrl,
    sql: async (text, values) => (await pool.query(text, values)).rows,
    page: async ({ javaScriptEnabled = true } = {}) => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 }, baseURL: app.url })
      return { context, page: await context.newPage() }
    },
    stop: async () => {
      await pool.end()
      await browser.close()
      await app.stop()
      rmSync(path.join(dataDir, folder), { recursive: true, force: true })
    },
  }
}

/** WCAG 2.1 AA violations axe finds on the page (or in one part of it, by selector), as readable lines. */
export const accessibilityViolations = async (page: Page, within?: string): Promise<string[]> => {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  const { violations } = await (within ? axe.include(within) : axe).analyze()
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary}`),
  )
}

/** A call to the app's REST API, as the user of the token when one is given; a refusal throws with the answer. */
export const callApi = async (site: Pick<SiteUnderTest, 'app'>, method: string, address: string, body?: unknown, token?: string) => {
  const response = await fetch(`${site.app.url}${address}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await response.json()
  if (!response.ok) throw new Error(`${method} ${address}: ${response.status} ${JSON.stringify(json)}`)
  return json
}
