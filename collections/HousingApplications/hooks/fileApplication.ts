import type { CollectionBeforeChangeHook } from 'payload'

import { assistedByOf } from '../../../lib/assistance'
import { optionLabel } from '../../../lib/fields'
import { relationId } from '../../../lib/relations'
import { hasRole, isCitizen } from '../../../lib/roles'
import { rejectField } from '../../../lib/validation'
import { HOUSING_REASONS } from '../../HousingUnits/options'

/**
 * A new application is the resident's own (a citizen cannot file one in somebody else's name),
 * records the operator who filed it with them (in the admin, or in the resident's area at a desk), goes to an ente that offers temporary housing,
 * and starts as submitted whatever the caller sent: every later change is an action of the
 * housing lifecycle (plugins/housing), never an edit.
 */
export const fileApplication: CollectionBeforeChangeHook = async ({ data, req, operation }) => {
  if (operation !== 'create') return data
  const { user } = req
  if (user && isCitizen(user)) data.citizen = user.id
  else if (!relationId(data.citizen)) rejectField(req, 'housing-applications', 'citizen', 'housingApplicantRequired')
  // At a desk the operator acts as the resident, through an assistance the resident agreed to.
  data.filedBy = assistedByOf(user)?.operator ?? (user && hasRole(user, 'operator', 'admin') ? user.id : null)
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
  // What the ente reads the application by, and how it reaches the household: it cannot open the resident's record.
  const applicant = await req.payload.findByID({
    collection: 'citizens',
    id: relationId(data.citizen)!,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { firstName: true, lastName: true, email: true, phone: true },
  })
  if (!applicant) return rejectField(req, 'housing-applications', 'citizen', 'housingApplicantRequired')
  const name = [applicant.firstName, applicant.lastName].filter(Boolean).join(' ')
  return {
    ...data,
    title: [name, optionLabel(HOUSING_REASONS, data.reason, 'it')].filter(Boolean).join(' — '),
    contacts: [applicant.email, applicant.phone].filter(Boolean).join(' · '),
    status: 'submitted',
    unit: null,
    startsOn: null,
    endsOn: null,
    offerExpiresAt: null,
    extensionUntil: null,
    enteReason: null,
  }
}
