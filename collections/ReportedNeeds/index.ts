import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { districtLabel, label, LANGUAGES } from '../../lib/i18n'

/**
 * Needs that residents report when the catalogue has nothing for them ("Segnala un bisogno"),
 * as evidence for the city's planning. The site stores them through a server function, with
 * no account; the contact e-mail is optional.
 */
export const ReportedNeeds: CollectionConfig = {
  slug: 'reported-needs',
  labels: { singular: label('Bisogno segnalato', 'Reported need'), plural: label('Bisogni segnalati', 'Reported needs') },
  admin: {
    useAsTitle: 'description',
    defaultColumns: ['description', 'category', 'district', 'createdAt', 'reviewed'],
    group: label('Analisi', 'Insights'),
    hidden: hiddenUnless('admin'),
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'description', type: 'textarea', label: label('Di cosa c’è bisogno', 'What is needed'), required: true, maxLength: 1000 },
    { name: 'terms', type: 'text', label: label('Ricerca di partenza', 'Search it came from'), maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'category', type: 'relationship', relationTo: 'categories', label: label('Categoria', 'Category') },
        { name: 'district', type: 'relationship', relationTo: 'districts', label: districtLabel, index: true },
      ],
    },
    { name: 'email', type: 'email', label: label('E-mail per essere ricontattati', 'E-mail to be contacted') },
    { name: 'language', type: 'select', label: label('Lingua', 'Language'), options: [...LANGUAGES] },
    { name: 'reviewed', type: 'checkbox', label: label('Esaminato', 'Reviewed'), defaultValue: false, admin: { position: 'sidebar' } },
  ],
}
