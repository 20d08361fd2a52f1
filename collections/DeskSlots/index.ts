import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { hiddenUnless } from '../../access/hiddenUnless'
import { label } from '../../lib/i18n'
import { manageDeskSlots } from './access/manageDeskSlots'
import { checkSlot, keepBookedSlot } from './hooks/checkSlot'
import { keepToOwnDesk } from './hooks/keepToOwnDesk'

/**
 * The times a desk (Spazio WeMi) receives residents by appointment, each for up to `capacity`
 * people. `booked` is kept by the database as appointments are made and cancelled: nobody
 * writes it through the API.
 */
export const DeskSlots: CollectionConfig = {
  slug: 'desk-slots',
  labels: { singular: label('Fascia di appuntamento', 'Appointment slot'), plural: label('Fasce di appuntamento', 'Appointment slots') },
  admin: {
    useAsTitle: 'startsAt',
    defaultColumns: ['desk', 'startsAt', 'endsAt', 'capacity', 'booked'],
    group: label('Territorio', 'Neighbourhoods'),
    hidden: hiddenUnless('admin', 'operator'),
  },
  access: { read: anyone, create: manageDeskSlots, update: manageDeskSlots, delete: manageDeskSlots },
  hooks: { beforeValidate: [keepToOwnDesk], beforeChange: [checkSlot], beforeDelete: [keepBookedSlot] },
  // One slot per desk and start: publishing slots twice never doubles them.
  indexes: [{ fields: ['desk', 'startsAt'], unique: true }],
  fields: [
    { name: 'desk', type: 'relationship', relationTo: 'desks', label: label('Spazio WeMi', 'WeMi desk'), required: true },
    // Not in a row: Payload formats a date used as the title only when it is a top-level field.
    {
      name: 'startsAt',
      type: 'date',
      label: label('Inizio', 'Starts'),
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'endsAt', type: 'date', label: label('Fine', 'Ends'), required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      type: 'row',
      fields: [
        { name: 'capacity', type: 'number', label: label('Posti', 'Places'), required: true, min: 1, max: 50, defaultValue: 1 },
        {
          name: 'booked',
          type: 'number',
          label: label('Prenotati', 'Booked'),
          defaultValue: 0,
          access: { create: () => false, update: () => false },
          admin: { readOnly: true },
        },
      ],
    },
  ],
}
