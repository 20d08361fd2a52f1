import type { CollectionConfig } from 'payload'

import { groupMembersReaders, memberOrEnte } from '../../access/groupMembership'
import { hiddenUnless } from '../../access/hiddenUnless'
import { nobody } from '../../access/nobody'
import { centsField } from '../../lib/fields'
import { label } from '../../lib/i18n'
import { MEMBER_STATES } from '../Groups/states'

const mineOrEnte = { read: memberOrEnte }

/**
 * A family's place in a shared group: the price it accepted when it joined (what it pays can only
 * fall below it), its address for the ente and, once the ente confirms, the thread through which
 * it pays its own share. Written only by the group lifecycle.
 */
export const GroupMembers: CollectionConfig = {
  slug: 'group-members',
  lockDocuments: false,
  labels: { singular: label('Membro del gruppo', 'Group member'), plural: label('Membri dei gruppi', 'Group members') },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'group', 'status', 'acceptedPriceCents', 'joinedAt'],
    group: label('Richieste', 'Requests'),
    hidden: hiddenUnless('admin'),
  },
  defaultSort: 'joinedAt',
  indexes: [{ fields: ['group', 'citizen'], unique: true }],
  access: { create: nobody, read: groupMembersReaders, update: nobody, delete: nobody },
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
      name: 'citizen',
      type: 'relationship',
      relationTo: 'citizens',
      label: label('Cittadino', 'Citizen'),
      required: true,
      index: true,
      access: mineOrEnte,
      admin: { hidden: true },
    },
    {
      name: 'displayName',
      type: 'text',
      label: label('Nome', 'Name'),
      required: true,
      admin: {
        description: label(
          'Nome e iniziale del cognome, come lo vedono gli altri membri.',
          'First name and initial, as other members see it.',
        ),
      },
    },
    {
      name: 'status',
      type: 'select',
      label: label('Stato', 'Status'),
      options: MEMBER_STATES.map(({ value, label: text }) => ({ value, label: text })),
      required: true,
      index: true,
    },
    {
      type: 'row',
      fields: [
        {
          ...centsField('acceptedPriceCents', label('Prezzo accettato', 'Price accepted'), { readOnly: true }),
          required: true,
          access: mineOrEnte,
        },
        {
          name: 'goAhead',
          type: 'checkbox',
          label: label('Accetta il prezzo per il numero attuale', 'Accepts the price for the current size'),
          access: mineOrEnte,
        },
      ],
    },
    {
      name: 'address',
      type: 'group',
      label: label('Indirizzo', 'Address'),
      access: mineOrEnte,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'street', type: 'text', label: label('Via e numero civico', 'Street and number'), required: true, maxLength: 200 },
            { name: 'postcode', type: 'text', label: label('CAP', 'Postcode'), maxLength: 10 },
          ],
        },
      ],
    },
    {
      name: 'thread',
      type: 'relationship',
      relationTo: 'threads',
      label: label('Richiesta per il pagamento', 'Request for the payment'),
      access: mineOrEnte,
    },
    {
      type: 'row',
      fields: [
        { name: 'joinedAt', type: 'date', label: label('Aderito il', 'Joined on'), required: true },
        { name: 'leftAt', type: 'date', label: label('Uscito il', 'Left on') },
      ],
    },
    {
      // Why the family left or was taken out, as it gave it or was told.
      name: 'leftReason',
      type: 'textarea',
      label: label('Motivo dell’uscita', 'Why it left'),
      maxLength: 2000,
      access: mineOrEnte,
    },
  ],
}
