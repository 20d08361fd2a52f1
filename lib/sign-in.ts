import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

import { AuthenticationError, type CollectionBeforeOperationHook, incrementLoginAttempts, type PayloadRequest } from 'payload'

import { enforceLimit, recordTry } from './rate-limits'

const derive = promisify(pbkdf2)

/** Payload's password hashes: the current one (with its prefix) and the legacy one it still accepts. */
const CURRENT_HASH = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32 }
const LEGACY_HASH = { iterations: 25_000, keyLength: 512 }

/** Whether `password` matches a stored hash, checked as Payload checks it. */
const passwordMatches = async (password: string, { hash, salt }: { hash?: string | null; salt?: string | null }): Promise<boolean> => {
  if (!hash || !salt) return false
  const current = hash.startsWith(CURRENT_HASH.prefix)
  const { iterations, keyLength } = current ? CURRENT_HASH : LEGACY_HASH
  const stored = Buffer.from(current ? hash.slice(CURRENT_HASH.prefix.length) : hash, 'hex')
  const derived = await derive(password, salt, iterations, keyLength, 'sha256')
  return derived.length === stored.length && timingSafeEqual(derived, stored)
}

/** Spends the time a password check takes, on nothing. */
export const checkNoPassword = async (password: string): Promise<void> => {
  await derive(password, randomBytes(32).toString('hex'), CURRENT_HASH.iterations, CURRENT_HASH.keyLength, 'sha256')
}

/** Reset links are asked for within the connection's limit and the e-mail's, staff and citizens alike. */
const limitPasswordResets = async (req: PayloadRequest, data: unknown): Promise<void> => {
  const email = (data as { email?: unknown } | undefined)?.email
  await enforceLimit(req, 'passwordReset', typeof email === 'string' ? email : null)
}

type StoredAccount = { id: string; hash?: string | null; salt?: string | null; loginAttempts?: number | null; lockUntil?: string | null }

/**
 * Every sign-in, from REST, GraphQL or the site, counts against the connection's limit, and
 * a failure says the same thing in the same time whoever the e-mail belongs to: Payload
 * answers an unknown e-mail at once, without checking a password, and a locked account with
 * its own message. Both now pay for a password check and get Payload's wrong-credentials
 * answer, so the lock still stops guessing but never tells anyone that the account exists;
 * the site's wording of that answer mentions the lock, for the owner's sake. Requests for a
 * reset link pass here too, staff and citizens alike.
 */
export const guardSignIn: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation === 'forgotPassword') {
    await limitPasswordResets(req, args.data)
    return args
  }
  if (operation !== 'login') return args
  await enforceLimit(req, 'signIn')
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  if (typeof email !== 'string' || typeof password !== 'string' || !password.trim()) return args
  const account = await req.payload.db.findOne<StoredAccount>({
    collection: collection.slug,
    where: { email: { equals: email.toLowerCase().trim() } },
    req,
  })
  const locked = Boolean(account?.lockUntil && new Date(account.lockUntil) > new Date())
  if (!account || locked) {
    await checkNoPassword(password)
    // Payload counts a real account's wrong password on the account's row, a committed write
    // that slows as the database gets busy: this answer makes one too.
    await recordTry(req.payload, 'signIn', email)
    throw new AuthenticationError(req.t)
  }
  // The wrong password that locks the account would get Payload's "locked" answer: that
  // one is checked and counted here, and answered as any wrong password is.
  const { maxLoginAttempts = 0 } = collection.auth as { maxLoginAttempts?: number }
  const locksNow = maxLoginAttempts > 0 && !account.lockUntil && (account.loginAttempts ?? 0) + 1 >= maxLoginAttempts
  if (locksNow && !(await passwordMatches(password, account))) {
    await incrementLoginAttempts({ collection, payload: req.payload, user: account as never })
    throw new AuthenticationError(req.t)
  }
  return args
}
