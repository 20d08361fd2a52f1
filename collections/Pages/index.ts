import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdminOrEditor } from '../../access/isAdminOrEditor'
import { publishedEditorial } from '../../access/publishedEditorial'
import { publishedAtField, slugField } from '../../lib/fields'
import { label } from '../../lib/i18n'
import { previewLink } from '../../lib/preview'

/** Editorial pages: who we are, how it works, privacy, accessibility statement… */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: label('Pagina', 'Page'), plural: label('Pagine', 'Pages') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: label('Contenuti', 'Content'),
    hidden: hiddenUnless('admin', 'editor'),
    preview: previewLink('pages'),
  },
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
    { name: 'summary', type: 'textarea', label: label('Descrizione breve', 'Summary'), localized: true, maxLength: 300 },
    { name: 'content', type: 'richText', label: label('Contenuto', 'Content'), localized: true },
    slugField('title'),
    publishedAtField,
  ],
}
