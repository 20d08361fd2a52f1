import type { CollectionConfig, Field } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdminOrEditor } from '../../access/isAdminOrEditor'
import { publishedEditorial } from '../../access/publishedEditorial'
import { publishedAtField, slugField } from '../../lib/fields'
import { label } from '../../lib/i18n'
import { previewLink } from '../../lib/preview'

/** News from the city and its organisations. */
export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: label('Notizia', 'News item'), plural: label('Notizie', 'News') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status'],
    group: label('Contenuti', 'Content'),
    hidden: hiddenUnless('admin', 'editor'),
    preview: previewLink('news'),
  },
  defaultSort: '-publishedAt',
  versions: { drafts: true, maxPerDoc: 25 },
  // Drafts and scheduled versions are the editors' work in progress, not yet anyone else's to read.
  access: {
    create: isAdminOrEditor,
    read: publishedEditorial,
    readVersions: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  fields: [
    { name: 'title', type: 'text', label: label('Titolo', 'Title'), required: true, localized: true },
    { name: 'summary', type: 'textarea', label: label('In breve', 'Summary'), localized: true, maxLength: 300 },
    { name: 'content', type: 'richText', label: label('Testo', 'Text'), localized: true },
    { name: 'image', type: 'upload', relationTo: 'media', label: label('Immagine', 'Image') },
    // A news item's address is in its reader's language: each language has its own slug, unique
    // among that language's news, derived from that language's title when left empty.
    { ...slugField('title'), localized: true },
    { ...publishedAtField, required: true } as Field,
  ],
}
