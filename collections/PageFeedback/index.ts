import type { CollectionConfig, Validate } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { LANGUAGES, label, message } from '../../lib/i18n'
import { FEEDBACK_ANSWER_OPTIONS, FEEDBACK_DETAILS_MAX, FEEDBACK_PATH_MAX } from '../../lib/page-feedback'
import { readPageFeedback } from './access'
import { checkPageFeedback } from './hooks'

const validateRating: Validate<number> = (value, { req }) =>
  Number.isInteger(value) && value! >= 1 && value! <= 5 ? true : message(req, 'feedbackRating')

/**
 * How clear residents found a page of the public site ("Quanto sono chiare le informazioni su
 * questa pagina?"), as evidence for improving it. The site stores ratings through a server
 * function, anonymously; nobody changes one afterwards.
 */
export const PageFeedback: CollectionConfig = {
  slug: 'page-feedback',
  labels: {
    singular: label('Valutazione di una pagina', 'Page rating'),
    plural: label('Valutazioni delle pagine', 'Page ratings'),
  },
  admin: {
    useAsTitle: 'page',
    defaultColumns: ['page', 'rating', 'answer', 'createdAt'],
    group: label('Contenuti', 'Content'),
    hidden: hiddenUnless('admin', 'editor', 'ente-admin'),
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: readPageFeedback, update: nobody, delete: isAdmin },
  hooks: { beforeChange: [checkPageFeedback] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'page', type: 'text', label: label('Pagina', 'Page'), required: true, maxLength: FEEDBACK_PATH_MAX, index: true },
        { name: 'pageTitle', type: 'text', label: label('Titolo della pagina', 'Page title'), maxLength: FEEDBACK_PATH_MAX },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'service', type: 'relationship', relationTo: 'services', label: label('Servizio', 'Service') },
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'organisations',
          label: label('Ente', 'Organisation'),
          index: true,
          admin: { readOnly: true, description: label('Quello del servizio valutato.', 'The rated service’s own.') },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'rating',
          type: 'number',
          label: label('Valutazione (stelle)', 'Rating (stars)'),
          required: true,
          admin: { step: 1 },
          validate: validateRating,
        },
        {
          name: 'answer',
          type: 'select',
          label: label('Risposta', 'Answer'),
          options: [...FEEDBACK_ANSWER_OPTIONS],
        },
        { name: 'language', type: 'select', label: label('Lingua', 'Language'), options: [...LANGUAGES] },
      ],
    },
    { name: 'details', type: 'textarea', label: label('Dettagli', 'Details'), maxLength: FEEDBACK_DETAILS_MAX },
  ],
}
