import type { CollectionConfig, Validate } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { nobody, nobodyField } from '../../access/nobody'
import { voucherSensitive } from '../../access/sensitiveFields'
import { centsField, normaliseTaxCodeHook, validatePersonalFiscalCode } from '../../lib/fields'
import { label, message } from '../../lib/i18n'
import { readVouchers } from './access/voucherAccess'

/** A voucher always has its holder, until the holder deletes their account (lib/personal-data.ts). */
const validateHolder: Validate<string> = (value, options) =>
  !value && !options.req.context?.erasingAccount
    ? message(options.req, 'holderFiscalCodeRequired')
    : validatePersonalFiscalCode(value, options)

export const VOUCHER_STATUSES = [
  { value: 'active', label: label('Attivo', 'Active') },
  { value: 'revoked', label: label('Revocato', 'Revoked') },
]

/**
 * A public contribution for one person (by codice fiscale) under a funding scheme, spendable
 * in parts on services that accept the scheme until it runs out or expires. Its balance is the
 * amount less the transactions that are not reversed.
 */
export const Vouchers: CollectionConfig = {
  slug: 'vouchers',
  labels: { singular: label('Voucher', 'Voucher'), plural: label('Voucher', 'Vouchers') },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'scheme', 'holderFiscalCode', 'amountCents', 'spentCents', 'validUntil', 'status'],
    group: label('Pagamenti', 'Payments'),
    hidden: hiddenUnless('admin'),
    listSearchableFields: ['code', 'holderFiscalCode', 'scheme'],
  },
  defaultSort: '-createdAt',
  access: { create: isAdmin, read: readVouchers, update: isAdmin, delete: nobody },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', label: label('Codice', 'Code'), required: true, unique: true, index: true },
        { name: 'scheme', type: 'text', label: label('Misura di finanziamento', 'Funding scheme'), required: true, index: true },
        {
          name: 'holderFiscalCode',
          type: 'text',
          label: label('Codice fiscale del titolare', 'Holder’s tax code'),
          // Validated when given; cleared, with the voucher revoked, when the holder deletes their account.
          admin: {
            description: label('Vuoto se il titolare ha cancellato il proprio account.', 'Empty when the holder deleted their account.'),
          },
          index: true,
          access: { read: voucherSensitive },
          hooks: { beforeValidate: [normaliseTaxCodeHook] },
          validate: validateHolder,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        centsField('amountCents', label('Importo', 'Amount'), { required: true }),
        {
          ...centsField('spentCents', label('Speso', 'Spent'), {
            readOnly: true,
            description: label('Somma delle transazioni non stornate.', 'Sum of the transactions not reversed.'),
          }),
          defaultValue: 0,
          access: { create: nobodyField, update: nobodyField },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'validFrom', type: 'date', label: label('Valido dal', 'Valid from'), required: true },
        { name: 'validUntil', type: 'date', label: label('Valido fino al', 'Valid until'), required: true },
        {
          name: 'status',
          type: 'select',
          label: label('Stato', 'Status'),
          options: VOUCHER_STATUSES,
          defaultValue: 'active',
          required: true,
        },
      ],
    },
    {
      name: 'company',
      type: 'relationship',
      relationTo: 'companies',
      label: label('Credito welfare di', 'Welfare credit of'),
      index: true,
      // Written only when an employee takes up an invitation, out of the company's credit.
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.company) },
    },
    {
      name: 'import',
      type: 'relationship',
      relationTo: 'voucher-imports',
      label: label('Importazione', 'Import'),
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
