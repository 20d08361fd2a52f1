import { createHmac } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import { APIError, type Payload, type PayloadRequest } from 'payload'

import { clientAddressOf } from './client-address'
import { payloadSecret } from './env'
import { message } from './i18n'
import { runSql } from './sql'

type Limit = { attempts: number; minutes: number }

/**
 * How often one connection (by IP address) and one account (by e-mail) may try each action.
 * Payload adds its own per-account lock on sign-in: 5 wrong passwords lock the account for
 * 15 minutes. A booking's "account" is the address its e-mail goes to, so that nobody fills
 * someone else's inbox from many connections.
 */
export const RATE_LIMITS = {
  signIn: { perAddress: { attempts: 30, minutes: 15 } },
  digitalSignIn: { perAddress: { attempts: 30, minutes: 15 } },
  signUp: { perAddress: { attempts: 10, minutes: 60 } },
  passwordReset: { perAddress: { attempts: 10, minutes: 60 }, perAccount: { attempts: 3, minutes: 60 } },
  reportNeed: { perAddress: { attempts: 5, minutes: 60 } },
  // Each report e-mails a receipt: the address it goes to is limited too, so that nobody fills another's inbox.
  reportInefficiency: { perAddress: { attempts: 5, minutes: 60 }, perAccount: { attempts: 5, minutes: 60 } },
  rateAPage: { perAddress: { attempts: 20, minutes: 60 } },
  enteApplication: { perAddress: { attempts: 5, minutes: 60 } },
  bookAppointment: { perAddress: { attempts: 10, minutes: 60 }, perAccount: { attempts: 5, minutes: 60 } },
  deleteAccount: { perAddress: { attempts: 10, minutes: 60 }, perAccount: { attempts: 5, minutes: 60 } },
  openGroup: { perAddress: { attempts: 10, minutes: 60 }, perAccount: { attempts: 5, minutes: 60 } },
} satisfies Record<string, { perAddress: Limit; perAccount?: Limit }>

export type LimitedAction = keyof typeof RATE_LIMITS

export type Attempt = { allowed: true } | { allowed: false; retryAfterMinutes: number }

/** A keyed hash: enough to count someone's attempts, useless to learn who they are. */
const keyOf = (action: LimitedAction, kind: string, value: string) =>
  createHmac('sha256', payloadSecret()).update(`${action}:${kind}:${value.trim().toLowerCase()}`).digest('hex')

/** No limit counts tries older than this. */
const LONGEST_WINDOW_MS =
  Math.max(
    ...Object.values(RATE_LIMITS as Record<string, { perAddress: Limit; perAccount?: Limit }>).flatMap(({ perAddress, perAccount }) => [
      perAddress.minutes,
      perAccount?.minutes ?? 0,
    ]),
  ) * 60_000
const FORGET_EVERY_MS = 10 * 60 * 1000
const lastForgotten = new WeakMap<Payload, number>()

/**
 * Deletes the tries every window has left, at most once every ten minutes per process. A key's
 * own expired tries go when it tries again, but most connections never come back: without
 * this the table would keep one row for every address that ever signed in.
 */
const forgetExpiredTries = (payload: Payload, now: Date): void => {
  if (now.getTime() - (lastForgotten.get(payload) ?? 0) < FORGET_EVERY_MS) return
  lastForgotten.set(payload, now.getTime())
  const before = new Date(now.getTime() - LONGEST_WINDOW_MS).toISOString()
  runSql(payload, sql`DELETE FROM rate_limit_hits WHERE created_at <= ${before}`).catch((error) =>
    payload.logger.warn({ err: error }, 'Expired rate-limit tries could not be deleted'),
  )
}

/** Counts one try under `key` if it is within `limit`; otherwise says when the oldest try in the window leaves it. */
const tryOnce = async (payload: Payload, key: string, limit: Limit): Promise<Attempt> => {
  const now = new Date()
  forgetExpiredTries(payload, now)
  const since = new Date(now.getTime() - limit.minutes * 60 * 1000)
  // One statement: forget tries older than the window, count the rest and record this one if
  // there is room. A refused try is not recorded, so waiting out the window always works.
  const [row] = await runSql<{ recent: number; oldest: string | null }>(
    payload,
    sql`WITH expired AS (DELETE FROM rate_limit_hits WHERE key = ${key} AND created_at <= ${since.toISOString()}),
         recent AS (SELECT created_at FROM rate_limit_hits WHERE key = ${key} AND created_at > ${since.toISOString()}),
         recorded AS (INSERT INTO rate_limit_hits (key, created_at, updated_at)
                      SELECT ${key}, ${now.toISOString()}, ${now.toISOString()} WHERE (SELECT count(*) FROM recent) < ${limit.attempts})
    SELECT (SELECT count(*)::int FROM recent) AS recent, (SELECT min(created_at) FROM recent) AS oldest`,
  )
  if (row!.recent < limit.attempts) return { allowed: true }
  const freeAt = new Date(row!.oldest!).getTime() + limit.minutes * 60 * 1000
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000)) }
}

/**
 * Records an attempt at `action` from `address` (and for `account`, where the action has a
 * per-account limit) and says whether it may go ahead.
 */
export const attempt = async (
  payload: Payload,
  action: LimitedAction,
  { address, account }: { address: string; account?: string },
): Promise<Attempt> => {
  const limits: { perAddress: Limit; perAccount?: Limit } = RATE_LIMITS[action]
  const byAddress = await tryOnce(payload, keyOf(action, 'address', address), limits.perAddress)
  if (!byAddress.allowed || !limits.perAccount || !account) return byAddress
  return tryOnce(payload, keyOf(action, 'account', account), limits.perAccount)
}

/**
 * Records a try at `action` under a keyed hash of `account` without counting anything: one
 * committed row, the same kind of write a counted try makes. Sign-in uses it so that an
 * unknown e-mail costs the database what a real account's wrong password does.
 */
export const recordTry = async (payload: Payload, action: LimitedAction, account: string): Promise<void> => {
  const now = new Date().toISOString()
  await runSql(
    payload,
    sql`INSERT INTO rate_limit_hits (key, created_at, updated_at) VALUES (${keyOf(action, 'account', account)}, ${now}, ${now})`,
  )
}

/**
 * Counts an attempt that reached Payload from the network (REST, GraphQL, or the site passing
 * on its visitor's address) and refuses it with 429, saying how many minutes to wait, once
 * over the limit. Calls from inside the server carry no address and are not counted.
 */
export const enforceLimit = async (req: PayloadRequest, action: LimitedAction, account?: string | null): Promise<void> => {
  const address = clientAddressOf(req)
  if (!address) return
  const outcome = await attempt(req.payload, action, { address, account: account ?? undefined })
  if (!outcome.allowed)
    throw new APIError(message(req, 'tooManyAttempts', { minutes: String(outcome.retryAfterMinutes) }), 429, undefined, true)
}
