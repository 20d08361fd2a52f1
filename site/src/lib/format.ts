import { DAYS, PRICE_MODELS, SERVICE_LANGUAGES, TIME_BANDS } from '../../../lib/fields'
import type { Bilingual } from '../../../lib/i18n/language'
import { formatCents } from '../../../lib/money'
import { type Lang, t } from './i18n'

/**
 * The names the site shows for the values of the collections' option lists (lib/fields.ts),
 * derived from those lists so that the two cannot drift apart.
 */
const byValue = <Option extends { value: string }>(options: readonly Option[], text: (option: Option) => Bilingual) =>
  Object.fromEntries(options.map((option) => [option.value, text(option)])) as Record<string, Bilingual>

/** What follows a price: "all’ora" (nothing for a free service). */
const UNITS = byValue(PRICE_MODELS, (model) => model.unit)

/** "Lunedì". */
export const DAY_NAMES = byValue(DAYS, (day) => day.label)

/** "Mattina": a part of the day without its hours. */
export const BAND_NAMES = byValue(TIME_BANDS, (band) => band.name)

/** "italiano", "English": inside a sentence Italian writes a language's name in lower case. */
export const LANGUAGE_NAMES = byValue(SERVICE_LANGUAGES, ({ label }) => ({ it: label.it.toLocaleLowerCase('it'), en: label.en }))

export const money = (cents: number, lang: Lang) => formatCents(cents, lang)

/** "da 14,00 € all’ora", or "Gratuito". */
export const priceFrom = (lang: Lang, service: { priceModel: string; priceFromCents: number }) =>
  service.priceModel === 'free'
    ? t(lang, 'free')
    : `${t(lang, 'from', { price: money(service.priceFromCents, lang) })} ${UNITS[service.priceModel]?.[lang] ?? ''}`.trim()

export const priceUnit = (lang: Lang, priceModel: string) => UNITS[priceModel]?.[lang] ?? ''
