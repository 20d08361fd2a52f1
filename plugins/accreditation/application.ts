import { createHash, randomBytes } from 'node:crypto'

import { type Payload, type PayloadRequest, ValidationError } from 'payload'

import type { OrganisationDocumentKind } from '../../collections/OrganisationDocuments'
import type { AccreditationState } from '../../collections/Organisations/accreditation'
import { type Language, languageFrom } from '../../lib/i18n'
import { applicationUrl } from '../../lib/links'
import { attempt } from '../../lib/rate-limits'
import { relationId } from '../../lib/relations'
import { inTransaction, localRequest } from '../../lib/transaction'
import { type FieldError, rejectField, rejectInput } from '../../lib/validation'
import type { Organisation } from '../../payload-types'
import { sendAccreditationEmail } from './emails'

/** What an ente writes in its application: the organisation's own fields, by their paths. */
export type ApplicationInput = {
  name: string
  legalName: string
  legalForm: string
  fiscalCode: string
  vatNumber: string
  email: string
  pec: string
  phone: string
  website: string
  street: string
  postcode: string
  district: string
  representativeName: string
  representativeFiscalCode: string
  adminName: string
  adminEmail: string
  categories: string[]
  districts: string[]
}

/** A file attached to an application, as the form received it. */
export type ApplicationFile = { kind: OrganisationDocumentKind; name: string; mimetype: string; size: number; data: Buffer }

/** Where each part of the input lives on the organisation: the form's field names, and the paths errors come back on. */
export const APPLICATION_PATHS = {
  street: 'offices.0.street',
  postcode: 'offices.0.postcode',
  district: 'offices.0.district',
  representativeName: 'application.representativeName',
  representativeFiscalCode: 'application.representativeFiscalCode',
  adminName: 'application.adminName',
  adminEmail: 'application.adminEmail',
  categories: 'application.categories',
  districts: 'application.districts',
} as const satisfies Partial<Record<keyof ApplicationInput, string>>

/** The path of an input's field on the organisation (and of its errors). */
export const applicationPath = (field: keyof ApplicationInput): string =>
  (APPLICATION_PATHS as Partial<Record<keyof ApplicationInput, string>>)[field] ?? field

/** What WeMi needs to review an application, beyond what the organisation itself requires. */
export const APPLICATION_REQUIRED: readonly (keyof ApplicationInput)[] = [
  'name',
  'legalName',
  'legalForm',
  'fiscalCode',
  'email',
  'phone',
  'street',
  'representativeName',
  'representativeFiscalCode',
  'adminName',
  'adminEmail',
]

const missing = (input: ApplicationInput, files: readonly ApplicationFile[], needsStatute: boolean): FieldError[] => [
  ...APPLICATION_REQUIRED.filter((field) => !String(input[field] ?? '').trim()).map((field) => ({
    path: applicationPath(field),
    key: 'applicationFieldRequired' as const,
  })),
  ...(['categories', 'districts'] as const)
    .filter((field) => input[field].length === 0)
    .map((field) => ({ path: applicationPath(field), key: 'applicationChoiceRequired' as const })),
  ...(needsStatute && !files.some((file) => file.kind === 'statute')
    ? [{ path: 'statute', key: 'applicationStatuteRequired' as const }]
    : []),
]

/** The organisation's data an application writes. */
const organisationData = (input: ApplicationInput, language: Language) => ({
  name: input.name,
  legalName: input.legalName,
  legalForm: input.legalForm as Organisation['legalForm'],
  fiscalCode: input.fiscalCode,
  vatNumber: input.vatNumber || null,
  email: input.email,
  pec: input.pec || null,
  phone: input.phone,
  website: input.website || null,
  offices: [{ name: null, street: input.street, postcode: input.postcode || null, district: input.district || null }],
  application: {
    representativeName: input.representativeName,
    representativeFiscalCode: input.representativeFiscalCode,
    adminName: input.adminName,
    adminEmail: input.adminEmail.toLowerCase(),
    language,
    categories: input.categories,
    districts: input.districts,
  },
})

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex')

