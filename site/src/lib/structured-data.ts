import type { Lang } from './i18n'

/**
 * schema.org descriptions of the public pages, as JSON-LD, for search engines and for the
 * checks on municipal sites. Each builder turns what the page already shows into a plain
 * object: nothing here is fetched, so a page never describes more than it says.
 */

export type JsonLd = Record<string, unknown>

const CONTEXT = 'https://schema.org'

/** The language tag schema.org expects, from the site's language. */
export const inLanguage = (lang: Lang): string => (lang === 'it' ? 'it-IT' : 'en-GB')

/**
 * The origin absolute addresses are written with: the public one when the app sits behind a
 * proxy, as the canonical links and the sitemap use, else the one the request came to.
 */
export const publicOrigin = (requestUrl: URL): string =>
  process.env.PUBLIC_URL ? new URL(process.env.PUBLIC_URL).origin : requestUrl.origin

export const absoluteUrl = (origin: string, href: string): string => new URL(href, origin).href

/**
 * An amount in cents as schema.org writes a price, "17.50", by integer arithmetic so that no
 * binary float ever rounds it.
 */
export const euros = (cents: number): string => {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new TypeError(`Not an amount in cents: ${cents}`)
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
}

/**
 * JSON for the inside of a script element. The text is written by people, so nothing in it may
 * close the element ("</script>") or open a comment ("<!--"); the line and paragraph separators
 * are escaped for the parsers that still read them as line ends.
 */
export const serializeJsonLd = (data: JsonLd | JsonLd[]): string =>
  JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')

