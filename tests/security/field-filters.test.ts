import { type FlattenedField, formatNames, type SanitizedCollectionConfig, toWords } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp, type TestApp } from '../helpers/app'
import { type Actor, buildMarketplaceFixtures, type MarketplaceFixtures } from '../helpers/fixtures'
import { buildVisits } from '../helpers/visits'

/**
 * Every field with a read rule, in every collection, reached directly or through a relationship
 * from any other collection, attacked as a filter and a sort by every role the field is hidden
 * from (in the record, or because the role cannot read the collection it lives in and sees it
 * only inside another record). Each attack must be refused, or find as much with the true value
 * as with a false one. A field given a read rule tomorrow is attacked here without a change.
 */

let app: TestApp
let fx: MarketplaceFixtures

/** Field types a query can compare; rich text, JSON and joins are not filtered on. */
const COMPARABLE = new Set(['text', 'textarea', 'email', 'code', 'number', 'date', 'select', 'radio', 'checkbox', 'relationship', 'upload'])
const TEXTUAL = new Set(['text', 'textarea', 'email', 'code'])
const REFUSED = [400, 401, 403]

const children = (field: FlattenedField): FlattenedField[] =>
  'flattenedFields' in field && Array.isArray(field.flattenedFields)
    ? field.flattenedFields
    : field.type === 'blocks'
      ? field.blocks.flatMap((block) => block.flattenedFields)
      : []

type Leaf = { path: string; field: FlattenedField; restricted: boolean }

/** Every comparable field of a collection with its dotted path, and whether a read rule covers it. */
const leavesOf = (fields: FlattenedField[], prefix = '', restricted = false): Leaf[] =>
  fields.flatMap((field) => {
    const path = `${prefix}${field.name}`
    const covered = restricted || Boolean('access' in field && field.access?.read)
    const nested = children(field)
    if (nested.length > 0) return leavesOf(nested, `${path}.`, covered)
    return COMPARABLE.has(field.type) ? [{ path, field, restricted: covered }] : []
  })

/** A path to attack: on `root`, possibly through the relationship `hop` into `owner`. */
type Target = { root: string; path: string; owner: string; ownerPath: string; hop?: string; field: FlattenedField }

const targetsOf = (collections: SanitizedCollectionConfig[]): Target[] => {
  const own = collections.filter((collection) => !collection.slug.startsWith('payload-'))
  const restricted = new Map<string, Leaf[]>(
    own.map((collection) => [collection.slug, leavesOf(collection.flattenedFields).filter((leaf) => leaf.restricted)]),
  )
  const direct = own.flatMap((collection) =>
    restricted
      .get(collection.slug)!
      .map((leaf) => ({ root: collection.slug, path: leaf.path, owner: collection.slug, ownerPath: leaf.path, field: leaf.field })),
  )
  const hops = own.flatMap((collection) =>
    leavesOf(collection.flattenedFields)
      .filter(
        ({ field }) => (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string' && !field.hasMany,
      )
      .flatMap(({ path: hop, field }) =>
        (restricted.get((field as { relationTo: string }).relationTo) ?? []).map((leaf) => ({
          root: collection.slug,
          path: `${hop}.${leaf.path}`,
          owner: (field as { relationTo: string }).relationTo,
          ownerPath: leaf.path,
          hop,
          field: leaf.field,
        })),
      ),
  )
  return [...direct, ...hops]
}

/** The value at a dotted path, looking into the first array row that has one. */
const valueAt = (doc: unknown, path: string): unknown => {
  let values: unknown[] = [doc]
  for (const segment of path.split('.')) {
    values = values
      .flatMap((value) => (Array.isArray(value) ? value : [value]))
      .map((value) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined))
      .filter((value) => value !== undefined)
  }
  const found = values.flatMap((value) => (Array.isArray(value) ? value : [value])).find((value) => value !== null && value !== '')
  return found && typeof found === 'object' && 'id' in found ? (found as { id: unknown }).id : found
}

const query = (where: Record<string, unknown>) =>
  Object.entries(where)
    .map(([key, value]) => `where${key}=${encodeURIComponent(String(value))}`)
    .join('&')

let graphqlNames: Record<string, string>

const graphql = async (actor: Actor, body: string) => {
  const response = await app.rest('POST', '/api/graphql', { token: actor.token, body: { query: body } })
  return response.body as { data?: Record<string, any>; errors?: unknown[] }
}

