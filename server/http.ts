import { createReadStream, existsSync, statSync } from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import type { Duplex } from 'node:stream'

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

/**
 * Serves the built site's files (`/_astro/…` and the public folder). Hashed assets are
 * immutable; other files may change with a new release.
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
    const stats = statSync(file)
    if (!stats.isFile()) return false
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': stats.size,
      'cache-control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
    })
    if (req.method === 'HEAD') res.end()
    else createReadStream(file).pipe(res)
    return true
  }
}

/** One origin: Payload's paths go to Next.js, static files are served, the rest is the site. */
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
    try {
      if (isPayloadPath(req.url)) await payload(req, res)
      else if (!serveStatic?.(req, res)) await site(req, res)
    } catch (error) {
      console.error(error)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('Errore interno / Internal error')
    }
  })
  server.on('upgrade', (req, socket, head) => {
    const handler = isPayloadPath(req.url) ? payloadUpgrade : siteUpgrade
    if (handler) handler(req, socket, head)
    else socket.destroy()
  })
  return server
}
