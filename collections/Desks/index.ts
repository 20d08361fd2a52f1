import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { coordinatesFields, DAYS, slugField, validateTime } from '../../lib/fields'
import { label } from '../../lib/i18n'
import { readDesks, updateDesks } from './access/deskAccess'
import { checkOpeningHours } from './hooks/checkOpeningHours'

export const DESK_TOPICS = [
  { value: 'orientation', label: label('Orientamento ai servizi', 'Guidance on services') },
  { value: 'care-work', label: label('Tate, colf e badanti', 'Nannies, domestic and care workers') },
  { value: 'income-support', label: label('Sostegno al reddito', 'Income support') },
  { value: 'digital-identity', label: label('Aiuto con SPID e CIE', 'Help with SPID and CIE') },
  { value: 'internet-point', label: label('Postazioni internet', 'Internet stations') },
  { value: 'courses', label: label('Corsi e laboratori', 'Courses and workshops') },
  { value: 'housing', label: label('Residenzialità temporanea', 'Temporary housing') },
]

/** The neighbourhood desks (Spazi WeMi) where staff help residents in person. */
export const Desks: CollectionConfig = {
  slug: 'desks',
  labels: { singular: label('Spazio WeMi', 'WeMi desk'), plural: label('Spazi WeMi', 'WeMi desks') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'district', 'active'],
    group: label('Territorio', 'Neighbourhoods'),
    hidden: hiddenUnless('admin', 'operator'),
  },
  access: { create: isAdmin, read: readDesks, update: updateDesks, delete: isAdmin },
  hooks: { beforeChange: [checkOpeningHours] },
  fields: [
    { name: 'name', type: 'text', label: label('Nome', 'Name'), required: true },
    { name: 'description', type: 'textarea', label: label('Descrizione', 'Description'), localized: true },
    {
      type: 'row',
      fields: [
        { name: 'street', type: 'text', label: label('Indirizzo', 'Address'), required: true },
        { name: 'postcode', type: 'text', label: label('CAP', 'Postcode') },
        {
          name: 'district',
          type: 'relationship',
          relationTo: 'districts',
          label: label('Municipio', 'District'),
          required: true,
          index: true,
        },
      ],
    },
    ...coordinatesFields,
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: label('Telefono', 'Phone') },
        { name: 'email', type: 'email', label: label('E-mail', 'E-mail') },
      ],
    },
    {
      name: 'runBy',
      type: 'relationship',
      relationTo: 'organisations',
      label: label('Gestito da', 'Run by'),
    },
    {
      name: 'topics',
      type: 'select',
      hasMany: true,
      label: label('Di cosa si occupa', 'What it helps with'),
      options: DESK_TOPICS,
    },
    {
      name: 'openingHours',
      type: 'array',
      label: label('Orari di apertura', 'Opening hours'),
      labels: { singular: label('Fascia', 'Period'), plural: label('Fasce', 'Periods') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'day', type: 'select', label: label('Giorno', 'Day'), options: [...DAYS], required: true },
            { name: 'opens', type: 'text', label: label('Apre alle', 'Opens at'), required: true, validate: validateTime },
            { name: 'closes', type: 'text', label: label('Chiude alle', 'Closes at'), required: true, validate: validateTime },
          ],
        },
      ],
    },
    {
      name: 'active',
      type: 'checkbox',
      label: label('Aperto al pubblico', 'Open to the public'),
      defaultValue: true,
      admin: { position: 'sidebar' },
    },
    slugField('name'),
  ],
}
