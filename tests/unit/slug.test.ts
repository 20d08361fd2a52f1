import { describe, expect, it } from 'vitest'

import { slugify } from '../../lib/slug'

describe('slugify', () => {
  it('drops accents, punctuation and case', () => {
    expect(slugify('Attività per anziani')).toBe('attivita-per-anziani')
    expect(slugify('L’Aquilone – Città Studi!')).toBe('l-aquilone-citta-studi')
    expect(slugify('  --Già--  ')).toBe('gia')
  })
})
