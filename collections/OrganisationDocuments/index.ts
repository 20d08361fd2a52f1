import { randomUUID } from 'node:crypto'
import path from 'node:path'

import type {
  Access,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
  CollectionConfig,
} from 'payload'

import { hiddenUnless } from '../../access/hiddenUnless'
import { isAdmin } from '../../access/isAdmin'
import { nobody, nobodyField } from '../../access/nobody'
import { label } from '../../lib/i18n'
import { dataDir } from '../../lib/paths'
import { hasRole, organisationOf } from '../../lib/roles'
import { checkFileKind } from '../shared/checkFileKind'

/** What an ente attaches to its application, the statute first. */
export const ORGANISATION_DOCUMENT_KINDS = [
  { value: 'statute', label: label('Statuto', 'Statute') },
  { value: 'register', label: label('Iscrizione al RUNTS o all’albo', 'Entry in the third-sector register') },
  { value: 'insurance', label: label('Polizza assicurativa', 'Insurance policy') },
  { value: 'other', label: label('Altro documento', 'Other document') },
] as const

export type OrganisationDocumentKind = (typeof ORGANISATION_DOCUMENT_KINDS)[number]['value']

/** WeMi admins read every ente's documents; an ente's administrators read their own. */
const adminOrOwnEnteAdmin: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const own = hasRole(user, 'ente-admin') ? organisationOf(user) : null
  return own ? { organisation: { equals: own } } : false
}

/** An ente's administrator files documents for their own ente only, whatever the form says. */
const fileUnderOwnOrganisation: CollectionBeforeValidateHook = ({ data, req, operation }) => {
  if (operation !== 'create' || !data || hasRole(req.user, 'admin')) return data
  const own = organisationOf(req.user)
  if (own) data.organisation = own
  return data
}

/**
 * Every ente's files share one folder: each is stored under a name of its own, so that no name
 * says anything of another ente's files, and shown under the name it was sent with.
 */
const storeUnderOwnName: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || !req.file) return args
  const sent = path.basename(req.file.name).slice(0, 200)
  req.context.sentFileName = sent
  req.file.name = `${randomUUID()}${path.extname(sent).toLowerCase().slice(0, 10)}`
  return args
}

/** The name the file was sent with, written by the server alone (see storeUnderOwnName). */
const keepSentName: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && typeof req.context.sentFileName === 'string') data.originalName = req.context.sentFileName
  return data
}

/**
 * The documents an ente files with WeMi (statute, registrations, insurance): private files,
 * served only through Payload to WeMi admins and the ente's administrators. They are kept as
 * filed: a corrected statute is a new document beside the old one.
 */
export const OrganisationDocuments: CollectionConfig = {
  slug: 'organisation-documents',
  lockDocuments: false,
  labels: {
    singular: label('Documento dell’ente', 'Organisation document'),
    plural: label('Documenti degli enti', 'Organisation documents'),
  },
  admin: {
    useAsTitle: 'originalName',
    defaultColumns: ['originalName', 'kind', 'organisation', 'createdAt'],
    group: label('Catalogo', 'Catalogue'),
    hidden: hiddenUnless('admin', 'ente-admin'),
  },
  upload: {
    staticDir: process.env.ORGANISATION_FILES_DIR ?? path.join(dataDir, 'organisation-documents'),
  },
  access: { create: adminOrOwnEnteAdmin, read: adminOrOwnEnteAdmin, update: nobody, delete: isAdmin },
  hooks: {
    beforeOperation: [storeUnderOwnName],
    beforeValidate: [fileUnderOwnOrganisation, checkFileKind],
    beforeChange: [keepSentName],
  },
  fields: [
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: label('Ente', 'Organisation'),
      required: true,
      index: true,
    },
    { name: 'kind', type: 'select', label: label('Tipo', 'Kind'), options: [...ORGANISATION_DOCUMENT_KINDS], required: true },
    {
      name: 'originalName',
      type: 'text',
      label: label('Nome del file inviato', 'Name of the file sent'),
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true },
    },
  ],
}
