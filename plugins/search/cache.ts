import { siteContentGeneration as version } from '../../lib/site-content'

/**
 * A short-lived memory of search answers, so that popular searches cost one lookup. Every
 * change to what the site shows empties it at once, in every process (lib/site-content.ts).
 */
export const TTL_MS = 30_000
const MAX_ENTRIES = 1000

export const memo = <T>() => {
  const entries = new Map<string, { at: number; version: number; value: Promise<T> }>()
  return (key: string, compute: () => Promise<T>): Promise<T> => {
    const now = Date.now()
    const hit = entries.get(key)
    if (hit && hit.version === version() && now - hit.at < TTL_MS) return hit.value
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!)
    const value = compute()
    entries.set(key, { at: now, version: version(), value })
    value.catch(() => entries.delete(key))
    return value
  }
}
