import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { normaliseTaxCodeHook, validateVatNumber } from '../../lib/fields'
import { label } from '../../lib/i18n'
import { readCompanies } from './access/companyAccess'

/**
 * A company that buys welfare credit for its staff. WeMi registers it and its first HR member;
 * from then on its HR staff buy credit, invite employees and read what was spent by category.
 */
export const Companies: CollectionConfig = {
  slug: 'companies',
  labels: { singular: label('Azienda', 'Company'), plural: label('Aziende', 'Companies') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'vatNumber', 'invoiceEmail'],
    group: label('Welfare aziendale', 'Company welfare'),
    hidden: hiddenUnless('admin', 'company-hr'),
  },
  defaultSort: 'name',
  access: { create: isAdmin, read: readCompanies, update: isAdmin, delete: nobody },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: label('Ragione sociale', 'Company name'), required: true },
        {
          name: 'vatNumber',
          type: 'text',
          label: label('Partita IVA', 'VAT number (partita IVA)'),
          required: true,
          unique: true,
          hooks: { beforeValidate: [normaliseTaxCodeHook] },
          validate: validateVatNumber,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'invoiceEmail', type: 'email', label: label('E-mail per le fatture', 'E-mail for invoices'), required: true },
        { name: 'address', type: 'text', label: label('Sede legale', 'Registered office'), required: true },
      ],
    },
    {
      name: 'credit',
      type: 'ui',
      admin: { components: { Field: '/components/admin/CompanyCreditPanel#CompanyCreditPanel' } },
    },
  ],
}
