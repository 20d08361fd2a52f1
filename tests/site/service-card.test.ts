import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { parse, walkSync, type Node } from 'ultrahtml'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Language } from '../../lib/i18n'
import ServiceCard from '../../site/src/components/ServiceCard.astro'
import type { Catalogue } from '../../site/src/lib/catalogue'
import type { PricedService } from '../../site/src/lib/format'

const district = { id: 'd1', slug: 'municipio-1', name: { it: 'Municipio 1 – Centro', en: 'Municipio 1 – Centre' } }
const cat = {
  districts: [district],
  byId: (list: { id: string }[], id: string) => list.find((item) => item.id === id),
} as unknown as Catalogue

/** A card's service (ServiceCard's CardService), the prices as each case gives them. */
const service = (prices: Partial<PricedService>) => ({
  slug: 'assistenza',
  title: { it: 'Assistenza a casa', en: 'Home care' },
  summary: { it: null, en: null },
  organisationName: 'Cooperativa Aurora',
  priceModel: 'per-hour',
  individualPriceCents: null,
  sharedPriceFromCents: null,
  sharedPricePeople: null,
  districtIds: ['d1'],
  ratingAverage: null,
  ratingCount: 0,
  ...prices,
})

let container: AstroContainer
beforeAll(async () => {
  container = await AstroContainer.create()
})

/** The card's price lines as a reader meets them, the lead one first. */
const priceLinesOf = async (card: ReturnType<typeof service>, lang: Language = 'it') => {
  const html = await container.renderToString(ServiceCard, { props: { lang, service: card, cat } })
  const lines: { text: string; lead: boolean }[] = []
  walkSync(parse(html), (node: Node) => {
    if (node.type === 1 && node.name === 'li') {
      const text = (node.children as Node[])
        .map((child) => (child.type === 2 ? child.value : ''))
        .join('')
        .trim()
      if (/€/.test(text) || /Gratuito|Free/.test(text)) lines.push({ text, lead: (node.attributes.class ?? '').includes('price-badge') })
    }
  })
  return lines
}

describe('the price on a service card', () => {
  it('says a price is for one person alone, and a group price for whom and how many', async () => {
    const both = service({ individualPriceCents: 1750, sharedPriceFromCents: 900, sharedPricePeople: 4 })
    expect(await priceLinesOf(both)).toEqual([
      { text: 'da 17,50 € all’ora a persona, da solo', lead: true },
      { text: '9,00 € all’ora a persona in gruppo di 4', lead: false },
    ])
    expect(await priceLinesOf(both, 'en')).toEqual([
      { text: 'from €17.50 per hour per person, on your own', lead: true },
      { text: '€9.00 per hour per person in a group of 4', lead: false },
    ])
  })

  it('leads with the group price where the service is only shared, in the unit of its price model', async () => {
    const shared = service({ priceModel: 'per-month', sharedPriceFromCents: 12000, sharedPricePeople: 3 })
    expect(await priceLinesOf(shared)).toEqual([{ text: '120,00 € al mese a persona in gruppo di 3', lead: true }])
    const perVisit = service({ priceModel: 'per-visit', individualPriceCents: 2500 })
    expect(await priceLinesOf(perVisit, 'en')).toEqual([{ text: 'from €25.00 per visit per person, on your own', lead: true }])
  })

  it('says a free service is free', async () => {
    expect(await priceLinesOf(service({ priceModel: 'free', sharedPriceFromCents: 0, sharedPricePeople: 2 }))).toEqual([
      { text: 'Gratuito', lead: true },
    ])
  })
})

describe('the rating on a service card', () => {
  const ratingOf = async (ratingCount: number, lang: Language) => {
    const html = await container.renderToString(ServiceCard, {
      props: { lang, service: { ...service({}), ratingAverage: 4.5, ratingCount }, cat },
    })
    return /(Valutazione|Rated) [^<]+\)/.exec(html)?.[0]
  }

  it('names one review in the singular and more in the plural', async () => {
    expect(await ratingOf(1, 'it')).toBe('Valutazione 4,5 su 5 (1 recensione)')
    expect(await ratingOf(3, 'it')).toBe('Valutazione 4,5 su 5 (3 recensioni)')
    expect(await ratingOf(1, 'en')).toBe('Rated 4.5 out of 5 (1 review)')
  })
})
