import { numericCheckDigit } from '../../lib/fiscal'

let counter = 0

/** A unique suffix for records a test creates. */
export const unique = (prefix = 'x') => `${prefix}-${process.pid}-${++counter}-${Date.now().toString(36)}`

/** A valid, unique 11-digit tax code for organisations created in tests. */
export const uniqueVatNumber = () => {
  const first10 = String(7_000_000_000 + ((Date.now() * 1000 + ++counter) % 2_999_999_999)).padStart(10, '0')
  return first10 + numericCheckDigit(first10)
}
