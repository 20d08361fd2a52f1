import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, GlobalAfterChangeHook, Plugin, PayloadRequest } from 'payload'

import { assistedByOf } from '../../lib/assistance'
import { runSql } from '../../lib/sql'
import { addHooks } from '../hooks'

/**
 * Fields whose values are worth keeping in the trail (states and roles, never personal data);
 * for every other field only the fact that it changed is noted.
 */
const STATE_FIELDS = ['_status', 'roles']
const IGNORED_FIELDS = new Set(['updatedAt', 'createdAt', 'hash', 'salt', 'sessions', 'loginAttempts', 'lockUntil'])

type AuditEntry = {
  action: 'create' | 'update' | 'delete' | 'transition' | 'read'
  collection: string
  documentId: string
  changes?: Record<string, unknown>
}

/**
 * Appends one entry to the audit log inside the caller's transaction, so that the change and
 * its record commit or roll back together. With no signed-in user the actor is the system
 * itself (a timer, a payment event).
 */
export const recordAudit = async (req: PayloadRequest, { action, collection, documentId, changes }: AuditEntry): Promise<void> => {
  const { user } = req
  // An operator acting for a citizen at a desk is the actor; the citizen is who it was done for.
  const assisted = assistedByOf(user)
  // Written straight in SQL, like every row a transition appends (see lib/records.ts). Stamped
  // with the clock, not the transaction's start, so that steps of one transaction keep their order.
  const entry = sql`INSERT INTO audit_log (action, collection, document_id, changes, on_behalf_of_id, assistance_id, created_at, updated_at)
    VALUES (${action}, ${collection}, ${documentId}, ${changes === undefined ? null : JSON.stringify(changes)},
            ${assisted ? user!.id : null}, ${assisted?.assistance ?? null}, clock_timestamp(), clock_timestamp()) RETURNING id`
  const [actorColumn, actor] = assisted
    ? [sql`users_id`, assisted.operator]
    : [user?.collection === 'citizens' ? sql`citizens_id` : sql`users_id`, user?.id]
  await runSql(
    req.payload,
    user
      ? sql`WITH entry AS (${entry}) INSERT INTO audit_log_rels (parent_id, path, ${actorColumn}) SELECT id, 'actor', ${actor}::uuid FROM entry`
      : entry,
    req,
  )
}

const statusOf = (value: unknown) => (value && typeof value === 'object' ? (value as { status?: unknown }).status : undefined)

/**
 * The top-level fields that changed. States keep their before and after values, including the
 * workflow state inside a group (accreditation.status, validation.status).
 */
const describeChanges = (doc: Record<string, unknown>, previous: Record<string, unknown> = {}) => {
  const changes: Record<string, unknown> = {}
  for (const key of new Set([...Object.keys(doc), ...Object.keys(previous)])) {
    if (IGNORED_FIELDS.has(key) || JSON.stringify(doc[key]) === JSON.stringify(previous[key])) continue
    const [before, after] = [statusOf(previous[key]), statusOf(doc[key])]
    changes[key] = STATE_FIELDS.includes(key)
      ? { from: previous[key] ?? null, to: doc[key] ?? null }
      : before !== after
        ? { status: { from: before ?? null, to: after ?? null } }
        : true
  }
  return changes
}

// Writes made by people are recorded here; the server's own writes (seed, jobs) are recorded
// where they happen, as transitions, or not at all.
const afterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (!req.user) return doc
  const changes = describeChanges(doc, operation === 'update' ? previousDoc : {})
  if (operation === 'update' && Object.keys(changes).length === 0) return doc
  await recordAudit(req, { action: operation, collection: collection.slug, documentId: String(doc.id), changes })
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  if (req.user) await recordAudit(req, { action: 'delete', collection: collection.slug, documentId: String(id) })
}

const afterGlobalChange: GlobalAfterChangeHook = async ({ global, doc, previousDoc, req }) => {
  const changes = describeChanges(doc, previousDoc)
  if (req.user && Object.keys(changes).length > 0) {
    await recordAudit(req, { action: 'update', collection: global.slug, documentId: global.slug, changes })
  }
  return doc
}

/**
 * Records who changed what, and when, for every collection and global it is given; for the
 * collections in `statusTrails`, each change of their `status` too, with both states.
 */
export const auditPlugin =
  ({ collections, globals, statusTrails = [] }: { collections: string[]; globals: string[]; statusTrails?: string[] }): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: addHooks(
      config.collections,
      Object.fromEntries(
        collections.map((slug) => [
          slug,
          { afterChange: statusTrails.includes(slug) ? [afterChange, auditStatusChange] : [afterChange], afterDelete: [afterDelete] },
        ]),
      ),
    ),
    globals: (config.globals ?? []).map((global) =>
      globals.includes(global.slug)
        ? { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), afterGlobalChange] } }
        : global,
    ),
  })

/**
 * Records each change of a top-level `status` as a transition, with both states, whoever made
 * it (a person, or the system acting on their behalf): the trail of a workflow kept in its record.
 */
export const auditStatusChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  const from = operation === 'create' ? null : (previousDoc?.status ?? null)
  if (operation === 'update' && from === doc.status) return doc
  await recordAudit(req, {
    action: 'transition',
    collection: collection.slug,
    documentId: String(doc.id),
    changes: { status: { from, to: doc.status } },
  })
  return doc
}
