import { describe, expect, it } from 'vitest'

import { centsToInput, formatCents, isCents, parseEuros } from '../../lib/money'

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

describe('euros as people type them', () => {
  it('reads whole euros, decimals with either separator and thousands', () => {
    expect(parseEuros('22')).toBe(2200)
    expect(parseEuros('17,50')).toBe(1750)
    expect(parseEuros('17.5')).toBe(1750)
    expect(parseEuros(' 0,22 € ')).toBe(22)
    expect(parseEuros('1.200')).toBe(120000)
    expect(parseEuros('1.200,50')).toBe(120050)
    expect(parseEuros('1,200.50')).toBe(120050)
    expect(parseEuros('1 200,50')).toBe(120050)
    expect(parseEuros('12.345.678')).toBe(1234567800)
  })

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '-5', '1.200.50', '1,200,50', '1.2345', '17,5,0', '1.2,5', '22 euro']) {
      expect(parseEuros(text), text).toBeNull()
    }
  })

  it('writes cents back as the text of an input, so that a saved amount reads as it was typed', () => {
    expect(centsToInput(2200, 'it')).toBe('22,00')
    expect(centsToInput(1750, 'en')).toBe('17.50')
    expect(centsToInput(120050, 'it')).toBe('1200,50')
    for (const cents of [0, 5, 22, 1750, 120050]) expect(parseEuros(centsToInput(cents, 'it'))).toBe(cents)
  })
})
