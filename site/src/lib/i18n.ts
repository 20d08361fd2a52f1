/** The site's access to the project's one wording: its texts live in lib/i18n/site.ts. */

import { type Language, LANGUAGES, translate } from '../../../lib/i18n/language'
import { siteText, type SiteTextKey } from '../../../lib/i18n/site'

export { formatDate } from '../../../lib/dates'

/** The interface language of a page: the project's one `Language`, under the name the site's files use. */
export type Lang = Language

export const LANGS: readonly Lang[] = LANGUAGES

export type StringKey = SiteTextKey

/** A text in the page's language, with {{placeholders}} filled in. */
export const t = (lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string => translate(siteText[key], lang, vars)

/** A text that names a count, in its singular form for one: "1 recensione", "3 recensioni". */
export const tCount = (
  lang: Lang,
  keys: { one: StringKey; other: StringKey },
  count: number,
  vars: Record<string, string | number> = {},
): string => t(lang, count === 1 ? keys.one : keys.other, { ...vars, count })

/** A localised field from Payload (read with locale "all"), falling back to Italian. */
export const pick = (value: unknown, lang: Lang): string => {
  if (value == null) return ''
  if (typeof value === 'string') return value
  const localised = value as Partial<Record<Lang, string | null>>
  return localised[lang] || localised.it || ''
}

export const langOf = (pathname: string): Lang => (pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'it')
