import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { nobody, nobodyField } from '../../access/nobody'
import { label } from '../../lib/i18n'
import { dataDir } from '../../lib/paths'
import { checkVoucherFile, createImportedVouchers } from './hooks/importVouchers'

/**
 * A CSV of vouchers for one funding scheme, uploaded by WeMi: one line per voucher with the
 * holder's codice fiscale, the amount in euros and the validity (valido_dal, valido_al; an
 * optional codice). The upload creates the vouchers, all of them or none.
 */
export const VoucherImports: CollectionConfig = {
  slug: 'voucher-imports',
  labels: { singular: label('Importazione voucher', 'Voucher import'), plural: label('Importazioni voucher', 'Voucher imports') },
  admin: {
    useAsTitle: 'scheme',
    defaultColumns: ['scheme', 'filename', 'importedCount', 'createdAt'],
    group: label('Pagamenti', 'Payments'),
    hidden: hiddenUnless('admin'),
    description: label(
      'Carica un file CSV con le colonne codice_fiscale, importo, valido_dal, valido_al (e, se vuoi, codice).',
      'Upload a CSV file with the columns codice_fiscale, importo, valido_dal, valido_al (and optionally codice).',
    ),
  },
  defaultSort: '-createdAt',
  upload: {
    staticDir: path.join(dataDir, 'voucher-imports'),
    mimeTypes: ['text/csv', 'text/plain', 'application/vnd.ms-excel'],
  },
  access: { create: isAdmin, read: isAdmin, update: nobody, delete: nobody },
  hooks: { beforeValidate: [checkVoucherFile], afterChange: [createImportedVouchers] },
  fields: [
    { name: 'scheme', type: 'text', label: label('Misura di finanziamento', 'Funding scheme'), required: true },
    {
      name: 'importedCount',
      type: 'number',
      label: label('Voucher importati', 'Vouchers imported'),
      access: { update: nobodyField },
      admin: { readOnly: true },
    },
  ],
}
