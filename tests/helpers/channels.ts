import type { CollectionSlug, Payload } from 'payload'

import type { TestApp } from './app'
import { type Actor, pdfFile, pngFile, voucherCsvFile } from './fixtures'

/** The two ways into Payload the access rules must hold for. */
export const CHANNELS = ['local', 'rest'] as const
export type Channel = (typeof CHANNELS)[number]

export type Outcome =
  | { kind: 'allowed'; docs?: { id: string }[]; doc?: { id: string } }
  | { kind: 'denied'; status: number }
  | { kind: 'invalid'; status: number; message: string }

const DENIED = [401, 403, 404]

const fromError = (error: unknown): Outcome => {
  const status = (error as { status?: number }).status ?? 500
  if (DENIED.includes(status)) return { kind: 'denied', status }
  if (status === 400) return { kind: 'invalid', status, message: String((error as Error).message) }
  throw error
}

const fromResponse = (status: number, body: any): Outcome => {
  if (DENIED.includes(status)) return { kind: 'denied', status }
  if (status === 400) return { kind: 'invalid', status, message: JSON.stringify(body?.errors ?? body) }
  if (status >= 300) throw new Error(`Unexpected ${status}: ${JSON.stringify(body)}`)
  return { kind: 'allowed', docs: body?.docs, doc: body?.doc ?? body }
}

const attempt = async (work: () => Promise<Outcome>): Promise<Outcome> => {
  try {
    return await work()
  } catch (error) {
    return fromError(error)
  }
}

/** The file each upload collection is created with: an image, an attachment, a voucher list, a worker's document. */
const UPLOADS: Partial<Record<CollectionSlug, () => ReturnType<typeof pngFile>>> = {
  media: () => pngFile(),
  'thread-files': () => pdfFile(),
  'voucher-imports': () => voucherCsvFile(),
  'worker-documents': () => pdfFile(),
}

/** Local API calls always carry the user and refuse to skip access control, as the site does. */
const asActor = (actor: Actor) => ({ user: actor.user as never, overrideAccess: false as const })

export const channelOperations = (app: TestApp) => {
  const { payload, rest } = app
  return {
    find: (channel: Channel, actor: Actor, collection: CollectionSlug) =>
      channel === 'local'
        ? attempt(async () => {
            const { docs } = await payload.find({ collection, ...asActor(actor), depth: 0, limit: 1000 })
            return { kind: 'allowed', docs: docs as { id: string }[] }
          })
        : rest('GET', `/api/${collection}?limit=1000&depth=0`, { token: actor.token }).then(({ status, body }) =>
            fromResponse(status, body),
          ),

    create: (channel: Channel, actor: Actor, collection: CollectionSlug, data: Record<string, unknown>) => {
      const upload = UPLOADS[collection]?.()
      if (channel === 'local') {
        return attempt(async () => {
          const doc = await payload.create({
            collection,
            data: data as never,
            ...asActor(actor),
            depth: 0,
            ...(upload ? { file: upload } : {}),
          })
          return { kind: 'allowed', doc: doc as { id: string } }
        })
      }
      if (upload) {
        const form = new FormData()
        form.append('file', new Blob([upload.data], { type: upload.mimetype }), upload.name)
        form.append('_payload', JSON.stringify(data))
        return rest('POST', `/api/${collection}`, { token: actor.token, form }).then(({ status, body }) => fromResponse(status, body))
      }
      return rest('POST', `/api/${collection}`, { token: actor.token, body: data }).then(({ status, body }) => fromResponse(status, body))
    },

    update: (channel: Channel, actor: Actor, collection: CollectionSlug, id: string, data: Record<string, unknown>) =>
      channel === 'local'
        ? attempt(async () => {
            const doc = await payload.update({ collection, id, data: data as never, ...asActor(actor), depth: 0 })
            return { kind: 'allowed', doc: doc as { id: string } }
          })
        : rest('PATCH', `/api/${collection}/${id}`, { token: actor.token, body: data }).then(({ status, body }) =>
            fromResponse(status, body),
          ),

    delete: (channel: Channel, actor: Actor, collection: CollectionSlug, id: string) =>
      channel === 'local'
        ? attempt(async () => {
            const doc = await payload.delete({ collection, id, ...asActor(actor), depth: 0 })
            return { kind: 'allowed', doc: doc as { id: string } }
          })
        : rest('DELETE', `/api/${collection}/${id}`, { token: actor.token }).then(({ status, body }) => fromResponse(status, body)),
  }
}

/** Reads a record as the system, whatever the rules: to check what an attempt really changed. */
export const readAsSystem = async (payload: Payload, collection: CollectionSlug, id: string) => {
  const { docs } = await payload.find({ collection, where: { id: { equals: id } }, draft: true, depth: 0, limit: 1 })
  return docs[0] as Record<string, any> | undefined
}
