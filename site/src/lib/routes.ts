import { ACCOUNT_PAGES, APPLICATION_PAGES, BOOKING_PAGES, GROUP_PAGES, HOUSING_PAGES, REPORT_PROBLEM_PAGES } from '../../../lib/links'
import type { NewsDoc } from './content'
import type { Lang } from './i18n'

/**
 * Every public address in both languages: Italian at the root, English under /en/. The
 * language switch and hreflang links are built from these, so each page knows its twin.
 */
const ROOTS = {
  home: { it: '/', en: '/en/' },
  search: { it: '/servizi', en: '/en/services' },
  service: { it: '/servizi/', en: '/en/services/' },
  organisation: { it: '/enti/', en: '/en/organisations/' },
  category: { it: '/categorie/', en: '/en/categories/' },
  desks: { it: '/spazi-wemi', en: '/en/desks' },
  desk: { it: '/spazi-wemi/', en: '/en/desks/' },
  news: { it: '/notizie', en: '/en/news' },
  article: { it: '/notizie/', en: '/en/news/' },
  faq: { it: '/domande-frequenti', en: '/en/faq' },
  reportNeed: { it: '/segnala-un-bisogno', en: '/en/report-a-need' },
  careCost: { it: '/costo-lavoro-domestico', en: '/en/domestic-work-cost' },
  openData: { it: '/dati-aperti', en: '/en/open-data' },
  page: { it: '/', en: '/en/' },
  digitalSignIn: { it: '/accedi/identita-digitale', en: '/en/sign-in/digital-identity' },
  deskConsole: { it: '/sportello', en: '/en/desk' },
  deskRegister: { it: '/sportello/nuovo-cittadino', en: '/en/desk/new-citizen' },
  deskPrint: { it: '/sportello/stampa/', en: '/en/desk/print/' },
  ...ACCOUNT_PAGES,
  ...BOOKING_PAGES,
  ...APPLICATION_PAGES,
  ...GROUP_PAGES,
  ...HOUSING_PAGES,
  ...REPORT_PROBLEM_PAGES,
} as const

export type RouteName = keyof typeof ROOTS

/**
 * The path of a page: `path('en', 'service', 'badante-a-ore')` → /en/services/badante-a-ore.
 * A document's slug is filled in when it is saved, though its type allows none.
 */
export const path = (lang: Lang, route: RouteName, slug: string | null = ''): string =>
  `${ROOTS[route][lang]}${encodeURIComponent(slug ?? '').replace(/%2F/g, '/')}`

/** The same page in each language. */
export const alternates = (route: RouteName, slug = ''): Record<Lang, string> => ({
  it: path('it', route, slug),
  en: path('en', route, slug),
})

/** A news item's slug in a language: its own, or the Italian one while it has no English address. */
export const articleSlug = (slug: NewsDoc['slug'], lang: Lang): string => slug?.[lang] || slug?.it || ''

/** A news item's address in each language, each with that language's slug. */
export const articleAlternates = (slug: NewsDoc['slug']): Record<Lang, string> => ({
  it: path('it', 'article', articleSlug(slug, 'it')),
  en: path('en', 'article', articleSlug(slug, 'en')),
})

/** Editorial pages with a fixed role in the layout (footer, how it works…). */
export const PAGE_SLUGS = {
  about: 'chi-siamo',
  howItWorks: 'come-funziona',
  privacy: 'privacy',
  accessibility: 'dichiarazione-di-accessibilita',
  cookies: 'cookie',
  contacts: 'contatti',
  legalNotes: 'note-legali',
  serviceTerms: 'condizioni-di-servizio',
} as const
