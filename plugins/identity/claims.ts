import { isValidPersonalFiscalCode } from '../../lib/fiscal'
import { IdentityError } from './errors'

/** The claim that carries the codice fiscale, as `TINIT-<codice fiscale>`. */
export const FISCAL_NUMBER_CLAIM = 'https://attributes.eid.gov.it/fiscal_number'

/** What WeMi asks the provider for: SPID returns these from UserInfo only, never in the ID token. */
export const REQUESTED_CLAIMS = {
  userinfo: {
    [FISCAL_NUMBER_CLAIM]: { essential: true },
    given_name: { essential: true },
    family_name: { essential: true },
    birthdate: null,
    email: { essential: true },
  },
}

/** A person as the identity provider vouches for them. */
export type ProvenIdentity = {
  fiscalCode: string
  firstName: string
  lastName: string
  birthDate: string | null
  email: string
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** Reads the person from the provider's UserInfo answer; refuses one without a valid codice fiscale or e-mail. */
export const provenIdentity = (userInfo: Record<string, unknown>): ProvenIdentity => {
  const fiscalNumber = text(userInfo[FISCAL_NUMBER_CLAIM]).toUpperCase()
  const fiscalCode = fiscalNumber.startsWith('TINIT-') ? fiscalNumber.slice('TINIT-'.length) : ''
  if (!isValidPersonalFiscalCode(fiscalCode)) throw new IdentityError('missingFiscalCode')
  const email = text(userInfo.email).toLowerCase()
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new IdentityError('missingEmail')
  const birthDate = /^\d{4}-\d{2}-\d{2}$/.test(text(userInfo.birthdate)) ? text(userInfo.birthdate) : null
  return { fiscalCode, firstName: text(userInfo.given_name), lastName: text(userInfo.family_name), birthDate, email }
}
