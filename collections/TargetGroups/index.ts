import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { slugField } from '../../lib/fields'
import { label } from '../../lib/i18n'

/** Who a service is for: older people, children, people with disabilities, families… */
export const TargetGroups: CollectionConfig = {
  slug: 'target-groups',
  labels: { singular: label('Destinatari', 'Target group'), plural: label('Destinatari', 'Target groups') },
  admin: { useAsTitle: 'name', group: label('Catalogo', 'Catalogue'), hidden: hiddenUnless('admin') },
  defaultSort: 'order',
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', label: label('Nome', 'Name'), required: true, localized: true },
    { name: 'description', type: 'textarea', label: label('Descrizione', 'Description'), localized: true },
    { name: 'order', type: 'number', label: label('Ordine', 'Order'), defaultValue: 0 },
    slugField('name'),
  ],
}
