/** Why a sign-in with a digital identity did not go through; the site says each in the visitor's language. */
export type IdentityFailure =
  'refused' | 'expired' | 'unavailable' | 'missingFiscalCode' | 'missingEmail' | 'emailInUse' | 'disabled' | 'rateLimited'

export class IdentityError extends Error {
  constructor(
    readonly failure: IdentityFailure,
    detail?: string,
  ) {
    super(detail ? `${failure}: ${detail}` : failure)
  }
}
