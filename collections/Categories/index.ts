import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { slugField } from '../../lib/fields'
import { label } from '../../lib/i18n'
import { keepTwoLevels } from './hooks/keepTwoLevels'

/** The catalogue's two-level tree: areas (no parent) and the categories inside them. */
export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: label('Categoria', 'Category'), plural: label('Categorie', 'Categories') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'parent', 'order'],
    group: label('Catalogo', 'Catalogue'),
    hidden: hiddenUnless('admin'),
  },
  defaultSort: 'order',
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeChange: [keepTwoLevels] },
  fields: [
    { name: 'name', type: 'text', label: label('Nome', 'Name'), required: true, localized: true },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'categories',
      label: label('Area', 'Area'),
      index: true,
      admin: {
        description: label(
          'Vuoto per un’area; altrimenti l’area a cui appartiene.',
          'Empty for an area; otherwise the area it belongs to.',
        ),
      },
      filterOptions: { parent: { exists: false } },
    },
    { name: 'description', type: 'textarea', label: label('Descrizione', 'Description'), localized: true },
    {
      type: 'row',
      fields: [
        { name: 'icon', type: 'text', label: label('Icona', 'Icon'), admin: { description: 'Bootstrap Italia, es. it-user' } },
        { name: 'order', type: 'number', label: label('Ordine', 'Order'), defaultValue: 0 },
      ],
    },
    slugField('name'),
  ],
}
