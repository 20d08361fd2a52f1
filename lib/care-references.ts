import { randomInt } from 'node:crypto'

/** Letters and digits nobody confuses when reading them aloud at a desk (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

const code = (length: number) => Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')

/** How a worker is named where she must not be identified: on the anonymised CV, to families ("LAV-7KQ2MX"). */
export const workerReference = () => `LAV-${code(6)}`

/** A family's care-work request, as the family and WeMi quote it ("TCB-9F3KQA"). */
export const careRequestReference = () => `TCB-${code(6)}`
