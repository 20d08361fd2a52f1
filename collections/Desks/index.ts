import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { coordinatesFields, DAYS, slugField, validateTime } from '../../lib/fields'
import { districtLabel, label } from '../../lib/i18n'
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
          label: districtLabel,
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
      name: 'categories',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      label: label('Servizi su cui orienta', 'Services it helps with'),
      admin: {
        description: label(
          'Chi prenota da una scheda servizio vede gli Spazi che aiutano con la sua categoria.',
          'People booking from a service page see the desks that help with its category.',
        ),
      },
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
      name: 'booking',
      type: 'group',
      label: label('Appuntamenti', 'Appointments'),
      admin: {
        description: label(
          'Le fasce si pubblicano da sole negli orari di apertura, per le settimane indicate. Una fascia eliminata non torna.',
          'Slots are published by themselves within the opening hours, for the weeks given. A deleted slot does not come back.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'slotMinutes',
              type: 'number',
              label: label('Durata di una fascia (minuti)', 'Slot length (minutes)'),
              min: 10,
              max: 240,
              admin: { description: label('Vuoto: nessuna fascia automatica.', 'Empty: no automatic slots.') },
            },
            {
              name: 'placesPerSlot',
              type: 'number',
              label: label('Posti per fascia', 'Places per slot'),
              min: 1,
              max: 50,
              defaultValue: 1,
            },
            {
              name: 'weeksAhead',
              type: 'number',
              label: label('Settimane prenotabili', 'Weeks open for booking'),
              min: 1,
              max: 12,
              defaultValue: 4,
            },
          ],
        },
        {
          name: 'publishedUntil',
          type: 'text',
          label: label('Fasce pubblicate fino al', 'Slots published up to'),
          access: { create: () => false, update: () => false },
          admin: { readOnly: true },
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
