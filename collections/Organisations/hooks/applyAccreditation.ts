import type { CollectionBeforeChangeHook } from 'payload'

import { assertTransition } from '../../../lib/workflow'
import { accreditation, type AccreditationState, EXPIRY, STATE_DATES } from '../accreditation'

const hasItems = (value: unknown) => Array.isArray(value) && value.length > 0

/** The default end of an accreditation granted now. */
const defaultExpiry = () => {
  const expiry = new Date()
  expiry.setFullYear(expiry.getFullYear() + EXPIRY.validityYears)
  return expiry.toISOString()
}

/**
 * Every change of accreditation state goes through the workflow table and is dated. Accrediting
 * an application grants what it asked for and the usual validity, unless WeMi chose otherwise.
 */
export const applyAccreditation: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const from = operation === 'create' ? undefined : (originalDoc?.accreditation?.status as AccreditationState)
  const to = (data.accreditation?.status as AccreditationState | undefined) ?? from ?? accreditation.initial
  data.accreditation = { ...originalDoc?.accreditation, ...data.accreditation, status: to }

  if (to === 'accredited' && from !== 'accredited' && operation === 'update') {
    const requested = { ...originalDoc?.application, ...data.application }
    if (!hasItems(data.accreditation.categories)) data.accreditation.categories = requested.categories ?? []
    if (!hasItems(data.accreditation.districts)) data.accreditation.districts = requested.districts ?? []
    // A date already past is refused by the table: renewing after an expiry needs a new one.
    if (!data.accreditation.expiresAt) data.accreditation.expiresAt = defaultExpiry()
  }

  // A new expiry date starts its reminders afresh.
  if (operation === 'update' && data.accreditation.expiresAt !== originalDoc?.accreditation?.expiresAt) {
    data.accreditation.lastReminderDays = null
  }

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
