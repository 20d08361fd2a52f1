import type { Language } from './i18n'

/**
 * Money is an integer number of euro cents everywhere: in the database, in code, in URLs.
 * This is the one place that turns cents into text.
 */
export const isCents = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

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

/**
 * An amount as people write it: "22", "17,50", "17.5", "1.200", "1.200,50", "1,200.50". A
 * separator followed by one or two digits at the end is the decimal one; separators between
 * groups of three digits are thousands, as both Italian and English write them.
 */
const EUROS_TEXT = /^(\d{1,3}(?:([.,])\d{3})(?:\2\d{3})*|\d{1,9})(?:([.,])(\d{1,2}))?$/

/**
 * Reads an amount in euros as people write it into cents, by text alone: a binary float never
 * touches the amount. Null when the text is not an amount.
 */
export const parseEuros = (text: string): number | null => {
  const match = EUROS_TEXT.exec(text.trim().replace(/\s|€/g, ''))
  if (!match) return null
  const [, whole, thousands, decimalSeparator, decimals] = match
  // "1.200,50" and "1,200.50" use two separators; one used for both ("1.200.50") is not an amount.
  if (thousands && thousands === decimalSeparator) return null
  const euros = Number(whole!.replace(/[.,]/g, ''))
  if (!Number.isSafeInteger(euros * 100)) return null
  return euros * 100 + Number((decimals ?? '0').padEnd(2, '0'))
}

/** Cents as the text of an input people edit, with the language's decimal separator and no symbol: 2250 → "22,50". */
export const centsToInput = (cents: number, language: Language = 'it'): string => {
  const text = centsToDecimal(cents)
  return language === 'it' ? text.replace('.', ',') : text
}

/** Cents as a plain decimal for files other programs read (CSV): 1234 → "12.34". */
export const centsToDecimal = (cents: number): string => {
  if (!Number.isSafeInteger(cents)) throw new TypeError(`Not an amount in cents: ${cents}`)
  const sign = cents < 0 ? '-' : ''
  const absolute = Math.abs(cents)
  return `${sign}${Math.trunc(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`
}