/** Drops empty values, so that no property claims something the page does not say. */
const compact = (data: JsonLd): JsonLd =>
  Object.fromEntries(
    Object.entries(data).filter(
      ([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  )

/** The one address of an organisation's description, shared by its page and its services'. */
const organisationId = (url: string) => `${url}#organization`

export type BreadcrumbInput = {
  origin: string
  /** The trail as the page shows it; the last item, without a link, is the page itself. */
  items: { label: string; href?: string }[]
  /** The page's own path, for the last item. */
  currentPath: string
}

export const breadcrumbList = ({ origin, items, currentPath }: BreadcrumbInput): JsonLd => ({
  '@context': CONTEXT,
  '@type': 'BreadcrumbList',
  itemListElement: items.map((item, index) => ({
    '@type': 'ListItem',
    position: index + 1,
    name: item.label,
    item: absoluteUrl(origin, index === items.length - 1 || !item.href ? currentPath : item.href),
  })),
})

export type ServiceInput = {
  lang: Lang
  /** The service page's absolute address. */
  url: string
  name: string
  summary: string
  /** The category the service is listed under. */
  category?: string
  provider: { name: string; url: string }
  /** The districts served, by the names the page shows, in the city they are part of. */
  districts: string[]
  cityName: string
  priceModel: string
  /** The price of the service for one person alone, in cents. */
  priceCents?: number | null
  /** One person's share in a group, by group size, in cents. */
  sharedPrices?: { people: number; priceCents: number }[] | null
  /** What follows a price on the page: "per hour". */
  priceUnit?: string
  /** Who it is for: the target groups the page lists, else its own words. */
  audience?: string
  /** Where a resident asks for the service online, absolute. */
  requestUrl: string
  /** The organisation's first office, where the service can be asked for in person. */
  office?: { name: string; street: string; postcode?: string | null }
}

const offersOf = (service: ServiceInput, url: string): JsonLd[] => {
  const unit = (price: string) =>
    service.priceUnit
      ? { priceSpecification: { '@type': 'UnitPriceSpecification', price, priceCurrency: 'EUR', unitText: service.priceUnit } }
      : {}
  if (service.priceModel === 'free') return [{ '@type': 'Offer', price: '0.00', priceCurrency: 'EUR', url }]
  const offers: JsonLd[] = []
  if (service.priceCents != null) {
    const price = euros(service.priceCents)
    offers.push({ '@type': 'Offer', price, priceCurrency: 'EUR', url, ...unit(price) })
  }
  const shared = (service.sharedPrices ?? []).map((row) => row.priceCents)
  if (shared.length > 0) {
    offers.push({
      '@type': 'AggregateOffer',
      lowPrice: euros(Math.min(...shared)),
      highPrice: euros(Math.max(...shared)),
      offerCount: shared.length,
      priceCurrency: 'EUR',
      url,
    })
  }
  return offers
}

export const serviceData = (service: ServiceInput): JsonLd => {
  const provider = {
    '@type': 'Organization',
    '@id': organisationId(service.provider.url),
    name: service.provider.name,
    url: service.provider.url,
  }
  return compact({
    '@context': CONTEXT,
    '@type': 'Service',
    '@id': service.url,
    url: service.url,
    name: service.name,
    description: service.summary,
    inLanguage: inLanguage(service.lang),
    serviceType: service.category,
    category: service.category,
    provider,
    // The name under which the national model of public-service pages looks for who delivers it.
    serviceOperator: provider,
    areaServed:
      service.districts.length > 0
        ? {
            '@type': 'City',
            name: service.cityName,
            containsPlace: service.districts.map((name) => ({ '@type': 'AdministrativeArea', name })),
          }
        : undefined,
    audience: service.audience ? { '@type': 'Audience', audienceType: service.audience } : undefined,
    availableChannel: compact({
      '@type': 'ServiceChannel',
      serviceUrl: service.requestUrl,
      availableLanguage: inLanguage(service.lang),
      serviceLocation: service.office
        ? {
            '@type': 'Place',
            name: service.office.name,
            address: compact({
              '@type': 'PostalAddress',
              streetAddress: service.office.street,
              postalCode: service.office.postcode,
              addressLocality: service.cityName,
            }),
          }
        : undefined,
    }),
    offers: offersOf(service, service.url),
  })
}

export type OrganisationInput = {
  lang: Lang
  /** The organisation's page on the site, absolute. */
  url: string
  name: string
  legalName?: string | null
  summary?: string
  /** Its own website, when the page links to it. */
  website?: string | null
  /** Only the contacts the page shows publicly. */
  telephone?: string | null
  email?: string | null
  offices: { street?: string | null; postcode?: string | null }[]
  cityName: string
}

export const organisationData = (organisation: OrganisationInput): JsonLd =>
  compact({
    '@context': CONTEXT,
    '@type': 'Organization',
    '@id': organisationId(organisation.url),
    url: organisation.url,
    name: organisation.name,
    legalName: organisation.legalName,
    description: organisation.summary,
    sameAs: organisation.website ? [organisation.website] : undefined,
    telephone: organisation.telephone,
    email: organisation.email,
    address: organisation.offices
      .filter((office) => office.street)
      .map((office) =>
        compact({
          '@type': 'PostalAddress',
          streetAddress: office.street,
          postalCode: office.postcode,
          addressLocality: organisation.cityName,
          addressCountry: 'IT',
        }),
      ),
  })

export type FaqInput = {
  lang: Lang
  url: string
  name: string
  /** Each answer as plain text, as a reader would copy it from the page. */
  questions: { question: string; answer: string }[]
}

export const faqPageData = (faq: FaqInput): JsonLd => ({
  '@context': CONTEXT,
  '@type': 'FAQPage',
  url: faq.url,
  name: faq.name,
  inLanguage: inLanguage(faq.lang),
  mainEntity: faq.questions.map(({ question, answer }) => ({
    '@type': 'Question',
    name: question,
    acceptedAnswer: { '@type': 'Answer', text: answer },
  })),
})

export type ArticleInput = {
  lang: Lang
  url: string
  headline: string
  summary?: string
  /** A draft seen in preview may have no publication date yet. */
  datePublished?: string | null
  dateModified?: string | null
  /** The image's absolute address, when the article has one. */
  image?: string | null
  publisher: { name: string; url: string }
}

export const newsArticleData = (article: ArticleInput): JsonLd =>
  compact({
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': article.url,
    url: article.url,
    mainEntityOfPage: article.url,
    headline: article.headline,
    description: article.summary,
    inLanguage: inLanguage(article.lang),
    datePublished: article.datePublished,
    dateModified: article.dateModified ?? article.datePublished,
    image: article.image ? [article.image] : undefined,
    publisher: { '@type': 'GovernmentOrganization', name: article.publisher.name, url: article.publisher.url },
  })
