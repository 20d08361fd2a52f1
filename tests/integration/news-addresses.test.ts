import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startSitePayload } from '../helpers/site-payload'

/**
 * A news item's address in each language: each language has its own slug, derived from that
 * language's title and unique among that language's news, and the site finds an item by the
 * address in either language (so that links shared before it had an English one still work).
 * Run against the site's own Payload instance on a database of this file's own.
 */
type Editorial = typeof import('../../site/src/lib/editorial')
type Routes = typeof import('../../site/src/lib/routes')
let editorial: Editorial
let routes: Routes
let payload: Payload
let stop: (() => Promise<void>) | undefined

beforeAll(async () => {
  ;({ payload, stop } = await startSitePayload())
  editorial = await import('../../site/src/lib/editorial')
  routes = await import('../../site/src/lib/routes')
})
afterAll(async () => stop?.())

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString()

/** A published news item written in Italian and then, when given, in English. */
const publish = async (italian: Record<string, unknown>, english?: Record<string, unknown>) => {
  const created = await payload.create({
    collection: 'news',
    locale: 'it',
    data: { publishedAt: yesterday(), _status: 'published', ...italian } as never,
  })
  if (english) await payload.update({ collection: 'news', id: created.id, locale: 'en', data: english as never })
  return created.id
}

const slugs = async (id: string) => (await payload.findByID({ collection: 'news', id, locale: 'all' as never, depth: 0 })).slug as unknown

describe('news addresses', () => {
  let summerCamp: string
  let namesake: string

  beforeAll(async () => {
    summerCamp = await publish({ title: 'Centro estivo aperto' }, { title: 'Summer camp open' })
    // Its Italian title is the other item's English slug: the languages do not compete.
    namesake = await publish({ title: 'Summer camp open' }, { title: 'Summer camp open' })
  })

  it('derives each language’s slug from that language’s title, unique within the language', async () => {
    expect(await slugs(summerCamp)).toEqual({ it: 'centro-estivo-aperto', en: 'summer-camp-open' })
    expect(await slugs(namesake)).toEqual({ it: 'summer-camp-open', en: 'summer-camp-open-2' })
  })

  it('refuses a slug that another news item has in the same language, and changes nothing', async () => {
    const taken = { data: { errors: [expect.objectContaining({ path: 'slug' })] } }
    await expect(
      payload.update({ collection: 'news', id: namesake, locale: 'en', data: { slug: 'summer-camp-open' } }),
    ).rejects.toMatchObject(taken)
    await expect(
      payload.update({ collection: 'news', id: summerCamp, locale: 'it', data: { slug: 'summer-camp-open' } }),
    ).rejects.toMatchObject(taken)
    expect(await slugs(namesake)).toEqual({ it: 'summer-camp-open', en: 'summer-camp-open-2' })
    expect(await slugs(summerCamp)).toEqual({ it: 'centro-estivo-aperto', en: 'summer-camp-open' })
  })

  it('finds a news item by its address in the page’s language before another item’s in the other language', async () => {
    expect((await editorial.loadArticle('summer-camp-open', 'en'))?.id).toBe(summerCamp)
    expect((await editorial.loadArticle('summer-camp-open', 'it'))?.id).toBe(namesake)
  })

  it('finds a news item by its address in the other language, and knows its own address in each', async () => {
    const found = await editorial.loadArticle('centro-estivo-aperto', 'en')
    expect(found?.id).toBe(summerCamp)
    expect(routes.articleSlug(found!.slug, 'en')).toBe('summer-camp-open')
    expect(routes.articleAlternates(found!.slug)).toEqual({ it: '/notizie/centro-estivo-aperto', en: '/en/news/summer-camp-open' })
    expect(await editorial.loadArticle('nothing-here', 'en')).toBeUndefined()
  })

  it('gives a news item written only in Italian its Italian address in English too', async () => {
    const italianOnly = await publish({ title: 'Solo in italiano' })
    const found = await editorial.loadArticle('solo-in-italiano', 'en')
    expect(found?.id).toBe(italianOnly)
    expect(routes.articleAlternates(found!.slug)).toEqual({ it: '/notizie/solo-in-italiano', en: '/en/news/solo-in-italiano' })
  })

  it('lists every published news item in the sitemap with its address in each language', async () => {
    const { news } = await editorial.publicSlugs()
    expect(news.map(({ slug }) => routes.articleAlternates(slug))).toContainEqual({
      it: '/notizie/centro-estivo-aperto',
      en: '/en/news/summer-camp-open',
    })
  })

  it('does not find a draft by either address', async () => {
    const draft = await payload.create({
      collection: 'news',
      locale: 'it',
      data: { title: 'Bozza riservata', publishedAt: yesterday(), _status: 'draft' },
      draft: true,
    })
    await payload.update({ collection: 'news', id: draft.id, locale: 'en', data: { title: 'Private draft' }, draft: true })
    expect(await editorial.loadArticle('bozza-riservata', 'it')).toBeUndefined()
    expect(await editorial.loadArticle('private-draft', 'en')).toBeUndefined()
  })
})
