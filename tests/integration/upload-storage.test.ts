import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { S3 } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp, type TestApp } from '../helpers/app'
import { type Actor, buildMarketplaceFixtures, type MarketplaceFixtures, PNG } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'
import { freePort } from '../helpers/server'

/**
 * Uploads in an S3-compatible bucket (S3_BUCKET): an S3 server on loopback that checks every
 * request's signature holds the files, the data folder none, and each collection's read access
 * still decides who downloads them.
 */
const BUCKET = 'wemi-uploads'
const KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }
let storage: S3rver
let storageFolder: string
let bucket: S3
let app: TestApp
let fx: MarketplaceFixtures

beforeAll(async () => {
  storageFolder = mkdtempSync(path.join(tmpdir(), 'wemi-s3-'))
  const port = await freePort()
  storage = new S3rver({
    address: '127.0.0.1',
    port,
    directory: storageFolder,
    silent: true,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  })
  await storage.run()
  const endpoint = `http://127.0.0.1:${port}`
  Object.assign(process.env, {
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: endpoint,
    S3_ACCESS_KEY_ID: KEYS.accessKeyId,
    S3_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
  })
  bucket = new S3({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: KEYS })
  app = await startTestApp()
  fx = await buildMarketplaceFixtures(app.payload, app.rest)
})
afterAll(async () => {
  await app?.close()
  await storage?.close()
  rmSync(storageFolder, { recursive: true, force: true })
})

/** Every object's key in the bucket. */
const keys = async () => ((await bucket.listObjectsV2({ Bucket: BUCKET })).Contents ?? []).map((object) => object.Key!)

const upload = (collection: string, file: typeof PNG, name: string, data: Record<string, unknown>, actor: Actor) => {
  const form = new FormData()
  form.append('file', new Blob([file], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify(data))
  return app.rest('POST', `/api/${collection}`, { token: actor.token, form })
}

const download = async (collection: string, filename: string, actor: Actor) => {
  const headers = new Headers()
  if (actor.token) headers.set('authorization', `JWT ${actor.token}`)
  const response = await app.fetch(new Request(`http://localhost/api/${collection}/file/${encodeURIComponent(filename)}`, { headers }))
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) }
}

const localFiles = (collection: 'media' | 'thread-files') => {
  const folder = app.payload.collections[collection].config.upload.staticDir!
  try {
    return readdirSync(folder)
  } catch {
    return []
  }
}

describe('uploads in an S3-compatible bucket', () => {
  it('stores a public image in the bucket, under the collection’s folder, and serves it to anyone', async () => {
    const before = localFiles('media')
    const name = `${unique('stemma')}.png`
    const created = await upload('media', PNG, name, { alt: 'Stemma' }, fx.actors.editor)
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { filename } = created.body.doc as { filename: string }
    expect(await keys()).toContain(`media/${filename}`)
    expect(localFiles('media')).toEqual(before)
    const served = await download('media', filename, fx.actors.anonymous)
    expect(served.status).toBe(200)
    expect(served.bytes.equals(PNG)).toBe(true)
  })

  it('keeps a conversation’s attachment to its two parties, though the bucket holds it', async () => {
    const created = await upload('thread-files', PNG, `${unique('foto')}.png`, { thread: fx.threads.t1A }, fx.actors.citizen)
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { filename } = created.body.doc as { filename: string }
    expect(await keys()).toContain(`thread-files/${filename}`)
    for (const party of [fx.actors.citizen, fx.actors.enteAdmin]) {
      const { status, bytes } = await download('thread-files', filename, party)
      expect(status).toBe(200)
      expect(bytes.equals(PNG)).toBe(true)
    }
    for (const stranger of [fx.actors.anonymous, fx.extraActors.citizen2, fx.extraActors.enteAdminB]) {
      const { status, bytes } = await download('thread-files', filename, stranger)
      expect([403, 404]).toContain(status)
      expect(bytes.includes(PNG)).toBe(false)
    }
  })

  it('does not let an upload choose another collection’s folder', async () => {
    const name = `${unique('intruso')}.png`
    const created = await upload('media', PNG, name, { alt: 'Intruso', prefix: 'thread-files' }, fx.actors.editor)
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { filename } = created.body.doc as { filename: string }
    const stored = (await keys()).filter((key) => key.endsWith(filename))
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatch(/^media\//)
  })

  it('removes the file from the bucket with its record', async () => {
    const created = await upload('media', PNG, `${unique('via')}.png`, { alt: 'Da togliere' }, fx.actors.editor)
    const { id, filename } = created.body.doc as { id: string; filename: string }
    expect(await keys()).toContain(`media/${filename}`)
    const removed = await app.rest('DELETE', `/api/media/${id}`, { token: fx.actors.editor.token })
    expect(removed.status).toBe(200)
    expect(await keys()).not.toContain(`media/${filename}`)
  })
})
