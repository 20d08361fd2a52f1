import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishedServices } from '../../collections/Services/access/publishedServices'
import { logSearch, PRICE_CEILINGS, type SearchFilters, searchServices } from '../../plugins/search/query'
import { CITY, CITY_PROFILE, demoDistrict, districtOf, districtSlugOf } from '../../seed/cities'
import { openDemoCity } from '../helpers/demo-city'

/** Search quality on the demo city, through the same function the site calls. */
let payload: Payload
let close: () => Promise<void>
beforeAll(async () => {
  ;({ payload, close } = await openDemoCity())
})
afterAll(() => close())

const search = (terms: string, filters: SearchFilters = {}, page = 1) =>
  searchServices(payload, { terms, filters, sort: 'relevance', page })

/** Every hit of a search, across its pages. */
const allHits = async (terms: string, filters: SearchFilters = {}) => {
  const first = await search(terms, filters)
  const hits = [...first.hits]
  for (let page = 2; hits.length < first.total; page++) hits.push(...(await search(terms, filters, page)).hits)
  return hits
}

/** The slug of a demo district, numbered as the demo's data numbers it. */
const districtSlug = (number: number) => districtSlugOf(districtOf(demoDistrict(number)))

const idOf = (slug: string, collection: 'districts' | 'categories' | 'target-groups') =>
  payload.find({ collection, where: { slug: { equals: slug } }, limit: 1 }).then(({ docs }) => String(docs[0]!.id))

describe('finding services', () => {
  it('ignores accents: "attivita" finds services about "attività"', async () => {
    // "Attività" is in the names of two categories, not in any title.
    const hits = await allHits('attivita')
    for (const slug of ['socializzazione', 'attivita-motoria']) {
      const category = await idOf(slug, 'categories')
      expect(
        hits.some((hit) => hit.categoryId === category),
        slug,
      ).toBe(true)
    }
  })

  it('matches word forms: "anziano" finds services for "anziani"', async () => {
    const { total, hits, correctedTerms } = await search('anziano')
    expect(correctedTerms).toBeUndefined()
    expect(total).toBeGreaterThan(0)
    expect(hits.some((hit) => /anzian/i.test(hit.title.it))).toBe(true)
  })

  it('corrects typos: "badnte" finds badanti', async () => {
    const { total, correctedTerms } = await search('badnte')
    expect(correctedTerms).toBe('badante')
    const hits = await allHits('badnte')
    expect(hits.length).toBe(total)
    expect(hits[0]!.title.it).toMatch(/badant/i)
    expect(hits.some((hit) => hit.title.it.startsWith('Badante a ore'))).toBe(true)
  })

  it('finds by English words too', async () => {
    const { hits } = await search('babysitter evening')
    expect(hits.some((hit) => hit.title.en === 'Evening babysitter')).toBe(true)
  })

  it('answers Giulia: "assistenza anziano mattina" in the district she lives in', async () => {
    const district = await idOf(districtSlug(CITY.resident.district), 'districts')
    const { total, hits } = await search('assistenza anziano mattina', { districtId: district })
    expect(total).toBeGreaterThan(0)
    expect(hits.every((hit) => hit.districtIds.includes(district))).toBe(true)
  })

  it('takes the names the city profile gives the city as words that narrow nothing: "badante" and a name finds every badante', async () => {
    const { total } = await search('badante')
    expect(total).toBeGreaterThan(0)
    // A name no service mentions: as a word to find, it would find nothing.
    const latinName = 'Mediolanum'
    expect((await search(latinName)).total).toBe(0)
    await payload.updateGlobal({ slug: 'city', data: { otherNames: [...CITY_PROFILE.otherNames, latinName] } })
    try {
      for (const name of [CITY_PROFILE.name, ...CITY_PROFILE.otherNames, latinName])
        expect((await search(`badante ${name}`)).total, name).toBe(total)
    } finally {
      await payload.updateGlobal({ slug: 'city', data: { otherNames: [...CITY_PROFILE.otherNames] } })
    }
    expect((await search(`badante ${latinName}`)).total).toBe(0)
  })

  it('ranks title matches first', async () => {
    const { hits } = await search('pasti')
    expect(hits[0]!.title.it.toLowerCase()).toContain('pasti')
  })

  it('finds nothing for a word that is nowhere, and says so without inventing a correction', async () => {
    const result = await search('xylofono')
    expect(result.total).toBe(0)
    expect(result.hits).toEqual([])
  })
})

