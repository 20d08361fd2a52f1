import { randomBytes } from 'node:crypto'

import { trustedOrigins } from '../lib/env'
import { clientAddresses } from '../plugins/identity/settings'

/**
 * Sign-in with SPID and CIE for this run. With OIDC_ISSUER set, the city's OpenID Connect
 * provider is used (OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_ACR). Without it, and unless the
 * run is without demo data (DEMO_DATA=off, as in production), a local test provider on
 * loopback vouches for the demo identities, and the site says it is a test. The settings are
 * put in the environment before the workers start, so they all talk to the same one.
 */
export const prepareIdentity = async ({ log }: { log: (line: string) => void }): Promise<{ stop: () => Promise<void> }> => {
  if (process.env.OIDC_ISSUER) {
    log(`sign-in with SPID/CIE through ${process.env.OIDC_ISSUER}`)
    return { stop: async () => {} }
  }
  if (process.env.DEMO_DATA === 'off') {
    log('sign-in with SPID/CIE is off: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET to offer it')
    return { stop: async () => {} }
  }
  const clientId = 'wemi-local'
  const clientSecret = randomBytes(24).toString('hex')
  // Loaded only here, so that a run with a real provider never loads the stand-in.
  const { startLocalIdentityProvider } = await import('../dev/identity-provider')
  const provider = await startLocalIdentityProvider({
    port: Number(process.env.LOCAL_IDP_PORT ?? 0),
    clientId,
    clientSecret,
    ...clientAddresses(trustedOrigins()),
  })
  Object.assign(process.env, {
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: clientId,
    OIDC_CLIENT_SECRET: clientSecret,
    OIDC_TEST_PROVIDER: 'true',
  })
  log(`sign-in with SPID/CIE through a local test identity provider on ${provider.issuer} (demo identities only)`)
  return { stop: () => provider.close() }
}
