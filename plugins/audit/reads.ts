import type { CollectionAfterOperationHook, CollectionAfterReadHook, Config, Plugin, PayloadRequest } from 'payload'

import { assistedByOf } from '../../lib/assistance'
import { isStaffAccount } from '../../lib/roles'
import { recordAudit } from '.'

/**
 * Fields of special or identifying data (GDPR art. 9 and the codice fiscale): who may read them
 * is decided by their field access (access/sensitiveFields.ts); every read of them by staff is
 * recorded here.
 */
export const SENSITIVE_FIELDS: Record<string, readonly string[]> = {
  citizens: [
    'fiscalCode',
    'confirmedFiscalCode',
    'fiscalCodeConfirmedBy',
    'fiscalCodeDocument',
    'fiscalCodeConfirmedAt',
    'birthDate',
    'beneficiaries',
  ],
  requests: ['beneficiary', 'notes'],
  vouchers: ['holderFiscalCode'],
  'worker-applications': ['street', 'birthYear', 'homeDistrict', 'references', 'staffNotes', 'expectedHourlyCents'],
  'worker-documents': ['filename', 'kind', 'expiresOn'],
  'care-requests': ['caredFor', 'caredForNotes', 'district', 'budgetHourlyCents'],
  'care-proposals': ['contact'],
  'housing-applications': ['reason', 'situation', 'adults', 'children', 'needsAccessible'],
}

const PENDING = 'sensitiveReads'

type Pending = Record<string, { ids: Set<string>; fields: Set<string> }>

const hasValue = (value: unknown): boolean => {
  if (value == null || value === '') return false
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object') return Object.values(value).some(hasValue)
  return true
}

/**
 * Notes which sensitive fields a staff member was given in each document, populated ones
 * included. It costs nothing for citizens, the system, documents without those fields or reads
 * that did not select them; reads the server makes for itself (overriding access) show nobody
 * anything and are not noted.
 */
const noteRead =
  (fields: readonly string[]): CollectionAfterReadHook =>
  ({ collection, doc, req, overrideAccess }) => {
    // A desk operator acting for a citizen reads as the citizen, but it is still staff reading.
    if (overrideAccess || !(isStaffAccount(req.user) || assistedByOf(req.user))) return doc
    const given = fields.filter((field) => hasValue(doc?.[field]))
    if (given.length === 0) return doc
    const pending = ((req.context[PENDING] as Pending | undefined) ??= {})
    const entry = (pending[collection.slug] ??= { ids: new Set(), fields: new Set() })
    entry.ids.add(String(doc.id))
    for (const field of given) entry.fields.add(field)
    return doc
  }

/**
 * Writes what the operation's reads noted: one audit entry per collection read, with the ids
 * and the field names, never the values. A list's ids go with the changes: the indexed record
 * column holds one id (the one read alone) or how many were read.
 */
const recordReads = async (req: PayloadRequest) => {
  const pending = req.context[PENDING] as Pending | undefined
  if (!pending) return
  delete req.context[PENDING]
  for (const [collection, entry] of Object.entries(pending)) {
    const ids = [...entry.ids]
    const documentId = ids.length === 1 ? ids[0]! : `${ids.length} records`
    await recordAudit(req, { action: 'read', collection, documentId, changes: { fields: [...entry.fields], ids } })
  }
}

const afterOperation: CollectionAfterOperationHook = async ({ req, result }) => {
  await recordReads(req)
  return result
}

/**
 * Audits staff reads of sensitive fields. Installed after every other plugin: the hook that
 * writes the entries runs after any collection's operation, since a sensitive document may be
 * populated into another one (a request into a thread).
 */
export const sensitiveReadsPlugin =
  (sensitive: Record<string, readonly string[]> = SENSITIVE_FIELDS): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      const fields = sensitive[collection.slug]
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          ...(fields ? { afterRead: [...(collection.hooks?.afterRead ?? []), noteRead(fields)] } : {}),
          afterOperation: [...(collection.hooks?.afterOperation ?? []), afterOperation],
        },
      }
    }),
  })
