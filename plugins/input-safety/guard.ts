import { type CollectionBeforeOperationHook, type FlattenedField, type Payload, type SanitizedCollectionConfig, type Where } from 'payload'

import { rejectInput } from '../../lib/validation'
import { MalformedInput, malformedText } from './messages'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** Operators whose values are compared with the field as it is stored, so an id must be an id. */
const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'all'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

const isObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** Where a filter path ends: on a document's own id (a UUID column), on a field, or on nothing known. */
type PathEnd = { id: boolean; field: FlattenedField | null }

/**
 * Follows a filter path through groups, arrays and relationships (GraphQL writes `a__b` for
 * `a.b`). `id` at a document's top level is its UUID; an array row's `id` is text.
 */
const pathEnd = (payload: Payload, collection: SanitizedCollectionConfig, path: string): PathEnd => {
  let fields: FlattenedField[] = collection.flattenedFields
  let atDocument = true
  const segments = path.replace(/__/g, '.').split('.')
  for (const [index, segment] of segments.entries()) {
    const field = fields.find((candidate) => candidate.name === segment)
    if (!field) return { id: atDocument && segment === 'id', field: null }
    if (index === segments.length - 1) return { id: false, field }
    if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      fields = payload.collections[field.relationTo]?.config.flattenedFields ?? []
      atDocument = true
    } else if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
      fields = field.flattenedFields
      atDocument = false
    } else return { id: false, field: null }
  }
  return { id: false, field: null }
}

/** Whether the values compared with the path must be document ids (UUIDs). */
const takesIds = ({ id, field }: PathEnd) =>
  id || ((field?.type === 'relationship' || field?.type === 'upload') && typeof field.relationTo === 'string')

const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (Array.isArray(value)) return value
  if (LIST_OPERATORS.has(operator) && typeof value === 'string') return value.split(',').map((item) => item.trim())
  return [value]
}

/** Every string inside a value, with where it is, for null bytes. */
const stringsIn = (value: unknown, path: string, found: [string, string][] = []): [string, string][] => {
  if (typeof value === 'string') found.push([path, value])
  else if (Array.isArray(value)) value.forEach((item, index) => stringsIn(item, path ? `${path}.${index}` : String(index), found))
  else if (isObject(value)) for (const [key, item] of Object.entries(value)) stringsIn(item, path ? `${path}.${key}` : key, found)
  return found
}

const checkWhere = (req: Parameters<CollectionBeforeOperationHook>[0]['req'], collection: SanitizedCollectionConfig, where: Where) => {
  for (const [path, condition] of Object.entries(where)) {
    if (['and', 'or'].includes(path.toLowerCase()) && Array.isArray(condition)) {
      for (const part of condition) if (isObject(part)) checkWhere(req, collection, part as Where)
      continue
    }
    if (!isObject(condition)) continue
    const end = pathEnd(req.payload, collection, path)
    for (const [operator, value] of Object.entries(condition)) {
      if (stringsIn(value, '').some(([, text]) => text.includes('\u0000'))) throw new MalformedInput(req, 'nullByte', path)
      if (GEO_OPERATORS.has(operator) && end.field?.type !== 'point') throw new MalformedInput(req, 'notAPoint', path, { operator })
      if (ID_OPERATORS.has(operator) && takesIds(end)) {
        const wrong = valuesOf(operator, value).find(
          (item) => typeof item === 'string' && item !== '' && item !== 'null' && !UUID.test(item),
        )
        if (wrong !== undefined) throw new MalformedInput(req, 'notAnId', path, { value: String(wrong).slice(0, 60) })
      }
    }
  }
}

/**
 * Malformed input is refused before it reaches the database, for every collection and every
 * entry point (REST, GraphQL, the site's Local API calls): PostgreSQL can neither store nor
 * compare a null byte, a UUID column cannot be compared with text that is no UUID, a
 * geographic operator needs a point, and a page counts from 1. Each is the caller's mistake,
 * answered with a 400 that says which; otherwise it would surface as a server error.
 */
export const refuseMalformedInput: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (!args || typeof args !== 'object') return args
  const { where, page, data } = args as { where?: unknown; page?: unknown; data?: unknown }
  if (isObject(where)) checkWhere(req, collection, where as Where)
  if (page !== undefined && page !== null && !(Number.isInteger(Number(page)) && Number(page) >= 1)) {
    throw new MalformedInput(req, 'badPage', 'page')
  }
  const withNull = stringsIn(data, '').filter(([, text]) => text.includes('\u0000'))
  rejectInput(
    req,
    collection.slug,
    withNull.map(([path]) => ({ path, message: malformedText(req, 'nullByte') })),
  )
  return args
}
