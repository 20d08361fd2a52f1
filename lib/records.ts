import { randomUUID } from 'node:crypto'

import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * Appends a row the system writes on every transition (an audit entry, a notification, a
 * job) in the request's transaction, straight through the database adapter: these records
 * have no hooks, defaults or access rules to run, and nobody reads them back here, so the
 * full create operation (validation, hooks, re-reading the row) would only cost time. The id
 * is chosen here, so that the caller can refer to the row.
 */
export const appendRecord = async (req: PayloadRequest, collection: CollectionSlug | 'payload-jobs', data: Record<string, unknown>): Promise<string> => {
  const id = randomUUID()
  await req.payload.db.create({ collection: collection as CollectionSlug, customID: id, data, req, returning: false })
  return id
}

/** Queues a durable job of a task, due now or at `waitUntil`, in the request's transaction. */
export const queueJob = (req: PayloadRequest, task: string, input: Record<string, unknown>, waitUntil?: Date): Promise<string> =>
  appendRecord(req, 'payload-jobs', { taskSlug: task, input, ...(waitUntil ? { waitUntil: waitUntil.toISOString() } : {}) })
