import type { DeskDoc, FaqDoc, NewsDoc, PageDoc } from './content'
import type { Lang } from './i18n'
import { payload } from './payload'

const PUBLIC = { overrideAccess: false, user: null, locale: 'all', depth: 1 } as const

/** A published editorial page (chi siamo, privacy…). */
export const loadPage = async (slug: string): Promise<PageDoc | undefined> => {
  const api = await payload()
  return (await api.find({ collection: 'pages', where: { slug: { equals: slug } }, limit: 1, ...PUBLIC })).docs[0] as PageDoc | undefined
}

/** Published news whose publication time has come, newest first. */
export const latestNews = async (limit: number): Promise<NewsDoc[]> => {
  const api = await payload()
  return (await api.find({ collection: 'news', sort: '-publishedAt', limit, ...PUBLIC })).docs as NewsDoc[]
}

/**
 * A published news item by its address in a language. An address in the other language (a link
 * shared before the item had its own English slug, say) finds it too; the page then sends the
 * reader on to the address in their language.
 */
export const loadArticle = async (slug: string, lang: Lang): Promise<NewsDoc | undefined> => {
  const api = await payload()
  const other: Lang = lang === 'it' ? 'en' : 'it'
  const { docs } = await api.find({
    collection: 'news',
    where: { or: [{ [`slug.${lang}`]: { equals: slug } }, { [`slug.${other}`]: { equals: slug } }] },
    limit: 2,
    ...PUBLIC,
  })
  const found = docs as NewsDoc[]
  return found.find((article) => article.slug?.[lang] === slug) ?? found[0]
}

export const loadFaqs = async (): Promise<FaqDoc[]> => {
  const api = await payload()
  return (await api.find({ collection: 'faqs', sort: 'order', pagination: false, ...PUBLIC })).docs as FaqDoc[]
}

/** Open desks, in one district when given. */
export const loadDesks = async (districtId?: string): Promise<DeskDoc[]> => {
  const api = await payload()
  return (
    await api.find({
      collection: 'desks',
      where: districtId ? { district: { equals: districtId } } : {},
      sort: 'name',
      pagination: false,
      ...PUBLIC,
    })
  ).docs as DeskDoc[]
}

export const loadDesk = async (slug: string): Promise<DeskDoc | undefined> => {
  const api = await payload()
  return (await api.find({ collection: 'desks', where: { slug: { equals: slug } }, limit: 1, ...PUBLIC })).docs[0] as DeskDoc | undefined
}

/** Every public address the sitemap lists, by kind. */
export const publicSlugs = async () => {
  const api = await payload()
  const slugs = async (collection: 'services' | 'organisations' | 'categories' | 'desks' | 'pages') =>
    (
      await api.find({
        collection,
        overrideAccess: false,
        user: null,
        pagination: false,
        depth: 0,
        select: { slug: true, updatedAt: true },
      })
    ).docs.map((doc) => ({ slug: String(doc.slug), updatedAt: String(doc.updatedAt) }))
  // A news item has a slug in each language.
  const newsSlugs = async () =>
    (
      await api.find({
        collection: 'news',
        overrideAccess: false,
        user: null,
        pagination: false,
        depth: 0,
        locale: 'all',
        select: { slug: true, updatedAt: true },
      })
    ).docs.map((doc) => ({ slug: (doc as Pick<NewsDoc, 'slug'>).slug, updatedAt: String(doc.updatedAt) }))
  const [services, organisations, categories, desks, pages, news] = await Promise.all([
    slugs('services'),
    slugs('organisations'),
    slugs('categories'),
    slugs('desks'),
    slugs('pages'),
    newsSlugs(),
  ])
  return { services, organisations, categories, desks, pages, news }
}
