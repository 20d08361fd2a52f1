import { createHash } from 'node:crypto'

import { defineMiddleware } from 'astro:middleware'

import { DEFAULT_CACHE, NO_STORE } from './lib/cache'
import { assistanceBanner } from './lib/desk-console'
import { keepSessionAlive } from './lib/session'

/**
 * Where a form may send the browser: our own pages, the payment page a "pay online" form
 * redirects to (Stripe's, or the local test Stripe's when the app runs without an account),
 * and the identity provider that sign-out passes through to end its session too.
 */
const formTargets = () =>
  [
    "'self'",
    process.env.STRIPE_API_URL ? new URL(process.env.STRIPE_API_URL).origin : 'https://checkout.stripe.com',
    ...(process.env.OIDC_ISSUER ? [new URL(process.env.OIDC_ISSUER).origin] : []),
  ].join(' ')

const securityHeaders = (): Record<string, string> => ({
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  // Everything comes from our own origin: no third-party script, font or frame.
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
    `frame-ancestors 'none'; base-uri 'self'; form-action ${formTargets()}`,
})

/**
 * Slides an active citizen's session on, then adds security headers on every page, and
 * revalidation for cacheable ones: a public page carries an ETag of its content, so a cache
 * (or a browser) that asks again gets a 304 while the page is unchanged and the new page as
 * soon as the content changes. A response that renews a session cookie is never shared.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const renewed = await keepSessionAlive(context.request, context.cookies)
  context.locals.assistance = await assistanceBanner(context.request)
  const response = await next()
  // A page that renews a session cookie, or that names the citizen an operator is helping, is never shared.
  if (renewed || context.locals.assistance) response.headers.set('cache-control', NO_STORE)
  const isPage = context.request.method === 'GET' && response.status === 200 && (response.headers.get('content-type') ?? '').startsWith('text/html')
  if (isPage && !response.headers.has('cache-control')) response.headers.set('cache-control', DEFAULT_CACHE)
  for (const [name, value] of Object.entries(securityHeaders())) {
    // Astro's dev server injects scripts of its own: the policy applies when serving for real.
    if (name !== 'content-security-policy' || process.env.NODE_ENV === 'production') response.headers.set(name, value)
  }
  if (!isPage || !(response.headers.get('cache-control') ?? '').startsWith('public')) return response

  const body = await response.text()
  const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`
  const headers = new Headers(response.headers)
  headers.set('etag', etag)
  headers.append('vary', 'Accept-Encoding')
  if (context.request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  return new Response(body, { status: 200, headers })
})
