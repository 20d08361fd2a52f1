import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataDir, projectRoot } from '../../lib/paths'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/accounts'
import { CHROMIUM_ARGS, chromiumExecutable } from '../helpers/browser'
import { startProxy, startReplicatedDatabase } from '../helpers/cluster'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { freePort, runStartCommand, type RunningApp } from '../helpers/server'

/**
 * The production layout on one machine: two app processes started apart behind nginx, a
 * PostgreSQL primary with a streaming replica that applies each change two seconds late (so a
 * read that should have gone to the primary shows), and two job workers of their own.
 */
const APPLY_DELAY_MS = 2000
let mailbox: Mailbox
let database: Awaited<ReturnType<typeof startReplicatedDatabase>>
const apps: RunningApp[] = []
const workers: ChildProcess[] = []
let workerOutput = ''
let proxy: Awaited<ReturnType<typeof startProxy>>
let browser: Browser

beforeAll(async () => {
  mailbox = await startMailbox()
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
    DATA_DIR: path.relative(projectRoot, path.join(dataDir, 'scale-out-files')),
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
    const signIn = await fetch(`${first}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: DEMO_PASSWORD }),
    })
    const { token } = (await signIn.json()) as { token: string }
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
    expect((await replicaReads()) - before).toBeGreaterThanOrEqual(services.length / 2)
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
})
