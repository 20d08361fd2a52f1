import type { CollectionBeforeChangeHook } from 'payload'

import { rejectField } from '../../../lib/validation'

/**
 * A confirmed codice fiscale is the citizen's for good: typing another one, or none, is refused
 * and nothing is written; the typed field always equals the confirmed code. Only the server's
 * own confirmation (SPID/CIE sign-in, a desk operator) writes `confirmedFiscalCode`, which no
 * request may set, so a change of it here comes from there.
 */
export const keepConfirmedFiscalCode: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const confirmed = data.confirmedFiscalCode as string | null | undefined
  if (!confirmed) return data
  const unchanged = operation === 'update' && confirmed === originalDoc?.confirmedFiscalCode
  if (unchanged && (data.fiscalCode ?? null) !== confirmed) rejectField(req, 'citizens', 'fiscalCode', 'fiscalCodeConfirmed')
  return { ...data, fiscalCode: confirmed }
}
