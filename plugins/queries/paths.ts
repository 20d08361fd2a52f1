import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

/** One field a query path passes through, with the collection it belongs to. */
export type PathStep = { collection: SanitizedCollectionConfig; field: FlattenedField }

/** Segments a version's path starts with that are not fields of the document itself. */
const VERSION_PREFIX = 'version'

const childFields = (field: FlattenedField): FlattenedField[] | null => {
  if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) return field.flattenedFields
  if (field.type === 'blocks') return field.blocks.flatMap((block) => block.flattenedFields)
  return null
}

const relatedCollection = (payload: Payload, field: FlattenedField): SanitizedCollectionConfig | null => {
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
    return payload.collections[field.relationTo]?.config ?? null
  }
  if (field.type === 'join' && typeof field.collection === 'string') return payload.collections[field.collection]?.config ?? null
  return null
}

/**
 * The fields a `where` or `sort` path names, in order, across groups, arrays, blocks and
 * relationships into other collections (`citizen.beneficiaries.name` on appointments is the
 * appointment's `citizen`, then the citizen's `beneficiaries` and their `name`). GraphQL's
 * `a__b` is `a.b`; a version's `version.` prefix and locale codes are skipped. A segment that is
 * no field ends the walk: Payload itself refuses paths that name nothing.
 */
export const stepsOf = (payload: Payload, root: SanitizedCollectionConfig, path: string): PathStep[] => {
  const locales = new Set((payload.config.localization || { localeCodes: [] as string[] }).localeCodes)
  const segments = path.replace(/__/g, '.').split('.')
  if (segments[0] === VERSION_PREFIX && !root.flattenedFields.some((field) => field.name === VERSION_PREFIX)) segments.shift()
  const steps: PathStep[] = []
  let collection = root
  let fields: FlattenedField[] | null = root.flattenedFields
  let pending: SanitizedCollectionConfig | null = null
  for (const segment of segments) {
    if (pending) {
      collection = pending
      fields = pending.flattenedFields
      pending = null
    }
    const field: FlattenedField | undefined = fields?.find((candidate) => candidate.name === segment)
    if (!field) {
      if (locales.has(segment)) continue
      break
    }
    steps.push({ collection, field })
    fields = childFields(field)
    pending = relatedCollection(payload, field)
  }
  return steps
}
