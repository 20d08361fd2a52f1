import { ORGANISATION_DOCUMENT_KINDS } from '../../../collections/OrganisationDocuments'
import { accreditation, type AccreditationState } from '../../../collections/Organisations/accreditation'
import { LEGAL_FORMS } from '../../../collections/Organisations'
import { isValidOrganisationFiscalCode, isValidPersonalFiscalCode, isValidVatNumber } from '../../../lib/fiscal'
import { messages } from '../../../lib/i18n/messages'
import { optionLabel } from '../../../lib/fields'
import { RATE_LIMITS } from '../../../lib/rate-limits'
import {
  APPLICATION_REQUIRED,
  type ApplicationFile,
  type ApplicationInput,
  type ApplicationView,
  applicationByToken,
  applicationPath,
  applyForAccreditation,
  resubmitApplication,
} from '../../../plugins/accreditation/application'
import { catalogue, shortDistrictName } from './catalogue'
import { EMAIL, type FormErrors, fromThisSite, hasErrors, PHONE, POSTCODE, serverErrors, type Visit } from './forms'
import { type Lang, type StringKey, t } from './i18n'
import { payload } from './payload'
import { path } from './routes'

/** The prefix of the form's ids, so that the error summary's links reach each field. */
export const ENTE_FORM = 'ente'

/** A file larger than this is refused before it reaches the server: statutes and certificates are small. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024
const MAX_FILE_MEGABYTES = MAX_FILE_BYTES / (1024 * 1024)
/** How many other documents one submission may carry. */
export const MAX_DOCUMENTS = 5

/** The form's file inputs, beside the organisation's own fields. */
export const FILE_FIELDS = { statute: 'statute', documents: 'documents' } as const

/** Robots fill every field, including this one that people never see. */
export const HONEYPOT = 'website_confirm'

type FormField = keyof ApplicationInput | keyof typeof FILE_FIELDS
type ChoiceField = 'categories' | 'districts'

/** A half-width entry shares a row with the next one, so that short fields sit side by side. */
type Width = 'full' | 'half'

type TextEntry = {
  name: Exclude<keyof ApplicationInput, ChoiceField | SelectEntry['name']>
  control: 'text' | 'email' | 'tel'
  autocomplete: string
  inputmode?: 'numeric'
  maxlength: number
  hint?: StringKey
  /** A correction cannot change this field: it is shown as filed, read-only and not posted, with this hint. */
  fixedHint?: StringKey
  width?: Width
}
type SelectEntry = {
  name: 'legalForm' | 'district'
  control: 'select'
  options: 'legalForms' | 'districts'
  hint?: StringKey
  width?: Width
}
type ChoicesEntry = { name: ChoiceField; control: 'choices'; options: keyof ApplicationOptions; hint: StringKey }
type FileEntry = {
  name: keyof typeof FILE_FIELDS
  control: 'file'
  accept: string
  multiple?: boolean
  hint: StringKey
  /** The hint on a correction, where the file sent before still counts. */
  correctionHint?: StringKey
}
export type FormEntry = TextEntry | SelectEntry | ChoicesEntry | FileEntry
export type FormSection = { id: string; heading: StringKey; intro?: StringKey; fields: readonly FormEntry[] }

/**
 * The application form, section by section in the order it is shown. Whether a field is
 * required is not said here: `isRequired` takes it from what the server requires.
 */
