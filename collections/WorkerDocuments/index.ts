import path from 'node:path'

import type { Access, CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { careStaffOrCitizenIn, citizenOrCareStaff } from '../../access/careWork'
import { nobody, nobodyField } from '../../access/nobody'
import { WORKER_DOCUMENT_KINDS } from '../../lib/care-work'
import { label } from '../../lib/i18n'
import { dataDir } from '../../lib/paths'
import { relationId } from '../../lib/relations'
import { hasPermission } from '../../lib/roles'
import { rejectField } from '../../lib/validation'
import { checkFileKind } from '../shared/checkFileKind'

/** A document hangs off an application its uploader may write: her own, or any for care staff. */
const attachToApplication: CollectionBeforeValidateHook = async ({ data, req, operation }) => {
  if (operation !== 'create' || !data) return data
  const id = relationId(data.application)
  // Read as the uploader: only an application they may read takes their file (the system, with no user, any).
  const application = id
    ? await req.payload.findByID({
        collection: 'worker-applications',
        id,
        depth: 0,
        overrideAccess: !req.user,
        user: req.user,
        req,
        disableErrors: true,
      })
    : null
  if (!application) return rejectField(req, 'worker-documents', 'application', 'workerApplicationNotFound')
  data.citizen = relationId(application.citizen)
  return data
}

const ownOrCareStaff: Access = careStaffOrCitizenIn('citizen')

/**
 * A worker's documents (identity, residence permit, certificates): private files, served only
 * through Payload to the worker and to care staff (each staff download is audited by the care-work plugin).
 */
export const WorkerDocuments: CollectionConfig = {
  slug: 'worker-documents',
  lockDocuments: false,
  labels: { singular: label('Documento del lavoratore', 'Worker document'), plural: label('Documenti dei lavoratori', 'Worker documents') },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'kind', 'application', 'createdAt'],
    group: label('Tate Colf Badanti', 'Care work'),
    hidden: ({ user }) => !hasPermission(user, 'care-work'),
  },
  upload: {
    staticDir: process.env.WORKER_FILES_DIR ?? path.join(dataDir, 'worker-documents'),
  },
  access: { create: citizenOrCareStaff, read: ownOrCareStaff, update: nobody, delete: ownOrCareStaff },
  hooks: { beforeValidate: [attachToApplication, checkFileKind] },
  fields: [
    {
      name: 'application',
      type: 'relationship',
      relationTo: 'worker-applications',
      label: label('Candidatura', 'Application'),

      index: true,
    },
    { name: 'kind', type: 'select', label: label('Tipo', 'Kind'), options: [...WORKER_DOCUMENT_KINDS], required: true },
    { name: 'expiresOn', type: 'date', label: label('Scadenza', 'Expires on') },
    {
      name: 'citizen',
      type: 'relationship',
      relationTo: 'citizens',
      label: label('Lavoratore', 'Worker'),
      index: true,
      access: { create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
  ],
}
