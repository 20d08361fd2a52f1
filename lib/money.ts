import type { Language } from './i18n'

/**
 * Money is an integer number of euro cents everywhere: in the database, in code, in URLs.
 * This is the one place that turns cents into text.
 */
export const isCents = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

/** Whole euros with the language's thousands separator (formatters are costly to create). */
const EUROS: Record<Language, Intl.NumberFormat> = {
  it: new Intl.NumberFormat('it-IT', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
}

export const formatCents = (cents: number, language: Language = 'it'): string => {
  if (!Number.isSafeInteger(cents)) throw new TypeError(`Not an amount in cents: ${cents}`)
  const sign = cents < 0 ? '-' : ''
  const absolute = Math.abs(cents)
  const euros = EUROS[language].format(Math.trunc(absolute / 100))
  const decimalSeparator = language === 'it' ? ',' : '.'
  const rest = String(absolute % 100).padStart(2, '0')
  return language === 'it' ? `${sign}${euros}${decimalSeparator}${rest} €` : `${sign}€${euros}${decimalSeparator}${rest}`
}
