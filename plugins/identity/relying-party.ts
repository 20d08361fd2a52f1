import * as oidc from 'openid-client'

import type { Language } from '../../lib/i18n'
import { type ProvenIdentity, provenIdentity, REQUESTED_CLAIMS } from './claims'
import { IdentityError } from './errors'
import type { IdentitySettings } from './settings'

/** What the browser carries, sealed, between leaving for the provider and coming back. */
export type PendingSignIn = {
  issuer: string
  state: string
  nonce: string
  codeVerifier: string
  redirectUri: string
  /** Where to go after signing in, and in which language. */
  next: string
  lang: Language
}

export type CompletedSignIn = {
  identity: ProvenIdentity
  subject: string
  /** The assurance level the provider says it used. */
  level: string | null
  /** Kept to end the provider's session too at sign-out. */
  idToken: string
}

const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)

const configurations = new Map<string, Promise<oidc.Configuration>>()

/** The provider's metadata, discovered once per process (HTTP is allowed only on loopback, for the local provider). */
const configuration = (settings: IdentitySettings): Promise<oidc.Configuration> => {
  const key = `${settings.issuer} ${settings.clientId}`
  let found = configurations.get(key)
  if (!found) {
    const issuer = new URL(settings.issuer)
    found = oidc.discovery(issuer, settings.clientId, settings.clientSecret, undefined, {
      execute: issuer.protocol === 'http:' && isLoopback(issuer) ? [oidc.allowInsecureRequests] : [],
    })
    // A provider that was down is asked again next time.
    found.catch(() => configurations.delete(key))
    configurations.set(key, found)
  }
  return found
}

/** The provider's address to send the browser to, with PKCE, state and nonce, and what to keep until it returns. */
export const beginSignIn = async (
  settings: IdentitySettings,
  { redirectUri, next, lang }: { redirectUri: string; next: string; lang: Language },
): Promise<{ url: URL; pending: PendingSignIn }> => {
  const config = await configuration(settings).catch((error: Error) => {
    throw new IdentityError('unavailable', error.message)
  })
  const codeVerifier = oidc.randomPKCECodeVerifier()
  const state = oidc.randomState()
  const nonce = oidc.randomNonce()
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    acr_values: settings.acr,
    prompt: 'login',
    claims: JSON.stringify(REQUESTED_CLAIMS),
  })
  return { url, pending: { issuer: settings.issuer, state, nonce, codeVerifier, redirectUri, next, lang } }
}

/**
 * Checks the provider's answer (issuer, state, PKCE, the ID token's signature, audience and
 * nonce) and reads the person from UserInfo. Throws on anything that does not match.
 */
export const completeSignIn = async (settings: IdentitySettings, callbackUrl: URL, pending: PendingSignIn): Promise<CompletedSignIn> => {
  if (pending.issuer !== settings.issuer) throw new IdentityError('refused', 'the sign-in was started with another identity provider')
  const config = await configuration(settings).catch((error: Error) => {
    throw new IdentityError('unavailable', error.message)
  })
  const { tokens, claims, userInfo } = await (async () => {
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    })
    const claims = tokens.claims()!
    return { tokens, claims, userInfo: await oidc.fetchUserInfo(config, tokens.access_token, claims.sub) }
  })().catch((error: Error & { cause?: unknown }) => {
    const cause = error.cause instanceof Error ? error.cause.message : ''
    throw new IdentityError('refused', [error.message, cause].filter(Boolean).join(': '))
  })
  return {
    identity: provenIdentity(userInfo),
    subject: claims.sub,
    level: typeof claims.acr === 'string' ? claims.acr : null,
    idToken: tokens.id_token!,
  }
}

/** The provider's sign-out address, which comes back to `returnTo` once its session has ended too. */
export const providerSignOutUrl = async (settings: IdentitySettings, idToken: string, returnTo: string): Promise<URL> =>
  oidc.buildEndSessionUrl(await configuration(settings), { id_token_hint: idToken, post_logout_redirect_uri: returnTo })
