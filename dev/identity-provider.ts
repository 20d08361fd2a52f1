import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import Provider, { type KoaContextWithOIDC } from 'oidc-provider'

import { FISCAL_NUMBER_CLAIM } from '../plugins/identity/claims'
import { DEMO_IDENTITIES, type DemoIdentity } from './demo-identities'
import { SPID_LEVELS } from '../plugins/identity/settings'

export type LocalIdentityProvider = {
  issuer: string
  close: () => Promise<void>
}

const CLAIMS = [FISCAL_NUMBER_CLAIM, 'given_name', 'family_name', 'birthdate', 'email']

/** The provider's records (sessions, codes, grants) in memory: a test provider keeps nothing across restarts. */
const memoryAdapter = () => {
  const records = new Map<string, { payload: Record<string, unknown>; expiresAt: number }>()
  return class MemoryAdapter {
    constructor(private readonly model: string) {}
    private key(id: string) {
      return `${this.model}:${id}`
    }
    async upsert(id: string, payload: Record<string, unknown>, expiresIn: number) {
      records.set(this.key(id), {
        payload,
        expiresAt: Date.now() + expiresIn * 1000,
      })
    }
    async find(id: string) {
      const record = records.get(this.key(id))
      if (!record || record.expiresAt < Date.now()) return undefined
      return record.payload
    }
    async findByUid(uid: string) {
      for (const [key, record] of records)
        if (key.startsWith(`${this.model}:`) && record.payload.uid === uid) return this.find(key.slice(this.model.length + 1))
      return undefined
    }
    async findByUserCode() {
      return undefined
    }
    async consume(id: string) {
      const record = records.get(this.key(id))
      if (record) record.payload.consumed = Math.floor(Date.now() / 1000)
    }
    async destroy(id: string) {
      records.delete(this.key(id))
    }
    async revokeByGrantId(grantId: string) {
      for (const [key, record] of records) if (record.payload.grantId === grantId) records.delete(key)
    }
  }
}

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

const page = (title: string, body: string) => `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
.banner{background:#fff3cd;border:2px solid #8a6d00;padding:.75rem 1rem;margin-bottom:1.5rem}
fieldset{border:1px solid #666;padding:1rem}label{display:block;margin:.5rem 0}button{font-size:1rem;padding:.5rem 1.25rem;margin-top:1rem}</style>
</head><body>
<p class="banner"><strong>Provider di identità di prova</strong> — solo per sviluppo e test: nessuna identità reale.<br>
<span lang="en">Test identity provider — for development and tests only: no real identities.</span></p>
${body}</body></html>`

const identityLabel = (identity: DemoIdentity) => `${identity.firstName} ${identity.lastName} — ${identity.fiscalCode} — ${identity.email}`

const readForm = async (request: IncomingMessage): Promise<URLSearchParams> => {
  let body = ''
  for await (const chunk of request) body += chunk
  return new URLSearchParams(body)
}

/**
 * A SPID/CIE-like OpenID provider on loopback, for development and tests: authorization code
 * flow with PKCE, SPID's `acr` values and the `fiscal_number` claim served from UserInfo only,
 * a page to pick one of the demo identities (clearly marked as a test) and RP-initiated logout.
 */
export const startLocalIdentityProvider = async ({
  port = 0,
  clientId,
  clientSecret,
  redirectUris,
  postLogoutRedirectUris,
}: {
  port?: number
  clientId: string
  clientSecret: string
  redirectUris: string[]
  postLogoutRedirectUris: string[]
}): Promise<LocalIdentityProvider> => {
  // The issuer is the address it listens on, so it listens first (port 0: any free port).
  let handle: (request: IncomingMessage, response: ServerResponse) => void = (_, response) => response.writeHead(503).end()
  const server = createServer((request, response) => handle(request, response))
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const signingKey = generateKeyPairSync('rsa', {
    modulusLength: 2048,
  }).privateKey.export({ format: 'jwk' })
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        post_logout_redirect_uris: postLogoutRedirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    adapter: memoryAdapter(),
    jwks: {
      keys: [{ ...signingKey, kid: 'local-test', use: 'sig', alg: 'RS256' } as never],
    },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: {
      openid: ['sub'],
      ...Object.fromEntries(CLAIMS.map((claim) => [claim, null])),
    },
    acrValues: Object.values(SPID_LEVELS),
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      claimsParameter: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          ctx.body = page(
            'Uscita dal provider di prova',
            `<h1>Uscita dal provider di prova</h1>${form.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>')}
<button type="submit" form="op.logoutForm">Esci / Sign out</button>
<script>document.getElementById('op.logoutForm').submit()</script>`,
          )
        },
      },
    },
    interactions: {
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    // A test provider asks no consent: the one client may have every claim it asks for.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId,
      })
      grant.addOIDCScope('openid')
      grant.addOIDCClaims(CLAIMS)
      await grant.save()
      return grant
    },
    findAccount: async (_ctx, id) => {
      const identity = DEMO_IDENTITIES.find((candidate) => candidate.fiscalCode === id)
      if (!identity) return undefined
      return {
        accountId: id,
        claims: async () => ({
          sub: id,
          [FISCAL_NUMBER_CLAIM]: `TINIT-${identity.fiscalCode}`,
          given_name: identity.firstName,
          family_name: identity.lastName,
          birthdate: identity.birthDate,
          email: identity.email,
        }),
      }
    },
  })

  const interaction = async (request: IncomingMessage, response: ServerResponse) => {
    const details = await provider.interactionDetails(request, response)
    if (request.method === 'POST') {
      const form = await readForm(request)
      const identity = DEMO_IDENTITIES.find((candidate) => candidate.fiscalCode === form.get('identity'))
      if (identity) {
        const requested = String(details.params.acr_values ?? '').split(' ')[0] ?? ''
        const acr = Object.values<string>(SPID_LEVELS).includes(requested) ? requested : SPID_LEVELS.L2
        await provider.interactionFinished(
          request,
          response,
          { login: { accountId: identity.fiscalCode, acr } },
          { mergeWithLastSubmission: false },
        )
        return
      }
    }
    const choices = DEMO_IDENTITIES.map(
      (identity, index) =>
        `<label><input type="radio" name="identity" value="${identity.fiscalCode}"${index === 0 ? ' checked' : ''}> ${escape(identityLabel(identity))}</label>`,
    ).join('\n')
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    })
    response.end(
      page(
        'Accedi con un’identità di prova',
        `<h1>Accedi con un’identità di prova</h1>
<form method="post" action="/interaction/${escape(details.uid)}"><fieldset><legend>Scegli chi sei / Choose who you are</legend>
${choices}</fieldset><button type="submit">Entra / Sign in</button></form>`,
      ),
    )
  }

  const providerHandler = provider.callback()
  handle = (request, response) => {
    if (request.url?.startsWith('/interaction/')) {
      interaction(request, response).catch((error: Error) => {
        response.writeHead(400, {
          'content-type': 'text/plain; charset=utf-8',
        })
        response.end(`Richiesta non valida / Bad request: ${error.message}`)
      })
      return
    }
    providerHandler(request, response)
  }
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
