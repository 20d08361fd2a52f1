import { describe, expect, it } from 'vitest'

import { contrastRatio, darkerShade } from '../../lib/colour'
import { CITIES } from '../../seed/cities'

describe('the city’s colour', () => {
  it('measures contrast as WCAG 2.1 does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1)
    // Bootstrap Italia's blue under white text, as WebAIM's checker gives it.
    expect(contrastRatio('#0066cc', '#ffffff')).toBeCloseTo(5.57, 2)
    expect(contrastRatio('#ffffff', '#0066cc')).toBe(contrastRatio('#0066cc', '#ffffff'))
  })

  it('darkens to the header’s top band as Bootstrap Italia does its own blue', () => {
    expect(darkerShade('#0066cc', 0.125)).toBe('#0059b3')
    expect(darkerShade('#ffffff', 0)).toBe('#ffffff')
  })

  it('gives every city of the seed a colour white text reads on', () => {
    for (const city of Object.values(CITIES)) expect(contrastRatio(city.profile.primaryColor, '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })
})
