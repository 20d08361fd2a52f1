import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { nobody, nobodyField } from '../../access/nobody'
import { label, LANGUAGES } from '../../lib/i18n'
import { prepareReport } from './hooks/prepareReport'
import { INEFFICIENCY_STATES } from './lifecycle'

/** What went wrong, as the reporter chooses it on the site and WeMi sorts the tickets by it. */
export const INEFFICIENCY_CATEGORIES = [
  {
    value: 'service-not-as-described',
    label: label('Il servizio non è stato erogato come descritto', 'The service was not delivered as described'),
  },
  { value: 'ente-conduct', label: label('Il comportamento di un ente o di un operatore', 'The conduct of an organisation or its staff') },
  { value: 'desk', label: label('Uno Spazio WeMi o lo sportello', 'A WeMi desk') },
  { value: 'website', label: label('Il sito o l’app', 'The website or app') },
  { value: 'accessibility', label: label('L’accessibilità', 'Accessibility') },
  { value: 'payments', label: label('I pagamenti o i voucher', 'Payments or vouchers') },
  { value: 'other', label: label('Altro', 'Other') },
] as const

export type InefficiencyCategory = (typeof INEFFICIENCY_CATEGORIES)[number]['value']

export const DESCRIPTION_LENGTH = { min: 20, max: 2000 } as const

/** What the reporter wrote stays as filed: it is the evidence the ticket is about. */
const asFiled = { update: nobodyField }
const serverOnly = { create: nobodyField, update: nobodyField }

/**
 * Disservices residents report on the site ("Segnala disservizio"), as tickets WeMi staff
 * answer by e-mail. The site files them through a server function, signed in or not; only
 * WeMi administrators read and handle them.
 */
export const InefficiencyReports: CollectionConfig = {
  slug: 'inefficiency-reports',
  labels: {
    singular: label('Segnalazione di disservizio', 'Inefficiency report'),
    plural: label('Segnalazioni di disservizio', 'Inefficiency reports'),
  },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'category', 'status', 'email', 'createdAt'],
    listSearchableFields: ['number', 'email', 'description'],
    group: label('Richieste', 'Requests'),
    hidden: hiddenUnless('admin'),
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeChange: [prepareReport] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          label: label('Numero', 'Number'),
          unique: true,
          index: true,
          access: serverOnly,
          admin: { readOnly: true },
        },
        {
          name: 'status',
          type: 'select',
          label: label('Stato', 'Status'),
          options: [...INEFFICIENCY_STATES],
          defaultValue: 'new',
          required: true,
          index: true,
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('La segnalazione', 'The report'),
      fields: [
        {
          name: 'category',
          type: 'select',
          label: label('Cosa non ha funzionato', 'What went wrong'),
          options: [...INEFFICIENCY_CATEGORIES],
          required: true,
          index: true,
          access: asFiled,
        },
        {
          type: 'row',
          fields: [
            { name: 'subject', type: 'text', label: label('Dove o che cosa', 'Where or what'), maxLength: 200, access: asFiled },
            { name: 'service', type: 'relationship', relationTo: 'services', label: label('Servizio', 'Service'), access: asFiled },
          ],
        },
        {
          name: 'description',
          type: 'textarea',
          label: label('Descrizione', 'Description'),
          required: true,
          minLength: DESCRIPTION_LENGTH.min,
          maxLength: DESCRIPTION_LENGTH.max,
          access: asFiled,
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('Chi segnala', 'Reported by'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: label('Nome', 'Name'), maxLength: 120, access: asFiled },
            { name: 'email', type: 'email', label: label('E-mail', 'E-mail'), required: true, access: asFiled },
            { name: 'language', type: 'select', label: label('Lingua', 'Language'), options: [...LANGUAGES], access: asFiled },
          ],
        },
        {
          name: 'citizen',
          type: 'relationship',
          relationTo: 'citizens',
          label: label('Account del cittadino', 'Citizen’s account'),
          index: true,
          access: asFiled,
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('Risposta di WeMi', 'WeMi’s reply'),
      fields: [
        {
          name: 'reply',
          type: 'textarea',
          label: label('Risposta', 'Reply'),
          maxLength: 4000,
          admin: {
            description: label(
              'Obbligatoria per passare a «Risposta inviata»: arriva per e-mail a chi ha segnalato.',
              'Required to move to “Answered”: it is e-mailed to the reporter.',
            ),
          },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'repliedAt',
              type: 'date',
              label: label('Risposta inviata il', 'Answered on'),
              access: serverOnly,
              admin: { readOnly: true },
            },
            {
              name: 'repliedBy',
              type: 'relationship',
              relationTo: 'users',
              label: label('Risposta di', 'Answered by'),
              access: serverOnly,
              admin: { readOnly: true },
            },
          ],
        },
      ],
    },
  ],
}
