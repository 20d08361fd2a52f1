import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdminOrEditor } from '../../access/isAdminOrEditor'
import { publishedEditorial } from '../../access/publishedEditorial'
import { publishedAtField } from '../../lib/fields'
import { label } from '../../lib/i18n'
import { previewLink } from '../../lib/preview'

export const FAQ_TOPICS = [
  { value: 'general', label: label('WeMi in generale', 'About WeMi') },
  { value: 'requests', label: label('Richieste e preventivi', 'Requests and quotes') },
  { value: 'payments', label: label('Pagamenti e voucher', 'Payments and vouchers') },
  { value: 'sharing', label: label('Servizi condivisi', 'Shared services') },
  { value: 'account', label: label('Accesso e dati personali', 'Sign-in and personal data') },
  { value: 'organisations', label: label('Per gli enti', 'For organisations') },
]

/** Frequently asked questions, grouped by topic. */
export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: { singular: label('Domanda frequente', 'FAQ'), plural: label('Domande frequenti', 'FAQs') },
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'topic', 'order'],
    group: label('Contenuti', 'Content'),
    hidden: hiddenUnless('admin', 'editor'),
    preview: previewLink('faqs'),
  },
  defaultSort: 'order',
  versions: { drafts: true, maxPerDoc: 10 },
  // Drafts and scheduled versions are the editors' work in progress, not yet anyone else's to read.
  access: {
    create: isAdminOrEditor,
    read: publishedEditorial,
    readVersions: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  fields: [
    { name: 'question', type: 'text', label: label('Domanda', 'Question'), required: true, localized: true },
    { name: 'answer', type: 'richText', label: label('Risposta', 'Answer'), localized: true, required: true },
    {
      type: 'row',
      fields: [
        { name: 'topic', type: 'select', label: label('Argomento', 'Topic'), options: FAQ_TOPICS, required: true, defaultValue: 'general' },
        { name: 'order', type: 'number', label: label('Ordine', 'Order'), defaultValue: 0 },
      ],
    },
    publishedAtField,
  ],
}
