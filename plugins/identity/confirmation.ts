import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { assistedCitizen } from '../../lib/assistance'
import { IDENTITY_DOCUMENTS } from '../../lib/fields'
import { isValidPersonalFiscalCode, normaliseTaxCode } from '../../lib/fiscal'
import { inTransaction, localRequest } from '../../lib/transaction'
import type { Citizen } from '../../payload-types'

export type ConfirmedBy = NonNullable<Citizen['fiscalCodeConfirmedBy']>
export type IdentityDocument = NonNullable<Citizen['fiscalCodeDocument']>

/** Whether a form's value names one of the documents a desk may confirm a code with. */
export const isIdentityDocument = (value: string): value is IdentityDocument => IDENTITY_DOCUMENTS.some((kind) => kind.value === value)

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
    where: {
      and: [
        { fiscalCode: { equals: fiscalCode } },
        { confirmedFiscalCode: { exists: false } },
        ...(keep ? [{ id: { not_equals: keep } }] : []),
      ],
    },
    data: { fiscalCode: null },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

export type DeskConfirmation = 'confirmed' | 'invalidCode' | 'invalidDocument' | 'notHelping' | 'alreadyConfirmed' | 'taken'

/**
 * A desk operator confirms the codice fiscale of the citizen they are helping now, having seen
 * it on a document of theirs: only through an open assistance of their own, only for a citizen
 * whose code nobody has confirmed yet, and never a code already confirmed for someone else. The
 * operator writes it, so the audit log names them.
 */
export const confirmAtDesk = async (
  payload: Payload,
  {
    operator,
    assistanceKey,
    fiscalCode,
    document,
  }: { operator: TypedUser; assistanceKey: string | undefined; fiscalCode: string; document: string },
): Promise<DeskConfirmation> => {
  const code = normaliseTaxCode(fiscalCode)
  if (!isValidPersonalFiscalCode(code)) return 'invalidCode'
  if (!isIdentityDocument(document)) return 'invalidDocument'
  const helped = await assistedCitizen(payload, operator, assistanceKey)
  if (!helped) return 'notHelping'
  if (helped.confirmedFiscalCode) return 'alreadyConfirmed'
  return inTransaction(await localRequest(payload, { user: operator }), async (req) => {
    const { totalDocs } = await payload.count({
      collection: 'citizens',
      where: { confirmedFiscalCode: { equals: code } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) return 'taken'
    await payload.update({
      collection: 'citizens',
      id: helped.id,
      data: confirmedCode(code, 'desk', document),
      depth: 0,
      overrideAccess: true,
      req,
    })
    await dropClaims(payload, code, req, helped.id)
    return 'confirmed'
  })
}
