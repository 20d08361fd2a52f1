import { createReadStream, existsSync, statSync } from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import type { Duplex } from 'node:stream'

import compression from 'compression'

import { stampClientAddress } from '../lib/client-address'
import { securityHeaders } from './security-headers'

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown
type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => unknown

/** Paths that belong to Payload (through Next.js): the admin panel, the API and Next's assets. */
const PAYLOAD_PREFIXES = ['/admin', '/api', '/_next', '/__nextjs']

export const isPayloadPath = (url = '/'): boolean => {
  const pathname = url.split('?')[0] ?? '/'
  return PAYLOAD_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
}

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
}

/** Precompressed variants written by the build, best first. */
const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const

/**
 * Serves the built site's files (`/_astro/…` and the public folder), precompressed when the
 * browser accepts it. Hashed assets are immutable; other files may change with a release.
 */
export const staticFiles = (root: string) => {
  const base = path.resolve(root)
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    } catch {
      return false
    }
    const file = path.resolve(base, `.${pathname}`)
    if (!file.startsWith(base + path.sep) || !existsSync(file)) return false
    if (!statSync(file).isFile()) return false
    const accepted = String(req.headers['accept-encoding'] ?? '')
    const [encoding, served] = ENCODINGS.map(([name, suffix]) => [name, `${file}${suffix}`] as const).find(
      ([name, candidate]) => accepted.includes(name) && existsSync(candidate),
    ) ?? [undefined, file]
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(served).size,
      ...(encoding ? { 'content-encoding': encoding } : {}),
      vary: 'Accept-Encoding',
      'cache-control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
    })
    if (req.method === 'HEAD') res.end()
    else createReadStream(served).pipe(res)
    return true
  }
}

/** How long the reverse proxy keeps an idle connection to the app (nginx's keepalive_timeout). */
const PROXY_IDLE_MS = 60_000

/** The site's pages are compressed as they are sent (Next.js compresses its own). */
const compressPages = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void

/**
 * One origin: Payload's paths go to Next.js, static files are served, the rest is the site.
 * The security headers are set here, before any of them answers, so that every answer has them.
 */
export const createOneOriginServer = ({
  payload,
  payloadUpgrade,
  site,
  siteUpgrade,
  serveStatic,
}: {
  payload: Handler
  payloadUpgrade?: UpgradeHandler
  site: Handler
  siteUpgrade?: UpgradeHandler
  serveStatic?: (req: IncomingMessage, res: ServerResponse) => boolean
}) => {
  const server = http.createServer(async (req, res) => {
    stampClientAddress(req)
    const toPayload = isPayloadPath(req.url)
    for (const [name, value] of Object.entries(securityHeaders({ admin: toPayload }))) res.setHeader(name, value)
    try {
      if (toPayload) await payload(req, res)
      else if (!serveStatic?.(req, res)) compressPages(req, res, () => void site(req, res))
    } catch (error) {
      console.error(error)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('Errore interno / Internal error')
    }
  })
  // A reverse proxy keeps idle connections to the app for a while (nginx: 60 s) and reuses them:
  // the app must not close one first, or the request the proxy sends on it as it closes fails.
  server.keepAliveTimeout = PROXY_IDLE_MS + 5_000
  server.headersTimeout = PROXY_IDLE_MS + 6_000
  server.on('upgrade', (req, socket, head) => {
    const handler = isPayloadPath(req.url) ? payloadUpgrade : siteUpgrade
    if (handler) handler(req, socket, head)
    else socket.destroy()
  })
  return server
}
