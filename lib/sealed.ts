import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

import { payloadSecret } from './env'

const keyFor = (purpose: string) => createHash('sha256').update(`${payloadSecret()}\0${purpose}`).digest()

/**
 * Seals a value for the browser to carry (AES-256-GCM under a key of the app's secret and the
 * purpose): it can neither read nor change it, and a value sealed for one purpose opens for no other.
 */
export const seal = (value: unknown, purpose: string): string => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFor(purpose), iv)
  const body = Buffer.concat([cipher.update(JSON.stringify({ value, sealedAt: Date.now() }), 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}

/** Opens a sealed value no older than `maxAgeMs`; null when it was changed, sealed for another purpose or expired. */
export const unseal = <T>(sealed: string | undefined, purpose: string, maxAgeMs: number): T | null => {
  if (!sealed) return null
  try {
    const raw = Buffer.from(sealed, 'base64url')
    const decipher = createDecipheriv('aes-256-gcm', keyFor(purpose), raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    const opened = JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as {
      value: T
      sealedAt: number
    }
    return Date.now() - opened.sealedAt <= maxAgeMs ? opened.value : null
  } catch {
    return null
  }
}
