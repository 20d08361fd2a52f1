import { LANGUAGES } from '../../lib/i18n'
import { ACCOUNT_PAGES } from '../../lib/links'

/** The SPID assurance levels a service may ask the identity provider for. */
export const SPID_LEVELS = {
  L1: 'https://www.spid.gov.it/SpidL1',
  L2: 'https://www.spid.gov.it/SpidL2',
  L3: 'https://www.spid.gov.it/SpidL3',
} as const

export type IdentitySettings = {
  /** The city's OpenID Connect provider (a SPID/CIE gateway), found by discovery. */
  issuer: string
  clientId: string
  clientSecret: string
  /** The assurance level asked for: SpidL2 unless OIDC_ACR says otherwise. */
  acr: string
  /** True when the provider is the local one for development and tests, so the site says so. */
  testProvider: boolean
}

/**
 * Sign-in with SPID or CIE, from the environment: OIDC_ISSUER, OIDC_CLIENT_ID,
 * OIDC_CLIENT_SECRET and OIDC_ACR. Without an issuer the site offers e-mail and password only.
 */
export const identitySettings = (): IdentitySettings | null => {
  const issuer = process.env.OIDC_ISSUER
  if (!issuer) return null
  const clientId = process.env.OIDC_CLIENT_ID
  const clientSecret = process.env.OIDC_CLIENT_SECRET
  if (!clientId || !clientSecret) throw new Error('OIDC_ISSUER is set, so OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set too')
  return {
    issuer,
    clientId,
    clientSecret,
    acr: process.env.OIDC_ACR || SPID_LEVELS.L2,
    testProvider: process.env.OIDC_TEST_PROVIDER === 'true',
  }
}

/** Where the provider sends the browser back after sign-in. */
export const CALLBACK_PATH = '/accedi/identita-digitale/ritorno'

/** The addresses to register with the provider for a site served on `origins`: its way back after sign-in and after sign-out. */
export const clientAddresses = (origins: string[]) => ({
  redirectUris: origins.map((origin) => `${origin}${CALLBACK_PATH}`),
  postLogoutRedirectUris: origins.flatMap((origin) => LANGUAGES.map((language) => `${origin}${ACCOUNT_PAGES.signIn[language]}?out=1`)),
})
