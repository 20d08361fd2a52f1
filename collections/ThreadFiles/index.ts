import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { nobody } from '../../access/nobody'
import { threadParties } from '../../access/threadParties'
import { threadSideFields } from '../../lib/fields'
import { label } from '../../lib/i18n'
import { dataDir } from '../../lib/paths'
import { createThreadFiles } from './access/threadFileAccess'
import { checkFileKind } from '../shared/checkFileKind'
import { fileThreadSides } from './hooks/fileThreadSides'

/**
 * Attachments of quotes and messages: private to the thread's parties and WeMi admins, served
 * only through Payload (which checks the read rule), never from a public folder.
 */
export const ThreadFiles: CollectionConfig = {
  slug: 'thread-files',
  // Written only through the lifecycle, never edited in the admin: nothing to lock.
  lockDocuments: false,
  labels: { singular: label('Allegato', 'Attachment'), plural: label('Allegati', 'Attachments') },
  admin: { group: label('Richieste', 'Requests'), hidden: hiddenUnless('admin') },
  upload: {
    staticDir: process.env.PRIVATE_FILES_DIR ?? path.join(dataDir, 'thread-files'),
    // The kinds accepted are told by content in checkFileKind: Payload's own PDF check refuses
    // valid PDFs that have no cross-reference table.
  },
  access: { create: createThreadFiles, read: threadParties, update: nobody, delete: nobody },
  hooks: { beforeValidate: [fileThreadSides, checkFileKind] },
  fields: [
    ...threadSideFields(),
    { name: 'uploadedBy', type: 'relationship', relationTo: ['citizens', 'users'], label: label('Caricato da', 'Uploaded by') },
  ],
}
