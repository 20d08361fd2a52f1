import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { servesHttps } from '../../lib/env'
import { normaliseTaxCodeHook, validatePersonalFiscalCode } from '../../lib/fields'
import { LANGUAGES, label } from '../../lib/i18n'
import { selfOrAdmin } from './access/selfOrAdmin'

/**
 * Residents and families. They sign in on the public site, never in the admin panel, and are
 * identified by their codice fiscale.
 */
export const Citizens: CollectionConfig = {
  slug: 'citizens',
  labels: { singular: label('Cittadino', 'Citizen'), plural: label('Cittadini', 'Citizens') },
  auth: {
    depth: 0,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 2 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: servesHttps() },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['lastName', 'firstName', 'email', 'address.district'],
    group: label('Persone', 'People'),
    hidden: hiddenUnless('admin'),
  },
  access: {
    admin: () => false,
    create: isAdmin,
    read: selfOrAdmin,
    update: selfOrAdmin,
    delete: isAdmin,
    unlock: isAdmin,
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'firstName', type: 'text', label: label('Nome', 'First name') },
        { name: 'lastName', type: 'text', label: label('Cognome', 'Last name') },
      ],
    },
    {
      name: 'fiscalCode',
      type: 'text',
      label: label('Codice fiscale', 'Tax code (codice fiscale)'),
      unique: true,
      index: true,
      hooks: { beforeValidate: [normaliseTaxCodeHook] },
      validate: validatePersonalFiscalCode,
    },
    { name: 'phone', type: 'text', label: label('Telefono', 'Phone') },
    {
      name: 'address',
      type: 'group',
      label: label('Indirizzo', 'Address'),
      fields: [
        { name: 'street', type: 'text', label: label('Via e numero civico', 'Street and number') },
        { name: 'postcode', type: 'text', label: label('CAP', 'Postcode') },
        { name: 'district', type: 'relationship', relationTo: 'districts', label: label('Municipio', 'District') },
      ],
    },
    {
      name: 'language',
      type: 'select',
      label: label('Lingua preferita', 'Preferred language'),
      defaultValue: 'it',
      options: LANGUAGES.map((value) => ({ value, label: value === 'it' ? 'Italiano' : 'English' })),
    },
  ],
}
