import type { CollectionConfig, NumberField } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdminField } from '../../access/isAdmin'
import { nobody, nobodyField } from '../../access/nobody'
import { centsField } from '../../lib/fields'
import { label, LANGUAGES } from '../../lib/i18n'
import { companyOf, hasRole } from '../../lib/roles'
import { companyRecords } from '../Companies/access/companyAccess'
import { holdCredit, validateInviteCompany } from './hooks/inviteRules'

export const INVITE_STATUSES = [
  { value: 'invited', label: label('Invitato', 'Invited') },
  { value: 'accepted', label: label('Credito attivato', 'Credit taken up') },
  { value: 'revoked', label: label('Invito revocato', 'Invitation revoked') },
] as const

const writtenOnce = { update: nobodyField }

const allowanceField: NumberField = {
  ...centsField('allowanceCents', label('Credito assegnato', 'Credit given'), { required: true }),
  access: writtenOnce,
}

/**
 * An employee invited by their company to take up part of its welfare credit. The company knows
 * whom it invited and whether they took the credit up; what they spend it on is theirs alone
 * (the voucher and its spends are not the company's to read).
 */
export const CompanyInvites: CollectionConfig = {
  slug: 'company-invites',
  labels: { singular: label('Dipendente invitato', 'Invited employee'), plural: label('Dipendenti invitati', 'Invited employees') },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'allowanceCents', 'status', 'expiresAt'],
    group: label('Welfare aziendale', 'Company welfare'),
    hidden: hiddenUnless('admin', 'company-hr'),
    listSearchableFields: ['email', 'name'],
  },
  defaultSort: '-createdAt',
  access: {
    create: ({ req }) => hasRole(req.user, 'admin') || Boolean(companyOf(req.user)),
    read: companyRecords,
    update: companyRecords,
    delete: nobody,
  },
  hooks: { beforeChange: [holdCredit] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'company',
          type: 'relationship',
          relationTo: 'companies',
          label: label('Azienda', 'Company'),
          required: true,
          index: true,
          defaultValue: ({ user }) => companyOf(user) ?? undefined,
          access: writtenOnce,
          validate: validateInviteCompany,
        },
        { name: 'email', type: 'email', label: label('E-mail del dipendente', 'Employee’s e-mail'), required: true, access: writtenOnce },
        { name: 'name', type: 'text', label: label('Nome e cognome', 'Full name'), access: writtenOnce },
      ],
    },
    {
      type: 'row',
      fields: [
        allowanceField,
        {
          name: 'language',
          type: 'select',
          label: label('Lingua dell’invito', 'Language of the invitation'),
          defaultValue: 'it',
          required: true,
          options: LANGUAGES.map((value) => ({ value, label: value === 'it' ? 'Italiano' : 'English' })),
          access: writtenOnce,
        },
        {
          name: 'status',
          type: 'select',
          label: label('Stato', 'Status'),
          options: [...INVITE_STATUSES],
          defaultValue: 'invited',
          required: true,
          index: true,
          admin: {
            description: label('Un invito non ancora accettato può essere revocato.', 'An invitation not yet taken up can be revoked.'),
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'expiresAt',
          type: 'date',
          label: label('Valido fino al', 'Valid until'),
          access: { create: nobodyField, update: nobodyField },
          admin: { readOnly: true },
        },
        {
          name: 'acceptedAt',
          type: 'date',
          label: label('Accettato il', 'Taken up on'),
          access: { create: nobodyField, update: nobodyField },
          admin: { readOnly: true },
        },
      ],
    },
    // Only a hash: the invitation's key is in the employee's e-mail and nowhere else.
    {
      name: 'tokenHash',
      type: 'text',
      index: true,
      access: { read: () => false, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    {
      name: 'voucher',
      type: 'relationship',
      relationTo: 'vouchers',
      label: label('Voucher', 'Voucher'),
      access: { read: isAdminField, create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
