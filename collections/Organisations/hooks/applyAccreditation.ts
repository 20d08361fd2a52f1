import type { CollectionBeforeChangeHook } from 'payload'

import { assertTransition } from '../../../lib/workflow'
import { accreditation, type AccreditationState, STATE_DATES } from '../accreditation'

/** Every change of accreditation state goes through the workflow table and is dated. */
export const applyAccreditation: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const from = operation === 'create' ? undefined : (originalDoc?.accreditation?.status as AccreditationState)
  const to = (data.accreditation?.status as AccreditationState | undefined) ?? from ?? accreditation.initial
  data.accreditation = { ...data.accreditation, status: to }

  assertTransition({
    workflow: accreditation,
    from,
    to,
    context: data.accreditation,
    req,
    collection: 'organisations',
    path: 'accreditation.status',
  })

  const dateField = STATE_DATES[to]
  // A record created in a later state (an import) keeps the date it brings.
  const keepsImportedDate = operation === 'create' && data.accreditation[dateField ?? ''] != null
  if (dateField && to !== from && !keepsImportedDate) {
    data.accreditation[dateField] = new Date().toISOString()
  }
  return data
}
