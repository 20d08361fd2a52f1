import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type Browser, chromium } from 'playwright-core'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataDir, projectRoot } from '../../lib/paths'
import { PUBLISH_SLOTS_TASK } from '../../plugins/appointments/publish-slots'
import { REFRESH_INSIGHTS_TASK } from '../../plugins/insights'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { CHROMIUM_ARGS, chromiumExecutable } from '../helpers/browser'
import { startProxy, startReplicatedDatabase } from '../helpers/cluster'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { PNG } from '../helpers/fixtures'
import { freePort, runStartCommand, type RunningApp } from '../helpers/server'

/**
 * The production layout on one machine: two app processes started apart behind nginx, a
 * PostgreSQL primary with a streaming replica that applies each change two seconds late (so a
 * read that should have gone to the primary shows), two job workers of their own, and uploads
 * in an S3-compatible store (an S3 server on loopback that checks every request's signature).
 */
const APPLY_DELAY_MS = 2000
let mailbox: Mailbox
let database: Awaited<ReturnType<typeof startReplicatedDatabase>>
const apps: RunningApp[] = []
const workers: ChildProcess[] = []
let workerOutput = ''
let proxy: Awaited<ReturnType<typeof startProxy>>
let browser: Browser
let storage: S3rver
let storageFolder: string
const FILES = path.join(dataDir, 'scale-out-files')

beforeAll(async () => {
  mailbox = await startMailbox()
  storageFolder = mkdtempSync(path.join(tmpdir(), 'wemi-scale-out-s3-'))
  const storagePort = await freePort()
  storage = new S3rver({
    address: '127.0.0.1',
    port: storagePort,
    directory: storageFolder,
    silent: true,
    configureBuckets: [{ name: 'wemi', configs: [] }],
  })
  await storage.run()
  database = await startReplicatedDatabase('scale-out', `${APPLY_DELAY_MS}ms`)
  // The database exists before the app starts, on the replica too, as in production.
  await database.query(database.primary.url('postgres'), 'CREATE DATABASE wemi')
  for (let tries = 0; ; tries++) {
    const found = await database.query(database.replica.url('postgres'), "SELECT 1 FROM pg_database WHERE datname = 'wemi'")
    if (found.length > 0) break
    if (tries > 300) throw new Error('The replica never received the database')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const shared = {
    ...mailbox.env,
    DATABASE_URL: database.primary.url('wemi'),
    DATABASE_REPLICA_URLS: database.replica.url('wemi'),
    DATA_DIR: path.relative(projectRoot, FILES),
    S3_BUCKET: 'wemi',
    S3_ENDPOINT: `http://127.0.0.1:${storagePort}`,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    JOBS: 'off',
    JOBS_INTERVAL_SECONDS: '1',
    WEB_CONCURRENCY: '1',
  }
  // The first process migrates and seeds; the second finds the database ready.
  for (let index = 0; index < 2; index++) apps.push(await runStartCommand({ ...shared, PORT: String(await freePort()) }))
  for (let index = 0; index < 2; index++) {
    const worker = spawn('npm', ['run', 'jobs'], { cwd: projectRoot, env: { ...process.env, ...shared }, detached: true })
    worker.stdout!.on('data', (chunk) => (workerOutput += chunk))
    worker.stderr!.on('data', (chunk) => (workerOutput += chunk))
    workers.push(worker)
  }
  proxy = await startProxy(
    'scale-out',
    apps.map((app) => Number(new URL(app.url).port)),
  )
  browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS })
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await proxy?.stop()
  for (const worker of workers) process.kill(-worker.pid!, 'SIGTERM')
  for (const app of apps) await app.stop()
  database?.stop()
  await mailbox?.close()
  await storage?.close()
  if (storageFolder) rmSync(storageFolder, { recursive: true, force: true })
})

const citizen = DEMO_ACCOUNTS.find((account) => account.role === 'citizen')!
const admin = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!

/** Reads committed on the replica's own database so far. */
const replicaReads = async () =>
  Number(
    (
      await database.query<{ reads: string }>(
        database.replica.url('wemi'),
        "SELECT xact_commit AS reads FROM pg_stat_database WHERE datname = 'wemi'",
      )
    )[0]!.reads,
  )

