import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeLoginHook,
  type CollectionConfig,
  type CollectionRefreshHook,
  type Field,
  APIError,
  Forbidden,
  getFieldsToSign,
  jwtSign,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { isAdminField } from '../access/isAdmin'
import { label, message } from './i18n'
import { guardSignIn } from './sign-in'

type AuthSlug = 'users' | 'citizens'

/**
 * How long a session lives: it ends after `idleSeconds` without activity (each use slides it
 * on) and in any case `absoluteSeconds` after sign-in, however active.
 */
export const SESSION_LIMITS: Record<AuthSlug, { idleSeconds: number; absoluteSeconds: number }> = {
  citizens: { idleSeconds: 30 * 60, absoluteSeconds: 8 * 60 * 60 },
  users: { idleSeconds: 60 * 60, absoluteSeconds: 10 * 60 * 60 },
}

type StoredSession = { id: string; createdAt: Date | string; expiresAt: Date | string }
type StoredUser = { id: string; email: string; disabled?: boolean | null; sessions?: StoredSession[] | null }

/** When a session started at `createdAt` must end if used now: the sooner of its idle and absolute limits. */
export const sessionEnd = (slug: AuthSlug, createdAt: Date, now = new Date()): Date =>
  new Date(
    Math.min(now.getTime() + SESSION_LIMITS[slug].idleSeconds * 1000, createdAt.getTime() + SESSION_LIMITS[slug].absoluteSeconds * 1000),
  )

/**
 * Extends a session that is still alive: a new token for the same session record, valid until
 * the sooner of the idle and absolute limits. Null when the session is over (ended, expired,
 * past its absolute limit, or the account is disabled).
 */
export const slideSession = async (
  payload: Payload,
  slug: AuthSlug,
  userId: string,
  sid: string,
  req?: PayloadRequest,
): Promise<{ token: string; exp: number } | null> => {
  const user = await payload.db.findOne<StoredUser>({ collection: slug, where: { id: { equals: userId } }, req })
  const session = user?.sessions?.find((candidate) => candidate.id === sid)
  const now = new Date()
  if (!user || user.disabled || !session || new Date(session.expiresAt) <= now) return null
  const end = sessionEnd(slug, new Date(session.createdAt), now)
  if (end <= now) return null
  session.expiresAt = end
  await payload.db.updateOne({ collection: slug, id: user.id, data: { sessions: user.sessions }, req, returning: false })
  return signSessionToken(payload, slug, user, sid, Math.floor((end.getTime() - now.getTime()) / 1000))
}

/** The token of one session record, as Payload's own sign-in signs it, valid for `seconds`. */
export const signSessionToken = async (
  payload: Payload,
  slug: AuthSlug,
  user: { id: string; email: string },
  sid: string | undefined,
  seconds: number,
): Promise<{ token: string; exp: number }> => {
  const collectionConfig = payload.collections[slug].config
  const { token, exp } = await jwtSign({
    fieldsToSign: getFieldsToSign({ collectionConfig, email: user.email, sid, user: { ...user, collection: slug } as never }),
    secret: payload.secret,
    tokenExpiration: seconds,
  })
  return { token, exp }
}

/** Payload's own refresh (the admin panel keeps staff signed in with it) obeys the same limits. */
const refreshWithinLimits =
  (slug: AuthSlug): CollectionRefreshHook =>
  async ({ args }) => {
    const user = args.req.user as { id: string; _sid?: string } | null
    // Within the refresh's own transaction, which has already written this user's row.
    const slid = user?._sid ? await slideSession(args.req.payload, slug, String(user.id), user._sid, args.req) : null
    if (!slid) throw new Forbidden(args.req.t)
    return { exp: slid.exp, refreshedToken: slid.token, setCookie: true, strategy: 'local-jwt', user: args.req.user }
  }

/** A disabled account cannot sign in. */
const refuseDisabled: CollectionBeforeLoginHook = ({ req, user }) => {
  if ((user as StoredUser).disabled) throw new APIError(message(req, 'accountDisabled'), 403, undefined, true)
  return user
}

/** Disabling an account, or an admin asking for it, ends every session of the account at once. */
const endSessionsWhenAsked: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const { endSessions, ...rest } = data as { endSessions?: boolean; disabled?: boolean; sessions?: unknown }
  const disabling = rest.disabled === true && !(originalDoc as StoredUser | undefined)?.disabled
  return endSessions || disabling ? { ...rest, sessions: [] } : rest
}

/** Applies the session limits and account controls (sign-in's limit and uniform failures among them) to an auth collection. */
export const withSessionControls = (slug: AuthSlug, collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  auth: { ...(collection.auth as object), tokenExpiration: SESSION_LIMITS[slug].idleSeconds },
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), guardSignIn],
    beforeLogin: [...(collection.hooks?.beforeLogin ?? []), refuseDisabled],
    beforeChange: [...(collection.hooks?.beforeChange ?? []), endSessionsWhenAsked],
    refresh: [...(collection.hooks?.refresh ?? []), refreshWithinLimits(slug)],
  },
  fields: [...collection.fields, ...sessionControlFields],
})

const sessionControlFields: Field[] = [
  {
    name: 'disabled',
    type: 'checkbox',
    label: label('Account disattivato', 'Account disabled'),
    defaultValue: false,
    access: { create: isAdminField, update: isAdminField },
    admin: {
      position: 'sidebar',
      description: label('Chiude subito tutte le sessioni e impedisce l’accesso.', 'Ends every session at once and prevents signing in.'),
    },
  },
  {
    name: 'endSessions',
    type: 'checkbox',
    virtual: true,
    label: label('Chiudi tutte le sessioni al salvataggio', 'End every session on save'),
    access: { create: () => false, update: isAdminField, read: isAdminField },
    admin: { position: 'sidebar' },
  },
]