export const APPLICATION_FORM = [
  {
    id: 'organisation',
    heading: 'enteSectionOrganisation',
    fields: [
      { name: 'name', control: 'text', autocomplete: 'organization', maxlength: 200, hint: 'enteNameHint' },
      { name: 'legalName', control: 'text', autocomplete: 'off', maxlength: 200 },
      { name: 'legalForm', control: 'select', options: 'legalForms' },
      {
        name: 'fiscalCode',
        control: 'text',
        autocomplete: 'off',
        maxlength: 16,
        hint: 'enteFiscalCodeHint',
        fixedHint: 'enteFiscalCodeFixed',
        width: 'half',
      },
      { name: 'vatNumber', control: 'text', autocomplete: 'off', inputmode: 'numeric', maxlength: 13, width: 'half' },
    ],
  },
  {
    id: 'representative',
    heading: 'enteSectionRepresentative',
    fields: [
      { name: 'representativeName', control: 'text', autocomplete: 'off', maxlength: 200, width: 'half' },
      { name: 'representativeFiscalCode', control: 'text', autocomplete: 'off', maxlength: 16, width: 'half' },
    ],
  },
  {
    id: 'office',
    heading: 'enteSectionOffice',
    fields: [
      { name: 'street', control: 'text', autocomplete: 'address-line1', maxlength: 200 },
      { name: 'postcode', control: 'text', autocomplete: 'postal-code', inputmode: 'numeric', maxlength: 5, width: 'half' },
      { name: 'district', control: 'select', options: 'districts', width: 'half' },
      { name: 'email', control: 'email', autocomplete: 'work email', maxlength: 200, width: 'half' },
      { name: 'pec', control: 'email', autocomplete: 'off', maxlength: 200, width: 'half' },
      { name: 'phone', control: 'tel', autocomplete: 'work tel', maxlength: 20, width: 'half' },
      { name: 'website', control: 'text', autocomplete: 'url', maxlength: 500, width: 'half' },
    ],
  },
  {
    id: 'offer',
    heading: 'enteSectionOffer',
    fields: [
      { name: 'categories', control: 'choices', options: 'categories', hint: 'enteCategoriesHint' },
      { name: 'districts', control: 'choices', options: 'districts', hint: 'enteDistrictsHint' },
    ],
  },
  {
    id: 'documents',
    heading: 'enteSectionDocuments',
    fields: [
      {
        name: 'statute',
        control: 'file',
        accept: 'application/pdf,.pdf',
        hint: 'enteStatuteHint',
        correctionHint: 'enteStatuteAgainHint',
      },
      {
        name: 'documents',
        control: 'file',
        accept: 'application/pdf,.pdf,image/jpeg,image/png,image/webp',
        multiple: true,
        hint: 'enteDocumentsHint',
      },
    ],
  },
  {
    id: 'admin',
    heading: 'enteSectionAdmin',
    intro: 'enteAdminIntro',
    fields: [
      { name: 'adminName', control: 'text', autocomplete: 'name', maxlength: 200, width: 'half' },
      { name: 'adminEmail', control: 'email', autocomplete: 'email', maxlength: 200, width: 'half' },
    ],
  },
] as const satisfies readonly FormSection[]

type TableEntry = (typeof APPLICATION_FORM)[number]['fields'][number]
const ENTRIES: readonly TableEntry[] = APPLICATION_FORM.flatMap((section): readonly TableEntry[] => section.fields)

const TEXT_INPUTS = ENTRIES.flatMap((entry) => (entry.control === 'choices' || entry.control === 'file' ? [] : [entry.name]))
const CHOICE_INPUTS = ENTRIES.flatMap((entry) => (entry.control === 'choices' ? [entry.name] : []))

/** Whether a correction shows the field as filed instead of asking for it again. */
const isFixed = (field: FormField): boolean => ENTRIES.some((entry) => entry.name === field && 'fixedHint' in entry)

/**
 * Whether the form asks for a field, as the server does: what WeMi needs to review an
 * application, a choice in each list, and the statute on a first application.
 */
export const isRequired = (field: FormField, firstTime: boolean): boolean => {
  if (!firstTime && isFixed(field)) return false
  if (field === FILE_FIELDS.statute) return firstTime
  return CHOICE_INPUTS.some((choice) => choice === field) || APPLICATION_REQUIRED.some((required) => required === field)
}

/** A section's entries as the form lays them out: full-width ones alone, half-width ones two to a row. */
export const formRows = (fields: readonly FormEntry[]): { half: boolean; entries: FormEntry[] }[] => {
  const rows: { half: boolean; entries: FormEntry[] }[] = []
  for (const entry of fields) {
    const half = 'width' in entry && entry.width === 'half'
    const last = rows.at(-1)
    if (half && last?.half && last.entries.length < 2) last.entries.push(entry)
    else rows.push({ half, entries: [entry] })
  }
  return rows
}

/** What the form calls each field: the labels of the fields, and the names in the error summary. */
export const FIELD_LABELS: Record<keyof ApplicationInput | keyof typeof FILE_FIELDS, StringKey> = {
  name: 'enteName',
  legalName: 'enteLegalName',
  legalForm: 'enteLegalForm',
  fiscalCode: 'enteFiscalCode',
  vatNumber: 'enteVatNumber',
  representativeName: 'enteRepresentativeName',
  representativeFiscalCode: 'enteRepresentativeFiscalCode',
  street: 'street',
  postcode: 'postcode',
  district: 'districtLabel',
  email: 'enteEmail',
  pec: 'entePec',
  phone: 'phone',
  website: 'website',
  categories: 'enteCategories',
  districts: 'districtsServed',
  statute: 'enteStatute',
  documents: 'enteDocuments',
  adminName: 'enteAdminName',
  adminEmail: 'enteAdminEmail',
}

