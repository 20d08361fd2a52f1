import { mkdtempSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createOneOriginServer, isPayloadPath, staticFiles } from '../../server/http'
import { closeServer } from '../helpers/server'

describe('one origin', () => {
  it('sends the admin, the API and Next.js assets to Payload, everything else to the site', () => {
    for (const url of ['/admin', '/admin/collections/services', '/api/services?limit=1', '/_next/static/x.js', '/api']) {
      expect(isPayloadPath(url)).toBe(true)
    }
    for (const url of ['/', '/servizi', '/administration', '/apix', '/en/admin-guide', '/_astro/x.css']) {
      expect(isPayloadPath(url)).toBe(false)
    }
  })

  describe('the server', () => {
    let server: http.Server
    let base: string
    beforeAll(async () => {
      const root = mkdtempSync(path.join(tmpdir(), 'wemi-static-'))
      writeFileSync(path.join(root, 'robots.txt'), 'User-agent: *\n')
      server = createOneOriginServer({
        payload: (_req, res) => res.end('payload'),
        site: (_req, res) => res.end('site'),
        serveStatic: staticFiles(root),
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
    })
    afterAll(() => closeServer(server))

    it('routes by path', async () => {
      expect(await (await fetch(`${base}/admin/login`)).text()).toBe('payload')
      expect(await (await fetch(`${base}/servizi`)).text()).toBe('site')
      const file = await fetch(`${base}/robots.txt`)
      expect(await file.text()).toBe('User-agent: *\n')
      expect(file.headers.get('cache-control')).toBe('public, max-age=3600')
    })

    it('never serves files outside the static folder', async () => {
      const response = await fetch(`${base}/..%2f..%2f..%2fetc%2fpasswd`)
      expect(await response.text()).toBe('site')
    })
  })
})
