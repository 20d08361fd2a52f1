import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { label } from '../../lib/i18n'
import { IO_MESSAGE_STATUSES, IO_NOTICES } from './notices'

/**
 * The notices sent, or to be sent, to residents in App IO: what each was about and what IO
 * answered. Written only by the server (plugins/app-io); WeMi admins read it to answer a
 * resident who says a message never came. It holds no words of the message, only what it
 * was about, and goes with the resident's account.
 */
export const IoMessages: CollectionConfig = {
  slug: 'io-messages',
  lockDocuments: false,
  labels: { singular: label('Messaggio App IO', 'App IO message'), plural: label('Messaggi App IO', 'App IO messages') },
  admin: {
    defaultColumns: ['createdAt', 'citizen', 'notice', 'status', 'attempts'],
    group: label('Richieste', 'Requests'),
    hidden: hiddenUnless('admin'),
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: isAdmin, update: nobody, delete: nobody },
  fields: [
    {
      name: 'citizen',
      type: 'relationship',
      relationTo: 'citizens',
      label: label('Cittadino', 'Citizen'),
      required: true,
      index: true,
    },
    {
      name: 'notice',
      type: 'select',
      label: label('Avviso', 'Notice'),
      options: IO_NOTICES.map(({ value, label: noticeLabel }) => ({ value, label: noticeLabel })),
      required: true,
    },
    {
      type: 'row',
      fields: [
        { name: 'notification', type: 'relationship', relationTo: 'notifications', label: label('Notifica', 'Notification') },
        { name: 'appointment', type: 'relationship', relationTo: 'appointments', label: label('Appuntamento', 'Appointment') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          label: label('Stato', 'Status'),
          options: [...IO_MESSAGE_STATUSES],
          required: true,
          defaultValue: 'queued',
          index: true,
        },
        { name: 'attempts', type: 'number', label: label('Tentativi', 'Attempts'), defaultValue: 0 },
        { name: 'sentAt', type: 'date', label: label('Inviato il', 'Sent on'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'ioId', type: 'text', label: label('Identificativo in App IO', 'App IO message id') },
    { name: 'error', type: 'text', label: label('Errore', 'Error') },
    {
      // One message per notice: a notification, or an appointment's change to one slot.
      name: 'dedupeKey',
      type: 'text',
      unique: true,
      admin: { hidden: true },
    },
  ],
}