/** The field's name in the form: the organisation's path, so that the server's errors land on it. */
export const fieldName = (field: keyof ApplicationInput | keyof typeof FILE_FIELDS): string =>
  field in FILE_FIELDS ? field : applicationPath(field as keyof ApplicationInput)

/** Every field's label by its name in the form, for the error summary. */
export const fieldLabels = (lang: Lang): Record<string, string> =>
  Object.fromEntries(Object.entries(FIELD_LABELS).map(([field, key]) => [fieldName(field as keyof typeof FIELD_LABELS), t(lang, key)]))

export const emptyInput = (): ApplicationInput => ({
  ...(Object.fromEntries(TEXT_INPUTS.map((name) => [name, ''])) as Record<(typeof TEXT_INPUTS)[number], string>),
  categories: [],
  districts: [],
})

export type Choice = { value: string; label: string; hint?: string }

/** The lists the form chooses from, in the page's language. */
export type ApplicationOptions = { legalForms: Choice[]; categories: Choice[]; districts: Choice[] }

/**
 * The service areas (top-level categories: an accreditation for an area covers all its
 * categories, each named in the hint) and the city's districts.
 */
export const applicationOptions = async (lang: Lang): Promise<ApplicationOptions> => {
  const cat = await catalogue()
  return {
    legalForms: LEGAL_FORMS.map((form) => ({ value: form.value, label: form.label[lang] })),
    categories: cat.categories
      .filter((category) => !category.parentId)
      .map((area) => ({
        value: area.id,
        label: area.name[lang],
        hint: cat.categories
          .filter((category) => category.parentId === area.id)
          .map((category) => category.name[lang])
          .join(', '),
      })),
    districts: cat.districts.map((district) => {
      const [, place] = district.name[lang].split(' – ')
      return { value: district.id, label: shortDistrictName(district, lang), hint: place }
    }),
  }
}

const text = (form: FormData, name: string, max: number) =>
  String(form.get(name) ?? '')
    .trim()
    .slice(0, max)

/** What the form posted, by the fields' names, each text capped so that nothing oversized goes further. */
export const readInput = (form: FormData): ApplicationInput => {
  const input = emptyInput()
  for (const field of TEXT_INPUTS) input[field] = text(form, fieldName(field), field === 'website' ? 500 : 200)
  for (const field of CHOICE_INPUTS)
    input[field] = [
      ...new Set(
        form
          .getAll(fieldName(field))
          .map((value) => String(value).slice(0, 100))
          .filter(Boolean),
      ),
    ].slice(0, 100)
  return input
}

