import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { nobody, nobodyField } from '../../access/nobody'
import { threadParties } from '../../access/threadParties'
import { centsField } from '../../lib/fields'
import { label } from '../../lib/i18n'
import { stateOptions } from '../../lib/workflow'
import { exportVoucherTransactions } from './endpoints/exportCsv'
import { checkLedgerTransition, updateVoucherBalance } from './hooks/applyLedger'
import { ledger } from './ledger'

const readOnly = { create: nobodyField, update: nobodyField }

/** Each spend from a voucher, for the funding scheme's accounts. Exported as CSV by WeMi. */
export const VoucherTransactions: CollectionConfig = {
  slug: 'voucher-transactions',
  labels: { singular: label('Transazione voucher', 'Voucher transaction'), plural: label('Transazioni voucher', 'Voucher transactions') },
  admin: {
    defaultColumns: ['voucher', 'amountCents', 'status', 'organisation', 'createdAt'],
    group: label('Pagamenti', 'Payments'),
    hidden: hiddenUnless('admin'),
    components: { beforeListTable: ['/components/admin/VoucherExportLink#VoucherExportLink'] },
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: threadParties, update: isAdmin, delete: nobody },
  hooks: { beforeChange: [checkLedgerTransition], afterChange: [updateVoucherBalance] },
  endpoints: [{ path: '/export.csv', method: 'get', handler: exportVoucherTransactions }],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'voucher',
          type: 'relationship',
          relationTo: 'vouchers',
          label: label('Voucher', 'Voucher'),
          required: true,
          index: true,
          access: readOnly,
        },
        { ...centsField('amountCents', label('Importo', 'Amount'), { required: true }), access: readOnly },
        {
          name: 'status',
          type: 'select',
          label: label('Stato', 'Status'),
          options: stateOptions(ledger),
          defaultValue: ledger.initial,
          required: true,
          index: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'payment', type: 'relationship', relationTo: 'payments', label: label('Pagamento', 'Payment'), access: readOnly },
        { name: 'thread', type: 'relationship', relationTo: 'threads', label: label('Richiesta', 'Request'), access: readOnly },
      ],
    },
    {
      type: 'row',
      fields: [
        // Kept for the scheme's accounts after the citizen deletes their account, without the link.
        {
          name: 'citizen',
          type: 'relationship',
          relationTo: 'citizens',
          label: label('Cittadino', 'Citizen'),
          index: true,
          access: readOnly,
        },
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'organisations',
          label: label('Ente', 'Organisation'),
          required: true,
          index: true,
          access: readOnly,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'accountedAt', type: 'date', label: label('Rendicontata il', 'Accounted on'), access: readOnly, admin: { readOnly: true } },
        { name: 'reversedAt', type: 'date', label: label('Stornata il', 'Reversed on'), access: readOnly, admin: { readOnly: true } },
      ],
    },
  ],
}
