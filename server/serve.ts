import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { projectRoot } from '../lib/paths'
import { createOneOriginServer, staticFiles } from './http'
import { cachedPayloads, closePayload } from './instance'

/**
 * One HTTP server on the shared port: Next.js for the admin and the API, the Astro site for
 * the rest. Without `admin` (on a first start, while the admin is still being built) the site
 * is served alone and the admin's paths say that it is coming. Returns a function that stops
 * it and closes its database connections.
 */
export const serve = async ({ dev, port, admin = true }: { dev: boolean; port: number; admin?: boolean }) => {
  const payload = admin ? await startNext(dev, port) : { payload: adminBeingBuilt }
  const site = dev ? await startSiteDevServer(port + 1) : await loadBuiltSite()
  const server = createOneOriginServer({ ...payload, ...site })
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

async function startNext(dev: boolean, port: number) {
  const { default: next } = await import('next')
  const nextApp = next({ dev, dir: projectRoot, hostname: 'localhost', port })
  await nextApp.prepare()
  return { payload: nextApp.getRequestHandler(), payloadUpgrade: nextApp.getUpgradeHandler() }
}

const BEING_BUILT = {
  it: 'Il pannello di amministrazione si sta preparando: riprova tra un minuto.',
  en: 'The admin panel is being prepared: try again in a minute.',
}

/** The admin's and the API's answer until the admin is built: a 503 that says when to come back. */
function adminBeingBuilt(req: IncomingMessage, res: ServerResponse) {
  const wantsPage = String(req.headers.accept ?? '').includes('text/html')
  res.writeHead(503, {
    'content-type': wantsPage ? 'text/html; charset=utf-8' : 'application/json',
    'retry-after': '30',
    'cache-control': 'no-store',
  })
  res.end(
    wantsPage
      ? `<!doctype html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>WeMi</title></head>` +
          `<body><main><h1>WeMi</h1><p>${BEING_BUILT.it}</p><p lang="en">${BEING_BUILT.en}</p></main></body></html>`
      : JSON.stringify({ errors: [{ message: `${BEING_BUILT.it} / ${BEING_BUILT.en}` }] }),
  )
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
