import type { Payload, PayloadRequest } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { EDITORIAL_COLLECTIONS, PREVIEW_LIFETIME_MS, previewPath } from '../../lib/preview'
import type { Role } from '../../lib/roles'
import { lexical, PASSWORD } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'
import { startSitePayload } from '../helpers/site-payload'

/**
 * Editors' previews and scheduled publication, on the site's own Payload instance with a
 * database of this file's own: the admin's preview link is signed by the server for editors
 * and WeMi admins only; the site shows a draft through that link alone (not without it, not
 * with a changed signature, document, language or expiry, not after it expires), answering
 * anyone else with the published page or a 404; and the cache lifetime of pages that show
 * editorial content never reaches past the next scheduled publication.
 */
type PreviewModule = typeof import('../../site/src/lib/preview')
type CacheModule = typeof import('../../site/src/lib/cache')
type EditorialModule = typeof import('../../site/src/lib/editorial')
let site: PreviewModule
let cache: CacheModule
let editorial: EditorialModule
let payload: Payload
let stop: (() => Promise<void>) | undefined

beforeAll(async () => {
  ;({ payload, stop } = await startSitePayload())
  site = await import('../../site/src/lib/preview')
  cache = await import('../../site/src/lib/cache')
  editorial = await import('../../site/src/lib/editorial')
})
afterAll(async () => stop?.())
afterEach(() => vi.useRealTimers())

const MINUTE = 60_000
const ORIGIN = 'http://localhost'
const ago = (ms: number) => new Date(Date.now() - ms).toISOString()
/** Rich text as the editor writes it (the generated types describe Lexical's nodes more narrowly than Lexical writes them). */
const text = (words: string) => lexical(words) as never

/** The signed-in party as the admin panel's request carries it. */
const signedIn = async (roles: Role[] | 'citizen') => {
  const email = `${unique('preview')}@esempio.it`
  const collection = roles === 'citizen' ? 'citizens' : 'users'
  const data = roles === 'citizen' ? { email, password: PASSWORD, _verified: true } : { email, password: PASSWORD, name: 'Staff', roles }
  await payload.create({ collection, data: data as never, disableVerificationEmail: true })
  const { token } = await payload.login({ collection, data: { email, password: PASSWORD } })
  return (await payload.auth({ headers: new Headers({ authorization: `JWT ${token}` }) })).user
}

/** The link the admin's "Anteprima" button opens for this user, as Payload asks the collection for it. */
const adminPreview = async (collection: (typeof EDITORIAL_COLLECTIONS)[number], id: string, user: unknown, locale = 'it') => {
  const generate = payload.collections[collection].config.admin.preview!
  return generate({ id }, { req: { user, payload } as unknown as PayloadRequest, locale, token: null })
}

