import { rmSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { daysFromToday } from '../lib/dates'
import { CITY_TIME_ZONE } from '../seed/cities'
import { embeddedDatabase } from '../lib/env'
import { dataDir, projectRoot } from '../lib/paths'
import { createConfig } from '../payload.config'
import { buildIfNeeded } from '../server/build'
import { closePayload, openPayload } from '../server/instance'
import { freePort, runStartCommand } from '../tests/helpers/server'

const CITIZENS = 20
const SECONDS = 30
/** The first seconds warm the server up (compiled code, caches, connections) and are not counted. */
const WARMUP_SECONDS = 5
/** A person reads the page before the next click: between half and one and a half of this. */
const DEFAULT_THINK_MS = 1000
const PASSWORD = 'Bench-Password-2026'
const dayFromNow = (days: number) => daysFromToday(days, CITY_TIME_ZONE)

type Sample = { step: string; ms: number; ok: boolean; at: number }

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/**
 * The marketplace under load: 20 simulated citizens for 30 s, each sending a request to three
 * enti, the enti quoting, the citizen accepting the cheaper quote, the ente confirming payment
 * and marking the service delivered — all through the REST API of the built app. People pause
 * to read between clicks (`thinkMs`; 0 turns the citizens into a closed loop that measures the
 * saturation throughput). The baseline, measured in the same run, is a plain authenticated read
 * of the request's threads. Figures count the calls started after a warm-up. At the end the
 * database is checked: every transition the API confirmed is recorded exactly once, and none more.
 */
export const runMarketplaceBenchmark = async ({ thinkMs = DEFAULT_THINK_MS }: { thinkMs?: number } = {}) => {
  const think = () => (thinkMs > 0 ? new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random()))) : Promise.resolve())
  await buildIfNeeded()
  const folder = 'bench-marketplace'
  rmSync(path.join(dataDir, folder), { recursive: true, force: true })
  const databasePort = await freePort()
  const env = {
    EMBEDDED_PG_PORT: String(databasePort),
    DATA_DIR: path.join(path.relative(projectRoot, dataDir), folder),
    DATABASE_URL: '',
    PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
  }
  const app = await runStartCommand(env)
  const databaseUrl = `postgres://${embeddedDatabase.user}:${embeddedDatabase.password}@127.0.0.1:${databasePort}/${embeddedDatabase.database}`
  const database = new pg.Client({ connectionString: databaseUrl })
  await database.connect()
  const payload = await openPayload(createConfig(databaseUrl))
  try {
    // Categories offered by at least three enti, and an ente admin for each of those enti.
    const { rows: offers } = await database.query<{ category: string; services: string[]; organisations: string[] }>(
      `SELECT category_id AS category, (array_agg(service_id ORDER BY service_id))[1:3] AS services,
              (array_agg(organisation_id ORDER BY service_id))[1:3] AS organisations
       FROM (SELECT DISTINCT ON (category_id, organisation_id) category_id, organisation_id, service_id FROM service_search ORDER BY category_id, organisation_id, service_id) s
       GROUP BY category_id HAVING count(*) >= 3`,
    )
    if (offers.length === 0) throw new Error('The demo catalogue has no category offered by three enti')
    const district = (await database.query<{ id: string }>('SELECT id FROM districts ORDER BY number LIMIT 1')).rows[0]!.id
    const organisations = [...new Set(offers.flatMap((offer) => offer.organisations))]
    for (const organisation of organisations) {
      await payload.create({
        collection: 'users',
        data: { email: `bench-${organisation}@wemi.example`, password: PASSWORD, name: 'Bench', roles: ['ente-admin'], organisation },
      })
    }
    for (let index = 0; index < CITIZENS; index++) {
      await payload.create({
        collection: 'citizens',
        data: {
          email: `bench-citizen-${index}@wemi.example`,
          password: PASSWORD,
          firstName: 'Bench',
          lastName: String(index),
          _verified: true,
        } as never,
        disableVerificationEmail: true,
      })
    }
    const login = async (collection: 'users' | 'citizens', email: string) => {
      const response = await fetch(`${app.url}/api/${collection}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      })
      if (!response.ok) throw new Error(`Login failed for ${email}: ${response.status}`)
      return ((await response.json()) as { token: string }).token
    }
    const enteTokens = new Map<string, string>()
    for (const organisation of organisations) enteTokens.set(organisation, await login('users', `bench-${organisation}@wemi.example`))
    const citizenTokens = await Promise.all(
      Array.from({ length: CITIZENS }, (_, index) => login('citizens', `bench-citizen-${index}@wemi.example`)),
    )

    const samples: Sample[] = []
    const confirmed: { thread: string; action: string }[] = []
    const call = async (step: string, token: string, method: string, url: string, body?: unknown) => {
      const started = performance.now()
      const response = await fetch(`${app.url}${url}`, {
        method,
        headers: { authorization: `JWT ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      })
      const json = (await response.json()) as Record<string, any>
      samples.push({ step, ms: performance.now() - started, ok: response.ok, at: started })
      return { ok: response.ok, json }
    }
    const act = async (token: string, thread: string, action: string, input: Record<string, unknown> = {}) => {
      const outcome = await call(action, token, 'POST', `/api/threads/${thread}/actions/${action}`, input)
      if (outcome.ok) confirmed.push({ thread, action })
      return outcome
    }

    const benchStart = new Date().toISOString()
    const deadline = Date.now() + (WARMUP_SECONDS + SECONDS) * 1000
    const citizenLoop = async (token: string, index: number) => {
      for (let round = 0; Date.now() < deadline; round++) {
        const offer = offers[(index + round) % offers.length]!
        // Like the site, the citizen needs only the new request's id, not every service populated.
        const sent = await call('send request', token, 'POST', '/api/requests?depth=0', {
          services: offer.services,
          beneficiary: { name: 'Bench', relationship: 'self' },
          address: { street: 'Via Padova 1', district },
          period: { start: dayFromNow(10), end: dayFromNow(40), days: ['mon', 'thu'], timeBands: ['morning'] },
        })
        if (!sent.ok) continue
        const { json: list } = await call('baseline: read', token, 'GET', `/api/threads?where[request][equals]=${sent.json.doc.id}&depth=0`)
        const threads = list.docs as { id: string; organisation: string }[]
        const quotes = await Promise.all(
          threads.map(async (thread, position) =>
            think()
              .then(() =>
                act(enteTokens.get(thread.organisation)!, thread.id, 'quote', {
                  amountCents: 10_000 + position * 1_000,
                  validUntil: dayFromNow(5),
                  // From today: the run marks the service delivered, which it cannot be before it starts.
                  periodStart: dayFromNow(0),
                  periodEnd: dayFromNow(40),
                }),
              )
              .then((outcome) => ({ thread, quote: outcome.json.quote as string | undefined })),
          ),
        )
        const cheapest = quotes.find((quote) => quote.quote)
        if (!cheapest) continue
        await think()
        const accepted = await act(token, cheapest.thread.id, 'accept', { quote: cheapest.quote })
        if (!accepted.ok) continue
        const enteToken = enteTokens.get(cheapest.thread.organisation)!
        await think()
        if ((await act(enteToken, cheapest.thread.id, 'confirm-payment', { method: 'other' })).ok) {
          await think()
          await act(enteToken, cheapest.thread.id, 'deliver')
        }
        await think()
      }
    }
    const measuredFrom = performance.now() + WARMUP_SECONDS * 1000
    await Promise.all(citizenTokens.map((token, index) => citizenLoop(token, index)))
    const elapsed = (performance.now() - measuredFrom) / 1000
    const measured = samples.filter((sample) => sample.at >= measuredFrom)

    // Every transition the API confirmed is in the audit log once; the log has none beyond them.
    const { rows: recorded } = await database.query<{ thread: string; action: string; n: number }>(
      `SELECT document_id AS thread, changes->>'action' AS action, count(*)::int AS n FROM audit_log
       WHERE action = 'transition' AND created_at >= $1 AND changes->>'action' <> 'send' AND changes->>'to' <> 'not-chosen' GROUP BY 1, 2`,
      [benchStart],
    )
    const duplicated = recorded.filter((row) => row.n > 1 && row.action !== 'requote' && row.action !== 'message')
    const recordedKeys = new Set(recorded.map((row) => `${row.thread}:${row.action}`))
    const confirmedKeys = new Set(confirmed.map((row) => `${row.thread}:${row.action}`))
    const lost = [...confirmedKeys].filter((key) => !recordedKeys.has(key))
    const unconfirmed = [...recordedKeys].filter((key) => !confirmedKeys.has(key))
    // A request whose quote was accepted has one chosen thread and no other left open.
    const { rows: doubleAccepts } = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT request_id FROM threads GROUP BY request_id
         HAVING count(*) FILTER (WHERE status IN ('accepted', 'paid', 'delivered')) > 1
             OR (count(*) FILTER (WHERE status IN ('accepted', 'paid', 'delivered')) = 1 AND count(*) FILTER (WHERE status IN ('sent', 'quoted')) > 0)) x`,
    )

    const steps = [...new Set(measured.map((sample) => sample.step))]
    const pauses = thinkMs > 0 ? `pausing ${thinkMs / 2}–${(thinkMs * 3) / 2} ms between clicks` : 'without pauses (closed loop)'
    console.log(
      `\nMarketplace: ${CITIZENS} simulated citizens ${pauses} for ${elapsed.toFixed(1)} s over REST after ${WARMUP_SECONDS} s of warm-up, ${organisations.length} enti`,
    )
    for (const step of steps) {
      const of = measured.filter((sample) => sample.step === step)
      const times = of.map((sample) => sample.ms)
      const failures = of.filter((sample) => !sample.ok).length
      console.log(
        `  ${step.padEnd(16)} ${String(of.length).padStart(6)} calls  ${(of.length / elapsed).toFixed(1).padStart(7)}/s  ` +
          `p50 ${percentile(times, 50).toFixed(0).padStart(4)} ms  p99 ${percentile(times, 99).toFixed(0).padStart(4)} ms` +
          (failures ? `  ${failures} refused` : ''),
      )
    }
    const transitions = measured.filter((sample) => !['send request', 'baseline: read'].includes(sample.step))
    console.log(
      `  all transitions  ${(transitions.length / elapsed).toFixed(1)}/s  p99 ${percentile(
        transitions.map((s) => s.ms),
        99,
      ).toFixed(0)} ms`,
    )
    console.log(
      `  check: ${confirmed.length} confirmed transitions, ${lost.length} lost, ${duplicated.length} duplicated, ` +
        `${unconfirmed.length} recorded without confirmation, ${doubleAccepts[0]!.n} requests with two accepted threads`,
    )
    if (lost.length || duplicated.length || unconfirmed.length || doubleAccepts[0]!.n)
      throw new Error('The database does not match the confirmed transitions')
  } finally {
    await closePayload(payload)
    await database.end()
    await app.stop()
  }
}