beforeAll(async () => {
  app = await startTestApp()
  const city = await buildMarketplaceFixtures(app.payload, app.rest)
  await buildVisits(app.payload, app.rest, city)
  fx = city
  // What a desk sees of the people it serves: a booking, with the citizen's personal data filled in.
  const slot = await app.payload.create({
    collection: 'desk-slots',
    data: {
      desk: fx.desks.closed,
      startsAt: new Date(Date.now() + 48 * 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 49 * 3_600_000).toISOString(),
      capacity: 3,
    },
    depth: 0,
  })
  await app.payload.create({
    collection: 'appointments',
    data: {
      slot: slot.id,
      topic: 'orientation',
      name: 'Mario Rossi',
      email: 'citizen1@test.example',
      citizen: fx.citizens.citizen1,
    } as never,
    depth: 0,
  })
  for (const id of Object.values(fx.citizens)) {
    await app.payload.update({
      collection: 'citizens',
      id,
      data: { birthDate: '1980-01-01', beneficiaries: [{ name: 'Anna Rossi', relationship: 'parent' }] } as never,
      depth: 0,
    })
  }
  await app.payload.update({
    collection: 'services',
    id: fx.services.publishedA,
    data: { validation: { status: 'published', notes: 'Manca il listino prezzi' } } as never,
    depth: 0,
  })
  // GraphQL's name for each collection's list, as Payload derives it.
  graphqlNames = Object.fromEntries(
    app.config.collections.map((collection) => {
      const names = formatNames(collection.slug)
      const plural = collection.graphQL && collection.graphQL.pluralName ? toWords(collection.graphQL.pluralName, true) : names.plural
      return [collection.slug, plural === names.singular ? `all${names.singular}` : plural]
    }),
  )
})
afterAll(async () => app?.close())

const ROLES = [
  'anonymous',
  'citizen',
  'citizen2',
  'admin',
  'editor',
  'operator',
  'enteAdmin',
  'enteOperator',
  'enteAdminB',
  'enteAdminPending',
] as const

/** What the walk attacked, as `role collection path`. */
const attacked = new Set<string>()

const systemDocs = new Map<string, Promise<Record<string, unknown>>>()
const system = (collection: string, id: string) => {
  const key = `${collection}/${id}`
  if (!systemDocs.has(key))
    systemDocs.set(key, app.payload.findByID({ collection: collection as never, id, depth: 0, draft: true, overrideAccess: true }) as never)
  return systemDocs.get(key)!
}

