import type { Access, CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { nobody } from '../../access/nobody'
import { CONSENT_PURPOSES, CONSENT_TEXTS } from '../../lib/consents'
import { label } from '../../lib/i18n'
import { hasRole, isCitizen } from '../../lib/roles'

/** WeMi admins see every consent; a citizen their own. */
const readConsents: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (isCitizen(user)) return { citizen: { equals: user!.id } }
  return false
}

/**
 * Proof of what each citizen agreed to: which text, in which version, when, and — at a desk —
 * recorded by which operator where. Written only by the server when the consent is given.
 */
export const Consents: CollectionConfig = {
  slug: 'consents',
  labels: { singular: label('Consenso', 'Consent'), plural: label('Consensi', 'Consents') },
  admin: {
    useAsTitle: 'purpose',
    defaultColumns: ['citizen', 'purpose', 'version', 'givenAt', 'desk'],
    group: label('Persone', 'People'),
    hidden: hiddenUnless('admin'),
  },
  access: { read: readConsents, create: nobody, update: nobody, delete: nobody },
  lockDocuments: false,
  fields: [
    { name: 'citizen', type: 'relationship', relationTo: 'citizens', label: label('Cittadino', 'Citizen'), required: true, index: true },
    {
      name: 'purpose',
      type: 'select',
      label: label('Per cosa', 'Purpose'),
      required: true,
      options: CONSENT_PURPOSES.map((purpose) => ({ value: purpose, label: CONSENT_TEXTS[purpose].label })),
    },
    {
      name: 'version',
      type: 'text',
      label: label('Versione del testo', 'Text version'),
      required: true,
      admin: {
        components: {
          Field: '/components/admin/ConsentVersion#ConsentVersionField',
          Cell: '/components/admin/ConsentVersion#ConsentVersionCell',
        },
      },
    },
    {
      name: 'givenAt',
      type: 'date',
      label: label('Dato il', 'Given on'),
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'recordedBy', type: 'relationship', relationTo: 'users', label: label('Registrato da', 'Recorded by') },
    { name: 'desk', type: 'relationship', relationTo: 'desks', label: label('Spazio WeMi', 'WeMi desk') },
    { name: 'withdrawnAt', type: 'date', label: label('Revocato il', 'Withdrawn on') },
  ],
}
