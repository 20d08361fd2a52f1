import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataDir } from '../../lib/paths'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { CHROMIUM_ARGS, chromiumExecutable } from '../helpers/browser'
import { ADMIN_NAVIGATION, adminMenuPaths } from '../helpers/navigation'
import { freePort, runStartCommand, type RunningApp } from '../helpers/server'

/**
 * The README's run command on a machine with nothing set up: no DATABASE_URL, an empty data
 * folder. It must create the embedded database, migrate, seed, build what is not built and
 * serve the admin and the site on one port; every demo account then signs in to the admin and
 * finds only its own collections. The port its database last used is taken, as by another copy
 * of WeMi on the same machine.
 */

const folder = `e2e-${process.pid}`
let env: Record<string, string>
let app: RunningApp
let browser: Browser
const takenPort = net.createServer()
const rememberedPortFile = path.join(dataDir, folder, 'postgres.port')
/** The port the embedded database announces in the command's output. */
const announcedDatabasePort = (output: string) => Number(/embedded PostgreSQL on postgres:\/\/[^@]+@127\.0\.0\.1:(\d+)\//.exec(output)?.[1])

beforeAll(async () => {
  const executablePath = chromiumExecutable()
  rmSync(path.join(dataDir, folder), { recursive: true, force: true })
  await new Promise<void>((resolve) => takenPort.listen(0, '127.0.0.1', resolve))
  mkdirSync(path.join(dataDir, folder), { recursive: true })
  writeFileSync(rememberedPortFile, `${(takenPort.address() as net.AddressInfo).port}\n`)
  env = {
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: '',
    DATA_DIR: path.join(path.relative(process.cwd(), dataDir), folder),
    DATABASE_URL: '',
  }
  app = await runStartCommand(env)
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
  takenPort.close()
  rmSync(path.join(dataDir, folder), { recursive: true, force: true })
}, 120_000)

describe('npm start on a new machine', () => {
  it('creates the embedded database, seeds it and prints the URL and the demo accounts', () => {
    const output = app.output()
    expect(output).toContain('creating a PostgreSQL cluster')
    expect(output).toContain('seeded the demo data')
    expect(output).toContain(`ready on ${app.url}`)
    for (const account of DEMO_ACCOUNTS) expect(output).toContain(account.email)
  })

  it('gives its database another port when the one it used is taken, and remembers it in the data folder', () => {
    const taken = (takenPort.address() as net.AddressInfo).port
    const chosen = announcedDatabasePort(app.output())
    expect(app.output()).toContain(`port ${taken} is taken`)
    expect(chosen).not.toBe(taken)
    expect(readFileSync(rememberedPortFile, 'utf8').trim()).toBe(String(chosen))
  })

  it('serves the site at /', async () => {
    const response = await fetch(`${app.url}/`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<html lang="it">')
    expect(html).toContain('Milano')
  })

  it('serves the admin at /admin and the API at /api on the same port', async () => {
    expect((await fetch(`${app.url}/admin`)).status).toBe(200)
    const api = await fetch(`${app.url}/api/services?limit=1`)
    expect(api.status).toBe(200)
    expect((await api.json()).totalDocs).toBeGreaterThan(200)
  })

  for (const account of DEMO_ACCOUNTS.filter((candidate) => candidate.role !== 'citizen')) {
    it(`lets the ${account.role} demo account sign in and see only its collections`, async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
      try {
        await page.goto(`${app.url}/admin/login`)
        await page.locator('#field-email').fill(account.email)
        await page.locator('#field-password').fill(DEMO_PASSWORD)
        await page.locator('button[type="submit"]').click()
        await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 30_000 })
        const menu = page.locator('nav a[href^="/admin/collections/"], nav a[href^="/admin/globals/"]')
        await menu.first().waitFor({ timeout: 30_000 })
        const links = await menu.evaluateAll((anchors) =>
          anchors.map((a) => (a as HTMLAnchorElement).getAttribute('href')!.replace('/admin/', '')),
        )
        expect([...new Set(links)].sort()).toEqual(
          adminMenuPaths(account.role as keyof typeof ADMIN_NAVIGATION, account.permissions).sort(),
        )
      } finally {
        await page.close()
      }
    })
  }

  it('refuses a citizen in the admin panel', async () => {
    const citizen = DEMO_ACCOUNTS.find((account) => account.role === 'citizen')!
    const response = await fetch(`${app.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: citizen.email, password: DEMO_PASSWORD }),
    })
    expect(response.status).toBe(401)
  })

  it('stops cleanly and, started again, reuses the data without seeding', async () => {
    const countBefore = (await (await fetch(`${app.url}/api/services?limit=1`)).json()).totalDocs
    await app.stop()
    const shutdown = app.output().slice(app.output().indexOf('wemi: stopping'))
    expect(shutdown).toContain('wemi: stopping')
    expect(shutdown).not.toMatch(/error/i)
    expect(existsSync(path.join(dataDir, folder, 'postgres', 'postmaster.pid')), shutdown).toBe(false)
    const databasePort = announcedDatabasePort(app.output())
    app = await runStartCommand(env)
    expect(announcedDatabasePort(app.output())).toBe(databasePort)
    expect(app.output()).not.toContain('creating a PostgreSQL cluster')
    expect(app.output()).not.toContain('seeded the demo data')
    expect((await (await fetch(`${app.url}/api/services?limit=1`)).json()).totalDocs).toBe(countBefore)
  }, 300_000)
})
