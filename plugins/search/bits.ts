/**
 * Sets of catalogue positions, one bit each: a search intersects the services matching its
 * words with those passing each filter and counts every facet value by intersection, so that its
 * cost follows the number of facet values, not the number of services matched.
 */
export type Bits = Uint32Array

export const emptyBits = (size: number): Bits => new Uint32Array((size + 31) >>> 5)

export const fullBits = (size: number): Bits => {
  const bits = emptyBits(size).fill(0xffffffff)
  if (size % 32 !== 0) bits[bits.length - 1] = (1 << (size % 32)) - 1
  return bits
}

export const bitsWhere = (size: number, test: (position: number) => boolean): Bits => {
  const bits = emptyBits(size)
  for (let position = 0; position < size; position++) if (test(position)) bits[position >>> 5]! |= 1 << (position & 31)
  return bits
}

export const bitsAt = (size: number, positions: Iterable<number>): Bits => {
  const bits = emptyBits(size)
  for (const position of positions) bits[position >>> 5]! |= 1 << (position & 31)
  return bits
}

export const hasBit = (bits: Bits, position: number): boolean => (bits[position >>> 5]! & (1 << (position & 31))) !== 0

export const intersection = (first: Bits, ...others: Bits[]): Bits => {
  const result = first.slice()
  for (const other of others) for (let word = 0; word < result.length; word++) result[word]! &= other[word]!
  return result
}

export const union = (first: Bits, ...others: Bits[]): Bits => {
  const result = first.slice()
  for (const other of others) for (let word = 0; word < result.length; word++) result[word]! |= other[word]!
  return result
}

const ones = (word: number) => {
  let x = word - ((word >>> 1) & 0x55555555)
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number
}

/** How many positions all the sets share. */
export const countShared = (first: Bits, second: Bits, third?: Bits): number => {
  let count = 0
  for (let word = 0; word < first.length; word++) {
    const shared = first[word]! & second[word]! & (third ? third[word]! : 0xffffffff)
    if (shared !== 0) count += ones(shared)
  }
  return count
}

export const positionsOf = (bits: Bits): number[] => {
  const positions: number[] = []
  for (let word = 0; word < bits.length; word++) {
    let rest = bits[word]!
    while (rest !== 0) {
      const lowest = rest & -rest
      positions.push(word * 32 + 31 - Math.clz32(lowest))
      rest ^= lowest
    }
  }
  return positions
}
