import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../lib/relations'
import { rejectField } from '../../../lib/validation'

/** Categories have exactly two levels: areas, and categories inside an area. */
export const keepTwoLevels: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const parent = relationId(data.parent)
  if (!parent) return data
  const fail = (key: 'categoryTooDeep' | 'categoryHasChildren') => rejectField(req, 'categories', 'parent', key)
  const parentDoc = await req.payload.findByID({ collection: 'categories', id: parent, depth: 0, req })
  if (parentDoc.parent) fail('categoryTooDeep')
  if (originalDoc?.id) {
    if (String(originalDoc.id) === parent) fail('categoryTooDeep')
    const { totalDocs } = await req.payload.count({ collection: 'categories', where: { parent: { equals: originalDoc.id } }, req })
    if (totalDocs > 0) fail('categoryHasChildren')
  }
  return data
}
