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

/** What the city calls one of its districts and several, as its profile says. */
export type DistrictNames = Record<Language, { one: string; other: string }>

/** Until a city profile names its districts, texts use the plain words. */
const PLAIN_DISTRICT_NAMES: DistrictNames = { it: { one: 'Distretto', other: 'Distretti' }, en: { one: 'District', other: 'Districts' } }

const CITY_WORDING = Symbol.for('wemi.city-wording')

const lowerFirst = (word: string) => word.charAt(0).toLocaleLowerCase() + word.slice(1)

type Shared = { names: DistrictNames; sameInEveryLanguage: Record<string, string>; words: Record<Language, Record<string, string>> }

const cityWordsOf = ({ names, sameInEveryLanguage }: Omit<Shared, 'words'>): Record<Language, Record<string, string>> => {
  const words = (language: Language) => {
    const { one, other } = names[language]
    return {
      ...sameInEveryLanguage,
      DistrictWord: one,
      DistrictsWord: other,
      districtWord: lowerFirst(one),
      districtsWord: lowerFirst(other),
    }
  }
  return { it: words('it'), en: words('en') }
}

/**
 * Kept on the global object: the admin (built by Next.js) and the site (built by Astro) each
 * bundle their own copy of this module, and in one process both must say what the profile says.
 */
const shared = ((globalThis as { [CITY_WORDING]?: Shared })[CITY_WORDING] ??= {
  names: PLAIN_DISTRICT_NAMES,
  sameInEveryLanguage: {},
  words: cityWordsOf({ names: PLAIN_DISTRICT_NAMES, sameInEveryLanguage: {} }),
})

/**
 * Sets the words the city profile gives texts: what it calls its districts, which a text says
 * with {{DistrictWord}}, {{DistrictsWord}} or, within a sentence, {{districtWord}} and
 * {{districtsWord}}. A name the profile leaves empty keeps the plain word. Says whether any changed.
 */
export const setDistrictNames = (names: { [Key in Language]?: { one?: string | null; other?: string | null } }): boolean => {
  const next: DistrictNames = {
    it: { one: names.it?.one || PLAIN_DISTRICT_NAMES.it.one, other: names.it?.other || PLAIN_DISTRICT_NAMES.it.other },
    en: { one: names.en?.one || PLAIN_DISTRICT_NAMES.en.one, other: names.en?.other || PLAIN_DISTRICT_NAMES.en.other },
  }
  if (JSON.stringify(next) === JSON.stringify(shared.names)) return false
  shared.names = next
  shared.words = cityWordsOf(shared)
  return true
}

/** Sets words of the city profile that read the same in every language, such as {{fiscalCodeExample}}. */
export const setCityWords = (words: Record<string, string>): void => {
  shared.sameInEveryLanguage = words
  shared.words = cityWordsOf(shared)
}

/** What the city calls its districts in `language`, as last set from its profile. */
export const districtNamesIn = (language: Language): { one: string; other: string } => shared.names[language]

/** The city profile's words for texts in `language`, to merge into a text's own placeholders. */
export const cityWordsIn = (language: Language): Record<string, string> => shared.words[language]

/**
 * A text with its {{placeholders}} filled in (an unknown one becomes empty). Given the text's
 * language, the city profile's words fill the placeholders the text's own values do not.
 */
export const fill = (text: string, vars: Record<string, string | number> = {}, language?: Language): string =>
  text.includes('{{')
    ? text.replace(/{{(\w+)}}/g, (_, name: string) => String(vars[name] ?? (language ? shared.words[language][name] : undefined) ?? ''))
    : text

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
  language === 'it' ? elideBeforeDays(fill(text.it, vars, 'it')) : fill(text[language], vars, language)

/** A function that looks a dictionary's texts up in one language: `const t = wording(TEXT, 'it'); t('title')`. */
export const wording =
  <Key extends string>(dictionary: Record<Key, Bilingual>, language: Language) =>
  (key: Key, vars?: Record<string, string | number>): string =>
    translate(dictionary[key], language, vars)
