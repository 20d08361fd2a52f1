import type { AstroGlobal } from 'astro'

import { isEditorialCollection, previewPath, verifyPreview } from '../../../lib/preview'
import { isRecordId } from '../../../lib/relations'
import type { FaqDoc, NewsDoc, PageDoc } from './content'
import { type Lang, LANGS } from './i18n'
import { NO_STORE } from './cache'
import { payload } from './payload'
import { articleSlug, path } from './routes'

/** What the layout needs to mark a page as a preview. */
export type PreviewMark = {
  /** When the link stops working (ms since the epoch). */
  expires: number
  /** The same preview in each language, signed for the same document and moment. */
  alternates: Record<Lang, string>
}

/** A document's latest draft, opened by a valid preview link, in the link's language. */
export type Preview = ({ collection: 'pages'; doc: PageDoc } | { collection: 'news'; doc: NewsDoc } | { collection: 'faqs'; doc: FaqDoc }) &
  PreviewMark & { lang: Lang }

/**
 * The draft a preview address opens, or null. The one place on the site that reads a draft: it
 * does so past the collections' public rule, and only for the document, language and time that
 * the server's signature names.
 */
export const previewOf = async (url: URL, now = Date.now()): Promise<Preview | null> => {
  const grant = verifyPreview(url, now)
  if (!grant || !isRecordId(grant.id)) return null
  const api = await payload()
  const doc = await api.findByID({
    collection: grant.collection,
    id: grant.id,
    draft: true,
    locale: 'all',
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!doc) return null
  const alternates = Object.fromEntries(LANGS.map((lang) => [lang, previewPath({ ...grant, language: lang })])) as Record<Lang, string>
  return { collection: grant.collection, doc, lang: grant.language, expires: grant.expires, alternates } as Preview
}

/**
 * Where a preview address leads without a valid signature: the public page of the document's
 * published version, read as any visitor reads it, or null when the public has none to see.
 */
export const publishedAddress = async (collection: string, id: string, lang: Lang): Promise<string | null> => {
  if (!isEditorialCollection(collection) || !isRecordId(id)) return null
  const api = await payload()
  const { docs } = await api.find({
    collection,
    where: { id: { equals: id } },
    limit: 1,
    pagination: false,
    depth: 0,
    locale: 'all',
    overrideAccess: false,
    user: null,
  })
  const doc = docs[0]
  if (!doc) return null
  if (collection === 'news') return path(lang, 'article', articleSlug((doc as NewsDoc).slug, lang))
  if (collection === 'pages') return path(lang, 'page', (doc as PageDoc).slug)
  return path(lang, 'faq')
}

/**
 * What a preview address answers: the draft, marked as a preview, to the holder of a valid
 * link; to anyone else the published page (by a redirect) or a 404. Never stored by a cache
 * nor indexed, whatever it shows.
 */
export const previewPage = async (
  page: Pick<AstroGlobal, 'url' | 'params' | 'response'> & { locals: { preview?: PreviewMark | null } },
  lang: Lang,
): Promise<{ preview?: Preview; redirect?: string }> => {
  page.response.headers.set('cache-control', NO_STORE)
  page.response.headers.set('x-robots-tag', 'noindex')
  const preview = await previewOf(page.url)
  if (preview) {
    page.locals.preview = { expires: preview.expires, alternates: preview.alternates }
    return { preview }
  }
  const redirect = await publishedAddress(String(page.params.collection), String(page.params.id), lang)
  if (redirect) return { redirect }
  page.response.status = 404
  return {}
}
