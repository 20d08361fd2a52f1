import { describe, expect, it } from 'vitest'

import { richTextPlain } from '../../site/src/lib/richtext'
import {
  breadcrumbList,
  euros,
  faqPageData,
  newsArticleData,
  organisationData,
  serializeJsonLd,
  serviceData,
} from '../../site/src/lib/structured-data'

const origin = 'https://wemi.example.it'

const service = {
  lang: 'it' as const,
  url: `${origin}/servizi/assistenza`,
  name: 'Assistenza domiciliare',
  summary: 'Aiuto a casa per le persone anziane.',
  category: 'Assistenza domiciliare',
  provider: { name: 'Cooperativa Sole', url: `${origin}/enti/sole` },
  districts: ['Municipio 1', 'Municipio 8'],
  cityName: 'Milano',
  priceModel: 'per-hour',
  priceCents: 1750,
  priceUnit: 'all’ora',
  audience: 'Anziani, Persone con disabilità',
  requestUrl: `${origin}/area-personale/richieste/nuova?service=7`,
  office: { name: 'Sede di via Padova', street: 'Via Padova 12', postcode: '20127' },
}

describe('schema.org descriptions of the pages', () => {
  it('writes prices in euros from cents without floats', () => {
    expect(euros(1750)).toBe('17.50')
    expect(euros(5)).toBe('0.05')
    expect(euros(0)).toBe('0.00')
    expect(euros(123456789)).toBe('1234567.89')
    expect(() => euros(10.5)).toThrow(TypeError)
    expect(() => euros(-1)).toThrow(TypeError)
  })

  it('describes a service with its provider, districts, audience, channels, category and price', () => {
    const data = serviceData(service)
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Service',
      name: 'Assistenza domiciliare',
      description: 'Aiuto a casa per le persone anziane.',
      inLanguage: 'it-IT',
      serviceType: 'Assistenza domiciliare',
      provider: { '@type': 'Organization', name: 'Cooperativa Sole', url: `${origin}/enti/sole` },
      serviceOperator: { '@type': 'Organization', name: 'Cooperativa Sole' },
      areaServed: {
        '@type': 'City',
        name: 'Milano',
        containsPlace: [
          { '@type': 'AdministrativeArea', name: 'Municipio 1' },
          { '@type': 'AdministrativeArea', name: 'Municipio 8' },
        ],
      },
      audience: { '@type': 'Audience', audienceType: 'Anziani, Persone con disabilità' },
      availableChannel: {
        '@type': 'ServiceChannel',
        serviceUrl: `${origin}/area-personale/richieste/nuova?service=7`,
        availableLanguage: 'it-IT',
        serviceLocation: {
          '@type': 'Place',
          name: 'Sede di via Padova',
          address: { '@type': 'PostalAddress', streetAddress: 'Via Padova 12', postalCode: '20127', addressLocality: 'Milano' },
        },
      },
      offers: [
        {
          '@type': 'Offer',
          price: '17.50',
          priceCurrency: 'EUR',
          priceSpecification: { '@type': 'UnitPriceSpecification', price: '17.50', priceCurrency: 'EUR', unitText: 'all’ora' },
        },
      ],
    })
  })

  it('prices a free service at zero, a group price as a range, and a service on quote not at all', () => {
    expect(serviceData({ ...service, priceModel: 'free', priceCents: null }).offers).toEqual([
      { '@type': 'Offer', price: '0.00', priceCurrency: 'EUR', url: service.url },
    ])
    const shared = serviceData({
      ...service,
      priceCents: null,
      sharedPrices: [
        { people: 2, priceCents: 1200 },
        { people: 4, priceCents: 900 },
      ],
    })
    expect(shared.offers).toEqual([
      { '@type': 'AggregateOffer', lowPrice: '9.00', highPrice: '12.00', offerCount: 2, priceCurrency: 'EUR', url: service.url },
    ])
    const onQuote = serviceData({ ...service, priceCents: null, category: undefined, districts: [], audience: '', office: undefined })
    expect(onQuote).not.toHaveProperty('offers')
    expect(onQuote).not.toHaveProperty('serviceType')
    expect(onQuote).not.toHaveProperty('areaServed')
    expect(onQuote).not.toHaveProperty('audience')
    expect(onQuote.availableChannel).not.toHaveProperty('serviceLocation')
  })

  it('describes an organisation with its offices as postal addresses and only the contacts given', () => {
    const data = organisationData({
      lang: 'en',
      url: `${origin}/en/organisations/sole`,
      name: 'Cooperativa Sole',
      legalName: 'Cooperativa Sociale Sole Onlus',
      summary: 'Home care since 1990.',
      website: 'https://sole.example.org',
      telephone: '02 1234567',
      email: null,
      offices: [{ street: 'Via Roma 1', postcode: '20121' }, { street: null }],
      cityName: 'Milano',
    })
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': `${origin}/en/organisations/sole#organization`,
      url: `${origin}/en/organisations/sole`,
      name: 'Cooperativa Sole',
      legalName: 'Cooperativa Sociale Sole Onlus',
      description: 'Home care since 1990.',
      sameAs: ['https://sole.example.org'],
      telephone: '02 1234567',
      address: [
        { '@type': 'PostalAddress', streetAddress: 'Via Roma 1', postalCode: '20121', addressLocality: 'Milano', addressCountry: 'IT' },
      ],
    })
  })

  it('describes the questions and answers, as plain text', () => {
    const answer = {
      it: {
        root: {
          type: 'root',
          direction: null,
          format: '',
          indent: 0,
          version: 1,
          children: [
            {
              type: 'paragraph',
              version: 1,
              children: [
                { type: 'text', version: 1, text: 'Sì, ' },
                { type: 'text', version: 1, format: 1, text: 'gratis' },
              ],
            },
            { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Chiedi allo sportello.' }] },
          ],
        },
      },
    }
    const text = richTextPlain(answer as unknown as Parameters<typeof richTextPlain>[0], 'en')
    expect(text).toBe('Sì, gratis\n\nChiedi allo sportello.')
    expect(
      faqPageData({
        lang: 'it',
        url: `${origin}/domande-frequenti`,
        name: 'Domande frequenti',
        questions: [{ question: 'È gratuito?', answer: text }],
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      url: `${origin}/domande-frequenti`,
      name: 'Domande frequenti',
      inLanguage: 'it-IT',
      mainEntity: [
        { '@type': 'Question', name: 'È gratuito?', acceptedAnswer: { '@type': 'Answer', text: 'Sì, gratis\n\nChiedi allo sportello.' } },
      ],
    })
  })

  it('describes a news article published by the city', () => {
    const article = {
      lang: 'en' as const,
      url: `${origin}/en/news/new-services`,
      headline: 'New services',
      datePublished: '2026-06-01T08:00:00.000Z',
      dateModified: '2026-06-02T08:00:00.000Z',
      image: `${origin}/media/summer.jpg`,
      publisher: { name: 'City of Milano', url: `${origin}/en` },
    }
    expect(newsArticleData(article)).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'New services',
      inLanguage: 'en-GB',
      datePublished: '2026-06-01T08:00:00.000Z',
      dateModified: '2026-06-02T08:00:00.000Z',
      image: [`${origin}/media/summer.jpg`],
      publisher: { '@type': 'GovernmentOrganization', name: 'City of Milano', url: `${origin}/en` },
    })
    const plain = newsArticleData({ ...article, image: null, dateModified: null })
    expect(plain).not.toHaveProperty('image')
    expect(plain.dateModified).toBe(article.datePublished)
  })

  it('lists the breadcrumbs with absolute addresses, the page itself last', () => {
    expect(
      breadcrumbList({
        origin,
        items: [{ label: 'Home', href: '/' }, { label: 'Servizi', href: '/servizi' }, { label: 'Assistenza' }],
        currentPath: '/servizi/assistenza',
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${origin}/` },
        { '@type': 'ListItem', position: 2, name: 'Servizi', item: `${origin}/servizi` },
        { '@type': 'ListItem', position: 3, name: 'Assistenza', item: `${origin}/servizi/assistenza` },
      ],
    })
  })

  it('keeps user-written text from closing the script element', () => {
    const json = serializeJsonLd(
      newsArticleData({
        lang: 'it',
        url: `${origin}/notizie/x`,
        headline: 'Fine</script><script>alert(1)</script> <!-- & \u2028\u2029',
        publisher: { name: 'Comune di Milano', url: `${origin}/` },
      }),
    )
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(json).toContain('Fine\\u003c/script\\u003e')
    expect(JSON.parse(json).headline).toBe('Fine</script><script>alert(1)</script> <!-- & \u2028\u2029')
  })
})
