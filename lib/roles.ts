import { label } from './i18n'
import { relationId } from './relations'

/**
 * The staff roles, in one list. Citizens are not a role: they live in their own auth
 * collection and never reach the admin panel.
 */
export const ROLES = [
  { value: 'admin', label: label('Amministratore WeMi', 'WeMi administrator') },
  { value: 'editor', label: label('Redazione', 'Editor') },
  { value: 'operator', label: label('Operatore di sportello', 'Help-desk operator') },
  { value: 'ente-admin', label: label('Amministratore di ente', 'Organisation administrator') },
  { value: 'ente-operator', label: label('Operatore domiciliare', 'Home-care operator') },
  { value: 'company-hr', label: label('Welfare aziendale (HR)', 'Company welfare (HR)') },
] as const

export type Role = (typeof ROLES)[number]['value']

/**
 * What a WeMi administrator may do beyond the role itself. Care work holds the most sensitive
 * data in the system (the health of the people cared for, residence permits), so reading it is
 * a permission given by name, not a consequence of being an administrator.
 */
export const PERMISSIONS = [{ value: 'care-work', label: label('Tate, colf e badanti', 'Nannies, domestic and care workers') }] as const

export type Permission = (typeof PERMISSIONS)[number]['value']

/** Roles that belong to one organisation (ente). */
export const ORGANISATION_ROLES: readonly Role[] = ['ente-admin', 'ente-operator']

/** Roles that belong to one company buying welfare credit for its staff. */
export const COMPANY_ROLES: readonly Role[] = ['company-hr']

/** Roles that belong to one help desk (Spazio WeMi). */
export const DESK_ROLES: readonly Role[] = ['operator']

type Relation = string | { id: string } | null | undefined

/** The signed-in party as access rules and hooks see it. */
export type Actor =
  | {
      collection: 'users'
      id: string
      roles?: Role[] | null
      permissions?: Permission[] | null
      organisation?: Relation
      desk?: Relation
      company?: Relation
    }
  | { collection: 'citizens'; id: string }

const asActor = (user: unknown): Actor | null => {
  if (!user || typeof user !== 'object') return null
  const { collection } = user as { collection?: unknown }
  return collection === 'users' || collection === 'citizens' ? (user as Actor) : null
}

/** Signed in with a staff account (the users collection), whatever roles it holds. */
export const isStaffAccount = (user: unknown): boolean => asActor(user)?.collection === 'users'

export const isCitizen = (user: unknown): boolean => asActor(user)?.collection === 'citizens'

export const hasRole = (user: unknown, ...roles: Role[]): boolean => {
  const actor = asActor(user)
  return actor?.collection === 'users' && (actor.roles ?? []).some((role) => roles.includes(role))
}

/** A WeMi administrator holding the permission (only administrators hold any). */
export const hasPermission = (user: unknown, permission: Permission): boolean =>
  hasRole(user, 'admin') && ((asActor(user) as { permissions?: Permission[] | null }).permissions ?? []).includes(permission)

/** The organisation a staff member works for, when their role binds them to one. */
export const organisationOf = (user: unknown): string | null => {
  const actor = asActor(user)
  if (actor?.collection !== 'users' || !hasRole(actor, ...ORGANISATION_ROLES)) return null
  return relationId(actor.organisation)
}

/** The company an HR member buys welfare credit for. */
export const companyOf = (user: unknown): string | null => {
  const actor = asActor(user)
  if (actor?.collection !== 'users' || !hasRole(actor, ...COMPANY_ROLES)) return null
  return relationId(actor.company)
}

/** The help desk an operator works at. */
export const deskOf = (user: unknown): string | null => {
  const actor = asActor(user)
  if (actor?.collection !== 'users' || !hasRole(actor, ...DESK_ROLES)) return null
  return relationId(actor.desk)
}

/** Who is acting, for workflow tables: a role, a citizen, or the system itself (no user). */
export type ActorKind = Role | 'citizen' | 'system'

export const actorKinds = (user: unknown): ActorKind[] => {
  const actor = asActor(user)
  if (!actor) return ['system']
  if (actor.collection === 'citizens') return ['citizen']
  return [...(actor.roles ?? [])]
}
