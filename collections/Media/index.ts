import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdminField } from '../../access/isAdmin'
import { label } from '../../lib/i18n'
import { dataDir } from '../../lib/paths'
import { createMedia, manageMedia } from './access/mediaAccess'
import { checkUpload } from './hooks/checkUpload'

/** The widths, in pixels, of the smaller copies kept of each uploaded image. */
export const MEDIA_WIDTHS = [480, 960] as const

/** Images and PDF documents: logos, service pictures, leaflets. SVG is refused (it can carry scripts). */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('File', 'File'), plural: label('File e immagini', 'Files and images') },
  admin: { group: label('Contenuti', 'Content'), hidden: hiddenUnless('admin', 'editor', 'ente-admin') },
  upload: {
    staticDir: process.env.MEDIA_DIR ?? path.join(dataDir, 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'],
    // Smaller copies of each image, so that a phone on a news list does not download a photo made
    // for a wide screen: the site offers them to the browser to choose from (srcset).
    imageSizes: MEDIA_WIDTHS.map((width) => ({ name: `w${width}`, width, withoutEnlargement: true })),
  },
  access: { create: createMedia, read: anyone, update: manageMedia, delete: manageMedia },
  hooks: { beforeValidate: [checkUpload] },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: label('Testo alternativo', 'Alternative text'),
      localized: true,
      admin: { description: label('Descrive l’immagine a chi non la vede.', 'Describes the image to people who cannot see it.') },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: label('Ente', 'Organisation'),
      index: true,
      access: { update: isAdminField },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