/** A new secret for the applicant's link: the link carries it, the organisation only its hash. */
export const newApplicationToken = (): { token: string; tokenHash: string } => {
  const token = randomBytes(32).toString('base64url')
  return { token, tokenHash: hashOf(token) }
}

/** The field errors of a refused write, or null for any other failure. */
const serverErrorsOf = (error: unknown): { path: string; message: string }[] | null =>
  error instanceof ValidationError ? (error.data.errors as { path: string; message: string }[]) : null

/** The form's file inputs: the statute, and every other document. */
export const fileInputOf = (kind: OrganisationDocumentKind): 'statute' | 'documents' => (kind === 'statute' ? 'statute' : 'documents')

/** Files each document; a file refused (not a PDF or an image) is named at its input, with its name. */
const fileDocuments = async (req: PayloadRequest, organisation: string, files: readonly ApplicationFile[]) => {
  for (const { kind, ...file } of files) {
    try {
      await req.payload.create({ collection: 'organisation-documents', data: { organisation, kind }, file, overrideAccess: true, req })
    } catch (error) {
      const refused = serverErrorsOf(error)
      if (!refused) throw error
      rejectInput(
        req,
        'organisations',
        refused.map(({ message }) => ({ path: fileInputOf(kind), message: `${file.name}: ${message}` })),
      )
    }
  }
}

