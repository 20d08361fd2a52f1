import type { CollectionSlug, Field, FieldHook, NumberField, TextField, Validate } from 'payload'

import { isValidOrganisationFiscalCode, isValidPersonalFiscalCode, isValidVatNumber, normaliseTaxCode } from './fiscal'
import { label, message } from './i18n'
import { isCents } from './money'
import { slugify } from './slug'

/** An amount of money in integer euro cents. */
export const centsField = (
  name: string,
  fieldLabel: ReturnType<typeof label>,
  overrides: { required?: boolean; description?: ReturnType<typeof label> } = {},
): NumberField => ({
  name,
  type: 'number',
  label: fieldLabel,
  min: 0,
  required: overrides.required,
  admin: { step: 1, description: overrides.description ?? label('In centesimi di euro.', 'In euro cents.') },
  validate: ((value, { req }) => (value == null || isCents(value) ? true : message(req, 'invalidCents'))) as Validate<number>,
})

/**
 * A unique, URL-safe identifier derived from another field when left empty. Public pages use
 * it in their addresses, so it is the same in both languages. Many enti offer a service with
 * the same title, so a derived slug takes a number when the plain one is taken.
 */
export const slugField = (from: string): TextField => ({
  name: 'slug',
  type: 'text',
  label: label('Indirizzo breve (slug)', 'Slug'),
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: label('Si compila da solo se lo lasci vuoto.', 'Filled in automatically when left empty.'),
  },
  hooks: {
    beforeValidate: [
      async ({ value, data, originalDoc, collection, req }) => {
        if (typeof value === 'string' && value.trim()) return slugify(value)
        const source = data?.[from] ?? originalDoc?.[from]
        const text = typeof source === 'object' && source !== null ? (source.it ?? source.en) : source
        if (typeof text !== 'string' || !text.trim() || !collection) return value
        const base = slugify(text)
        for (let n = 1; ; n++) {
          const candidate = n === 1 ? base : `${base}-${n}`
          const { totalDocs } = await req.payload.count({
            collection: collection.slug as CollectionSlug,
            where: { slug: { equals: candidate }, ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}) },
            req,
          })
          if (totalDocs === 0) return candidate
        }
      },
    ],
  },
})

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

export const validateTime: Validate<string> = (value, { req }) =>
  value == null || value === '' || TIME.test(value) ? true : message(req, 'invalidTime')

type Option = { readonly value: string; readonly label: Record<'it' | 'en', string> }

/** The label of a select option's value, in a language (the value itself when unknown). */
export const optionLabel = (options: readonly Option[], value: string | null | undefined, language: 'it' | 'en'): string =>
  options.find((option) => option.value === value)?.label[language] ?? value ?? ''

export const optionLabels = (options: readonly Option[], values: readonly string[] | null | undefined, language: 'it' | 'en'): string[] =>
  (values ?? []).map((value) => optionLabel(options, value, language))

/** Who a service is for, as the person asking sees it. */
export const RELATIONSHIPS = [
  { value: 'self', label: label('Me stesso/a', 'Myself') },
  { value: 'child', label: label('Figlio/a', 'Child') },
  { value: 'parent', label: label('Genitore', 'Parent') },
  { value: 'partner', label: label('Coniuge o partner', 'Spouse or partner') },
  { value: 'relative', label: label('Altro familiare', 'Other relative') },
  { value: 'other', label: label('Altra persona', 'Someone else') },
]

/** How a codice fiscale was proven: by signing in with SPID or CIE, or by a desk operator who saw a document. */
export const FISCAL_CODE_CONFIRMATIONS = [
  { value: 'digital-identity', label: label('SPID o CIE', 'SPID or CIE') },
  { value: 'desk', label: label('Sportello WeMi, con un documento', 'WeMi desk, with a document') },
]

/** The identity documents a desk operator may confirm a codice fiscale with. */
export const IDENTITY_DOCUMENTS = [
  { value: 'identity-card', label: label("Carta d'identità", 'Identity card') },
  { value: 'passport', label: label('Passaporto', 'Passport') },
  { value: 'driving-licence', label: label('Patente di guida', 'Driving licence') },
  { value: 'residence-permit', label: label('Permesso di soggiorno', 'Residence permit') },
  { value: 'health-card', label: label('Tessera sanitaria', 'Health insurance card') },
]

