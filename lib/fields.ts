import type { CollectionSlug, Condition, Field, FieldHook, NumberField, RelationshipField, TextField, Validate } from 'payload'

import { isAdminField } from '../access/isAdmin'
import { isValidOrganisationFiscalCode, isValidPersonalFiscalCode, isValidVatNumber, normaliseTaxCode } from './fiscal'
import { type Bilingual, label, type Language, message } from './i18n'
import { isCents } from './money'
import { hasRole, ORGANISATION_ROLES, organisationOf } from './roles'
import { slugify } from './slug'

/**
 * An amount of money, stored in integer euro cents and typed and read in euros in the admin
 * (components/admin/MoneyField): "22" is €22.00, never 22 cents.
 */
export const centsField = (
  name: string,
  fieldLabel: ReturnType<typeof label>,
  overrides: { required?: boolean; description?: ReturnType<typeof label>; readOnly?: boolean } = {},
): NumberField => ({
  name,
  type: 'number',
  label: fieldLabel,
  min: 0,
  required: overrides.required,
  admin: {
    readOnly: overrides.readOnly,
    description:
      overrides.description ??
      (overrides.readOnly ? undefined : label('In euro, ad esempio 22 o 17,50.', 'In euros, for example 22 or 17.50.')),
    components: { Field: '/components/admin/MoneyField#MoneyField', Cell: '/components/admin/MoneyField#MoneyCell' },
  },
  validate: ((value, { req }) => (value == null || isCents(value) ? true : message(req, 'invalidCents'))) as Validate<number>,
})

/**
 * The ente a record belongs to. An ente's people start from their own, and only WeMi may move
 * a record to another ente once it exists; the collection's own check keeps them from creating
 * one for another ente.
 */
export const ownOrganisationField = (): RelationshipField => ({
  name: 'organisation',
  type: 'relationship',
  relationTo: 'organisations',
  label: label('Ente', 'Organisation'),
  required: true,
  index: true,
  defaultValue: ({ user }) => organisationOf(user) ?? undefined,
  access: { update: isAdminField },
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

type Option = { readonly value: string; readonly label: Bilingual }

/** The label of a select option's value, in a language (the value itself when unknown). */
export const optionLabel = (options: readonly Option[], value: string | null | undefined, language: Language): string =>
  options.find((option) => option.value === value)?.label[language] ?? value ?? ''

export const optionLabels = (options: readonly Option[], values: readonly string[] | null | undefined, language: Language): string[] =>
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

/** A part of the day: its name alone ("Mattina") where the hours are known, with them ("Mattina (8–13)") in forms. */
const timeBand = <Value extends string>(value: Value, itName: string, enName: string, hours: string) =>
  ({ value, name: label(itName, enName), label: label(`${itName} (${hours})`, `${enName} (${hours})`) }) as const

export const TIME_BANDS = [
  timeBand('morning', 'Mattina', 'Morning', '8–13'),
  timeBand('afternoon', 'Pomeriggio', 'Afternoon', '13–18'),
  timeBand('evening', 'Sera', 'Evening', '18–22'),
  timeBand('night', 'Notte', 'Night', '22–8'),
] as const

type Words = readonly [it: string, en: string]

const priceModel = (value: string, name: Words, unit: Words, one: Words, other: Words) => ({
  value,
  label: label(...name),
  unit: label(...unit),
  quantity: { one: label(...one), other: label(...other) },
})

/**
 * How a service is priced; `unit` follows an amount ("14,00 € all’ora") and `quantity` counts
 * the units a family pays for in a period ("40 ore").
 */
export const PRICE_MODELS = [
  priceModel('per-hour', ['All’ora', 'Per hour'], ['all’ora', 'per hour'], ['ora', 'hour'], ['ore', 'hours']),
  priceModel(
    'per-visit',
    ['A prestazione', 'Per visit'],
    ['a prestazione', 'per visit'],
    ['prestazione', 'visit'],
    ['prestazioni', 'visits'],
  ),
  priceModel('per-month', ['Al mese', 'Per month'], ['al mese', 'per month'], ['mese', 'month'], ['mesi', 'months']),
  priceModel('package', ['A pacchetto', 'Package'], ['a pacchetto', 'per package'], ['pacchetto', 'package'], ['pacchetti', 'packages']),
  priceModel('free', ['Gratuito', 'Free'], ['', ''], ['volta', 'time'], ['volte', 'times']),
]

/** "ore", "month": the unit of a service's price, as counted. */
export const quantityNoun = (priceModel: string | null | undefined, count: number, language: Language): string => {
  const quantity = PRICE_MODELS.find((model) => model.value === priceModel)?.quantity ?? PRICE_MODELS[0]!.quantity
  return (count === 1 ? quantity.one : quantity.other)[language]
}

/** "40 ore", "1 month": how many units of a service's price a family pays for. */
export const quantityText = (priceModel: string | null | undefined, count: number, language: Language): string =>
  `${count} ${quantityNoun(priceModel, count, language)}`

/** "all’ora": what an amount of a service's price is for. */
export const priceUnitOf = (priceModel: string | null | undefined, language: Language): string =>
  PRICE_MODELS.find((model) => model.value === priceModel)?.unit[language] ?? ''

/** Whether a service is delivered to one person, to a group, or either. */
export const DELIVERY_MODES = [
  { value: 'individual', label: label('Individuale', 'Individual') },
  { value: 'shared', label: label('Condiviso', 'Shared') },
  { value: 'both', label: label('Individuale o condiviso', 'Individual or shared') },
]

/** The languages a service can be delivered in. */
export const SERVICE_LANGUAGES = [
  ['it', 'Italiano', 'Italian'],
  ['en', 'Inglese', 'English'],
  ['fr', 'Francese', 'French'],
  ['es', 'Spagnolo', 'Spanish'],
  ['de', 'Tedesco', 'German'],
  ['ar', 'Arabo', 'Arabic'],
  ['zh', 'Cinese', 'Chinese'],
  ['ro', 'Rumeno', 'Romanian'],
  ['uk', 'Ucraino', 'Ukrainian'],
  ['ru', 'Russo', 'Russian'],
  ['sq', 'Albanese', 'Albanian'],
  ['tl', 'Filippino', 'Filipino'],
  ['bn', 'Bengalese', 'Bengali'],
  ['pt', 'Portoghese', 'Portuguese'],
].map(([value, it, en]) => ({ value: value!, label: label(it!, en!) }))

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
/**
 * Enti cannot open a citizen's record, so in their forms a link to it would read as a bare id;
 * the thread's title names the person instead.
 */
export const citizenLinkShown: Condition = (_data, _siblingData, { user }) => !hasRole(user, ...ORGANISATION_ROLES)

/** The title of a record that belongs to a thread: the thread's own ("Giulia Rossi — Badante convivente"). */
export const threadTitleField = (): TextField => ({
  name: 'threadTitle',
  type: 'text',
  label: label('Richiesta', 'Request'),
  virtual: 'thread.title',
  admin: { hidden: true },
})

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
        // Named by the thread's title instead (an ente cannot open the citizen's record).
        admin: { hidden: true },
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
