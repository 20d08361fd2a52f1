import { readFileSync } from 'node:fs'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchServices } from '../../plugins/search/query'
import { openDemoCity } from '../helpers/demo-city'

/**
 * Searches as residents type them on the demo city, in Italian and in English, each with the
 * services a resident would expect among the first five results. The set lives in
 * tests/search-quality/queries.json so that anyone can add the search that disappointed them.
 */
type QualityQuery = { q: string; top5: string[] }
const QUERIES = JSON.parse(readFileSync(new URL('../search-quality/queries.json', import.meta.url), 'utf8')) as Record<
  'it' | 'en',
  QualityQuery[]
>

let payload: Payload
let close: () => Promise<void>
beforeAll(async () => {
  ;({ payload, close } = await openDemoCity())
})
afterAll(() => close())

const firstFive = async (terms: string) =>
  (await searchServices(payload, { terms, filters: {}, sort: 'relevance', page: 1 })).hits.slice(0, 5).map((hit) => hit.slug)

describe('the search-quality set', () => {
  it('has at least 60 Italian and 30 English searches', () => {
    expect(QUERIES.it.length).toBeGreaterThanOrEqual(60)
    expect(QUERIES.en.length).toBeGreaterThanOrEqual(30)
  })

  it('expects only services the public catalogue shows', async () => {
    const { docs } = await payload.find({ collection: 'services', overrideAccess: false, user: null, pagination: false, depth: 0 })
    const published = new Set(docs.map((doc) => doc.slug))
    const expected = [...QUERIES.it, ...QUERIES.en].flatMap((query) => query.top5)
    expect(expected.filter((slug) => !published.has(slug))).toEqual([])
  })
})

describe.each(['it', 'en'] as const)('searches typed on the %s site', (language) => {
  it.each(QUERIES[language].map((query) => [query.q, query.top5] as const))(
    '"%s" shows the expected services first',
    async (terms, top5) => {
      const found = await firstFive(terms)
      expect(
        top5.filter((slug) => !found.includes(slug)),
        `first five: ${found.join(', ')}`,
      ).toEqual([])
    },
  )
})
