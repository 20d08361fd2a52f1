import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { districtLabel, label } from '../../lib/i18n'

/**
 * One row per catalogue search, as evidence of what residents ask for. It records what was
 * searched and how many results came back, never who searched. The site writes it through a
 * server function; no API may create or change it.
 */
export const SearchLog: CollectionConfig = {
  slug: 'search-log',
  labels: { singular: label('Ricerca', 'Search'), plural: label('Registro delle ricerche', 'Search log') },
  admin: {
    useAsTitle: 'terms',
    defaultColumns: ['terms', 'district', 'resultCount', 'createdAt'],
    group: label('Analisi', 'Insights'),
    hidden: hiddenUnless('admin'),
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: isAdmin, update: nobody, delete: isAdmin },
  fields: [
    { name: 'terms', type: 'text', label: label('Parole cercate', 'Search terms'), maxLength: 200 },
    { name: 'filters', type: 'json', label: label('Filtri', 'Filters') },
    { name: 'district', type: 'relationship', relationTo: 'districts', label: districtLabel, index: true },
    { name: 'resultCount', type: 'number', label: label('Risultati', 'Results'), min: 0, required: true },
    { name: 'language', type: 'select', label: label('Lingua', 'Language'), options: ['it', 'en'] },
  ],
  timestamps: true,
}
