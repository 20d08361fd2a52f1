import type { EditorialCollection } from '../../../lib/preview'
import { payload } from './payload'

/** How long a shared cache may keep a public page, and serve it stale while it revalidates. */
const FRESH_SECONDS = 60
const STALE_SECONDS = 600

const publicCache = (fresh: number, stale: number) => `public, max-age=${fresh}, stale-while-revalidate=${stale}`

/** Public pages may be kept for a minute and served stale for ten while a cache revalidates. */
export const DEFAULT_CACHE = publicCache(FRESH_SECONDS, STALE_SECONDS)

/** Pages that record something per visit or hold a form: never from a shared cache. */
export const NO_STORE = 'private, no-store'

/**
 * The moment (ms since the epoch) the next scheduled item of these collections goes public, or
 * null when none is scheduled. Read past the public rule, which hides exactly these items; only
 * the date leaves this function.
 */
export const nextPublication = async (collections: readonly EditorialCollection[], now = Date.now()): Promise<number | null> => {
  const api = await payload()
  const moments = await Promise.all(
    collections.map(async (collection) => {
      const { docs } = await api.find({
        collection,
        where: { and: [{ _status: { equals: 'published' } }, { publishedAt: { greater_than: new Date(now).toISOString() } }] },
        sort: 'publishedAt',
        limit: 1,
        pagination: false,
        depth: 0,
        select: { publishedAt: true },
        overrideAccess: true,
      })
      const publishedAt = (docs[0] as { publishedAt?: string | null } | undefined)?.publishedAt
      return publishedAt ? Date.parse(publishedAt) : null
    }),
  )
  const future = moments.filter((moment): moment is number => moment !== null)
  return future.length > 0 ? Math.min(...future) : null
}

type Lifetime = { fresh: number; stale: number }

/**
 * How long anything that holds a page or a list of editorial content may keep it, in seconds:
 * the usual times (a minute fresh, ten stale unless told), never past the next scheduled
 * publication, so that an item set for 8:00 is on the site at 8:00 whoever kept the page before.
 */
export const editorialLifetime = async (
  collections: readonly EditorialCollection[],
  { now = Date.now(), fresh = FRESH_SECONDS, stale = STALE_SECONDS }: Partial<Lifetime> & { now?: number } = {},
): Promise<Lifetime> => {
  const next = await nextPublication(collections, now)
  const budget = next === null ? Infinity : Math.max(0, Math.floor((next - now) / 1000))
  // A stale copy is served after the fresh time, so the two together must end by the publication.
  const capped = Math.min(fresh, budget)
  return { fresh: capped, stale: Math.min(stale, budget - capped) }
}

/** The Cache-Control of a public answer that shows editorial content of these collections. */
export const editorialCache = async (
  collections: readonly EditorialCollection[],
  options?: Partial<Lifetime> & { now?: number },
): Promise<string> => {
  const { fresh, stale } = await editorialLifetime(collections, options)
  return stale > 0 ? publicCache(fresh, stale) : `public, max-age=${fresh}`
}
