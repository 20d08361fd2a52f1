import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { nobody } from '../../access/nobody'
import { threadParties } from '../../access/threadParties'
import { label } from '../../lib/i18n'
import { THREAD_STATES } from './states'
import { onlyByLifecycle } from './hooks/statusOnlyByLifecycle'

const deadline = (name: string, fieldLabel: ReturnType<typeof label>) => ({
  name,
  type: 'date' as const,
  label: fieldLabel,
  admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' as const } },
})

/**
 * One ente's side of a request: its quotes, messages and payment move through the lifecycle
 * table in plugins/requests, which is the only code that writes here.
 */
export const Threads: CollectionConfig = {
  slug: 'threads',
  // Written only through the lifecycle, never edited in the admin: nothing to lock.
  lockDocuments: false,
  labels: { singular: label('Richiesta ricevuta', 'Request received'), plural: label('Richieste ricevute', 'Requests received') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'reference', 'status', 'respondBy', 'updatedAt'],
    group: label('Richieste', 'Requests'),
    hidden: hiddenUnless('admin', 'ente-admin', 'ente-operator'),
    listSearchableFields: ['reference', 'title'],
  },
  defaultSort: '-updatedAt',
  access: { create: nobody, read: threadParties, update: nobody, delete: nobody },
  hooks: { beforeChange: [onlyByLifecycle] },
  fields: [
    {
      name: 'conversation',
      type: 'ui',
      label: label('Conversazione', 'Conversation'),
      admin: { components: { Field: '/components/admin/ThreadPanel#ThreadPanel' } },
    },
    { name: 'reference', type: 'text', label: label('Codice', 'Reference'), required: true, unique: true, admin: { readOnly: true } },
    {
      name: 'title',
      type: 'text',
      label: label('Richiedente e servizio', 'Resident and service'),
      admin: { readOnly: true },
      // Threads opened before titles existed are known by their reference.
      hooks: { afterRead: [({ value, siblingData }) => value || siblingData?.reference] },
    },
    {
      name: 'status',
      type: 'select',
      label: label('Stato', 'Status'),
      options: THREAD_STATES.map(({ value, label: text }) => ({ value, label: text })),
      required: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'request',
          type: 'relationship',
          relationTo: 'requests',
          label: label('Richiesta', 'Request'),
          required: true,
          index: true,
          admin: { readOnly: true },
        },
        {
          name: 'service',
          type: 'relationship',
          relationTo: 'services',
          label: label('Servizio', 'Service'),
          required: true,
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'citizen',
          type: 'relationship',
          relationTo: 'citizens',
          label: label('Cittadino', 'Citizen'),
          required: true,
          index: true,
          // Named by the title instead: an ente cannot open the citizen's record, and would read an id.
          admin: { hidden: true },
        },
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'organisations',
          label: label('Ente', 'Organisation'),
          required: true,
          index: true,
          admin: { readOnly: true },
        },
      ],
    },
    {
      // A member's share of a shared group, paid through this thread.
      name: 'group',
      type: 'relationship',
      relationTo: 'groups',
      label: label('Gruppo condiviso', 'Shared group'),
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'quote',
      type: 'relationship',
      relationTo: 'quotes',
      label: label('Preventivo in vigore', 'Current quote'),
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        deadline('respondBy', label('Rispondere entro', 'Answer by')),
        deadline('payBy', label('Pagare entro', 'Pay by')),
        deadline('reviewBy', label('Recensire entro', 'Review by')),
      ],
    },
    {
      type: 'row',
      fields: [
        deadline('reviewClosedAt', label('Recensioni chiuse il', 'Review window closed on')),
        deadline('closedAt', label('Chiusa il', 'Closed on')),
      ],
    },
    {
      name: 'note',
      type: 'textarea',
      label: label('Motivazione', 'Reason'),
      admin: {
        readOnly: true,
        description: label('Motivo del rifiuto, dell’annullamento o della contestazione.', 'Why it was declined, cancelled or disputed.'),
      },
    },
  ],
}
