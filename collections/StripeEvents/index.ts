import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { label } from '../../lib/i18n'

/** Every payment event already processed, so that one delivered twice is processed once. */
export const StripeEvents: CollectionConfig = {
  slug: 'stripe-events',
  // Written only through the lifecycle, never edited in the admin: nothing to lock.
  lockDocuments: false,
  labels: { singular: label('Evento di pagamento', 'Payment event'), plural: label('Eventi di pagamento', 'Payment events') },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['eventId', 'type', 'objectId', 'createdAt'],
    group: label('Pagamenti', 'Payments'),
    hidden: hiddenUnless('admin'),
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: isAdmin, update: nobody, delete: nobody },
  fields: [
    { name: 'eventId', type: 'text', label: label('Evento', 'Event'), required: true, unique: true },
    { name: 'type', type: 'text', label: label('Tipo', 'Type'), required: true },
    { name: 'objectId', type: 'text', label: label('Oggetto', 'Object'), index: true },
  ],
}
