import type { Payload, PayloadRequest } from 'payload'

import type { Citizen } from '../../payload-types'

export type ConfirmedBy = NonNullable<Citizen['fiscalCodeConfirmedBy']>
export type IdentityDocument = NonNullable<Citizen['fiscalCodeDocument']>

/** What an account gets when its codice fiscale is proven; the audit log records who wrote it. */
export const confirmedCode = (fiscalCode: string, by: ConfirmedBy, document: IdentityDocument | null = null) => ({
  fiscalCode,
  confirmedFiscalCode: fiscalCode,
  fiscalCodeConfirmedBy: by,
  fiscalCodeDocument: document,
  fiscalCodeConfirmedAt: new Date().toISOString(),
})

/**
 * Once a code is proven to be one person's, every other account that merely typed it loses the
 * claim: the code now belongs to the proven account, and a stale claim would only mislead.
 */
export const dropClaims = async (payload: Payload, fiscalCode: string, req: PayloadRequest, keep?: string) => {
  await payload.update({
    collection: 'citizens',
    where: { and: [{ fiscalCode: { equals: fiscalCode } }, { confirmedFiscalCode: { exists: false } }, ...(keep ? [{ id: { not_equals: keep } }] : [])] },
    data: { fiscalCode: null },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
