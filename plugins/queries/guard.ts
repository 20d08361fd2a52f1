import { APIError, type CollectionBeforeOperationHook, type PayloadRequest, type SanitizedCollectionConfig, type Where } from 'payload'

import { message } from '../../lib/i18n'
import { stepsOf } from './paths'

/** The most documents one REST or GraphQL page returns. */
export const MAX_LIMIT = 100

/**
 * How deep a REST or GraphQL request may populate: a document with its relations. The site
 * and the admin panel ask for no more; a page of 100 services populated one level further
 * carries every organisation's areas, districts and images again and again.
 */
export const MAX_REQUEST_DEPTH = 1

/** A filter or sort on something the caller may not query: nothing was read. */
export class QueryRefused extends APIError {
  constructor(req: PayloadRequest, path: string) {
    super(message(req, 'queryRefused', { path }), 403, { errors: [{ path, message: message(req, 'queryRefused', { path }) }] }, true)
  }
}

type Checked = Map<string, Promise<boolean>>

const isWhere = (value: unknown): value is Where => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * Whether the caller may query one path. Payload checks each field's own read rule, which
 * without a document says who may read the field in some record; it does not check that the
 * caller may read the collection a relationship leads into. So a field shown on screen inside
 * another document (a citizen's codice fiscale in an appointment, for the desk) would become a
 * search over a collection the caller cannot list. Here every collection a path enters must
 * be readable by the caller, and every field on it with a read rule must allow them.
 */
const mayQuery = async (req: PayloadRequest, root: SanitizedCollectionConfig, path: string, where: unknown, checked: Checked) => {
  const steps = stepsOf(req.payload, root, path)
  for (const { collection, field } of steps) {
    if (collection !== root) {
      const key = `collection:${collection.slug}`
      if (!checked.has(key))
        checked.set(
          key,
          Promise.resolve(collection.access.read({ req })).then((result) => result !== false),
        )
      if (!(await checked.get(key))) return false
    }
    const rule = 'access' in field ? field.access?.read : undefined
    if (rule) {
      const key = `field:${collection.slug}:${path}:${field.name}`
      if (!checked.has(key)) checked.set(key, Promise.resolve(rule({ req })).then(Boolean))
      if (!(await checked.get(key))) return false
    }
  }
  // `contains` with a query of its own reaches into the related collection: check it there.
  const last = steps.at(-1)?.field
  const related =
    last && 'relationTo' in last && typeof last.relationTo === 'string' ? req.payload.collections[last.relationTo]?.config : undefined
  if (related && isWhere(where)) {
    for (const value of Object.values(where)) if (isWhere(value)) await refuseUnqueryable(req, related, value, [], checked)
  }
  return true
}

const refuseUnqueryable = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  where: Where | undefined,
  sort: string[],
  checked: Checked,
) => {
  const paths: [string, unknown][] = sort.map((path) => [path, undefined])
  const collect = (node: Where) => {
    for (const [key, value] of Object.entries(node)) {
      if (['and', 'or'].includes(key.toLowerCase()) && Array.isArray(value)) value.filter(isWhere).forEach(collect)
      else paths.push([key, value])
    }
  }
  if (isWhere(where)) collect(where)
  for (const [path, constraint] of paths) {
    if (!(await mayQuery(req, collection, path, constraint, checked))) throw new QueryRefused(req, path)
  }
}

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .map((path) => String(path).trim().replace(/^[-+]/, ''))
    .filter(Boolean)

/**
 * Every read, count and bulk write that takes a `where` or a `sort` passes here first, from
 * REST, GraphQL and the site's Local API calls alike; the server's own calls (which override
 * access) do not. What REST and GraphQL ask for is also bounded: at most MAX_LIMIT documents
 * a page, always paginated, populated MAX_REQUEST_DEPTH deep.
 */
export const guardQueries: CollectionBeforeOperationHook = async ({ args, collection, req, overrideAccess }) => {
  if (overrideAccess || !args || typeof args !== 'object') return args
  const { where, sort, field } = args as { where?: Where; sort?: unknown; field?: unknown }
  await refuseUnqueryable(req, collection, where, [...sortPaths(sort), ...(typeof field === 'string' ? [field] : [])], new Map())
  if (req.payloadAPI === 'local') return args
  const { depth, limit } = args as { depth?: number; limit?: number }
  const bounded = { ...args, depth: Math.min(Number(depth ?? MAX_REQUEST_DEPTH) || 0, MAX_REQUEST_DEPTH) }
  if (!('limit' in args)) return bounded
  return { ...bounded, pagination: true, limit: limit === undefined ? limit : Math.min(Math.max(Number(limit) || MAX_LIMIT, 1), MAX_LIMIT) }
}
