import type { Validate } from 'payload'

import { message } from '../../../lib/i18n'
import { relationId } from '../../../lib/relations'
import { COMPANY_ROLES, DESK_ROLES, hasRole, ORGANISATION_ROLES, organisationOf, type Role } from '../../../lib/roles'

type UserData = { roles?: Role[] | null; organisation?: unknown; desk?: unknown; company?: unknown }

const actsBelowAdmin = (user: unknown): boolean => Boolean(user) && !hasRole(user, 'admin')

/**
 * An organisation or company role is the whole of an account: people of an ente or a company are not city staff.
 * Below admin, the only account one can create is a home-care operator.
 */
export const validateRoles: Validate<string[], UserData> = (value, { req, operation }) => {
  const roles = (value ?? []) as Role[]
  if (roles.length === 0) return req.t('validation:required')
  if (roles.some((role) => ORGANISATION_ROLES.includes(role)) && roles.length > 1) {
    return message(req, 'onlyOperatorRole')
  }
  if (roles.some((role) => COMPANY_ROLES.includes(role)) && roles.length > 1) return message(req, 'companyRoleAlone')
  if (operation === 'create' && actsBelowAdmin(req.user) && !(roles.length === 1 && roles[0] === 'ente-operator')) {
    return message(req, 'onlyOperatorRole')
  }
  return true
}

export const validateOrganisation: Validate<unknown, UserData> = (value, { req, data, operation }) => {
  const roles = data?.roles ?? []
  const organisation = relationId(value)
  if (roles.some((role) => ORGANISATION_ROLES.includes(role)) && !organisation) {
    return message(req, 'organisationRequired')
  }
  if (operation === 'create' && actsBelowAdmin(req.user) && organisation !== organisationOf(req.user)) {
    return message(req, 'ownOrganisationOnly')
  }
  return true
}

export const validateDesk: Validate<unknown, UserData> = (value, { req, data }) => {
  const roles = data?.roles ?? []
  return roles.some((role) => DESK_ROLES.includes(role)) && !relationId(value) ? message(req, 'deskRequired') : true
}

export const validateCompany: Validate<unknown, UserData> = (value, { req, data }) => {
  const roles = data?.roles ?? []
  return roles.some((role) => COMPANY_ROLES.includes(role)) && !relationId(value) ? message(req, 'companyRequired') : true
}
