import { describe, expect, it } from 'vitest'

import { DAYS, PRICE_MODELS, SERVICE_LANGUAGES, TIME_BANDS } from '../../lib/fields'
import { THREAD_PANEL_TEXT, DESK_DAY_TEXT, OPERATOR_VISITS_TEXT, VISIT_ACTIONS_TEXT, VOUCHER_EXPORT_TEXT } from '../../lib/i18n/admin'
import { type Bilingual, fill, LANGUAGES, translate } from '../../lib/i18n/language'
import { messages } from '../../lib/i18n/messages'
import { DESK_HELP_DONE, RECORD_FIELD_LABELS, siteText } from '../../lib/i18n/site'
import { BAND_NAMES, DAY_NAMES, LANGUAGE_NAMES, priceUnit } from '../../site/src/lib/format'
import { t } from '../../site/src/lib/i18n'

const values = (options: readonly { value: string }[]) => options.map((option) => option.value).sort()

/** The site's name of each value of an option list, in both languages: what a page would show. */
const shown = (names: Record<string, Bilingual>, options: readonly { value: string }[]) =>
  Object.fromEntries(options.map(({ value }) => [value, LANGUAGES.map((language) => names[value]?.[language])]))

describe('the site names the values of the collections’ option lists', () => {
  it('has a name for every value and no other', () => {
    expect(Object.keys(DAY_NAMES).sort()).toEqual(values(DAYS))
    expect(Object.keys(BAND_NAMES).sort()).toEqual(values(TIME_BANDS))
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual(values(SERVICE_LANGUAGES))
    for (const model of PRICE_MODELS) for (const language of LANGUAGES) expect(priceUnit(language, model.value)).toBe(model.unit[language])
  })

  it('says what the option list says', () => {
    expect(shown(DAY_NAMES, DAYS)).toEqual(Object.fromEntries(DAYS.map(({ value, label }) => [value, [label.it, label.en]])))
    // A time band's name is its form label without the hours: "Mattina (8–13)" is shown as "Mattina".
    expect(shown(BAND_NAMES, TIME_BANDS)).toEqual(
      Object.fromEntries(
        TIME_BANDS.map(({ value, label }) => [value, LANGUAGES.map((language) => label[language].replace(/ \(.*\)$/, ''))]),
      ),
    )
    expect(shown(LANGUAGE_NAMES, SERVICE_LANGUAGES)).toEqual(
      Object.fromEntries(SERVICE_LANGUAGES.map(({ value, label }) => [value, [label.it.toLocaleLowerCase('it'), label.en]])),
    )
    // A price unit names the same model as its label: "All’ora" is followed by "all’ora".
    for (const model of PRICE_MODELS.filter(({ value }) => value !== 'free' && value !== 'package')) {
      for (const language of LANGUAGES) expect(model.unit[language]).toBe(model.label[language].toLocaleLowerCase(language))
    }
  })
})

describe('one wording', () => {
  const dictionaries: Record<string, Record<string, Bilingual>> = {
    messages,
    siteText,
    RECORD_FIELD_LABELS,
    DESK_HELP_DONE,
    THREAD_PANEL_TEXT,
    DESK_DAY_TEXT,
    OPERATOR_VISITS_TEXT,
    VISIT_ACTIONS_TEXT,
    VOUCHER_EXPORT_TEXT,
  }

  it('writes every placeholder as {{name}}, the same in both languages', () => {
    for (const [name, dictionary] of Object.entries(dictionaries)) {
      for (const [key, text] of Object.entries(dictionary)) {
        const placeholders = (value: string) => [...value.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort()
        // A lone brace would reach the reader as it is.
        expect(`${name}.${key}: ${text.it.replace(/{{\w+}}/g, '')}${text.en.replace(/{{\w+}}/g, '')}`).not.toMatch(/[{}]/)
        expect(placeholders(text.en), `${name}.${key}`).toEqual(placeholders(text.it))
      }
    }
  })

  it('fills placeholders the same way for the site and the server', () => {
    expect(t('it', 'cityOf', { city: 'Milano' })).toBe('Comune di Milano')
    expect(t('en', 'resultsFor', { n: 3 })).toBe('3 services found')
    expect(translate(messages.textTooLong, 'en', { max: 10 })).toBe('The text is too long: 10 characters at most.')
    expect(fill('{{missing}}!')).toBe('!')
  })
})

describe('dates in Italian sentences', () => {
  const text: Bilingual = { it: 'Da pagare entro il {{date}}, o fino al {{date}}', en: 'To be paid by {{date}}' }

  it('elide the article before the eighth and the eleventh, and only there', () => {
    expect(translate(text, 'it', { date: '8 dicembre 2026' })).toBe('Da pagare entro l’8 dicembre 2026, o fino all’8 dicembre 2026')
    expect(translate(text, 'it', { date: '11 marzo 2027' })).toBe('Da pagare entro l’11 marzo 2027, o fino all’11 marzo 2027')
    expect(translate(text, 'it', { date: '18 dicembre 2026' })).toBe('Da pagare entro il 18 dicembre 2026, o fino al 18 dicembre 2026')
    expect(translate({ it: 'Il {{date}}', en: '' }, 'it', { date: '8 maggio' })).toBe('L’8 maggio')
    expect(translate({ it: 'il 8:00', en: '' }, 'it')).toBe('il 8:00')
    expect(translate(text, 'en', { date: '8 December 2026' })).toBe('To be paid by 8 December 2026')
  })
})
