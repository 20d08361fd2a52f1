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
  text.includes('{{') ? text.replace(/{{(\w+)}}/g, (_, name: string) => String(vars[name] ?? '')) : text

/** The article, bare or joined to a preposition, that elides before a vowel: "il" → "l’", "al" → "all’". */
const ELIDED: Record<string, string> = { il: 'l’', al: 'all’', dal: 'dall’', del: 'dell’', nel: 'nell’', sul: 'sull’' }

/**
 * Italian elides the article before the days that begin with a vowel, "entro l’8 dicembre",
 * "fino all’11 marzo"; a text says "entro il {{date}}" and the date decides.
 */
const elideBeforeDays = (text: string): string =>
  // A cheap look first, as most texts name no such day.
  / (?:8|11) /.test(text)
    ? text.replace(/\b(il|al|dal|del|nel|sul) (8|11)(?= \p{L})/giu, (_, article: string, day: string) => {
        const elided = ELIDED[article.toLowerCase()]!
        return `${article[0] === article[0]!.toUpperCase() ? elided[0]!.toUpperCase() + elided.slice(1) : elided}${day}`
      })
    : text

/** A text in a language, with its {{placeholders}} filled in. */
export const translate = (text: Bilingual, language: Language, vars?: Record<string, string | number>): string =>
  language === 'it' ? elideBeforeDays(fill(text.it, vars)) : fill(text[language], vars)

/** A function that looks a dictionary's texts up in one language: `const t = wording(TEXT, 'it'); t('title')`. */
export const wording =
  <Key extends string>(dictionary: Record<Key, Bilingual>, language: Language) =>
  (key: Key, vars?: Record<string, string | number>): string =>
    translate(dictionary[key], language, vars)
