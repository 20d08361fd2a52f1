import { catalogue } from './catalogue'
import { type Lang, pick, t } from './i18n'

/** The web app manifest in one language: the city's name, so that an installed site says whose it is. */
export const webManifest = async (lang: Lang): Promise<Response> => {
  const { city } = await catalogue()
  const body = {
    name: `WeMi ${city.name}`,
    short_name: 'WeMi',
    description: pick(city.tagline, lang) || t(lang, 'tagline'),
    lang,
    dir: 'ltr',
    start_url: lang === 'it' ? '/' : '/en',
    scope: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: city.colour.main,
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  }
  return new Response(JSON.stringify(body), {
    headers: { 'content-type': 'application/manifest+json; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  })
}
