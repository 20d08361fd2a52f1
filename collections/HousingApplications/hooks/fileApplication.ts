import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../lib/relations'
import { hasRole, isCitizen } from '../../../lib/roles'
import { rejectField } from '../../../lib/validation'

/**
 * A new application is the resident's own (a citizen cannot file one in somebody else's name),
 * records the operator who filed it with them, goes to an ente that offers temporary housing,
 * and starts as submitted whatever the caller sent: every later change is an action of the
 * housing lifecycle (plugins/housing), never an edit.
 */
export const fileApplication: CollectionBeforeChangeHook = async ({ data, req, operation }) => {
  if (operation !== 'create') return data
  const { user } = req
  if (user && isCitizen(user)) data.citizen = user.id
  else if (!relationId(data.citizen)) rejectField(req, 'housing-applications', 'citizen', 'housingApplicantRequired')
  data.filedBy = user && hasRole(user, 'operator', 'admin') ? user.id : null
  const organisation = relationId(data.organisation)
  const { totalDocs } = organisation
    ? await req.payload.count({
        collection: 'housing-units',
        where: { and: [{ organisation: { equals: organisation } }, { published: { equals: true } }] },
        overrideAccess: true,
        req,
      })
    : { totalDocs: 0 }
  if (totalDocs === 0) rejectField(req, 'housing-applications', 'organisation', 'housingNotOffered')
  return {
    ...data,
    status: 'submitted',
    unit: null,
    startsOn: null,
    endsOn: null,
    offerExpiresAt: null,
    extensionUntil: null,
    enteReason: null,
  }
}
