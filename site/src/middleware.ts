import { createHash } from 'node:crypto'

import { defineMiddleware } from 'astro:middleware'

import { DEFAULT_CACHE, NO_STORE } from './lib/cache'
import { assistanceBanner } from './lib/desk-console'
import { keepSessionAlive } from './lib/session'

/**
 * Slides an active citizen's session on, then adds revalidation for cacheable pages: a public
 * page carries an ETag of its content, so a cache (or a browser) that asks again gets a 304
 * while the page is unchanged and the new page as soon as the content changes. A response that
 * renews a session cookie is never shared. (Security headers are set for every answer of the
 * origin by server/http.ts.)
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const renewed = await keepSessionAlive(context.request, context.cookies)
  context.locals.assistance = await assistanceBanner(context.request)
  const response = await next()
  // A page that renews a session cookie, or that names the citizen an operator is helping, is never shared.
  if (renewed || context.locals.assistance) response.headers.set('cache-control', NO_STORE)
  const isPage =
    context.request.method === 'GET' && response.status === 200 && (response.headers.get('content-type') ?? '').startsWith('text/html')
  if (isPage && !response.headers.has('cache-control')) response.headers.set('cache-control', DEFAULT_CACHE)
  if (!isPage || !(response.headers.get('cache-control') ?? '').startsWith('public')) return response

  const body = await response.text()
  const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`
  const headers = new Headers(response.headers)
  headers.set('etag', etag)
  headers.append('vary', 'Accept-Encoding')
  if (context.request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  return new Response(body, { status: 200, headers })
})