describe('understanding residents', () => {
  const idsOf = async (terms: string) => (await allHits(terms)).map((hit) => hit.serviceId).sort()

  it('never lets a linking word empty a search: "assistenza per anziani" finds what "assistenza anziani" finds', async () => {
    const plain = await idsOf('assistenza anziani')
    expect(plain.length).toBeGreaterThan(5)
    expect(await idsOf('assistenza per anziani')).toEqual(plain)
    expect(await idsOf('l’assistenza agli anziani')).toEqual(plain)
  })

  it('treats "aiuto" as a wish, not a requirement: "aiuto per la spesa" finds every shopping service', async () => {
    const shopping = await idsOf('spesa')
    expect(shopping.length).toBeGreaterThan(3)
    expect(await idsOf('aiuto per la spesa')).toEqual(shopping)
    expect((await search('aiuto per la spesa')).hits[0]!.title.it).toMatch(/^Spesa/)
  })

  it('finds English words, with English stop words ignored', async () => {
    for (const terms of ['elderly', 'meals at home', 'Home care for older people', 'help with the shopping']) {
      expect((await search(terms)).total, terms).toBeGreaterThan(0)
    }
    expect((await search('Home care for older people')).hits[0]!.title.en).toBe('Home care for older people')
    expect((await search('meals at home')).hits[0]!.title.en).toMatch(/meals/i)
  })

  it('knows the words residents use for the same need', async () => {
    for (const [word, synonym] of [
      ['badante', 'assistente familiare'],
      ['colf', 'collaboratrice domestica'],
      ['babysitter', 'tata'],
      ['doposcuola', 'dopo scuola'],
      ['anziani', 'terza età'],
    ]) {
      const ids = await idsOf(word!)
      expect(ids.length, word).toBeGreaterThan(0)
      expect(await idsOf(synonym!), synonym).toEqual(ids)
    }
  })

  it('ignores accents and plural endings', async () => {
    expect(await idsOf('disabilità')).toEqual(await idsOf('disabilita'))
    expect(await idsOf('badanti')).toEqual(await idsOf('badante'))
    expect(await idsOf('parrucchieri')).toEqual(await idsOf('parrucchiere'))
  })

  it('puts the need named by title and category first: no hairdresser or pedicure near the top for home care', async () => {
    const personalCare = await idOf('cura-della-persona', 'categories')
    const homeCare = await idOf('assistenza-domiciliare', 'categories')
    const { hits } = await search('assistenza anziano mattina')
    expect(hits.slice(0, 10).some((hit) => hit.categoryId === personalCare)).toBe(false)
    expect(hits.slice(0, 3).every((hit) => hit.categoryId === homeCare)).toBe(true)
  })

  it('reads a day as the services offered that day', async () => {
    const saturday = (await allHits('sabato')).map((hit) => hit.serviceId).sort()
    const { docs } = await payload.find({ collection: 'services', overrideAccess: false, user: null, pagination: false, depth: 0 })
    const offeredSaturday = docs
      .filter((doc) => (doc.availability ?? []).some((slot) => slot.day === 'sat'))
      .map((doc) => String(doc.id))
      .sort()
    expect(offeredSaturday.length).toBeGreaterThan(0)
    expect(saturday).toEqual(offeredSaturday)
  })

  it('puts services offered in the time band named first', async () => {
    const { docs } = await payload.find({ collection: 'services', overrideAccess: false, user: null, pagination: false, depth: 0 })
    const offersNight = new Set(
      docs.filter((doc) => (doc.availability ?? []).some((slot) => slot.timeBands?.includes('night'))).map((doc) => String(doc.id)),
    )
    const hits = await allHits('assistenza notte')
    const firstOther = hits.findIndex((hit) => !offersNight.has(hit.serviceId))
    expect(firstOther).not.toBe(0)
    expect(hits.slice(firstOther === -1 ? hits.length : firstOther).every((hit) => !offersNight.has(hit.serviceId))).toBe(true)
  })
})

describe('when nothing is found', () => {
  it('offers each word that finds services on its own, the closest categories and some services, best-reviewed first', async () => {
    const result = await search('parrucchiere notte')
    expect(result.total).toBe(0)
    const alternatives = result.alternatives!
    expect(alternatives.words).toEqual([
      { words: 'parrucchiere', total: (await search('parrucchiere')).total },
      { words: 'notte', total: (await search('notte')).total },
    ])
    expect(alternatives.categories.map((category) => category.categoryId)).toContain(await idOf('cura-della-persona', 'categories'))
    expect(alternatives.suggested.length).toBeGreaterThan(0)
    expect(alternatives.suggested[0]!.ratingCount).toBeGreaterThan(0)
  })

  it('still offers services when no word is known', async () => {
    const { total, alternatives } = await search('xylofono')
    expect(total).toBe(0)
    expect(alternatives!.words).toEqual([])
    expect(alternatives!.suggested.length).toBeGreaterThan(0)
  })

  it('keeps the alternatives inside the chosen filters', async () => {
    const district = await idOf(districtSlug(1), 'districts')
    const { alternatives } = await search('parrucchiere notte', { districtId: district })
    for (const { words, total } of alternatives!.words) expect(total).toBe((await search(words, { districtId: district })).total)
  })
})

