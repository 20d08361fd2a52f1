import { describe, expect, it } from 'vitest'

import { lsnValue } from '../../lib/read-replicas'

describe('places in the primary’s log', () => {
  it('orders them as PostgreSQL does, across the high word', () => {
    expect(lsnValue('0/16B3748')).toBe(0x16b3748n)
    expect(lsnValue('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n)
    expect(lsnValue('1/0') > lsnValue('0/FFFFFFFF')).toBe(true)
    expect(lsnValue('0/A0') > lsnValue('0/9F')).toBe(true)
  })
})
