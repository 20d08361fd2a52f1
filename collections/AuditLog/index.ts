import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { label } from '../../lib/i18n'

/** Who changed what, and when: the trail plugins/audit writes for the collections it is given. */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: label('Operazione', 'Action'), plural: label('Registro delle operazioni', 'Audit log') },
  admin: {
    defaultColumns: ['createdAt', 'actor', 'action', 'collection', 'documentId'],
    group: label('Analisi', 'Insights'),
    hidden: hiddenUnless('admin'),
    listSearchableFields: ['documentId', 'collection'],
  },
  defaultSort: '-createdAt',
  // Nobody edits the trail, not even WeMi admins, who alone may read it.
  access: { create: nobody, read: isAdmin, update: nobody, delete: nobody },
  fields: [
    {
      name: 'actor',
      type: 'relationship',
      relationTo: ['users', 'citizens'],
      label: label('Chi', 'Who'),
      index: true,
      admin: {
        description: label('Vuoto quando agisce il sistema (scadenze, pagamenti).', 'Empty when the system acts (deadlines, payments).'),
      },
    },
    {
      name: 'action',
      type: 'select',
      label: label('Azione', 'Action'),
      required: true,
      options: [
        { value: 'create', label: label('Creazione', 'Create') },
        { value: 'update', label: label('Modifica', 'Update') },
        { value: 'delete', label: label('Eliminazione', 'Delete') },
        { value: 'transition', label: label('Passaggio di stato', 'Transition') },
        { value: 'read', label: label('Lettura di dati riservati', 'Read of confidential data') },
      ],
    },
    { name: 'collection', type: 'text', label: label('Archivio', 'Collection'), required: true, index: true },
    { name: 'documentId', type: 'text', label: label('Elemento', 'Record'), required: true, index: true },
    { name: 'changes', type: 'json', label: label('Cambiamenti', 'Changes') },
    {
      name: 'onBehalfOf',
      type: 'relationship',
      relationTo: 'citizens',
      label: label('Per conto di', 'On behalf of'),
      index: true,
      admin: { description: label('Il cittadino per cui un operatore di sportello ha agito.', 'The citizen a desk operator acted for.') },
    },
    { name: 'assistance', type: 'relationship', relationTo: 'assistances', label: label('Assistenza allo sportello', 'Desk assistance') },
  ],
}
