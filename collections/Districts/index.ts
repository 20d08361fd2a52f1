import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { slugField } from '../../lib/fields'
import { cityLabel, districtLabel, districtsLabel, label } from '../../lib/i18n'

/** The city's districts, named as its profile names them. Another city loads its own list. */
export const Districts: CollectionConfig = {
  slug: 'districts',
  labels: { singular: districtLabel, plural: districtsLabel },
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
      label: cityLabel('{{DistrictsWord}} confinanti', 'Neighbouring {{districtsWord}}'),
      admin: {
        description: label('Suggeriti a chi non trova un servizio vicino a casa.', 'Suggested to people who find no service near home.'),
      },
    },
    {
      name: 'neighbourhoods',
      type: 'text',
      hasMany: true,
      label: label('Zone', 'Neighbourhoods'),
    },
    slugField('name'),
  ],
}