describe('filters and sorts on fields with a read rule', () => {
  it.each(ROLES)(
    'never let %s learn, by filtering or sorting, a field it is not shown',
    async (role) => {
      const targets = targetsOf(app.config.collections)
      expect(targets.length).toBeGreaterThan(0)
      const actor = ({ ...fx.actors, ...fx.extraActors } as Record<string, Actor>)[role]!
      const leaks: string[] = []
      {
        const lists = new Map<string, { id: string }[] | null>()
        const listOf = async (slug: string) => {
          if (!lists.has(slug)) {
            const { status, body } = await app.rest('GET', `/api/${slug}?depth=0&limit=100`, { token: actor.token })
            lists.set(slug, status === 200 ? body.docs : null)
          }
          return lists.get(slug)!
        }
        const seen = new Map<string, Record<string, unknown> | null>()
        const seenBy = async (slug: string, id: string) => {
          const key = `${slug}/${id}`
          if (!seen.has(key)) {
            const { status, body } = await app.rest('GET', `/api/${slug}/${id}?depth=0&draft=true`, { token: actor.token })
            seen.set(key, status === 200 ? body : null)
          }
          return seen.get(key)!
        }

        for (const target of targets) {
          const visible = await listOf(target.root)
          if (!visible) continue // The role cannot list the collection at all: nothing to filter.
          const hidden: { id: string; value: unknown }[] = []
          for (const { id } of visible) {
            const record = await system(target.root, id)
            const ownerId = target.hop ? valueAt(record, target.hop) : id
            if (typeof ownerId !== 'string') continue
            const value = valueAt(target.hop ? await system(target.owner, ownerId) : record, target.ownerPath)
            if (value === undefined || value === null || value === '') continue
            const shown = await seenBy(target.owner, ownerId)
            if (shown && valueAt(shown, target.ownerPath) !== undefined) continue
            hidden.push({ id, value })
            if (hidden.length === 3) break
          }
          if (hidden.length === 0) continue
          attacked.add(`${role} ${target.root} ${target.path}`)
          const name = `${role} on ${target.root}: ${target.path}`

          const counts = async (where: Record<string, unknown>) => {
            const { status, body } = await app.rest('GET', `/api/${target.root}?depth=0&limit=100&${query(where)}`, { token: actor.token })
            if (REFUSED.includes(status)) return 'refused'
            expect(status, `${name}: ${JSON.stringify(body)}`).toBe(200)
            return body.totalDocs as number
          }
          for (const { id, value } of hidden) {
            const pairs: [Record<string, unknown>, Record<string, unknown>][] = [
              [{ [`[${target.path}][exists]`]: 'true' }, { [`[${target.path}][exists]`]: 'false' }],
              [{ [`[${target.path}][equals]`]: value }, { [`[${target.path}][not_equals]`]: value }],
            ]
            if (TEXTUAL.has(target.field.type) && typeof value === 'string') {
              pairs.push([
                { [`[${target.path}][like]`]: value.slice(0, 3) },
                { [`[${target.path}][like]`]: `${value.slice(0, 3)}\u00a7\u00a7` },
              ])
            }
            for (const [truthy, falsy] of pairs) {
              const scope = { '[and][0][id][equals]': id }
              const asTrue = await counts({
                ...scope,
                ...Object.fromEntries(Object.entries(truthy).map(([key, v]) => [`[and][1]${key}`, v])),
              })
              const asFalse = await counts({
                ...scope,
                ...Object.fromEntries(Object.entries(falsy).map(([key, v]) => [`[and][1]${key}`, v])),
              })
              if (asTrue !== asFalse) leaks.push(`${name} (${Object.keys(truthy)[0]}): ${asTrue} against ${asFalse}`)
            }
          }

          // A sort leaks as soon as the hidden records come back in a different order each way.
          const order = async (sort: string) => {
            const { status, body } = await app.rest('GET', `/api/${target.root}?depth=0&limit=100&sort=${sort}`, { token: actor.token })
            if (REFUSED.includes(status)) return 'refused'
            expect(status, `${name} sort: ${JSON.stringify(body)}`).toBe(200)
            const ids = new Set(hidden.map(({ id }) => id))
            return (body.docs as { id: string }[])
              .filter(({ id }) => ids.has(id))
              .map(({ id }) => id)
              .join(',')
          }
          const distinct = new Set(hidden.map(({ value }) => JSON.stringify(value))).size > 1
          if (distinct) {
            const ascending = await order(target.path)
            const descending = await order(`-${target.path}`)
            if (ascending !== descending) leaks.push(`${name} (sort): ${ascending} against ${descending}`)
          }

          // GraphQL: the same filter (on the collection's own fields) and the same sort.
          const list = graphqlNames[target.root]
          if (list) {
            const total = async (where: string, sort = '') => {
              const { data, errors } = await graphql(
                actor,
                `{ ${list}(where: ${where}${sort ? `, sort: "${sort}"` : ''}, limit: 100) { totalDocs docs { id } } }`,
              )
              return errors?.length ? 'refused' : (data?.[list] as { totalDocs: number; docs: { id: string }[] } | null)
            }
            if (!target.hop) {
              const field = target.path.replace(/\./g, '__')
              for (const { id } of hidden) {
                const asTrue = await total(`{ AND: [{ id: { equals: "${id}" } }, { ${field}: { exists: true } }] }`)
                const asFalse = await total(`{ AND: [{ id: { equals: "${id}" } }, { ${field}: { exists: false } }] }`)
                const count = (result: typeof asTrue) => (result === 'refused' ? result : (result?.totalDocs ?? 0))
                if (count(asTrue) !== count(asFalse)) leaks.push(`${name} (GraphQL exists): ${count(asTrue)} against ${count(asFalse)}`)
              }
            }
            if (distinct) {
              const ids = `{ id: { in: [${hidden.map(({ id }) => `"${id}"`).join(',')}] } }`
              const sorted = async (sort: string) => {
                const result = await total(ids, sort)
                return result === 'refused' ? result : (result?.docs ?? []).map(({ id }) => id).join(',')
              }
              const ascending = await sorted(target.path)
              const descending = await sorted(`-${target.path}`)
              if (ascending !== descending) leaks.push(`${name} (GraphQL sort): ${ascending} against ${descending}`)
            }
          }
        }
      }

      expect(leaks).toEqual([])
    },
    600_000,
  )

  it('reached the fields it exists for: a desk operator on the citizens behind appointments, and everyone kept from WeMi’s notes to an ente', () => {
    for (const pair of [
      'operator appointments citizen.fiscalCode',
      'operator appointments citizen.birthDate',
      'operator appointments citizen.beneficiaries.name',
      'anonymous services validation.notes',
      'citizen services validation.notes',
    ]) {
      expect(attacked, pair).toContain(pair)
    }
  })
})
