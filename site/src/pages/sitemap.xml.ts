import type { APIRoute } from 'astro'

import { editorialCache } from '../lib/cache'
import { publicSlugs } from '../lib/editorial'
import { type Lang, LANGS } from '../lib/i18n'
import { alternates, articleAlternates } from '../lib/routes'

/** Every public page in both languages, with its language alternates. */
export const GET: APIRoute = async ({ url }) => {
  const origin = process.env.PUBLIC_URL ? new URL(process.env.PUBLIC_URL).origin : url.origin
  const slugs = await publicSlugs()
  const entries: { addresses: Record<Lang, string>; updatedAt?: string }[] = [
    ...(['home', 'search', 'desks', 'news', 'faq', 'reportNeed', 'careCost', 'housing', 'openData', 'book', 'apply'] as const).map(
      (route) => ({
        addresses: alternates(route),
      }),
    ),
    ...slugs.services.map(({ slug, updatedAt }) => ({ addresses: alternates('service', slug), updatedAt })),
    ...slugs.organisations.map(({ slug, updatedAt }) => ({ addresses: alternates('organisation', slug), updatedAt })),
    ...slugs.categories.map(({ slug, updatedAt }) => ({ addresses: alternates('category', slug), updatedAt })),
    ...slugs.desks.map(({ slug, updatedAt }) => ({ addresses: alternates('desk', slug), updatedAt })),
    ...slugs.pages.map(({ slug, updatedAt }) => ({ addresses: alternates('page', slug), updatedAt })),
    ...slugs.news.map(({ slug, updatedAt }) => ({ addresses: articleAlternates(slug), updatedAt })),
  ]
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const urls = entries.flatMap(({ addresses, updatedAt }) =>
    LANGS.map(
      (lang) =>
        `<url><loc>${escape(origin + addresses[lang])}</loc>${updatedAt ? `<lastmod>${updatedAt.slice(0, 10)}</lastmod>` : ''}${LANGS.map(
          (other) => `<xhtml:link rel="alternate" hreflang="${other}" href="${escape(origin + addresses[other])}"/>`,
        ).join('')}</url>`,
    ),
  )
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}</urlset>\n`
  // An hour, but a page or news item scheduled sooner is in the sitemap from its publication.
  const cacheControl = await editorialCache(['pages', 'news'], { fresh: 3600, stale: 0 })
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': cacheControl } })
}
