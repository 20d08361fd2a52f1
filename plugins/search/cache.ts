/**
 * A short-lived memory of search answers, so that popular searches cost one lookup. Every
 * change to the read model bumps a version that empties it at once; within one process the
 * site never shows a stale answer, and other processes catch up within the time to live.
 * The version lives on globalThis because the admin's bundle and the site carry separate
 * copies of this module in the same process.
 */
const VERSION = Symbol.for('wemi.search.version')
const TTL_MS = 30_000
const MAX_ENTRIES = 1000

type Holder = { [VERSION]?: number }

export const bumpSearchVersion = () => {
  const holder = globalThis as Holder
  holder[VERSION] = (holder[VERSION] ?? 0) + 1
}

const version = () => (globalThis as Holder)[VERSION] ?? 0

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
