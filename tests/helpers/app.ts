import { getPayload, handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { inject } from 'vitest'

import type { Language } from '../../lib/i18n'
import { createConfig } from '../../payload.config'
import { closePayload } from '../../server/instance'
import { createTestDatabase } from './database'
import { graphqlHandler } from './graphql'

export type RestResponse = { status: number; body: any }

export type RestOptions = { token?: string; body?: unknown; language?: Language; form?: FormData }

export type TestApp = {
  payload: Payload
  config: SanitizedConfig
  /** Calls Payload's REST (and GraphQL) API as the admin's Next.js routes do, without a network hop. */
  rest: (method: string, path: string, options?: RestOptions) => Promise<RestResponse>
  /** Hands a whole HTTP request (raw body, any headers) to Payload's REST API, or to GraphQL at /api/graphql. */
  fetch: (request: Request) => Promise<Response>
  close: () => Promise<void>
}

/**
 * A Payload instance on a fresh migrated database of the test file's own, or on the one given
 * (which the site's own instance, reading DATABASE_URL, can then share).
 */
export const startTestApp = async (given?: Awaited<ReturnType<typeof createTestDatabase>>): Promise<TestApp> => {
  const database = given ?? (await createTestDatabase(inject('databaseServer'), inject('databaseRun')))
  const config = await createConfig(database.url)
  const payload = await getPayload({ config, key: database.name })

  const graphql = graphqlHandler(config, database.name)
  const fetch = (request: Request) =>
    new URL(request.url).pathname === '/api/graphql' && request.method === 'POST'
      ? graphql(request)
      : handleEndpoints({ config, request, payloadInstanceCacheKey: database.name })

  const rest = async (method: string, path: string, { token, body, language, form }: RestOptions = {}) => {
    const headers = new Headers()
    if (token) headers.set('authorization', `JWT ${token}`)
    if (language) headers.set('accept-language', language)
    if (body !== undefined) headers.set('content-type', 'application/json')
    const request = new Request(`http://localhost${path}`, {
      method,
      headers,
      body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
    })
    const response = await fetch(request)
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // Not JSON: keep the text.
    }
    return { status: response.status, body: parsed }
  }

  return {
    payload,
    config,
    rest,
    fetch,
    close: async () => {
      await closePayload(payload)
      await database.drop()
    },
  }
}
