import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { nobody } from '../../access/nobody'
import { threadParties } from '../../access/threadParties'
import { threadSideFields, threadTitleField } from '../../lib/fields'
import { label } from '../../lib/i18n'

export const MAX_MESSAGE_LENGTH = 4000

/** What the citizen and the ente write to each other in a thread (through the lifecycle). */
export const Messages: CollectionConfig = {
  slug: 'messages',
  // Written only through the lifecycle, never edited in the admin: nothing to lock.
  lockDocuments: false,
  labels: { singular: label('Messaggio', 'Message'), plural: label('Messaggi', 'Messages') },
  admin: {
    useAsTitle: 'threadTitle',
    defaultColumns: ['thread', 'author', 'createdAt'],
    group: label('Richieste', 'Requests'),
    hidden: hiddenUnless('admin'),
  },
  defaultSort: 'createdAt',
  access: { create: nobody, read: threadParties, update: nobody, delete: nobody },
  fields: [
    threadTitleField(),
    ...threadSideFields(),
    {
      type: 'row',
      fields: [
        { name: 'author', type: 'relationship', relationTo: ['citizens', 'users'], label: label('Autore', 'Author'), required: true },
        {
          name: 'authorParty',
          type: 'select',
          label: label('Scritto da', 'Written by'),
          required: true,
          options: [
            { value: 'citizen', label: label('Cittadino', 'Citizen') },
            { value: 'ente', label: label('Ente', 'Organisation') },
            { value: 'admin', label: label('WeMi', 'WeMi') },
          ],
        },
      ],
    },
    { name: 'body', type: 'textarea', label: label('Testo', 'Text'), required: true, maxLength: MAX_MESSAGE_LENGTH },
    {
      name: 'attachments',
      type: 'relationship',
      relationTo: 'thread-files',
      hasMany: true,
      maxRows: 5,
      label: label('Allegati', 'Attachments'),
    },
  ],
}
