import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { nobody } from '../../access/nobody'
import { threadParties } from '../../access/threadParties'
import { centsField, DAYS, TIME_BANDS, threadSideFields, threadTitleField } from '../../lib/fields'
import { label } from '../../lib/i18n'

/**
 * An ente's offer in a thread. A new quote replaces the previous one, which stays on record as
 * superseded. Written only by the lifecycle's quote and requote transitions.
 */
export const Quotes: CollectionConfig = {
  slug: 'quotes',
  // Written only through the lifecycle, never edited in the admin: nothing to lock.
  lockDocuments: false,
  labels: { singular: label('Preventivo', 'Quote'), plural: label('Preventivi', 'Quotes') },
  admin: {
    useAsTitle: 'threadTitle',
    defaultColumns: ['thread', 'amountCents', 'validUntil', 'supersededAt', 'createdAt'],
    group: label('Richieste', 'Requests'),
    hidden: hiddenUnless('admin'),
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: threadParties, update: nobody, delete: nobody },
  fields: [
    threadTitleField(),
    ...threadSideFields(),
    {
      type: 'row',
      fields: [
        centsField('amountCents', label('Importo', 'Amount'), { required: true }),
        { name: 'validUntil', type: 'date', label: label('Valido fino al', 'Valid until'), required: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'periodStart', type: 'date', label: label('Dal', 'From'), required: true },
        { name: 'periodEnd', type: 'date', label: label('Al', 'To'), required: true },
      ],
    },
    { name: 'days', type: 'select', hasMany: true, label: label('Giorni', 'Days'), options: [...DAYS] },
    { name: 'timeBands', type: 'select', hasMany: true, label: label('Fasce orarie', 'Time bands'), options: [...TIME_BANDS] },
    { name: 'conditions', type: 'textarea', label: label('Condizioni', 'Conditions'), maxLength: 4000 },
    { name: 'attachment', type: 'relationship', relationTo: 'thread-files', label: label('Allegato', 'Attachment') },
    {
      name: 'supersededAt',
      type: 'date',
      label: label('Sostituito il', 'Superseded on'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
