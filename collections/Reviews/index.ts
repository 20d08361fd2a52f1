import type { CollectionConfig, Field } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { nobody, nobodyField } from '../../access/nobody'
import { label } from '../../lib/i18n'
import { stateOptions } from '../../lib/workflow'
import { authorOrAdminField, readReviews } from './access/reviewAccess'
import { checkModeration, updateOrganisationRating } from './hooks/moderate'
import { moderation } from './moderation'

export const MAX_REVIEW_LENGTH = 2000

const written = { create: nobodyField, update: nobodyField }

const score = (name: string, fieldLabel: ReturnType<typeof label>): Field => ({
  name,
  type: 'number',
  label: fieldLabel,
  required: true,
  min: 1,
  max: 5,
  admin: { step: 1 },
  access: written,
})

export const SCORES = [
  { name: 'punctuality', label: label('Puntualità', 'Punctuality') },
  { name: 'professionalism', label: label('Professionalità', 'Professionalism') },
  { name: 'speed', label: label('Rapidità', 'Speed') },
] as const

/**
 * How a service went, told by the citizen after delivery (through the lifecycle) and
 * published once WeMi has moderated it.
 */
export const Reviews: CollectionConfig = {
  slug: 'reviews',
  labels: { singular: label('Recensione', 'Review'), plural: label('Recensioni', 'Reviews') },
  admin: {
    useAsTitle: 'serviceTitle',
    defaultColumns: ['serviceTitle', 'organisation', 'status', 'comment', 'punctuality', 'professionalism', 'speed', 'createdAt'],
    group: label('Richieste', 'Requests'),
    hidden: hiddenUnless('admin', 'ente-admin'),
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: readReviews, update: isAdmin, delete: nobody },
  hooks: { beforeChange: [checkModeration], afterChange: [updateOrganisationRating] },
  fields: [
    // Its title is the service reviewed: who wrote it stays between the author and WeMi.
    { name: 'serviceTitle', type: 'text', label: label('Servizio', 'Service'), virtual: 'service.title', admin: { hidden: true } },
    {
      name: 'thread',
      type: 'relationship',
      relationTo: 'threads',
      label: label('Richiesta', 'Request'),
      required: true,
      unique: true,
      access: { ...written, read: authorOrAdminField },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'organisations',
          label: label('Ente', 'Organisation'),
          required: true,
          index: true,
          access: written,
        },
        { name: 'service', type: 'relationship', relationTo: 'services', label: label('Servizio', 'Service'), access: written },
        {
          name: 'citizen',
          type: 'relationship',
          relationTo: 'citizens',
          label: label('Autore', 'Author'),
          required: true,
          index: true,
          access: { ...written, read: authorOrAdminField },
        },
      ],
    },
    { type: 'row', fields: SCORES.map(({ name, label: text }) => score(name, text)) },
    { name: 'comment', type: 'textarea', label: label('Commento', 'Comment'), maxLength: MAX_REVIEW_LENGTH, access: written },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          label: label('Moderazione', 'Moderation'),
          options: stateOptions(moderation),
          defaultValue: moderation.initial,
          required: true,
          index: true,
        },
        { name: 'moderatedAt', type: 'date', label: label('Moderata il', 'Moderated on'), access: written, admin: { readOnly: true } },
      ],
    },
    { name: 'moderationNote', type: 'textarea', label: label('Nota di moderazione', 'Moderation note'), access: { read: isAdminField } },
  ],
}
