import { DAYS, priceUnitOf, SERVICE_LANGUAGES, TIME_BANDS } from '../../../lib/fields'
import type { Bilingual } from '../../../lib/i18n/language'
import { formatCents } from '../../../lib/money'
import { type Lang, t } from './i18n'

/**
 * The names the site shows for the values of the collections' option lists (lib/fields.ts),
 * derived from those lists so that the two cannot drift apart.
 */
const byValue = <Option extends { value: string }>(options: readonly Option[], text: (option: Option) => Bilingual) =>
  Object.fromEntries(options.map((option) => [option.value, text(option)])) as Record<string, Bilingual>

/** "Lunedì". */
export const DAY_NAMES = byValue(DAYS, (day) => day.label)

/** "Mattina": a part of the day without its hours. */
export const BAND_NAMES = byValue(TIME_BANDS, (band) => band.name)

/** "italiano", "English": inside a sentence Italian writes a language's name in lower case. */
export const LANGUAGE_NAMES = byValue(SERVICE_LANGUAGES, ({ label }) => ({ it: label.it.toLocaleLowerCase('it'), en: label.en }))

export const money = (cents: number, lang: Lang) => formatCents(cents, lang)

// Made once: a number format costs more to make than to use.
const RATING_FORMATS: Record<Lang, Intl.NumberFormat> = {
  it: new Intl.NumberFormat('it-IT', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
}

/** A rating out of 5 with one decimal, written the way the language writes decimals: "4,5", "4.5". */
export const ratingValue = (rating: number, lang: Lang) => RATING_FORMATS[lang].format(rating)

/** How a service is priced, each way it is offered: alone, and one person's share in a group. */
export type PricedService = {
  priceModel: string
  individualPriceCents: number | null
  sharedPriceFromCents: number | null
  sharedPricePeople: number | null
}

/**
 * What a service costs, said in full so that no price reads as another: "da 17,50 € all’ora a
 * persona, da solo", "9,00 € all’ora a persona in gruppo di 4", or "Gratuito". The first line
 * is the one the price filter and the price order use.
 */
export const priceLines = (lang: Lang, service: PricedService): string[] => {
  if (service.priceModel === 'free') return [t(lang, 'free')]
  const unit = priceUnit(lang, service.priceModel)
  const lines: string[] = []
  if (service.individualPriceCents !== null) lines.push(t(lang, 'priceAlone', { price: money(service.individualPriceCents, lang), unit }))
  if (service.sharedPriceFromCents !== null && service.sharedPricePeople !== null) {
    lines.push(t(lang, 'priceInGroup', { price: money(service.sharedPriceFromCents, lang), unit, people: service.sharedPricePeople }))
  }
  return lines.map((line) => line.replace(/\s+/g, ' ').replace(' ,', ','))
}

/** The same for a service record: its own price, and the cheapest row of its price table. */
export const pricedService = (service: {
  priceModel: string
  priceCents?: number | null
  sharedPrices?: { people: number; priceCents: number }[] | null
}): PricedService => {
  const cheapest = [...(service.sharedPrices ?? [])].sort((a, b) => a.priceCents - b.priceCents || b.people - a.people)[0]
  return {
    priceModel: service.priceModel,
    individualPriceCents: service.priceCents ?? null,
    sharedPriceFromCents: cheapest?.priceCents ?? null,
    sharedPricePeople: cheapest?.people ?? null,
  }
}

/** What follows a price: "all’ora" (nothing for a free service). */
export const priceUnit = (lang: Lang, priceModel: string) => priceUnitOf(priceModel, lang)