export const DAYS = [
  { value: 'mon', label: label('Lunedì', 'Monday') },
  { value: 'tue', label: label('Martedì', 'Tuesday') },
  { value: 'wed', label: label('Mercoledì', 'Wednesday') },
  { value: 'thu', label: label('Giovedì', 'Thursday') },
  { value: 'fri', label: label('Venerdì', 'Friday') },
  { value: 'sat', label: label('Sabato', 'Saturday') },
  { value: 'sun', label: label('Domenica', 'Sunday') },
] as const

export const TIME_BANDS = [
  { value: 'morning', label: label('Mattina (8–13)', 'Morning (8–13)') },
  { value: 'afternoon', label: label('Pomeriggio (13–18)', 'Afternoon (13–18)') },
  { value: 'evening', label: label('Sera (18–22)', 'Evening (18–22)') },
  { value: 'night', label: label('Notte (22–8)', 'Night (22–8)') },
] as const

/** Latitude and longitude of a place, for maps and distances. */
export const coordinatesFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'latitude', type: 'number', label: label('Latitudine', 'Latitude'), min: -90, max: 90 },
      { name: 'longitude', type: 'number', label: label('Longitudine', 'Longitude'), min: -180, max: 180 },
    ],
  },
]

/** Tax identifiers are stored without spaces and in capitals. */
export const normaliseTaxCodeHook: FieldHook = ({ value }) => (typeof value === 'string' && value.trim() ? normaliseTaxCode(value) : value)

const taxValidator =
  (isValid: (value: string) => boolean, key: 'invalidFiscalCode' | 'invalidVatNumber'): Validate<string> =>
  (value, { req }) =>
    value == null || value === '' || isValid(value) ? true : message(req, key)

export const validatePersonalFiscalCode = taxValidator(isValidPersonalFiscalCode, 'invalidFiscalCode')
export const validateOrganisationFiscalCode = taxValidator(isValidOrganisationFiscalCode, 'invalidFiscalCode')
export const validateVatNumber = taxValidator(isValidVatNumber, 'invalidVatNumber')

/** When editorial content becomes public, which lets editors schedule it. */
export const publishedAtField: Field = {
  name: 'publishedAt',
  type: 'date',
  label: label('Data di pubblicazione', 'Publication date'),
  index: true,
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    description: label('Il contenuto diventa visibile da questo momento.', 'The content becomes visible from this moment.'),
  },
}

/** E-mail, certified e-mail (PEC) and phone, side by side. */
export const contactRow: Field = {
  type: 'row',
  fields: [
    { name: 'email', type: 'email', label: label('E-mail', 'E-mail') },
    { name: 'pec', type: 'email', label: label('PEC', 'Certified e-mail (PEC)') },
    { name: 'phone', type: 'text', label: label('Telefono', 'Phone') },
  ],
}

/**
 * The thread a record belongs to and the thread's two parties, copied onto the record so that
 * one read rule (access/threadParties) can filter it without a join.
 */
export const threadSideFields = (threadLabel = label('Richiesta', 'Request'), { keptAfterErasure = false } = {}): Field[] => [
  // Financial records outlive the citizen's account (see lib/personal-data.ts): when it is
  // deleted they stay, without the thread and the citizen they were linked to.
  { name: 'thread', type: 'relationship', relationTo: 'threads', label: threadLabel, required: !keptAfterErasure, index: true },
  {
    type: 'row',
    fields: [
      {
        name: 'citizen',
        type: 'relationship',
        relationTo: 'citizens',
        label: label('Cittadino', 'Citizen'),
        required: !keptAfterErasure,
        index: true,
      },
      {
        name: 'organisation',
        type: 'relationship',
        relationTo: 'organisations',
        label: label('Ente', 'Organisation'),
        required: true,
        index: true,
      },
    ],
  },
]
