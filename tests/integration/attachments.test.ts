import { existsSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Language } from '../../lib/i18n'
import { MAX_UPLOAD_BYTES } from '../../collections/Media/hooks/checkUpload'
import { startTestApp, type TestApp } from '../helpers/app'
import { refusal } from '../helpers/as'
import { type Actor, buildMarketplaceFixtures, type MarketplaceFixtures, PNG } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'
import { act, footprint } from '../helpers/marketplace'

/**
 * Attachments of a thread are private: they are served only through Payload, to the thread's
 * two parties and WeMi admins, and only files of the right kind and size are stored at all.
 */

let app: TestApp
let fx: MarketplaceFixtures
/** A picture citizen1 attached to thread t1A (binary, so that a mangled download shows). */
let attached: { id: string; filename: string }

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildMarketplaceFixtures(app.payload, app.rest)
  const response = await upload(new Blob([PNG], { type: 'image/png' }), `${unique('foto')}.png`, fx.threads.t1A, fx.actors.citizen)
  if (response.status !== 201) throw new Error(`Upload failed: ${JSON.stringify(response.body)}`)
  attached = { id: response.body.doc.id, filename: response.body.doc.filename }
})
afterAll(async () => app?.close())

const upload = (file: Blob, name: string, thread: string, actor: Actor, language?: Language) => {
  const form = new FormData()
  form.append('file', file, name)
  form.append('_payload', JSON.stringify({ thread }))
  return app.rest('POST', '/api/thread-files', { token: actor.token, form, language })
}

/** Downloads a stored file over REST, as its bytes (the JSON helper would decode them as text). */
const download = async (filename: string, actor: Actor) => {
  const headers = new Headers()
  if (actor.token) headers.set('authorization', `JWT ${actor.token}`)
  const response = await app.fetch(new Request(`http://localhost/api/thread-files/file/${encodeURIComponent(filename)}`, { headers }))
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) }
}

const storedFiles = async () => (await app.payload.count({ collection: 'thread-files' })).totalDocs

const onDisk = (name: string) => existsSync(path.join(app.payload.collections['thread-files'].config.upload.staticDir!, name))

describe('downloading an attachment', () => {
  const parties = {
    'the citizen of the thread': (f: MarketplaceFixtures) => f.actors.citizen,
    'the ente administrator': (f: MarketplaceFixtures) => f.actors.enteAdmin,
    'the ente operator': (f: MarketplaceFixtures) => f.actors.enteOperator,
    'a WeMi administrator': (f: MarketplaceFixtures) => f.actors.admin,
  }
  for (const [who, actor] of Object.entries(parties)) {
    it(`gives ${who} the file as uploaded`, async () => {
      const { status, bytes } = await download(attached.filename, actor(fx))
      expect(status).toBe(200)
      expect(bytes.equals(PNG)).toBe(true)
    })
  }

  const strangers = {
    'an anonymous visitor': (f: MarketplaceFixtures) => f.actors.anonymous,
    'another citizen': (f: MarketplaceFixtures) => f.extraActors.citizen2,
    'another ente': (f: MarketplaceFixtures) => f.extraActors.enteAdminB,
    'an editor': (f: MarketplaceFixtures) => f.actors.editor,
    'a help-desk operator': (f: MarketplaceFixtures) => f.actors.operator,
  }
  for (const [who, actor] of Object.entries(strangers)) {
    it(`refuses ${who}, sending none of it`, async () => {
      const { status, bytes } = await download(attached.filename, actor(fx))
      expect([403, 404]).toContain(status)
      expect(bytes.includes(PNG)).toBe(false)
    })
  }
})

describe('uploading an attachment', () => {
  it('refuses a file over 5 MB in the user’s language, storing nothing', async () => {
    const before = await storedFiles()
    const tooLarge = new Blob([Buffer.concat([PNG, Buffer.alloc(MAX_UPLOAD_BYTES + 1024)])], { type: 'image/png' })
    const italianName = `${unique('grande')}.png`
    const italian = await upload(tooLarge, italianName, fx.threads.t1A, fx.actors.citizen)
    expect(italian.status).toBe(413)
    expect(JSON.stringify(italian.body)).toContain('Il file è troppo grande')
    const englishName = `${unique('large')}.png`
    const english = await upload(tooLarge, englishName, fx.threads.t1A, fx.actors.citizen, 'en')
    expect(english.status).toBe(413)
    expect(JSON.stringify(english.body)).toContain('The file is too large')
    expect(await storedFiles()).toBe(before)
    expect(onDisk(italianName) || onDisk(englishName)).toBe(false)
  })

  it('refuses files that are neither PDF nor images of the allowed kinds, SVG and HTML included', async () => {
    const before = await storedFiles()
    const svg = await upload(
      new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], { type: 'image/svg+xml' }),
      'x.svg',
      fx.threads.t1A,
      fx.actors.citizen,
    )
    const html = await upload(
      new Blob(['<html><script>alert(1)</script></html>'], { type: 'text/html' }),
      'x.html',
      fx.threads.t1A,
      fx.actors.citizen,
    )
    const disguised = await upload(
      new Blob(['<html><script>alert(1)</script></html>'], { type: 'application/pdf' }),
      'x.pdf',
      fx.threads.t1A,
      fx.actors.citizen,
    )
    for (const response of [svg, html, disguised]) {
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data.errors.map((error: { path: string }) => error.path)).toEqual(['file'])
    }
    expect(await storedFiles()).toBe(before)
  })
})

describe('attaching a file to a message', () => {
  it('accepts a file of the same thread', async () => {
    const { message } = await act(app.payload, fx.actors.citizen, fx.threads.t1A, 'message', {
      body: 'Ecco la foto.',
      attachments: [attached.id],
    })
    const sent = await app.payload.findByID({ collection: 'messages', id: String(message), depth: 0 })
    expect(sent.attachments).toEqual([attached.id])
  })

  it('refuses a file of another thread, writing nothing', async () => {
    const before = await footprint(app.payload, fx.threads.t1A)
    const failure = await refusal(
      act(app.payload, fx.actors.citizen, fx.threads.t1A, 'message', { body: 'Allego questo.', attachments: [fx.threadFiles.t3B] }),
    )
    expect(failure.status).toBe(400)
    expect(failure.errors.map((error) => error.path)).toEqual(['attachments'])
    expect(await footprint(app.payload, fx.threads.t1A)).toEqual(before)
  })
})
