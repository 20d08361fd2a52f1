import { createHmac, timingSafeEqual } from 'node:crypto'

import type { GeneratePreviewURL } from 'payload'

import { payloadSecret } from './env'
import { type Language, languageFrom } from './i18n/language'
import { hasRole } from './roles'

/**
 * How long a preview link opens the draft it names. Long enough for an editor to read and share
 * it with a colleague, short enough that a link that leaks stops working the same morning.
 */
export const PREVIEW_LIFETIME_MS = 60 * 60 * 1000

/** The editorial collections: drafts, a publication date, and a preview on the site through a signed link. */
export const EDITORIAL_COLLECTIONS = ['pages', 'news', 'faqs'] as const
export type EditorialCollection = (typeof EDITORIAL_COLLECTIONS)[number]

/** Where the site shows a draft, in each language; the collection and the id follow. */
export const PREVIEW_PAGES: Record<Language, string> = { it: '/anteprima/', en: '/en/preview/' }

/** What a valid link grants: one document's latest draft, in one language, until a moment. */
export type PreviewGrant = { collection: EditorialCollection; id: string; language: Language; expires: number }

// The purpose is part of the signed text so that no other signature made with the server's
// secret (rate-limit keys, for one) can ever pass for a preview link.
const signatureOf = ({ collection, id, language, expires }: PreviewGrant): Buffer =>
  createHmac('sha256', payloadSecret())
    .update(['editorial-preview', collection, id, language, String(expires)].join('\0'))
    .digest()

/** The site's address of a signed link to a document's draft. */
export const previewPath = (grant: PreviewGrant): string =>
  `${PREVIEW_PAGES[grant.language]}${grant.collection}/${encodeURIComponent(grant.id)}?expires=${grant.expires}&signature=${signatureOf(grant).toString('base64url')}`

/**
 * Payload's `admin.preview` for an editorial collection: the admin's "Anteprima" button opens
 * the document's latest draft on the site, in the language being edited. The link is made on the
 * server, for editors and WeMi admins only, and signed with the server's secret.
 */
export const previewLink =
  (collection: EditorialCollection): GeneratePreviewURL =>
  (doc, { req, locale }) => {
    if (!hasRole(req.user, 'admin', 'editor')) return null
    const id = doc.id
    if (typeof id !== 'string' && typeof id !== 'number') return null
    return previewPath({ collection, id: String(id), language: languageFrom(locale), expires: Date.now() + PREVIEW_LIFETIME_MS })
  }

const PREVIEW_ADDRESS = /^\/(anteprima|en\/preview)\/([^/]+)\/([^/]+)\/?$/

export const isEditorialCollection = (value: string): value is EditorialCollection =>
  (EDITORIAL_COLLECTIONS as readonly string[]).includes(value)

/**
 * The grant a preview address carries, or null when it is not one, was changed (another
 * document, language or expiry than the one signed) or has expired.
 */
export const verifyPreview = (url: URL, now = Date.now()): PreviewGrant | null => {
  const match = PREVIEW_ADDRESS.exec(url.pathname)
  if (!match) return null
  const [, root, collection, encodedId] = match as unknown as [string, string, string, string]
  const expiresText = url.searchParams.get('expires') ?? ''
  const given = Buffer.from(url.searchParams.get('signature') ?? '', 'base64url')
  if (!isEditorialCollection(collection) || !/^\d{1,15}$/.test(expiresText)) return null
  let id: string
  try {
    id = decodeURIComponent(encodedId)
  } catch {
    return null
  }
  const grant: PreviewGrant = { collection, id, language: root === 'anteprima' ? 'it' : 'en', expires: Number(expiresText) }
  const expected = signatureOf(grant)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  // A link signed for longer than a preview lives was not made by this server's rule.
  if (grant.expires <= now || grant.expires > now + PREVIEW_LIFETIME_MS) return null
  return grant
}
