import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { port as configuredPort, usesEmbeddedDatabase } from '../lib/env'
import { projectRoot } from '../lib/paths'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed/accounts'
import { buildIfNeeded } from './build'
import { ensureDatabase } from './database'
import { prepareEnvironment } from './environment'
import { createOneOriginServer, staticFiles } from './http'
import { cachedPayloads, closePayload } from './instance'

/**
 * `npm start` (and `npm run dev` with --dev): one command that ensures the database, applies
 * migrations, seeds an empty database, builds what is not built and serves the admin, the API
 * and the site on one port.
 */
const dev = process.argv.includes('--dev')
// Next.js and Payload read NODE_ENV when they load, so it is set before they are imported.
Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' })
const log = (line: string) => console.log(`wemi: ${line}`)

prepareEnvironment(log)
const port = configuredPort()
const database = await ensureDatabase({ log })
log(usesEmbeddedDatabase() ? `embedded PostgreSQL on ${database.url.replace(/:[^:@/]+@/, ':***@')}` : 'PostgreSQL from DATABASE_URL')

/** Whatever stops the app, the embedded database stops last, after every connection is closed. */
const shutdown = async (code: number, closeApp: () => Promise<void> = async () => {}) => {
  await closeApp().catch((error) => console.error(error))
  await Promise.all(cachedPayloads().map(closePayload))
  await database.stop()
  process.exit(code)
}

try {
  const { prepareDatabase } = await import('./setup')
  // A new database gets the demo city unless DEMO_DATA=off (production must set it).
  const { summary, demoAccounts } = await prepareDatabase({ seed: process.env.DEMO_DATA === 'off' ? false : 'if-empty', log })
  if (summary) log(`seeded the demo data in ${(summary.milliseconds / 1000).toFixed(1)} s`)
  if (!dev) await buildIfNeeded({ log })

  const { default: next } = await import('next')
  const nextApp = next({ dev, dir: projectRoot, hostname: 'localhost', port })
  await nextApp.prepare()

  const site = dev ? await startSiteDevServer(port + 1) : await loadBuiltSite()
  const server = createOneOriginServer({
    payload: nextApp.getRequestHandler(),
    payloadUpgrade: nextApp.getUpgradeHandler(),
    ...site,
  })
  const closeApp = async () => {
    server.close()
    await site.close?.()
  }

  server.on('error', (error: NodeJS.ErrnoException) => {
    log(error.code === 'EADDRINUSE' ? `port ${port} is in use: set PORT to another one` : `server error: ${error.message}`)
    void shutdown(1, closeApp)
  })
  server.listen(port, () => {
    const url = `http://localhost:${port}`
    log(`ready on ${url} (site) and ${url}/admin (admin panel)${dev ? ', reloading on changes' : ''}`)
    if (demoAccounts) {
      log(`demo accounts, password "${DEMO_PASSWORD}":`)
      for (const account of DEMO_ACCOUNTS) log(`  ${account.role.padEnd(14)} ${account.email}`)
    }
  })

  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    log('stopping…')
    void shutdown(0, closeApp)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} catch (error) {
  console.error(error)
  log('could not start; stopping the database')
  await shutdown(1)
}

async function loadBuiltSite() {
  const entry = pathToFileURL(path.join(projectRoot, 'site/dist/server/entry.mjs')).href
  const { handler } = (await import(entry)) as { handler: Parameters<typeof createOneOriginServer>[0]['site'] }
  return { site: handler, serveStatic: staticFiles(path.join(projectRoot, 'site/dist/client')), close: undefined }
}

async function startSiteDevServer(sitePort: number) {
  const { dev: astroDev } = await import('astro')
  const astro = await astroDev({
    root: path.join(projectRoot, 'site'),
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: sitePort },
    // The browser reaches Vite's live-reload socket directly on the site's internal port.
    vite: { server: { ws: { clientPort: sitePort } } },
  })
  return { site: astro.handle, serveStatic: undefined, close: () => astro.stop() }
}
