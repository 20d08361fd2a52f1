import type { CollectionConfig, FieldAccess } from 'payload'

import { anyone } from '../../access/anyone'
import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { LANGUAGES, label } from '../../lib/i18n'
import { isStaffAccount } from '../../lib/roles'
import { DESK_TOPICS } from '../Desks'
import { appointmentParties } from './access/appointmentParties'
import { recordOutcome } from './endpoints/recordOutcome'
import { holdPlace, releasePlace } from './hooks/holdPlace'
import { limitBookings } from './hooks/limitBookings'

export const APPOINTMENT_STATUSES = [
  { value: 'booked', label: label('Prenotato', 'Booked') },
  { value: 'cancelled', label: label('Annullato', 'Cancelled') },
  { value: 'attended', label: label('Presentato/a', 'Attended') },
  { value: 'missed', label: label('Non presentato/a', 'Did not come') },
]

const nobodyWrites = { create: () => false, update: () => false }
const staffOnly: FieldAccess = ({ req }) => isStaffAccount(req.user)

/**
 * A resident's appointment at a desk (Spazio WeMi), in one slot. Anyone may book (the desks
 * serve people without an account too); the slot's count of places is taken and given back
 * in the same transaction (hooks/holdPlace.ts).
 */
export const Appointments: CollectionConfig = {
  slug: 'appointments',
  labels: { singular: label('Appuntamento', 'Appointment'), plural: label('Appuntamenti', 'Appointments') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slot', 'topic', 'status'],
    group: label('Territorio', 'Neighbourhoods'),
    hidden: hiddenUnless('admin', 'operator'),
    components: { beforeListTable: ['/components/admin/DeskDay#DeskDay'] },
  },
  access: { read: appointmentParties, create: anyone, update: appointmentParties, delete: isAdmin },
  hooks: { beforeOperation: [limitBookings], beforeChange: [holdPlace], afterDelete: [releasePlace] },
  endpoints: [recordOutcome],
  fields: [
    { name: 'slot', type: 'relationship', relationTo: 'desk-slots', label: label('Fascia', 'Slot'), required: true, index: true },
    {
      name: 'desk',
      type: 'relationship',
      relationTo: 'desks',
      label: label('Spazio WeMi', 'WeMi desk'),
      index: true,
      access: nobodyWrites,
      admin: { readOnly: true },
    },
    { name: 'topic', type: 'select', label: label('Argomento', 'Topic'), options: DESK_TOPICS, required: true },
    { name: 'reason', type: 'textarea', label: label('Motivo', 'Reason'), maxLength: 1000 },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: label('Nome e cognome', 'Full name'), required: true, maxLength: 120 },
        { name: 'email', type: 'email', label: label('E-mail', 'E-mail'), required: true },
        { name: 'phone', type: 'text', label: label('Telefono', 'Phone'), maxLength: 40 },
      ],
    },
    {
      name: 'citizen',
      type: 'relationship',
      relationTo: 'citizens',
      label: label('Cittadino', 'Citizen'),
      index: true,
      // A citizen's own bookings are theirs by sign-in; desk staff may book for someone.
      access: { create: staffOnly, update: () => false },
    },
    { name: 'language', type: 'select', label: label('Lingua', 'Language'), options: [...LANGUAGES], defaultValue: 'it' },
    {
      name: 'status',
      type: 'select',
      label: label('Stato', 'Status'),
      defaultValue: 'booked',
      options: APPOINTMENT_STATUSES,
      access: { create: () => false },
      admin: { position: 'sidebar' },
    },
    {
      name: 'cancelledAt',
      type: 'date',
      label: label('Annullato il', 'Cancelled on'),
      access: nobodyWrites,
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
