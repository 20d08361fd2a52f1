import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type SiteUnderTest, startSite } from '../helpers/site'

/**
 * The schema.org descriptions the public pages carry, read as a search engine reads them: every
 * JSON-LD block parses, and says what the page itself shows, with absolute addresses.
 */
let site: SiteUnderTest
let page: Page
let close: () => Promise<void>
let samples: { service: string; organisation: string }
/** What the browser reports against the Content-Security-Policy, which `npm start` sends. */
const violations: string[] = []
beforeAll(async () => {
  site = await startSite('structured-data')
  const [service] = await site.sql<{ slug: string; organisation_slug: string }>(
    'SELECT slug, organisation_slug FROM service_search ORDER BY slug LIMIT 1',
  )
  samples = { service: service!.slug, organisation: service!.organisation_slug }
  const opened = await site.page({ javaScriptEnabled: false })
  page = opened.page
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  close = () => opened.context.close()
})
afterAll(async () => {
  await close?.()
  await site?.stop()
})

type Thing = Record<string, any>

/** Opens a page, in the language asked for by following its language alternate. */
const open = async (italianPath: string, lang: 'it' | 'en') => {
  await page.goto(italianPath)
  if (lang === 'en') await page.goto((await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href'))!)
  expect(await page.locator('html').getAttribute('lang')).toBe(lang)
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  const data: Thing[] = blocks.map((text) => JSON.parse(text) as Thing)
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!
  const of = (type: string) => {
    const found = data.filter((thing) => thing['@type'] === type)
    expect(found, type).toHaveLength(1)
    return found[0]!
  }
  // The trail as the page shows it, each step an absolute address of this site, the page itself last.
  const trail = of('BreadcrumbList')
  const labels = (await page.locator('.breadcrumb-item').allTextContents()).map((text) => text.replace(/\s*\/\s*$/, '').trim())
  expect(trail.itemListElement.map((item: Thing) => item.name)).toEqual(labels)
  const links = await page
    .locator('.breadcrumb-item a')
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))
  expect(trail.itemListElement.slice(0, -1).map((item: Thing) => item.item)).toEqual(
    links.map((href) => new URL(new URL(href).pathname, canonical).href),
  )
  expect(trail.itemListElement.at(-1).item).toBe(canonical)
  // The blocks are data, never run: the policy that allows only our own script files has nothing to say.
  expect(violations).toEqual([])
  for (const [index, item] of trail.itemListElement.entries()) {
    expect(item.position).toBe(index + 1)
    expect(item.item.startsWith(new URL(canonical).origin + '/')).toBe(true)
  }
  return { of, canonical, inLanguage: lang === 'it' ? 'it-IT' : 'en-GB' }
}

const text = async (selector: string) => (await page.locator(selector).first().textContent())!.trim()

describe.each(['it', 'en'] as const)('structured data in %s', (lang) => {
  it('describes a service, its provider and price', async () => {
    const { of, canonical, inLanguage } = await open(`/servizi/${samples.service}`, lang)
    const service = of('Service')
    expect(service.name).toBe(await text('h1'))
    expect(service.description).toBe(await text('p.lead'))
    expect(service.url).toBe(canonical)
    expect(service.inLanguage).toBe(inLanguage)
    const provider = page.locator('main p a').filter({ hasText: service.provider.name }).first()
    expect(service.provider['@type']).toBe('Organization')
    expect(new URL(service.provider.url).pathname).toBe(await provider.getAttribute('href'))
    expect(service.areaServed['@type']).toBe('City')
    expect(service.areaServed.containsPlace.length).toBeGreaterThan(0)
    for (const area of service.areaServed.containsPlace) expect(area['@type']).toBe('AdministrativeArea')
    // What the national checker of municipal sites reads from a service page's description.
    expect(await page.locator('script[data-element="metatag"]').count()).toBe(1)
    expect(service.serviceOperator.name).toBe(service.provider.name)
    expect(service.audience.audienceType.length).toBeGreaterThan(2)
    expect(new URL(service.availableChannel.serviceUrl).pathname).toBe(
      await page
        .locator('[data-element="service-online-access"]')
        .getAttribute('href')
        .then((href) => new URL(href!, canonical).pathname),
    )
    if (service.offers) {
      for (const offer of service.offers) expect(offer.priceCurrency).toBe('EUR')
      const offer = service.offers.find((candidate: Thing) => candidate['@type'] === 'Offer')
      if (offer && offer.price !== '0.00') {
        const shown = offer.price.replace('.', lang === 'it' ? ',' : '.')
        expect(await page.locator('#costs').textContent()).toContain(shown)
      }
    }
  })

  it('describes an ente', async () => {
    const { of, canonical } = await open(`/enti/${samples.organisation}`, lang)
    const organisation = of('Organization')
    expect(organisation.name).toBe(await text('h1'))
    expect(organisation.legalName).toBe(await text('p.result-meta'))
    expect(organisation.url).toBe(canonical)
    for (const address of organisation.address ?? []) expect(address['@type']).toBe('PostalAddress')
    if (organisation.telephone) expect(await page.locator('main').textContent()).toContain(organisation.telephone)
    if (organisation.email) expect(await page.locator(`a[href="mailto:${organisation.email}"]`).count()).toBeGreaterThan(0)
  })

  it('describes the frequently asked questions', async () => {
    const { of, inLanguage } = await open('/domande-frequenti', lang)
    const faq = of('FAQPage')
    expect(faq.inLanguage).toBe(inLanguage)
    const questions = (await page.locator('details summary').allTextContents()).map((question) => question.trim())
    expect(questions.length).toBeGreaterThan(0)
    expect(faq.mainEntity.map((question: Thing) => question.name)).toEqual(questions)
    for (const question of faq.mainEntity) {
      expect(question['@type']).toBe('Question')
      expect(question.acceptedAnswer.text.length).toBeGreaterThan(0)
      expect(question.acceptedAnswer.text).not.toContain('<')
    }
  })

  it('describes a news article published by the city', async () => {
    const { of, canonical, inLanguage } = await open('/notizie/nuovi-servizi-estate', lang)
    const article = of('NewsArticle')
    expect(article.headline).toBe(await text('h1'))
    expect(article.url).toBe(canonical)
    expect(article.inLanguage).toBe(inLanguage)
    expect(article.datePublished).toBe(await page.locator('article time').getAttribute('datetime'))
    expect(Date.parse(article.dateModified)).toBeGreaterThanOrEqual(Date.parse(article.datePublished) - 1)
    expect(article.publisher['@type']).toBe('GovernmentOrganization')
    expect(article.publisher.name).toMatch(lang === 'it' ? /^Comune di / : /^City of /)
  })
})
