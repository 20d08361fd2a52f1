/**
 * The one mechanism for wording: the interface languages, a text in both of them, and how a
 * text is looked up and filled in. It imports nothing, so the site, the admin's browser
 * components and the server share it.
 */

/** The interface languages, Italian first. */
export const LANGUAGES = ['it', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** A text in every interface language. */
export type Bilingual = Record<Language, string>

/** A text in both interface languages. */
export const label = (itText: string, enText: string): Bilingual => ({ it: itText, en: enText })

/** The interface language a language code asks for: Italian unless it is English. */
export const languageFrom = (code: string | null | undefined): Language => (code === 'en' ? 'en' : 'it')

/** A text with its {{placeholders}} filled in (an unknown one becomes empty). */
export const fill = (text: string, vars: Record<string, string | number> = {}): string =>
  text.replace(/{{(\w+)}}/g, (_, name: string) => String(vars[name] ?? ''))

/** A text in a language, with its {{placeholders}} filled in. */
export const translate = (text: Bilingual, language: Language, vars?: Record<string, string | number>): string => fill(text[language], vars)

/** A function that looks a dictionary's texts up in one language: `const t = wording(TEXT, 'it'); t('title')`. */
export const wording =
  <Key extends string>(dictionary: Record<Key, Bilingual>, language: Language) =>
  (key: Key, vars?: Record<string, string | number>): string =>
    translate(dictionary[key], language, vars)