/** A news item published yesterday in both languages, then edited as a draft that is not yet published. */
const newsWithDraft = async () => {
  const created = await payload.create({
    collection: 'news',
    locale: 'it',
    data: {
      title: `Orari estivi ${unique('n')}`,
      content: text('Testo pubblicato.'),
      publishedAt: ago(86_400_000),
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'news',
    id: created.id,
    locale: 'en',
    data: { title: 'Summer hours', content: text('Published text.') },
  })
  await payload.update({
    collection: 'news',
    id: created.id,
    locale: 'it',
    draft: true,
    data: { content: text('Testo in bozza, riservato alla redazione.'), _status: 'draft' },
  })
  return String(created.id)
}

/** A news item that was never published. */
const draftOnly = async () =>
  String(
    (
      await payload.create({
        collection: 'news',
        locale: 'it',
        draft: true,
        data: { title: `Bozza mai pubblicata ${unique('d')}`, content: text('Solo bozza.'), _status: 'draft' },
      })
    ).id,
  )

/** What the preview route answers for an address: its headers, status, redirect and what it shows. */
const visit = async (address: string, now?: number) => {
  const url = new URL(address, ORIGIN)
  const [, , collection, id] = /^\/(anteprima|en\/preview)\/([^/]+)\/([^/?]+)/.exec(url.pathname) ?? []
  const response = { headers: new Headers(), status: 200 }
  const locals: Parameters<typeof site.previewPage>[0]['locals'] = {}
  if (now !== undefined) vi.useFakeTimers({ toFake: ['Date'] }).setSystemTime(now)
  try {
    const answer = await site.previewPage(
      { url, params: { collection, id }, response, locals } as never,
      address.startsWith('/en/') ? 'en' : 'it',
    )
    return { ...answer, status: response.status, headers: response.headers, locals }
  } finally {
    vi.useRealTimers()
  }
}

const contentText = (doc: unknown): string => JSON.stringify((doc as { content?: unknown }).content ?? null)

describe('the admin’s preview link', () => {
  it('is made for editors and WeMi admins, for every editorial collection', async () => {
    const id = await newsWithDraft()
    for (const roles of [['editor'], ['admin']] as Role[][]) {
      const user = await signedIn(roles)
      for (const collection of EDITORIAL_COLLECTIONS) {
        const link = await adminPreview(collection, id, user)
        expect(link, `${roles} ${collection}`).toMatch(new RegExp(`^/anteprima/${collection}/${id}\\?expires=\\d+&signature=[\\w-]+$`))
      }
      expect(await adminPreview('news', id, user, 'en')).toMatch(new RegExp(`^/en/preview/news/${id}\\?`))
    }
  })

  it('is refused to every other account and to nobody signed in', async () => {
    const id = await newsWithDraft()
    // Staff of desks and enti, shaped as the admin's request carries them (their accounts need a desk or an ente to exist).
    const staff = (['operator', 'ente-admin', 'ente-operator'] as Role[]).map((role) => ({
      collection: 'users',
      id: unique('staff'),
      roles: [role],
    }))
    const others = [...staff, await signedIn('citizen'), null]
    for (const user of others) for (const collection of EDITORIAL_COLLECTIONS) expect(await adminPreview(collection, id, user)).toBeNull()
  })

  it('expires after the preview lifetime, counted from when the editor opened the document', async () => {
    const id = await newsWithDraft()
    const before = Date.now()
    const link = String(await adminPreview('news', id, await signedIn(['editor'])))
    const expires = Number(new URL(link, ORIGIN).searchParams.get('expires'))
    expect(expires).toBeGreaterThanOrEqual(before + PREVIEW_LIFETIME_MS)
    expect(expires).toBeLessThanOrEqual(Date.now() + PREVIEW_LIFETIME_MS)
  })
})

describe('a draft on the site', () => {
  let id: string
  let link: string
  beforeAll(async () => {
    id = await newsWithDraft()
    link = String(await adminPreview('news', id, await signedIn(['editor'])))
  })

  it('is shown through its link, marked as a preview, never stored by a cache nor indexed', async () => {
    const answer = await visit(link)
    expect(answer.status).toBe(200)
    expect(answer.preview?.collection).toBe('news')
    expect(answer.preview?.doc.id).toBe(id)
    expect(contentText(answer.preview?.doc)).toContain('Testo in bozza, riservato alla redazione.')
    expect(answer.headers.get('cache-control')).toBe('private, no-store')
    expect(answer.headers.get('x-robots-tag')).toBe('noindex')
    expect(answer.locals.preview?.expires).toBe(Number(new URL(link, ORIGIN).searchParams.get('expires')))
    // The language switch leads to the same draft in English, under the same signature rule.
    const english = await visit(answer.locals.preview!.alternates.en)
    expect(english.preview?.doc.id).toBe(id)
    expect(english.preview?.lang).toBe('en')
  })

  it('is not shown to the public: the published version is what everyone else reads', async () => {
    const article = await editorial.loadArticle(
      String((await payload.findByID({ collection: 'news', id, locale: 'it', depth: 0 })).slug),
      'it',
    )
    expect(article?.id).toBe(id)
    expect(contentText(article)).toContain('Testo pubblicato.')
    expect(contentText(article)).not.toContain('bozza')
  })

  const refusals: [string, (address: string) => string][] = [
    ['without a signature', (address) => address.replace(/&signature=[^&]+/, '')],
    ['without an expiry', (address) => address.replace(/expires=\d+&/, '')],
    [
      'with a signature changed by one character',
      (address) => address.replace(/signature=([\w-])/, (_, first: string) => `signature=${first === 'A' ? 'B' : 'A'}`),
    ],
    [
      'with a later expiry than the one signed',
      (address) => address.replace(/expires=(\d+)/, (_, at: string) => `expires=${Number(at) + MINUTE}`),
    ],
    ['for another collection', (address) => address.replace('/news/', '/pages/')],
    ['in the other language', (address) => address.replace('/anteprima/', '/en/preview/')],
  ]
  for (const [name, change] of refusals) {
    it(`is not shown ${name}: the visitor is sent to the published page`, async () => {
      const answer = await visit(change(link))
      expect(answer.preview).toBeUndefined()
      expect(answer.locals.preview).toBeUndefined()
      if (name === 'for another collection') {
        expect(answer.redirect).toBeUndefined()
        expect(answer.status).toBe(404)
      } else expect(answer.redirect).toMatch(/^\/(notizie\/orari-estivi-|en\/news\/summer-hours)/)
      expect(answer.headers.get('cache-control')).toBe('private, no-store')
    })
  }

  it('is not shown for another document with this document’s signature, nor for a draft never published', async () => {
    const other = await draftOnly()
    const answer = await visit(link.replace(id, other))
    expect(answer.preview).toBeUndefined()
    expect(answer.redirect).toBeUndefined()
    expect(answer.status).toBe(404)
    expect(answer.headers.get('x-robots-tag')).toBe('noindex')
  })

  it('is not shown once the link has expired, nor for a link signed for longer than a preview lives', async () => {
    const expires = Number(new URL(link, ORIGIN).searchParams.get('expires'))
    expect((await visit(link, expires - 1000)).preview?.doc.id).toBe(id)
    const expired = await visit(link, expires)
    expect(expired.preview).toBeUndefined()
    expect(expired.redirect).toMatch(/^\/notizie\//)
    const tooLong = previewPath({ collection: 'news', id, language: 'it', expires: Date.now() + PREVIEW_LIFETIME_MS + 10 * MINUTE })
    expect((await visit(tooLong)).preview).toBeUndefined()
  })

  it('of a document never published is shown through its link, and is a 404 without it', async () => {
    const never = await draftOnly()
    const own = String(await adminPreview('news', never, await signedIn(['editor'])))
    expect((await visit(own)).preview?.doc.id).toBe(never)
    const unsigned = await visit(`/anteprima/news/${never}`)
    expect(unsigned.preview).toBeUndefined()
    expect(unsigned.redirect).toBeUndefined()
    expect(unsigned.status).toBe(404)
  })

  it('of a page and of a question are shown in their language, the question among the published ones', async () => {
    const editor = await signedIn(['editor'])
    const page = await payload.create({
      collection: 'pages',
      locale: 'it',
      draft: true,
      data: { title: 'Pagina nuova', slug: unique('pagina'), content: text('Bozza della pagina.'), _status: 'draft' },
    })
    const shownPage = await visit(String(await adminPreview('pages', String(page.id), editor)))
    expect(shownPage.preview?.collection).toBe('pages')
    expect(contentText(shownPage.preview?.doc)).toContain('Bozza della pagina.')

    const faq = await payload.create({
      collection: 'faqs',
      locale: 'it',
      draft: true,
      data: { question: 'Domanda in bozza?', answer: text('Risposta in bozza.'), topic: 'general', _status: 'draft' },
    })
    await payload.update({ collection: 'faqs', id: faq.id, locale: 'en', draft: true, data: { question: 'Draft question?' } })
    const shownFaq = await visit(String(await adminPreview('faqs', String(faq.id), editor, 'en')))
    expect(shownFaq.preview?.lang).toBe('en')
    expect((shownFaq.preview?.doc as { question?: Record<string, string> }).question).toMatchObject({ en: 'Draft question?' })
    expect((await editorial.loadFaqs()).map((published) => published.id)).not.toContain(faq.id)
  })
})

describe('scheduled publication and caches', () => {
  const cacheSeconds = (header: string) => {
    const fresh = Number(/max-age=(\d+)/.exec(header)?.[1])
    const stale = Number(/stale-while-revalidate=(\d+)/.exec(header)?.[1] ?? 0)
    return { fresh, stale, total: fresh + stale }
  }

  it('keeps the usual lifetime while nothing is scheduled', async () => {
    expect(await cache.editorialCache(['pages'])).toBe(cache.DEFAULT_CACHE)
  })

  it('never lets the news list or the home page be kept past the next item’s publication, and shows it from that minute', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    // 7:50 on a Monday, and an item scheduled for 8:00.
    const start = Date.UTC(2030, 2, 4, 6, 50)
    vi.setSystemTime(start)
    const publishAt = Date.UTC(2030, 2, 4, 7, 0)
    const title = `In vigore dalle otto ${unique('s')}`
    await payload.create({
      collection: 'news',
      locale: 'it',
      data: { title, content: text('Programmata.'), publishedAt: new Date(publishAt).toISOString(), _status: 'published' },
    })
    const titles = async () => (await editorial.latestNews(50)).map((article) => article.title.it)

    expect(await titles()).not.toContain(title)
    const early = cacheSeconds(await cache.editorialCache(['news']))
    expect(early).toEqual({ fresh: 60, stale: 540, total: 600 })

    // Thirty seconds before: a cache may keep the page for those thirty seconds and not one more.
    vi.setSystemTime(publishAt - 30_000)
    expect(cacheSeconds(await cache.editorialCache(['news']))).toEqual({ fresh: 30, stale: 0, total: 30 })
    expect(await titles()).not.toContain(title)

    // Other collections' pages are not held back by a news item.
    expect(await cache.editorialCache(['faqs'])).toBe(cache.DEFAULT_CACHE)
    // The sitemap's own longer lifetime is cut the same way.
    expect(cacheSeconds(await cache.editorialCache(['pages', 'news'], { fresh: 3600, stale: 0 })).total).toBe(30)

    vi.setSystemTime(publishAt)
    expect(await titles()).toContain(title)
    expect(await cache.editorialCache(['news'])).toBe(cache.DEFAULT_CACHE)
  })

  it('counts the next of several scheduled items, and ignores drafts, which wait for an editor', async () => {
    const now = Date.now()
    const schedule = (minutes: number, status: 'published' | 'draft') =>
      payload.create({
        collection: 'faqs',
        locale: 'it',
        draft: status === 'draft',
        data: {
          question: `Programmata ${unique('q')}?`,
          answer: text('Risposta.'),
          topic: 'general',
          publishedAt: new Date(now + minutes * MINUTE).toISOString(),
          _status: status,
        },
      })
    await schedule(3, 'draft')
    await schedule(20, 'published')
    await schedule(7, 'published')
    expect(await cache.nextPublication(['faqs'], now)).toBe(now + 7 * MINUTE)
    const lifetime = await cache.editorialLifetime(['faqs'], { now })
    expect(lifetime).toEqual({ fresh: 60, stale: 7 * 60 - 60 })
  })
})
