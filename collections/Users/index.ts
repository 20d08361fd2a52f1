import type { CollectionConfig, FieldAccess } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { mayOpenAdmin } from '../../access/mayOpenAdmin'
import { servesHttps } from '../../lib/env'
import { LANGUAGES, label } from '../../lib/i18n'
import { withSessionControls } from '../../lib/sessions'
import { COMPANY_ROLES, DESK_ROLES, hasRole, ORGANISATION_ROLES, PERMISSIONS, ROLES, type Role } from '../../lib/roles'
import { readUsers } from './access/readUsers'
import { createUsers, deleteUsers, updateUsers } from './access/manageOwnOperators'
import { validateCompany, validateDesk, validateOrganisation, validateRoles } from './hooks/validateRoles'

const adminOrEnteAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'ente-admin')

const hasAnyRole = (data: { roles?: Role[] | null } | undefined, roles: readonly Role[]) =>
  (data?.roles ?? []).some((role) => roles.includes(role))

/** Staff who use the admin panel: city staff and the people of accredited organisations. */
export const Users: CollectionConfig = withSessionControls('users', {
  slug: 'users',
  labels: { singular: label('Utente staff', 'Staff user'), plural: label('Utenti staff', 'Staff users') },
  auth: {
    depth: 0,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: { sameSite: 'Lax', secure: servesHttps() },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'organisation'],
    group: label('Persone', 'People'),
    hidden: hiddenUnless('admin', 'ente-admin'),
  },
  access: {
    admin: mayOpenAdmin,
    create: createUsers,
    read: readUsers,
    update: updateUsers,
    delete: deleteUsers,
    unlock: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', label: label('Nome e cognome', 'Full name'), required: true },
    {
      name: 'roles',
      type: 'select',
      label: label('Ruoli', 'Roles'),
      hasMany: true,
      required: true,
      options: ROLES.map(({ value, label }) => ({ value, label })),
      access: { create: adminOrEnteAdminField, update: isAdminField },
      validate: validateRoles,
    },
    {
      name: 'permissions',
      type: 'select',
      label: label('Permessi', 'Permissions'),
      hasMany: true,
      options: PERMISSIONS.map(({ value, label }) => ({ value, label })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        condition: (data) => hasAnyRole(data, ['admin']),
        description: label(
          'Oltre al ruolo: i dati di Tate Colf Badanti li leggono solo gli amministratori con questo permesso.',
          'Beyond the role: only administrators with this permission read care-work data.',
        ),
      },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: label('Ente', 'Organisation'),
      index: true,
      access: { create: adminOrEnteAdminField, update: isAdminField },
      admin: { condition: (data) => hasAnyRole(data, ORGANISATION_ROLES) },
      validate: validateOrganisation,
    },
    {
      name: 'desk',
      type: 'relationship',
      relationTo: 'desks',
      label: label('Spazio WeMi', 'Help desk'),
      access: { create: isAdminField, update: isAdminField },
      admin: { condition: (data) => hasAnyRole(data, DESK_ROLES) },
      validate: validateDesk,
    },
    {
      name: 'company',
      type: 'relationship',
      relationTo: 'companies',
      label: label('Azienda', 'Company'),
      index: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { condition: (data) => hasAnyRole(data, COMPANY_ROLES) },
      validate: validateCompany,
    },
    {
      name: 'language',
      type: 'select',
      label: label('Lingua delle e-mail', 'Language of e-mails'),
      defaultValue: 'it',
      options: LANGUAGES.map((value) => ({ value, label: value === 'it' ? 'Italiano' : 'English' })),
    },
  ],
})
