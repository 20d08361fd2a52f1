/** Public pages may be kept for a minute and served stale for ten while a cache revalidates. */
export const DEFAULT_CACHE = 'public, max-age=60, stale-while-revalidate=600'

/** Pages that record something per visit or hold a form: never from a shared cache. */
export const NO_STORE = 'private, no-store'