/** The organisation an applicant's link opens, while the application is alive; nothing for a wrong or withdrawn one. */
const organisationOfToken = async (payload: Payload, token: string, req?: PayloadRequest): Promise<Organisation | null> => {
  if (!/^[\w-]{40,60}$/.test(token)) return null
  const { docs } = await payload.find({
    collection: 'organisations',
    where: { 'application.tokenHash': { equals: hashOf(token) } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const organisation = docs[0]
  return organisation && organisation.accreditation.status !== 'revoked' ? organisation : null
}

export type ApplicationOutcome = { outcome: 'sent'; organisation: string; token: string } | { outcome: 'too-many' }

/**
 * A third-sector organisation applies to be accredited, from the public site: the organisation
 * is written as submitted to WeMi, with its documents, in one transaction, and the applicant
 * gets the link to follow it. Nobody else creates organisations but WeMi admins: this server
 * function is the only way in, limited per connection.
 */
export const applyForAccreditation = async (
  payload: Payload,
  { input, files, language, address }: { input: ApplicationInput; files: readonly ApplicationFile[]; language: Language; address: string },
): Promise<ApplicationOutcome> => {
  const req = await localRequest(payload, { language, address, context: { auditVia: 'application' } })
  rejectInput(req, 'organisations', missing(input, files, true))
  if (!(await attempt(payload, 'enteApplication', { address })).allowed) return { outcome: 'too-many' }
  const { totalDocs } = await payload.count({ collection: 'organisations', where: { fiscalCode: { equals: input.fiscalCode } }, req })
  if (totalDocs > 0) rejectField(req, 'organisations', 'fiscalCode', 'applicationAlreadyRegistered')

  const { token, tokenHash } = newApplicationToken()
  const organisation = await inTransaction(req, async (req) => {
    const data = organisationData(input, language)
    const created = await payload.create({
      collection: 'organisations',
      data: { ...data, application: { ...data.application, tokenHash }, accreditation: { status: 'submitted' } },
      depth: 0,
      overrideAccess: true,
      req,
    })
    await fileDocuments(req, String(created.id), files)
    return created
  })
  try {
    await tellApplicant(payload, organisation, token, 'received')
  } catch (error) {
    // The page the applicant lands on has the same link: a lost e-mail loses nothing.
    payload.logger.error({ err: error, organisation: organisation.id }, 'The application e-mail could not be sent')
  }
  return { outcome: 'sent', organisation: String(organisation.id), token }
}

/** Sends the applicant the link to their application, with why it is sent. */
export const tellApplicant = async (payload: Payload, organisation: Organisation, token: string, kind: 'received' | 'to-correct') => {
  const { adminEmail, language } = organisation.application ?? {}
  if (!adminEmail) return
  await sendAccreditationEmail(payload, {
    to: adminEmail,
    language,
    kind,
    vars: { name: organisation.name, notes: organisation.accreditation.notes ?? '' },
    url: applicationUrl(languageFrom(language), token),
  })
}

/** What the applicant's page shows of their application. */
export type ApplicationView = {
  id: string
  status: AccreditationState
  notes: string | null
  submittedAt: string | null
  input: ApplicationInput
  documents: { id: string; kind: string; filename: string; createdAt: string }[]
}

const inputOf = (organisation: Organisation): ApplicationInput => {
  const office = organisation.offices?.[0]
  const application = organisation.application ?? {}
  return {
    name: organisation.name,
    legalName: organisation.legalName,
    legalForm: organisation.legalForm,
    fiscalCode: organisation.fiscalCode,
    vatNumber: organisation.vatNumber ?? '',
    email: organisation.email ?? '',
    pec: organisation.pec ?? '',
    phone: organisation.phone ?? '',
    website: organisation.website ?? '',
    street: office?.street ?? '',
    postcode: office?.postcode ?? '',
    district: relationId(office?.district) ?? '',
    representativeName: application.representativeName ?? '',
    representativeFiscalCode: application.representativeFiscalCode ?? '',
    adminName: application.adminName ?? '',
    adminEmail: application.adminEmail ?? '',
    categories: (application.categories ?? []).map((category) => relationId(category)!),
    districts: (application.districts ?? []).map((district) => relationId(district)!),
  }
}

/** The application a link opens, or null for a link that opens nothing. */
export const applicationByToken = async (payload: Payload, token: string): Promise<ApplicationView | null> => {
  const organisation = await organisationOfToken(payload, token)
  if (!organisation) return null
  const { docs } = await payload.find({
    collection: 'organisation-documents',
    where: { organisation: { equals: organisation.id } },
    sort: '-createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { kind: true, filename: true, originalName: true, createdAt: true },
  })
  return {
    id: String(organisation.id),
    status: organisation.accreditation.status as AccreditationState,
    notes: organisation.accreditation.status === 'to-correct' ? (organisation.accreditation.notes ?? null) : null,
    submittedAt: organisation.accreditation.submittedAt ?? null,
    input: inputOf(organisation),
    documents: docs.map((doc) => ({
      id: String(doc.id),
      kind: doc.kind,
      filename: doc.originalName ?? doc.filename ?? '',
      createdAt: doc.createdAt,
    })),
  }
}

/**
 * The applicant corrects what WeMi asked and sends the application again, from the link in
 * WeMi's e-mail: the fields, any new documents and the state change commit together. The tax
 * code is the organisation's identity and stays as first sent.
 */
export const resubmitApplication = async (
  payload: Payload,
  {
    token,
    input,
    files,
    language,
    address,
  }: { token: string; input: ApplicationInput; files: readonly ApplicationFile[]; language: Language; address: string },
): Promise<{ outcome: 'sent' } | { outcome: 'too-many' }> => {
  const req = await localRequest(payload, { language, address, context: { auditVia: 'application-link' } })
  const organisation = await organisationOfToken(payload, token, req)
  if (!organisation) return rejectField(req, 'organisations', 'token', 'applicationLinkInvalid')
  if (organisation.accreditation.status !== 'to-correct')
    rejectField(req, 'organisations', 'accreditation.status', 'applicationNotToCorrect')
  rejectInput(req, 'organisations', missing({ ...input, fiscalCode: organisation.fiscalCode }, files, false))
  if (!(await attempt(payload, 'enteApplication', { address })).allowed) return { outcome: 'too-many' }

  await inTransaction(req, async (req) => {
    const { fiscalCode: _identity, ...data } = organisationData(input, language)
    await payload.update({
      collection: 'organisations',
      id: organisation.id,
      data: {
        ...data,
        application: { ...data.application, tokenHash: organisation.application?.tokenHash },
        accreditation: { status: 'submitted' },
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    await fileDocuments(req, String(organisation.id), files)
  })
  return { outcome: 'sent' }
}
