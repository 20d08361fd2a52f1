import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { nobody, nobodyField } from '../../access/nobody'
import { companyRecords } from '../Companies/access/companyAccess'
import { centsField } from '../../lib/fields'
import { label } from '../../lib/i18n'
import { formatCents } from '../../lib/money'

/** How a purchase is named in lists: its amount and its company, in the city's language. */
export const creditPurchaseTitle = (amountCents: number, company: string): string => `${formatCents(amountCents, 'it')} – ${company}`

export const CREDIT_PURCHASE_STATUSES = [
  { value: 'pending', label: label('In attesa del pagamento', 'Waiting for payment') },
  { value: 'paid', label: label('Pagato', 'Paid') },
  { value: 'expired', label: label('Scaduto senza pagamento', 'Expired unpaid') },
] as const

const serverOnly = { create: nobodyField, update: nobodyField }

/**
 * Welfare credit a company buys, paid online. Only the server writes these rows: a purchase is
 * opened by the company's purchase endpoint and closed by Stripe's webhook.
 */
export const CreditPurchases: CollectionConfig = {
  slug: 'credit-purchases',
  labels: { singular: label('Acquisto di credito', 'Credit purchase'), plural: label('Acquisti di credito', 'Credit purchases') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'paidAt'],
    group: label('Welfare aziendale', 'Company welfare'),
    hidden: hiddenUnless('admin', 'company-hr'),
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: companyRecords, update: nobody, delete: nobody },
  fields: [
    { name: 'title', type: 'text', label: label('Acquisto', 'Purchase'), required: true, access: serverOnly, admin: { readOnly: true } },
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
          access: serverOnly,
        },
        { ...centsField('amountCents', label('Importo', 'Amount'), { required: true, readOnly: true }), access: serverOnly },
        {
          name: 'status',
          type: 'select',
          label: label('Stato', 'Status'),
          options: [...CREDIT_PURCHASE_STATUSES],
          defaultValue: 'pending',
          required: true,
          index: true,
          access: serverOnly,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'paidAt', type: 'date', label: label('Pagato il', 'Paid on'), access: serverOnly, admin: { readOnly: true } },
        {
          name: 'boughtBy',
          type: 'relationship',
          relationTo: 'users',
          label: label('Acquistato da', 'Bought by'),
          access: serverOnly,
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'stripe',
      type: 'group',
      label: label('Stripe', 'Stripe'),
      access: { ...serverOnly, read: ({ req }) => Boolean(req.user) },
      admin: { readOnly: true, position: 'sidebar' },
      fields: [
        { name: 'checkoutSessionId', type: 'text', label: label('Sessione di pagamento', 'Checkout session'), index: true },
        { name: 'checkoutUrl', type: 'text', label: label('Pagina di pagamento', 'Payment page') },
      ],
    },
  ],
}
