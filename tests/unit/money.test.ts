import { describe, expect, it } from 'vitest'

import { formatCents, isCents } from '../../lib/money'

describe('money in cents', () => {
  it('formats cents in Italian and English without going through floats', () => {
    expect(formatCents(1400, 'it')).toBe('14,00 €')
    expect(formatCents(1999, 'it')).toBe('19,99 €')
    expect(formatCents(5, 'it')).toBe('0,05 €')
    expect(formatCents(123456789, 'it')).toBe('1.234.567,89 €')
    expect(formatCents(1400, 'en')).toBe('€14.00')
    expect(formatCents(123456789, 'en')).toBe('€1,234,567.89')
    expect(formatCents(-250, 'it')).toBe('-2,50 €')
  })

  it('refuses amounts that are not whole cents', () => {
    expect(() => formatCents(10.5)).toThrow(TypeError)
    expect(isCents(1000)).toBe(true)
    expect(isCents(0)).toBe(true)
    expect(isCents(-1)).toBe(false)
    expect(isCents(10.5)).toBe(false)
    expect(isCents('1000')).toBe(false)
  })
})
