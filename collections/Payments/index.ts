import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { nobody } from '../../access/nobody'
import { threadParties } from '../../access/threadParties'
import { centsField, threadSideFields } from '../../lib/fields'
import { label } from '../../lib/i18n'
import { downloadReceipt } from './endpoints/downloadReceipt'

export const PAYMENT_METHODS = [
  { value: 'online', label: label('Online (carta, PayPal e altri metodi)', 'Online (card, PayPal and other methods)') },
  { value: 'voucher', label: label('Voucher', 'Voucher') },
  { value: 'other', label: label('Altro metodo concordato con l’ente', 'Other method agreed with the organisation') },
  { value: 'free', label: label('Gratuito', 'Free of charge') },
] as const

export const PAYMENT_STATUSES = [
  { value: 'pending', label: label('In attesa', 'Pending') },
  { value: 'succeeded', label: label('Pagato', 'Paid') },
  { value: 'cancelled', label: label('Annullato', 'Cancelled') },
  { value: 'refunded', label: label('Rimborsato', 'Refunded') },
  { value: 'partially-refunded', label: label('Rimborsato in parte', 'Partly refunded') },
] as const

export type PaymentMethod = (typeof PAYMENT_METHODS)[number]['value']
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number]['value']

/**
 * What a citizen paid (or is paying) for one thread, split between a voucher and an online
 * payment. Written only by the payments plugin, inside lifecycle transitions.
 */
export const Payments: CollectionConfig = {
  slug: 'payments',
  // Written only through the lifecycle, never edited in the admin: nothing to lock.
  lockDocuments: false,
  labels: { singular: label('Pagamento', 'Payment'), plural: label('Pagamenti', 'Payments') },
  admin: {
    useAsTitle: 'receiptNumber',
    defaultColumns: ['receiptNumber', 'method', 'status', 'amountCents', 'paidAt'],
    group: label('Pagamenti', 'Payments'),
    hidden: hiddenUnless('admin', 'ente-admin'),
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: threadParties, update: nobody, delete: nobody },
  endpoints: [{ path: '/:id/receipt.pdf', method: 'get', handler: downloadReceipt }],
  fields: [
    { name: 'receiptNumber', type: 'text', label: label('Numero di ricevuta', 'Receipt number'), unique: true, index: true },
    { name: 'receiptDownload', type: 'ui', admin: { components: { Field: '/components/admin/ReceiptLink#ReceiptLink' } } },
    ...threadSideFields(undefined, { keptAfterErasure: true }),
    {
      type: 'row',
      fields: [
        { name: 'method', type: 'select', label: label('Metodo', 'Method'), options: [...PAYMENT_METHODS], required: true },
        { name: 'status', type: 'select', label: label('Stato', 'Status'), options: [...PAYMENT_STATUSES], required: true, index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        centsField('amountCents', label('Importo totale', 'Total amount'), { required: true }),
        centsField('voucherCents', label('Di cui con voucher', 'Of which by voucher')),
        centsField('onlineCents', label('Di cui online', 'Of which online')),
        centsField('refundedCents', label('Rimborsato', 'Refunded')),
        centsField('platformFeeCents', label('Commissione WeMi', 'WeMi fee')),
      ],
    },
    { name: 'voucher', type: 'relationship', relationTo: 'vouchers', label: label('Voucher', 'Voucher') },
    {
      name: 'stripe',
      type: 'group',
      label: label('Stripe', 'Stripe'),
      fields: [
        { name: 'checkoutSessionId', type: 'text', label: label('Sessione di pagamento', 'Checkout session'), unique: true, index: true },
        { name: 'checkoutUrl', type: 'text', label: label('Pagina di pagamento', 'Checkout page') },
        { name: 'paymentIntentId', type: 'text', label: label('Pagamento Stripe', 'Stripe payment'), index: true },
        { name: 'destination', type: 'text', label: label('Conto dell’ente', 'Organisation account') },
        { name: 'expiresAt', type: 'date', label: label('Scade il', 'Expires on') },
      ],
    },
    {
      name: 'refunds',
      type: 'array',
      label: label('Rimborsi', 'Refunds'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'refundId', type: 'text', label: label('Rimborso Stripe', 'Stripe refund') },
            centsField('amountCents', label('Importo', 'Amount'), { required: true }),
            { name: 'at', type: 'date', label: label('Data', 'Date'), required: true },
          ],
        },
      ],
    },
    { name: 'paidAt', type: 'date', label: label('Pagato il', 'Paid on'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
