import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { slugField } from '../../lib/fields'
import { label } from '../../lib/i18n'

/** The city's districts (Milano: its 9 Municipi). Another city loads its own list. */
export const Districts: CollectionConfig = {
  slug: 'districts',
  labels: { singular: label('Municipio', 'District'), plural: label('Municipi', 'Districts') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'number'], group: label('Catalogo', 'Catalogue'), hidden: hiddenUnless('admin') },
  defaultSort: 'number',
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', label: label('Nome', 'Name'), required: true },
    { name: 'number', type: 'number', label: label('Numero', 'Number'), required: true, unique: true, min: 1 },
    {
      name: 'adjacent',
      type: 'relationship',
      relationTo: 'districts',
      hasMany: true,
      label: label('Municipi confinanti', 'Neighbouring districts'),
      admin: {
        description: label(
          'Suggeriti a chi non trova un servizio nel proprio municipio.',
          'Suggested to people who find no service in their own district.',
        ),
      },
    },
    {
      name: 'neighbourhoods',
      type: 'text',
      hasMany: true,
      label: label('Quartieri', 'Neighbourhoods'),
    },
    slugField('name'),
  ],
}
