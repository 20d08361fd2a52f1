import type { CollectionConfig } from 'payload'

import { authorOrEnte, groupMessagesReaders } from '../../access/groupMembership'
import { hiddenUnless } from '../../access/hiddenUnless'
import { nobody } from '../../access/nobody'
import { label } from '../../lib/i18n'
import { MAX_MESSAGE_LENGTH } from '../Messages'

/** What a group's members and its ente write to all of it (through the group lifecycle). */
export const GroupMessages: CollectionConfig = {
  slug: 'group-messages',
  lockDocuments: false,
  labels: { singular: label('Messaggio al gruppo', 'Group message'), plural: label('Messaggi ai gruppi', 'Group messages') },
  admin: {
    useAsTitle: 'authorName',
    defaultColumns: ['group', 'authorName', 'createdAt'],
    group: label('Richieste', 'Requests'),
    hidden: hiddenUnless('admin'),
  },
  defaultSort: 'createdAt',
  access: { create: nobody, read: groupMessagesReaders, update: nobody, delete: nobody },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'group', type: 'relationship', relationTo: 'groups', label: label('Gruppo', 'Group'), required: true, index: true },
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'organisations',
          label: label('Ente', 'Organisation'),
          required: true,
          index: true,
        },
      ],
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: ['citizens', 'users'],
      label: label('Autore', 'Author'),
      required: true,
      // Other members know the author by name only.
      access: { read: authorOrEnte },
      admin: { hidden: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'authorName', type: 'text', label: label('Scritto da', 'Written by'), required: true },
        {
          name: 'authorParty',
          type: 'select',
          label: label('Ruolo', 'Role'),
          required: true,
          options: [
            { value: 'member', label: label('Membro', 'Member') },
            { value: 'ente', label: label('Ente', 'Organisation') },
            { value: 'admin', label: label('WeMi', 'WeMi') },
          ],
        },
      ],
    },
    { name: 'body', type: 'textarea', label: label('Testo', 'Text'), required: true, maxLength: MAX_MESSAGE_LENGTH },
  ],
}
