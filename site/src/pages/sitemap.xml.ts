import type { APIRoute } from 'astro'

import { publicSlugs } from '../lib/editorial'
import { LANGS } from '../lib/i18n'
import { path, type RouteName } from '../lib/routes'

/** Every public page in both languages, with its language alternates. */
export const GET: APIRoute = async ({ url }) => {
  const origin = process.env.PUBLIC_URL ? new URL(process.env.PUBLIC_URL).origin : url.origin
  const slugs = await publicSlugs()
  const entries: { route: RouteName; slug: string; updatedAt?: string }[] = [
    { route: 'home', slug: '' },
    { route: 'search', slug: '' },
    { route: 'desks', slug: '' },
    { route: 'news', slug: '' },
    { route: 'faq', slug: '' },
    { route: 'reportNeed', slug: '' },
    { route: 'book', slug: '' },
    ...slugs.services.map((s) => ({ route: 'service' as const, ...s })),
    ...slugs.organisations.map((s) => ({ route: 'organisation' as const, ...s })),
    ...slugs.categories.map((s) => ({ route: 'category' as const, ...s })),
    ...slugs.desks.map((s) => ({ route: 'desk' as const, ...s })),
    ...slugs.pages.map((s) => ({ route: 'page' as const, ...s })),
    ...slugs.news.map((s) => ({ route: 'article' as const, ...s })),
  ]
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const urls = entries.flatMap(({ route, slug, updatedAt }) =>
    LANGS.map(
      (lang) =>
        `<url><loc>${escape(origin + path(lang, route, slug))}</loc>${updatedAt ? `<lastmod>${updatedAt.slice(0, 10)}</lastmod>` : ''}${LANGS.map(
          (other) => `<xhtml:link rel="alternate" hreflang="${other}" href="${escape(origin + path(other, route, slug))}"/>`,
        ).join('')}</url>`,
    ),
  )
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}</urlset>\n`
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' } })
}