describe('filters and facets', () => {
  it('filters by district exactly, as Payload counts the same public services', async () => {
    const district = await idOf(districtSlug(6), 'districts')
    const hits = await allHits('', { districtId: district })
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.every((hit) => hit.districtIds.includes(district))).toBe(true)
    const { totalDocs } = await payload.count({
      collection: 'services',
      where: { and: [publishedServices, { districts: { in: [district] } }] },
    })
    expect(hits.length).toBe(totalDocs)
  })

  it('filters by maximum price exactly, on the price a card leads with: alone where offered, else in a group', async () => {
    const hits = await allHits('', { maxPriceCents: 1500 })
    expect(hits.every((hit) => hit.priceFromCents === (hit.individualPriceCents ?? hit.sharedPriceFromCents ?? 0))).toBe(true)
    expect(hits.every((hit) => hit.priceFromCents <= 1500)).toBe(true)
    const { totalDocs } = await payload.count({
      collection: 'services',
      where: {
        and: [
          publishedServices,
          {
            or: [
              { priceCents: { less_than_equal: 1500 } },
              { and: [{ priceCents: { exists: false } }, { sharedPriceFromCents: { less_than_equal: 1500 } }] },
              { priceModel: { equals: 'free' } },
            ],
          },
        ],
      },
    })
    expect(hits.length).toBe(totalDocs)
    // A service dearer alone than in a group is not "up to" its group price.
    const groupCheaper = (await allHits('')).filter((hit) => hit.individualPriceCents !== null && hit.individualPriceCents > 1500)
    expect(groupCheaper.some((hit) => hit.sharedPriceFromCents !== null && hit.sharedPriceFromCents <= 1500)).toBe(true)
    expect(hits.filter((hit) => groupCheaper.some((dear) => dear.serviceId === hit.serviceId))).toEqual([])
  })

  it('carries, for each group price, the size of the group that pays it', async () => {
    const shared = (await allHits('')).filter((hit) => hit.sharedPriceFromCents !== null && !hit.isFree)
    expect(shared.length).toBeGreaterThan(0)
    for (const hit of shared) {
      const service = await payload.findByID({ collection: 'services', id: hit.serviceId, depth: 0 })
      const cheapest = Math.min(...service.sharedPrices!.map((row) => row.priceCents))
      expect(hit.sharedPriceFromCents).toBe(cheapest)
      const groups = service.sharedPrices!.filter((row) => row.priceCents === cheapest).map((row) => row.people)
      expect(hit.sharedPricePeople).toBe(Math.max(...groups))
    }
  })

  it('gives facet counts equal to the number of results each choice leads to', async () => {
    const district = await idOf(districtSlug(4), 'districts')
    const base: SearchFilters = { districtId: district }
    const { facets } = await search('assistenza', base)
    const choices: [SearchFilters, number][] = [
      ...[...facets.category].map(([id, n]): [SearchFilters, number] => [{ ...base, categoryId: id }, n]),
      ...[...facets.district].map(([id, n]): [SearchFilters, number] => [{ ...base, districtId: id }, n]),
      ...[...facets.targetGroup].map(([id, n]): [SearchFilters, number] => [{ ...base, targetGroupId: id }, n]),
      ...[...facets.band].map(([band, n]): [SearchFilters, number] => [{ ...base, band }, n]),
      ...[...facets.day].map(([day, n]): [SearchFilters, number] => [{ ...base, day }, n]),
      ...[...facets.maxPrice].map(([cents, n]): [SearchFilters, number] => [{ ...base, maxPriceCents: Number(cents) }, n]),
      [{ ...base, free: true }, facets.free],
      [{ ...base, shared: true }, facets.shared],
    ]
    expect(choices.length).toBeGreaterThan(15)
    for (const [filters, count] of choices) {
      expect((await search('assistenza', filters)).total, JSON.stringify(filters)).toBe(count)
    }
    expect([...facets.maxPrice.keys()].every((cents) => PRICE_CEILINGS.includes(Number(cents) as never))).toBe(true)
  })
})

