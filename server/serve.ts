import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { projectRoot } from '../lib/paths'
import { createOneOriginServer, staticFiles } from './http'
import { cachedPayloads, closePayload } from './instance'

/**
 * One HTTP server on the shared port: Next.js for the admin and the API, the Astro site for
 * the rest. Returns a function that stops it and closes its database connections.
 */
export const serve = async ({ dev, port }: { dev: boolean; port: number }) => {
  const { default: next } = await import('next')
  const nextApp = next({ dev, dir: projectRoot, hostname: 'localhost', port })
  await nextApp.prepare()
  const site = dev ? await startSiteDevServer(port + 1) : await loadBuiltSite()
  const server = createOneOriginServer({
    payload: nextApp.getRequestHandler(),
    payloadUpgrade: nextApp.getUpgradeHandler(),
    ...site,
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, () => resolve())
  })
  return async () => {
    server.close()
    await site.close?.()
    await Promise.all(cachedPayloads().map(closePayload))
  }
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
