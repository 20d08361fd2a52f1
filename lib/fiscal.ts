/**
 * Italian tax identifiers: the personal codice fiscale (16 characters), the numeric
 * codice fiscale of organisations and the partita IVA (11 digits, same check digit).
 */

const PERSONAL_PATTERN = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/

// Values of characters in odd positions (1st, 3rd, …), indexed by digit or letter.
const ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]

const charIndex = (char: string): number => {
  const code = char.charCodeAt(0)
  return code <= 57 ? code - 48 : code - 65
}

/** The check character that ends a personal codice fiscale, from its first 15 characters. */
export const personalCheckCharacter = (first15: string): string => {
  let sum = 0
  for (let i = 0; i < 15; i++) {
    const index = charIndex(first15[i]!)
    sum += i % 2 === 0 ? ODD_VALUES[index]! : index
  }
  return String.fromCharCode(65 + (sum % 26))
}

/** The last digit of a partita IVA or numeric codice fiscale, from its first 10 digits. */
export const numericCheckDigit = (first10: string): string => {
  let sum = 0
  for (let i = 0; i < 10; i++) {
    const digit = Number(first10[i])
    if (i % 2 === 0) sum += digit
    else sum += digit * 2 > 9 ? digit * 2 - 9 : digit * 2
  }
  return String((10 - (sum % 10)) % 10)
}

export const normaliseTaxCode = (value: string): string => value.replace(/\s+/g, '').toUpperCase()

export const isValidPersonalFiscalCode = (value: string): boolean => {
  const code = normaliseTaxCode(value)
  return PERSONAL_PATTERN.test(code) && personalCheckCharacter(code.slice(0, 15)) === code[15]
}

export const isValidVatNumber = (value: string): boolean => {
  const code = normaliseTaxCode(value)
  return /^\d{11}$/.test(code) && numericCheckDigit(code.slice(0, 10)) === code[10]
}

/** An organisation's codice fiscale: numeric like a partita IVA, or personal (sole traders). */
export const isValidOrganisationFiscalCode = (value: string): boolean => isValidVatNumber(value) || isValidPersonalFiscalCode(value)