const signatures: { mimetype: string; matches: (bytes: Buffer) => boolean }[] = [
  { mimetype: 'application/pdf', matches: (bytes) => bytes.subarray(0, 5).toString('latin1') === '%PDF-' },
  { mimetype: 'image/jpeg', matches: (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff },
  { mimetype: 'image/png', matches: (bytes) => bytes.subarray(0, 4).toString('latin1') === '\x89PNG' },
  {
    mimetype: 'image/webp',
    matches: (bytes) => bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP',
  },
]

/**
 * The files posted, with an error for each input that holds a file too large or of a kind
 * WeMi does not take (told by its first bytes; the server checks the whole file again). An
 * empty file input posts an empty file, which means nothing was chosen.
 */
export const readFiles = async (form: FormData, lang: Lang): Promise<{ files: ApplicationFile[]; errors: FormErrors }> => {
  const errors: FormErrors = {}
  const files: ApplicationFile[] = []
  const chosen = (name: string) => form.getAll(name).filter((value): value is File => value instanceof File && value.size > 0)
  const tooLarge = (file: File) => ({ text: t(lang, 'enteErrorFileSize', { name: file.name, max: MAX_FILE_MEGABYTES }) })
  const read = async (file: File, kind: ApplicationFile['kind']) => {
    const data = Buffer.from(await file.arrayBuffer())
    const mimetype = signatures.find((signature) => signature.matches(data))?.mimetype
    return { file: { kind, name: file.name.slice(0, 200), mimetype: mimetype ?? file.type, size: file.size, data }, mimetype }
  }

  const [statute, ...extraStatutes] = chosen(FILE_FIELDS.statute)
  if (statute && extraStatutes.length === 0) {
    if (statute.size > MAX_FILE_BYTES) errors[FILE_FIELDS.statute] = tooLarge(statute)
    else {
      const { file, mimetype } = await read(statute, 'statute')
      if (mimetype === 'application/pdf') files.push(file)
      else errors[FILE_FIELDS.statute] = 'enteErrorStatutePdf'
    }
  } else if (statute) errors[FILE_FIELDS.statute] = 'enteErrorOneStatute'

  const documents = chosen(FILE_FIELDS.documents)
  if (documents.length > MAX_DOCUMENTS) errors[FILE_FIELDS.documents] = { text: t(lang, 'enteErrorTooManyFiles', { max: MAX_DOCUMENTS }) }
  else
    for (const document of documents) {
      if (document.size > MAX_FILE_BYTES) {
        errors[FILE_FIELDS.documents] = tooLarge(document)
        break
      }
      const { file, mimetype } = await read(document, 'other')
      if (!mimetype) {
        errors[FILE_FIELDS.documents] = 'enteErrorDocumentKind'
        break
      }
      files.push(file)
    }
  return { files, errors }
}

/**
 * Everything the site can tell about an application before sending it, so that the applicant
 * sees every error at once; the server checks it all again. The server's own wording is used
 * where the server says the same thing.
 */
export const checkInput = (
  input: ApplicationInput,
  files: readonly ApplicationFile[],
  { lang, firstTime }: { lang: Lang; firstTime: boolean },
): FormErrors => {
  const errors: FormErrors = {}
  const set = (field: keyof ApplicationInput, error: FormErrors[string]) => {
    errors[fieldName(field)] ??= error
  }
  for (const field of APPLICATION_REQUIRED)
    if (isRequired(field, firstTime) && !String(input[field]).trim()) set(field, { text: messages.applicationFieldRequired[lang] })
  if (input.legalForm && !LEGAL_FORMS.some((form) => form.value === input.legalForm)) set('legalForm', 'errorChoice')
  if (firstTime && input.fiscalCode && !isValidOrganisationFiscalCode(input.fiscalCode.replace(/\s+/g, '').toUpperCase()))
    set('fiscalCode', { text: messages.invalidFiscalCode[lang] })
  if (input.vatNumber && !isValidVatNumber(input.vatNumber.replace(/\s+/g, ''))) set('vatNumber', { text: messages.invalidVatNumber[lang] })
  if (input.representativeFiscalCode && !isValidPersonalFiscalCode(input.representativeFiscalCode.replace(/\s+/g, '').toUpperCase()))
    set('representativeFiscalCode', { text: messages.invalidFiscalCode[lang] })
  for (const field of ['email', 'pec', 'adminEmail'] as const) if (input[field] && !EMAIL.test(input[field])) set(field, 'errorEmail')
  if (input.phone && !PHONE.test(input.phone)) set('phone', 'errorPhone')
  if (input.postcode && !POSTCODE.test(input.postcode)) set('postcode', 'errorPostcode')
  for (const field of CHOICE_INPUTS)
    if (isRequired(field, firstTime) && input[field].length === 0) set(field, { text: messages.applicationChoiceRequired[lang] })
  if (isRequired(FILE_FIELDS.statute, firstTime) && !files.some((file) => file.kind === 'statute'))
    errors[FILE_FIELDS.statute] ??= { text: messages.applicationStatuteRequired[lang] }
  return errors
}

/** Choices that are not on the lists are dropped: the form offers only the city's own. */
const withKnownChoices = (input: ApplicationInput, options: ApplicationOptions): ApplicationInput => {
  const known = (list: Choice[], value: string) => list.some((choice) => choice.value === value)
  return {
    ...input,
    district: input.district && !known(options.districts, input.district) ? '' : input.district,
    categories: input.categories.filter((value) => known(options.categories, value)),
    districts: input.districts.filter((value) => known(options.districts, value)),
  }
}

/** The server's refusals by the form's field names; those of no field (a closed link, a state) are said at the top. */
const refusalErrors = (fields: FormErrors): FormErrors => {
  const names = new Set(Object.keys(FIELD_LABELS).map((field) => fieldName(field as keyof typeof FIELD_LABELS)))
  const errors: FormErrors = {}
  for (const [path, error] of Object.entries(fields)) {
    if (names.has(path)) errors[path] ??= error
    else errors.form ??= error
  }
  return errors
}

const tooMany = (lang: Lang) => ({ text: t(lang, 'errorRateLimited', { minutes: RATE_LIMITS.enteApplication.perAddress.minutes }) })

/** What the application form shows: the values kept, the errors, and the lists it chooses from. */
export type ApplyPage = { input: ApplicationInput; errors: FormErrors; options: ApplicationOptions; status: number }

/**
 * The "become a provider" form: a GET shows it, a POST from this site is checked and sent to
 * WeMi, then the applicant is sent on to their application's own page, whose link is the only
 * key to it.
 */
export const handleApplyForm = async (visit: Visit, lang: Lang): Promise<ApplyPage | Response> => {
  const { request, clientAddress, redirect } = visit
  const options = await applicationOptions(lang)
  const page: ApplyPage = { input: emptyInput(), errors: {}, options, status: 200 }
  if (request.method !== 'POST') return page
  const form = await request.formData()
  page.input = readInput(form)
  if (!fromThisSite(visit)) return { ...page, errors: { form: 'errorOrigin' }, status: 403 }
  if (form.get(HONEYPOT)) return redirect(path(lang, 'apply'), 303)
  const { files, errors: fileErrors } = await readFiles(form, lang)
  const input = withKnownChoices(page.input, options)
  const errors = { ...checkInput(input, files, { lang, firstTime: true }), ...fileErrors }
  if (hasErrors(errors)) return { ...page, input, errors, status: 400 }
  try {
    const outcome = await applyForAccreditation(await payload(), { input, files, language: lang, address: clientAddress })
    if (outcome.outcome === 'too-many') return { ...page, input, errors: { form: tooMany(lang) }, status: 429 }
    return redirect(`${path(lang, 'application')}?token=${encodeURIComponent(outcome.token)}&sent=1`, 303)
  } catch (error) {
    const fields = serverErrors(error)
    if (!fields) throw error
    return { ...page, input, errors: refusalErrors(fields), status: 400 }
  }
}

/** The applicant's page: their application as filed, and the form to correct it when WeMi asks. */
export type ApplicationPage = {
  application: ApplicationView
  token: string
  /** The address of this page, with its link's secret. */
  here: string
  notice: 'sent' | 'resent' | null
  statusLabel: string
  documents: { kind: string; filename: string; createdAt: string }[]
  /** What the form shows when the application is to be corrected: as filed, or as just posted. */
  input: ApplicationInput
  errors: FormErrors
  options: ApplicationOptions
  status: number
}

export const stateLabel = (status: AccreditationState, lang: Lang): string => optionLabel(accreditation.states, status, lang)

/**
 * The page an applicant's link opens (null when it opens nothing): a GET shows the application;
 * a POST sends it again, corrected, when WeMi has asked for corrections.
 */
export const handleApplicationPage = async (visit: Visit, lang: Lang): Promise<ApplicationPage | Response | null> => {
  const { request, url, clientAddress, redirect } = visit
  const token = url.searchParams.get('token') ?? ''
  const api = await payload()
  const application = token ? await applicationByToken(api, token) : null
  if (!application) return null
  const here = `${path(lang, 'application')}?token=${encodeURIComponent(token)}`
  const options = await applicationOptions(lang)
  const page: ApplicationPage = {
    application,
    token,
    here,
    notice: url.searchParams.get('sent') === '1' ? (url.searchParams.get('again') === '1' ? 'resent' : 'sent') : null,
    statusLabel: stateLabel(application.status, lang),
    documents: application.documents.map((document) => ({
      kind: optionLabel(ORGANISATION_DOCUMENT_KINDS, document.kind, lang),
      filename: document.filename,
      createdAt: document.createdAt,
    })),
    input: application.input,
    errors: {},
    options,
    status: 200,
  }
  if (request.method !== 'POST') return page
  const form = await request.formData()
  const posted = { ...withKnownChoices(readInput(form), options), fiscalCode: application.input.fiscalCode }
  if (!fromThisSite(visit)) return { ...page, input: posted, errors: { form: 'errorOrigin' }, status: 403 }
  if (application.status !== 'to-correct')
    return { ...page, notice: null, errors: { form: { text: messages.applicationNotToCorrect[lang] } }, status: 409 }
  const { files, errors: fileErrors } = await readFiles(form, lang)
  const errors = { ...checkInput(posted, files, { lang, firstTime: false }), ...fileErrors }
  if (hasErrors(errors)) return { ...page, notice: null, input: posted, errors, status: 400 }
  try {
    const outcome = await resubmitApplication(api, { token, input: posted, files, language: lang, address: clientAddress })
    if (outcome.outcome === 'too-many') return { ...page, notice: null, input: posted, errors: { form: tooMany(lang) }, status: 429 }
    return redirect(`${here}&sent=1&again=1`, 303)
  } catch (error) {
    const fields = serverErrors(error)
    if (!fields) throw error
    return { ...page, notice: null, input: posted, errors: refusalErrors(fields), status: fields.token ? 404 : 400 }
  }
}
