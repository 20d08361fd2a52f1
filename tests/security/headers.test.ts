import { mkdtempSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { createOneOriginServer, staticFiles } from '../../server/http'
import { closeServer } from '../helpers/server'

/**
 * Every answer of the one origin carries the security headers, whoever writes it: the admin
 * panel and the API (Next.js), Next's assets, the site's pages, its static files and the
 * server's own error page. Without them the admin panel could be framed by another site.
 * The handlers here stand in for Next.js and Astro; tests/e2e/security-headers.test.ts runs
 * the real ones, with the admin panel in a browser under the policy.
 */
let server: http.Server
let base: string

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'wemi-static-'))
  writeFileSync(path.join(root, 'robots.txt'), 'User-agent: *\n')
  server = createOneOriginServer({
    payload: (req, res) => {
      if (req.url?.startsWith('/api/broken')) throw new Error('broken')
      res.writeHead(200, { 'content-type': req.url?.startsWith('/api') ? 'application/json' : 'text/html' }).end('{}')
    },
    site: (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>site</p>'),
    serveStatic: staticFiles(root),
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(() => closeServer(server))
afterEach(() => vi.unstubAllEnvs())

const EVERY_KIND = [
  '/admin',
  '/admin/collections/services',
  '/api/services?limit=1',
  '/api/graphql',
  '/_next/static/chunks/x.js',
  '/',
  '/servizi',
  '/robots.txt',
  '/api/broken',
]

describe('security headers on every answer', () => {
  it.each(EVERY_KIND)('%s', async (url) => {
    vi.stubEnv('NODE_ENV', 'production')
    const response = await fetch(`${base}${url}`)
    const headers = response.headers
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('x-frame-options')).toBe('DENY')
    expect(headers.get('referrer-policy')).toMatch(/^(strict-origin-when-cross-origin|strict-origin|same-origin|no-referrer)$/)
    expect(headers.get('permissions-policy')).toContain('camera=()')
    const policy = headers.get('content-security-policy') ?? ''
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("base-uri 'self'")
    expect(headers.get('strict-transport-security')).toBeNull()
  })

  it('keeps the site to its own scripts; only the admin panel runs inline ones', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    const site = (await fetch(`${base}/servizi`)).headers.get('content-security-policy')!
    expect(site).toMatch(/script-src 'self';/)
    const admin = (await fetch(`${base}/admin`)).headers.get('content-security-policy')!
    expect(admin).toContain("script-src 'self' 'unsafe-inline'")
    expect(admin).not.toContain('unsafe-eval')
  })

  it('asks browsers to keep to HTTPS only when the public address is HTTPS', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('PUBLIC_URL', 'https://wemi.comune.example')
    expect((await fetch(`${base}/`)).headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/)
    expect((await fetch(`${base}/api/services`)).headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/)
  })
})
