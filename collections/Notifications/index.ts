import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { nobody, nobodyField } from '../../access/nobody'
import { threadTitleField } from '../../lib/fields'
import { label } from '../../lib/i18n'
import { NOTIFICATION_KINDS } from './kinds'
import { markNotifications, readNotifications } from './access/notificationAccess'

const written = { create: nobodyField, update: nobodyField }

/**
 * What happened in a thread that its citizen or its ente should know: listed in the citizen's
 * area and the ente's inbox, and sent by e-mail by a job.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  // Written only through the lifecycle, never edited in the admin: nothing to lock.
  lockDocuments: false,
  labels: { singular: label('Notifica', 'Notification'), plural: label('Notifiche', 'Notifications') },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'kind', 'readAt', 'createdAt'],
    group: label('Richieste', 'Requests'),
    hidden: hiddenUnless('admin', 'ente-admin', 'ente-operator'),
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: readNotifications, update: markNotifications, delete: nobody },
  fields: [
    threadTitleField(),
    {
      // What it is about, as its list names it: the thread's title, or the group's. Written with
      // the notification (a title cannot follow two relationships) and erased with it.
      name: 'subject',
      type: 'text',
      label: label('Oggetto', 'Subject'),
      access: written,
      admin: { readOnly: true },
    },
    {
      name: 'kind',
      type: 'select',
      label: label('Tipo', 'Kind'),
      options: NOTIFICATION_KINDS.map(({ value, title }) => ({ value, label: title })),
      required: true,
      access: written,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'citizen',
          type: 'relationship',
          relationTo: 'citizens',
          label: label('Cittadino', 'Citizen'),
          index: true,
          access: written,
        },
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'organisations',
          label: label('Ente', 'Organisation'),
          index: true,
          access: written,
        },
        { name: 'thread', type: 'relationship', relationTo: 'threads', label: label('Richiesta', 'Request'), access: written },
        { name: 'group', type: 'relationship', relationTo: 'groups', label: label('Gruppo', 'Group'), access: written },
        {
          name: 'careRequest',
          type: 'relationship',
          relationTo: 'care-requests',
          label: label('Richiesta Tate Colf Badanti', 'Care-work request'),
          access: written,
        },
        {
          name: 'housingApplication',
          type: 'relationship',
          relationTo: 'housing-applications',
          label: label('Domanda di alloggio', 'Housing application'),
          access: written,
        },
      ],
    },
    { name: 'readAt', type: 'date', label: label('Letta il', 'Read on'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'email',
      type: 'group',
      label: label('E-mail', 'E-mail'),
      access: written,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'status',
              type: 'select',
              label: label('Stato', 'Status'),
              options: [
                { value: 'pending', label: label('Da inviare', 'To send') },
                { value: 'sending', label: label('In invio', 'Sending') },
                { value: 'sent', label: label('Inviata', 'Sent') },
                { value: 'failed', label: label('Non inviata', 'Failed') },
                { value: 'none', label: label('Nessun indirizzo', 'No address') },
              ],
              index: true,
            },
            { name: 'sentAt', type: 'date', label: label('Inviata il', 'Sent on') },
            { name: 'error', type: 'text', label: label('Errore', 'Error') },
          ],
        },
      ],
    },
    {
      name: 'dedupeKey',
      type: 'text',
      unique: true,
      access: written,
      admin: { hidden: true },
    },
  ],
}
