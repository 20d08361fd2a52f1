import { servesHttps } from '../lib/env'

/** Two years, as HSTS preload lists ask. */
const HSTS_MAX_AGE_SECONDS = 2 * 365 * 24 * 60 * 60

/**
 * Where a site form may send the browser: our own pages, the payment page a "pay online" form
 * redirects to (Stripe's, or the local test Stripe's when the app runs without an account),
 * and the identity provider that sign-out passes through to end its session too.
 */
const siteFormTargets = () =>
  [
    "'self'",
    process.env.STRIPE_API_URL ? new URL(process.env.STRIPE_API_URL).origin : 'https://checkout.stripe.com',
    ...(process.env.OIDC_ISSUER ? [new URL(process.env.OIDC_ISSUER).origin] : []),
  ].join(' ')

/**
 * Everything comes from our own origin: no third-party script, font or frame, and no page of
 * ours inside another site's frame. The site runs only its own script files; the admin panel
 * (Next.js) streams its pages as inline scripts and previews uploads from blob: addresses.
 */
const contentSecurityPolicy = (admin: boolean) =>
  [
    "default-src 'self'",
    admin ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    admin ? "img-src 'self' data: blob:" : "img-src 'self' data:",
    admin ? "media-src 'self' blob:" : "media-src 'self'",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action ${admin ? "'self'" : siteFormTargets()}`,
  ].join('; ')

/**
 * The headers every answer of the one origin carries, the admin panel's and the API's as much
 * as the site's. The policy applies when serving for real: the development servers of Next.js
 * and Astro inject scripts of their own.
 */
export const securityHeaders = ({ admin }: { admin: boolean }): Record<string, string> => ({
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  ...(process.env.NODE_ENV === 'production' ? { 'content-security-policy': contentSecurityPolicy(admin) } : {}),
  ...(servesHttps() ? { 'strict-transport-security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains` } : {}),
})
