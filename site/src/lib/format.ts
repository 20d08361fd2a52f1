import { formatCents } from '../../../lib/money'
import { type Lang, t } from './i18n'

const UNITS: Record<string, Record<Lang, string>> = {
  'per-hour': { it: 'all’ora', en: 'per hour' },
  'per-visit': { it: 'a prestazione', en: 'per visit' },
  'per-month': { it: 'al mese', en: 'per month' },
  package: { it: 'a pacchetto', en: 'per package' },
  free: { it: '', en: '' },
}

export const money = (cents: number, lang: Lang) => formatCents(cents, lang)

/** "da 14,00 € all’ora", or "Gratuito". */
export const priceFrom = (lang: Lang, service: { priceModel: string; priceFromCents: number }) =>
  service.priceModel === 'free'
    ? t(lang, 'free')
    : `${t(lang, 'from', { price: money(service.priceFromCents, lang) })} ${UNITS[service.priceModel]?.[lang] ?? ''}`.trim()

export const priceUnit = (lang: Lang, priceModel: string) => UNITS[priceModel]?.[lang] ?? ''

export const DAY_NAMES: Record<string, Record<Lang, string>> = {
  mon: { it: 'Lunedì', en: 'Monday' },
  tue: { it: 'Martedì', en: 'Tuesday' },
  wed: { it: 'Mercoledì', en: 'Wednesday' },
  thu: { it: 'Giovedì', en: 'Thursday' },
  fri: { it: 'Venerdì', en: 'Friday' },
  sat: { it: 'Sabato', en: 'Saturday' },
  sun: { it: 'Domenica', en: 'Sunday' },
}

export const BAND_NAMES: Record<string, Record<Lang, string>> = {
  morning: { it: 'Mattina', en: 'Morning' },
  afternoon: { it: 'Pomeriggio', en: 'Afternoon' },
  evening: { it: 'Sera', en: 'Evening' },
  night: { it: 'Notte', en: 'Night' },
}

export const LANGUAGE_NAMES: Record<string, Record<Lang, string>> = {
  it: { it: 'italiano', en: 'Italian' },
  en: { it: 'inglese', en: 'English' },
  fr: { it: 'francese', en: 'French' },
  es: { it: 'spagnolo', en: 'Spanish' },
  de: { it: 'tedesco', en: 'German' },
  ar: { it: 'arabo', en: 'Arabic' },
  zh: { it: 'cinese', en: 'Chinese' },
  ro: { it: 'rumeno', en: 'Romanian' },
  uk: { it: 'ucraino', en: 'Ukrainian' },
  ru: { it: 'russo', en: 'Russian' },
  sq: { it: 'albanese', en: 'Albanian' },
  tl: { it: 'filippino', en: 'Filipino' },
  bn: { it: 'bengalese', en: 'Bengali' },
  pt: { it: 'portoghese', en: 'Portuguese' },
}
