import { createHash } from 'node:crypto'

import { defineMiddleware } from 'astro:middleware'

import { needsPrimary, primaryPosition, readingFromPrimary, replicaUrls, WRITTEN_COOKIE, writtenCookie } from '../../lib/read-replicas'
import { siteContentGeneration } from '../../lib/site-content'
import { DEFAULT_CACHE, NO_STORE } from './lib/cache'
import { assistanceBanner } from './lib/desk-console'
import { isAnonymousGet, keepPage, keptPage } from './lib/page-cache'
import { payload } from './lib/payload'
import { keepSessionAlive } from './lib/session'

/**
 * Slides an active citizen's session on, then adds revalidation for cacheable pages: a public
 * page carries an ETag of its content, so a cache (or a browser) that asks again gets a 304
 * while the page is unchanged and the new page as soon as the content changes. A response that
 * renews a session cookie is never shared. (Security headers are set for every answer of the
 * origin by server/http.ts.) A visitor who is not signed in gets the page kept in memory when
 * there is one (lib/page-cache.ts). With read replicas, a request reads from the primary while
 * the replicas lag behind the visitor's own last write or the last change to the site's content
 * (lib/read-replicas.ts).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const anonymous = isAnonymousGet(context.request)
  if (anonymous) {
    const kept = keptPage(context.request)
    if (kept) return kept
  }
  const generation = siteContentGeneration()
  const written = context.cookies.get(WRITTEN_COOKIE)?.value
  const onPrimary = await needsPrimary(written)
  if (written && !onPrimary) context.cookies.delete(WRITTEN_COOKIE, { path: '/' })
  const render = async () => {
    const renewed = await keepSessionAlive(context.request, context.cookies)
    context.locals.assistance = await assistanceBanner(context.request)
    return { renewed, response: await next() }
  }
  const { renewed, response } = onPrimary ? await readingFromPrimary(render) : await render()
  // What this visitor just wrote must be what they read next, whichever process answers.
  if (context.request.method === 'POST' && replicaUrls().length > 0) {
    response.headers.append('set-cookie', writtenCookie(await primaryPosition(await payload())))
  }
  // A page that renews a session cookie, or that names the citizen an operator is helping, is never shared.
  if (renewed || context.locals.assistance) response.headers.set('cache-control', NO_STORE)
  const isPage =
    context.request.method === 'GET' && response.status === 200 && (response.headers.get('content-type') ?? '').startsWith('text/html')
  if (!isPage) return response
  if (!response.headers.has('cache-control')) response.headers.set('cache-control', DEFAULT_CACHE)
  // A page is sent in one piece: rendered in milliseconds, it gains nothing from being streamed
  // in the many small writes its components make. It stays in bytes: the page is already
  // encoded, and decoding it to text would only have it encoded again for every answer.
  const body = new Uint8Array(await response.arrayBuffer())
  if (!(response.headers.get('cache-control') ?? '').startsWith('public')) return new Response(body, response)

  const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`
  const headers = new Headers(response.headers)
  headers.set('etag', etag)
  headers.append('vary', 'Accept-Encoding')
  if (anonymous) keepPage(context.request, body, headers, generation)
  if (context.request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  return new Response(body, { status: 200, headers })
})
