import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp, type TestApp } from '../helpers/app'
import { buildMarketplaceFixtures, type MarketplaceFixtures } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'

/**
 * A PDF is a PDF when it starts with its header and ends with its end-of-file marker after a
 * trailer: readers open a minimal one without a cross-reference table, so WeMi accepts it too.
 * Anything else sent as a PDF is still refused, and nothing is stored.
 */
let app: TestApp
let fx: MarketplaceFixtures

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildMarketplaceFixtures(app.payload, app.rest)
})
afterAll(async () => app?.close())

const upload = (content: string, name = `${unique('documento')}.pdf`) => {
  const form = new FormData()
  form.append('file', new Blob([content], { type: 'application/pdf' }), name)
  form.append('_payload', JSON.stringify({ thread: fx.threads.t1A }))
  return app.rest('POST', '/api/thread-files', { token: fx.actors.citizen.token, form })
}

const storedFiles = async () => (await app.payload.count({ collection: 'thread-files' })).totalDocs

const MINIMAL_PDF =
  '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n' +
  '3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n'

describe('attaching a PDF', () => {
  it('accepts a minimal valid PDF and stores it as a PDF', async () => {
    const response = await upload(MINIMAL_PDF)
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.mimeType).toBe('application/pdf')
  })

  it.each([
    ['an HTML page', '<html><script>alert(1)</script></html>'],
    ['text that mentions a PDF header later', 'hello\n%PDF-1.4\ntrailer <<>>\n%%EOF\n'],
    ['a PDF header with no end', '%PDF-1.4\n1 0 obj <<>> endobj\n'],
    ['a PDF header and end with no trailer', '%PDF-1.4\n%%EOF\n'],
  ])('refuses %s sent as a PDF, storing nothing', async (_what, content) => {
    const before = await storedFiles()
    const response = await upload(content)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors.map((error: { path: string }) => error.path)).toEqual(['file'])
    expect(await storedFiles()).toBe(before)
  })
})
