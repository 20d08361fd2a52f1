import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Language } from '../../lib/i18n'
import { MAX_UPLOAD_BYTES } from '../../collections/Media/hooks/checkUpload'
import { startTestApp, type TestApp } from '../helpers/app'
import { buildFixtures, type Fixtures, PNG } from '../helpers/fixtures'

let app: TestApp
let fx: Fixtures
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})
afterAll(async () => app?.close())

const upload = (file: Blob, name: string, data: Record<string, unknown>, options: { token?: string; language?: Language } = {}) => {
  const form = new FormData()
  form.append('file', file, name)
  form.append('_payload', JSON.stringify(data))
  return app.rest('POST', '/api/media', { token: options.token ?? fx.actors.editor.token, form, language: options.language })
}

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \ntrailer<</Size 3/Root 1 0 R>>\nstartxref\n107\n%%EOF\n',
)

describe('uploads', () => {
  it('accepts images with a text alternative and PDF documents', async () => {
    const image = await upload(new Blob([PNG], { type: 'image/png' }), 'logo.png', { alt: 'Logo del Comune' })
    expect(image.status).toBe(201)
    const pdf = await upload(new Blob([PDF], { type: 'application/pdf' }), 'volantino.pdf', {})
    expect(pdf.status, JSON.stringify(pdf.body)).toBe(201)
  })

  it('refuses an image without a text alternative, in the user’s language', async () => {
    const italian = await upload(new Blob([PNG], { type: 'image/png' }), 'senza-alt.png', {})
    expect(italian.status).toBe(400)
    expect(JSON.stringify(italian.body)).toContain('testo alternativo')
    const english = await upload(new Blob([PNG], { type: 'image/png' }), 'no-alt.png', {}, { language: 'en' })
    expect(JSON.stringify(english.body)).toContain('alternative text')
  })

  it('refuses other kinds of file, SVG included', async () => {
    const svg = await upload(
      new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], { type: 'image/svg+xml' }),
      'x.svg',
      { alt: 'x' },
    )
    expect(svg.status).toBe(400)
    const html = await upload(new Blob(['<html></html>'], { type: 'text/html' }), 'x.html', { alt: 'x' })
    expect(html.status).toBe(400)
    const renamed = await upload(new Blob(['#!/bin/sh\necho hi\n'], { type: 'image/png' }), 'script.png', { alt: 'x' })
    expect(renamed.status).toBe(400)
  })

  it('refuses a file over the limit with a clear message, and stores nothing', async () => {
    const before = (await app.payload.count({ collection: 'media' })).totalDocs
    const tooLarge = Buffer.concat([PNG, Buffer.alloc(MAX_UPLOAD_BYTES + 1024)])
    const response = await upload(new Blob([tooLarge], { type: 'image/png' }), 'grande.png', { alt: 'Grande' })
    expect(response.status).toBe(413)
    expect(JSON.stringify(response.body)).toContain('5 MB')
    expect((await app.payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('files an ente admin’s upload under their organisation, whatever they send', async () => {
    const response = await upload(
      new Blob([PNG], { type: 'image/png' }),
      'ente.png',
      { alt: 'Foto', organisation: fx.organisations.orgB },
      { token: fx.actors.enteAdmin.token },
    )
    expect(response.status).toBe(201)
    expect(response.body.doc.organisation.id ?? response.body.doc.organisation).toBe(fx.organisations.orgA)
  })
})