describe('what search may show', () => {
  it('returns exactly the public catalogue: no draft, no unvalidated change, no unaccredited organisation', async () => {
    const searched = (await allHits('')).map((hit) => hit.serviceId).sort()
    const { docs } = await payload.find({ collection: 'services', overrideAccess: false, user: null, pagination: false, depth: 0 })
    expect(searched).toEqual(docs.map((doc) => String(doc.id)).sort())
  })

  it('never returns a draft by its exact title', async () => {
    const { docs } = await payload.find({
      collection: 'services',
      where: { 'validation.status': { equals: 'draft' }, _status: { equals: 'draft' } },
      limit: 1,
    })
    const draft = docs[0]!
    const hits = await allHits(draft.title)
    expect(hits.map((hit) => hit.serviceId)).not.toContain(draft.id)
  })

  it('follows the catalogue at once: a suspended organisation disappears, a validated change appears', async () => {
    const [service] = (await search('')).hits
    const organisation = (await payload.findByID({ collection: 'services', id: service!.serviceId, depth: 0 })).organisation as string
    await payload.update({ collection: 'organisations', id: organisation, data: { accreditation: { status: 'suspended' } } })
    expect((await allHits('')).some((hit) => hit.serviceId === service!.serviceId)).toBe(false)
    await payload.update({ collection: 'organisations', id: organisation, data: { accreditation: { status: 'accredited' } } })
    expect((await allHits('')).some((hit) => hit.serviceId === service!.serviceId)).toBe(true)

    await payload.update({ collection: 'services', id: service!.serviceId, data: { title: 'Zanzariere antiche' }, draft: true })
    expect((await search('zanzariere')).total).toBe(0)
    await payload.update({ collection: 'services', id: service!.serviceId, data: { _status: 'published' } })
    expect((await search('zanzariere')).hits.map((hit) => hit.serviceId)).toEqual([service!.serviceId])
  })

  it('treats injection-looking input as words', async () => {
    for (const terms of [
      "'; DROP TABLE services; --",
      'anziani:* | !',
      '%_\\',
      "<script>alert('x')</script>",
      'a'.repeat(5000),
      '   ',
      '&&&',
    ]) {
      const result = await search(terms)
      expect(result.total).toBeGreaterThanOrEqual(0)
    }
    expect((await payload.count({ collection: 'services' })).totalDocs).toBeGreaterThan(300)
  })
})

describe('demand evidence', () => {
  it('logs one anonymous row per search', async () => {
    const district = await idOf(districtSlug(5), 'districts')
    const before = (await payload.count({ collection: 'search-log' })).totalDocs
    await logSearch(payload, {
      terms: '  dopo   scuola ',
      filters: { district: districtSlug(5) },
      districtId: district,
      resultCount: 0,
      language: 'it',
    })
    const { docs } = await payload.find({ collection: 'search-log', sort: '-createdAt', limit: 1, depth: 0 })
    expect((await payload.count({ collection: 'search-log' })).totalDocs).toBe(before + 1)
    expect(docs[0]).toMatchObject({
      terms: 'dopo scuola',
      resultCount: 0,
      district,
      language: 'it',
      filters: { district: districtSlug(5) },
    })
    expect(Object.keys(docs[0]!).sort()).toEqual([
      'createdAt',
      'district',
      'filters',
      'id',
      'language',
      'resultCount',
      'terms',
      'updatedAt',
    ])
  })

  it('writes the searches made together in one statement, and a bad entry costs no other its row', async () => {
    const district = await idOf(districtSlug(5), 'districts')
    const logged = (terms: string) =>
      payload.find({ collection: 'search-log', where: { terms: { like: terms } }, limit: 100, depth: 0 }).then(({ docs }) => docs)
    const search = (terms: string, districtId = district) =>
      logSearch(payload, { terms, filters: {}, districtId, resultCount: 1, language: 'en' })

    await Promise.all(['together a', 'together b', 'together c'].map((terms) => search(terms)))
    const together = await logged('together')
    expect(together).toHaveLength(3)
    // One statement, one transaction: one moment for all.
    expect(new Set(together.map((doc) => doc.createdAt)).size).toBe(1)

    const outcomes = await Promise.allSettled([search('apart a'), search('apart b', 'not-a-district'), search('apart c')])
    expect(outcomes.some((outcome) => outcome.status === 'rejected')).toBe(true)
    expect((await logged('apart')).map((doc) => doc.terms).sort()).toEqual(['apart a', 'apart c'])
  })
})
