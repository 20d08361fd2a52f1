import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { nobody, nobodyField } from '../../access/nobody'
import { label } from '../../lib/i18n'
import { closeAssistances, deskOperatorOnly, readAssistances } from './access/assistanceAccess'
import { openAssistance } from './hooks/openAssistance'

const serverOnly = { create: nobodyField, update: nobodyField }
const onOpening = { update: nobodyField }

/**
 * A desk operator helping one citizen, in person: why (the reason, required), with the
 * citizen's recorded consent, for a limited time. Only while it is open may the operator see
 * the citizen's data and act for them on the site; everything done then is logged with the
 * operator as actor and the citizen as the one acted for. The citizen sees these in their area.
 */
export const Assistances: CollectionConfig = {
  slug: 'assistances',
  labels: {
    singular: label('Assistenza allo sportello', 'Desk assistance'),
    plural: label('Assistenze allo sportello', 'Desk assistance'),
  },
  admin: {
    useAsTitle: 'reason',
    defaultColumns: ['openedAt', 'citizen', 'operator', 'desk', 'closedAt'],
    group: label('Territorio', 'Neighbourhoods'),
    hidden: hiddenUnless('admin', 'operator'),
  },
  defaultSort: '-openedAt',
  access: { create: deskOperatorOnly, read: readAssistances, update: closeAssistances, delete: nobody },
  hooks: { beforeChange: [openAssistance] },
  fields: [
    {
      name: 'citizen',
      type: 'relationship',
      relationTo: 'citizens',
      label: label('Cittadino', 'Citizen'),
      required: true,
      index: true,
      access: onOpening,
    },
    { name: 'reason', type: 'textarea', label: label('Motivo', 'Reason'), required: true, maxLength: 500, access: onOpening },
    {
      name: 'citizenAgreed',
      type: 'checkbox',
      label: label('Il cittadino è presente e acconsente', 'The citizen is present and agrees'),
      access: onOpening,
    },
    { name: 'operator', type: 'relationship', relationTo: 'users', label: label('Operatore', 'Operator'), index: true, access: serverOnly },
    { name: 'desk', type: 'relationship', relationTo: 'desks', label: label('Spazio WeMi', 'WeMi desk'), index: true, access: serverOnly },
    { name: 'consent', type: 'relationship', relationTo: 'consents', label: label('Consenso', 'Consent'), access: serverOnly },
    {
      name: 'openedAt',
      type: 'date',
      label: label('Aperta il', 'Opened on'),
      access: serverOnly,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'expiresAt',
      type: 'date',
      label: label('Scade il', 'Expires on'),
      access: serverOnly,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'closedAt', type: 'date', label: label('Chiusa il', 'Closed on'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