/** The demo WeMi admin, signed in over REST through `at`. */
const signInAsAdmin = async (at: string) => {
  const signIn = await fetch(`${at}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: DEMO_PASSWORD }),
  })
  return (await signIn.json()) as { token: string; user: { id: string } }
}

describe('two app processes, a replica and two job workers', () => {
  it('keeps a citizen signed in on the other process, and shows them their own new request at once', async () => {
    const context = await browser.newContext({ locale: 'it-IT' })
    const page = await context.newPage()
    try {
      const [first, second] = apps.map((app) => app.url) as [string, string] as [string, string]
      await page.goto(`${first}/accedi`)
      await page.getByLabel('E-mail', { exact: true }).fill(citizen.email)
      await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD)
      await page.getByRole('button', { name: 'Accedi' }).click()
      await page.waitForURL(/\/area-personale$/)
      // Cookies belong to the host, not the port: the other process gets the same session.
      await page.goto(`${second}/area-personale`)
      expect(new URL(page.url()).pathname).toBe('/area-personale')
      expect(await page.locator('main').textContent()).toContain(citizen.name.split(' ')[0])

      // A request sent through the first process is in her list on the second straight away.
      const [service] = await database.query<{ slug: string }>(
        database.primary.url('wemi'),
        "SELECT slug FROM service_search WHERE 'morning' = ANY(time_bands) ORDER BY slug LIMIT 1",
      )
      await page.goto(`${first}/servizi/${service!.slug}`)
      await page.getByRole('link', { name: 'Richiedi il servizio' }).click()
      await page.getByText('Per un’altra persona').click()
      await page.getByLabel(/^Nome/).first().fill('Giuseppe Rossi')
      await page.getByLabel(/^Anno di nascita/).fill('1945')
      await page
        .getByRole('group', { name: /^Giorni preferiti/ })
        .getByText('Lunedì', { exact: true })
        .click()
      await page
        .getByRole('group', { name: /^Fasce orarie preferite/ })
        .getByText(/^Mattina/)
        .click()
      await page.getByRole('button', { name: 'Invia la richiesta' }).click()
      await page.waitForURL(/\/area-personale\/richieste\/[0-9a-f-]+\?done=sent/)
      const reference = /WM-[A-Z0-9]{6}/.exec(await page.locator('h1').innerText())![0]
      await page.goto(`${second}/area-personale/richieste`)
      expect(await page.locator('main').innerText()).toContain(reference)
    } finally {
      await context.close()
    }
  })

  it('shows an edit made through one process on the other at once', async () => {
    const [first, second] = apps.map((app) => app.url) as [string, string]
    const { token } = await signInAsAdmin(first)
    const page = async (at: string) => (await fetch(`${at}/chi-siamo`)).text()
    expect(await page(second)).toContain('<h1')
    const { docs } = (await (await fetch(`${first}/api/pages?where[slug][equals]=chi-siamo&depth=0`)).json()) as { docs: { id: string }[] }
    const title = `Chi siamo ${Date.now()}`
    const saved = await fetch(`${first}/api/pages/${docs[0]!.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title }),
    })
    expect(saved.status).toBe(200)
    // Well within the replica's delay: only a read sent to the primary can show it.
    await expect.poll(() => page(second), { timeout: APPLY_DELAY_MS / 2, interval: 50 }).toContain(title)
  })

  it('lets a REST or GraphQL client read back through the other process what it just saved', async () => {
    const [first, second] = apps.map((app) => app.url) as [string, string]
    const { token, user } = await signInAsAdmin(first)
    const authorization = `JWT ${token}`
    // Past the replica's delay, the session and the last test's edit are on the replica too.
    await new Promise((resolve) => setTimeout(resolve, APPLY_DELAY_MS + 500))
    const nameThrough = async (at: string, cookie?: string) => {
      const response = await fetch(`${at}/api/users/${user.id}?depth=0`, { headers: { authorization, ...(cookie && { cookie }) } })
      return ((await response.json()) as { name: string }).name
    }
    const rename = async (name: string) => {
      const saved = await fetch(`${first}/api/users/${user.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ name }),
      })
      expect(saved.status).toBe(200)
      const written = saved.headers.getSetCookie().find((cookie) => cookie.startsWith('wemi-written='))
      expect(written).toBeDefined()
      return written!.split(';')[0]!
    }
    // A client that forgets the answer's cookie reads the replica, two seconds behind: the old name.
    const before = await nameThrough(second)
    await rename(`${admin.name} (1)`)
    expect(await nameThrough(second)).toBe(before)
    // One that keeps it, as the admin panel does, reads its own change through the other process.
    const cookie = await rename(`${admin.name} (2)`)
    expect(await nameThrough(second, cookie)).toBe(`${admin.name} (2)`)
    const byGraphql = await fetch(`${second}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization, cookie },
      body: JSON.stringify({ query: `{ User(id: "${user.id}") { name } }` }),
    })
    expect(((await byGraphql.json()) as { data: { User: { name: string } } }).data.User.name).toBe(`${admin.name} (2)`)
    await rename(admin.name)
  })

  it('serves a file uploaded through one process from the other, kept in the shared store', async () => {
    const [first, second] = apps.map((app) => app.url) as [string, string]
    const { token } = await signInAsAdmin(first)
    const form = new FormData()
    form.append('file', new Blob([PNG], { type: 'image/png' }), 'locandina-festa-quartiere.png')
    form.append('_payload', JSON.stringify({ alt: 'Locandina della festa di quartiere' }))
    const created = await fetch(`${first}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
    expect(created.status).toBe(201)
    const { filename } = ((await created.json()) as { doc: { filename: string } }).doc
    const served = await fetch(`${second}/api/media/file/${encodeURIComponent(filename)}`)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true)
    // No process keeps it in its own folder.
    expect(existsSync(path.resolve(projectRoot, process.env.MEDIA_DIR ?? path.join(FILES, 'media'), filename))).toBe(false)
  })

  it('balances through the proxy and reads from the replica', async () => {
    // Past the replica's delay, nothing recent needs the primary.
    await new Promise((resolve) => setTimeout(resolve, APPLY_DELAY_MS + 500))
    const services = await database.query<{ slug: string }>(
      database.primary.url('wemi'),
      'SELECT slug FROM service_search ORDER BY slug LIMIT 20',
    )
    const before = await replicaReads()
    const upstreams = new Set<string>()
    for (const { slug } of services) {
      const response = await fetch(`${proxy.url}/servizi/${slug}`)
      expect(response.status).toBe(200)
      upstreams.add(response.headers.get('x-upstream') ?? '')
    }
    expect(upstreams.size).toBe(2)
    // A service page reads through Payload (the replica) and from the search tables (the primary).
    // A server backend reports its counts up to ten seconds after it falls idle, so they are awaited.
    await expect.poll(async () => (await replicaReads()) - before, { timeout: 15_000 }).toBeGreaterThanOrEqual(services.length / 2)
  })

  it('runs each job once with two workers alive', async () => {
    // A resident reports a problem through the proxy; its receipt is then sent a dozen times more.
    const context = await browser.newContext({ locale: 'it-IT', baseURL: proxy.url })
    const page = await context.newPage()
    try {
      await page.goto('/segnala-disservizio')
      const form = page.locator('form[action="/segnala-disservizio"]')
      await form.getByLabel('Cosa non ha funzionato', { exact: true }).selectOption({ label: 'Il sito o l’app' })
      await form.getByLabel('Cosa è successo', { exact: true }).fill('La pagina dei servizi non si apriva dal telefono questa mattina.')
      await form.getByLabel('E-mail', { exact: true }).fill('rosa.verdi@esempio.it')
      await form.getByRole('button', { name: 'Invia la segnalazione' }).click()
      await page.getByRole('status').filter({ hasText: 'Segnalazione inviata' }).waitFor()
    } finally {
      await context.close()
    }
    await mailbox.waitFor('rosa.verdi@esempio.it', /Segnalazione ricevuta/)
    const report = await database.query<{ id: string }>(database.primary.url('wemi'), 'SELECT id FROM inefficiency_reports LIMIT 1')
    expect(report.length).toBe(1)
    const count = 12
    const receipts = () => mailbox.messages.filter((mail) => mail.to.includes('rosa.verdi@esempio.it')).length
    const before = receipts()
    // Timers, due in a second: each worker looks at the queue every few seconds.
    await database.query(
      database.primary.url('wemi'),
      `INSERT INTO payload_jobs (task_slug, input, wait_until)
       SELECT 'send-inefficiency-email', jsonb_build_object('report', '${report[0]!.id}', 'kind', 'receipt'), now() + interval '1 second'
       FROM generate_series(1, ${count})`,
    )
    await expect.poll(() => receipts() - before, { timeout: 60_000, message: workerOutput.slice(-3000) }).toBe(count)
    // Both workers look again: nothing is sent twice, and no job is left or failed.
    await new Promise((resolve) => setTimeout(resolve, 4000))
    expect(receipts() - before).toBe(count)
    const left = await database.query(
      database.primary.url('wemi'),
      "SELECT id FROM payload_jobs WHERE task_slug = 'send-inefficiency-email'",
    )
    expect(left).toEqual([])
  })

  it('queues each scheduled task’s next run once, though both workers look at the schedules every second', async () => {
    const pending = await database.query<{ task: string; runs: string }>(
      database.primary.url('wemi'),
      `SELECT task_slug AS task, count(*) AS runs FROM payload_jobs
       WHERE task_slug IN ('${REFRESH_INSIGHTS_TASK}', '${PUBLISH_SLOTS_TASK}') AND completed_at IS NULL GROUP BY task_slug ORDER BY task_slug`,
    )
    expect(pending.map(({ task, runs }) => [task, Number(runs)])).toEqual(
      [REFRESH_INSIGHTS_TASK, PUBLISH_SLOTS_TASK].sort().map((task) => [task, 1]),
    )
  })
})
