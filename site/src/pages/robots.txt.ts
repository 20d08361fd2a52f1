import type { APIRoute } from 'astro'

export const GET: APIRoute = ({ url }) => {
  const origin = process.env.PUBLIC_URL ? new URL(process.env.PUBLIC_URL).origin : url.origin
  const body = ['User-agent: *', 'Disallow: /admin', 'Disallow: /api', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n')
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=86400' } })
}
