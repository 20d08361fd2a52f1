import { CALLBACK_PATH, clientAddresses, type IdentitySettings } from '../../plugins/identity/settings'
import { startLocalIdentityProvider } from '../../dev/identity-provider'

/** The local test identity provider for an RP on `siteOrigin`, with the settings that point at it. */
export const startTestIdentityProvider = async (siteOrigin = 'http://localhost:3999') => {
  const clientSecret = 'test-client-secret-0123456789abcdef'
  const provider = await startLocalIdentityProvider({
    clientId: 'wemi-test',
    clientSecret,
    ...clientAddresses([siteOrigin]),
  })
  const settings: IdentitySettings = {
    issuer: provider.issuer,
    clientId: 'wemi-test',
    clientSecret,
    acr: 'https://www.spid.gov.it/SpidL2',
    testProvider: true,
  }
  return { provider, settings, redirectUri: `${siteOrigin}${CALLBACK_PATH}` }
}

/**
 * A person at the provider without a browser: follows its redirects with its cookies, picks
 * `fiscalCode` on the test identity page and returns the address the provider sends back to.
 */
export const signInAtProvider = async (authorizationUrl: URL, fiscalCode: string): Promise<URL> => {
  const cookies = new Map<string, string>()
  const send = async (url: URL, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    })
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const [name, ...value] = pair!.split('=')
      cookies.set(name!.trim(), value.join('='))
    }
    return response
  }
  let url = authorizationUrl
  let posted = false
  for (let hops = 0; hops < 10; hops++) {
    const response =
      posted || !url.pathname.startsWith('/interaction/')
        ? await send(url)
        : await send(url, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ identity: fiscalCode }).toString(),
          })
    if (url.pathname.startsWith('/interaction/')) posted = true
    const location = response.headers.get('location')
    if (!location) throw new Error(`The provider stopped at ${url} with ${response.status}: ${(await response.text()).slice(0, 300)}`)
    url = new URL(location, url)
    if (url.pathname === CALLBACK_PATH) return url
  }
  throw new Error('Too many redirects at the identity provider')
}
