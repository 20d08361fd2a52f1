import { isValidPersonalFiscalCode } from '../../../lib/fiscal'
import { languageFrom } from '../../../lib/i18n/language'
import type { Citizen } from '../../../payload-types'
import type { FormPage } from './account'
import { catalogue } from './catalogue'
import {
  checkPerson,
  type FormErrors,
  fromThisSite,
  hasErrors,
  PERSON_FIELDS,
  type PersonValues,
  PHONE,
  POSTCODE,
  textFields,
  type Visit,
} from './forms'
import type { Lang } from './i18n'
import { payload } from './payload'
import { asCitizen } from './session'

export const MAX_BENEFICIARIES = 10

export type BeneficiaryValues = PersonValues

export type ProfileValues = {
  firstName: string
  lastName: string
  fiscalCode: string
  phone: string
  street: string
  postcode: string
  district: string
  language: Lang
  beneficiaries: BeneficiaryValues[]
  /** How the codice fiscale was proven; a confirmed one is shown, never edited. */
  fiscalCodeConfirmedBy: 'digital-identity' | 'desk' | null
  /** A new e-mail address waiting for its link to be followed. */
  pendingEmail: string
}

const PROFILE_FIELDS = ['firstName', 'lastName', 'fiscalCode', 'phone', 'street', 'postcode', 'district', 'language'] as const

const valuesOf = (citizen: Citizen): ProfileValues => ({
  firstName: citizen.firstName ?? '',
  lastName: citizen.lastName ?? '',
  fiscalCode: citizen.fiscalCode ?? '',
  phone: citizen.phone ?? '',
  street: citizen.address?.street ?? '',
  postcode: citizen.address?.postcode ?? '',
  district: typeof citizen.address?.district === 'object' ? (citizen.address?.district?.id ?? '') : (citizen.address?.district ?? ''),
  language: languageFrom(citizen.language),
  beneficiaries: (citizen.beneficiaries ?? []).map((person) => ({
    name: person.name,
    relationship: person.relationship,
    birthYear: person.birthYear ? String(person.birthYear) : '',
  })),
  ...proven(citizen),
})

const proven = (citizen: Citizen) => ({
  fiscalCodeConfirmedBy: citizen.confirmedFiscalCode ? (citizen.fiscalCodeConfirmedBy ?? null) : null,
  pendingEmail: citizen.pendingEmail ?? '',
})

/**
 * The people the citizen cares for, from rows `beneficiaries.<n>.*`: a row marked for removal
 * is dropped, and the empty row offered for a new person counts only once it has a name.
 */
const readBeneficiaries = (form: FormData): { rows: BeneficiaryValues[]; errors: FormErrors } => {
  const rows: BeneficiaryValues[] = []
  const errors: FormErrors = {}
  for (let index = 0; index <= MAX_BENEFICIARIES; index++) {
    const prefix = `beneficiaries.${index}.`
    if (!form.has(`${prefix}name`)) continue
    if (form.get(`${prefix}remove`) === 'yes') continue
    const person = textFields(form, PERSON_FIELDS, 120, prefix)
    const isNewRow = form.get(`${prefix}new`) === 'yes'
    if (isNewRow && !person.name && !person.birthYear) continue
    const at = rows.length
    checkPerson(person, errors, (field) => `beneficiaries.${at}.${field}`)
    rows.push(person)
  }
  return { rows: rows.slice(0, MAX_BENEFICIARIES), errors }
}

/** The profile page: a GET shows the citizen's data, a POST validates and saves it as the citizen. */
export const handleProfile = async (visit: Visit, citizen: Citizen): Promise<FormPage<ProfileValues> | Response> => {
  const { request, url, redirect } = visit
  if (request.method !== 'POST') return { values: valuesOf(citizen), errors: {}, status: 200, done: url.searchParams.get('saved') === '1' }
  const form = await request.formData()
  const fields = textFields(form, PROFILE_FIELDS, 200)
  const beneficiaries = readBeneficiaries(form)
  const confirmed = citizen.confirmedFiscalCode
  const values: ProfileValues = {
    ...fields,
    // A confirmed code is not the citizen's to change: the form shows it and sends nothing.
    fiscalCode: confirmed ?? fields.fiscalCode.replace(/\s+/g, '').toUpperCase(),
    language: languageFrom(fields.language),
    beneficiaries: beneficiaries.rows,
    ...proven(citizen),
  }
  const refuse = (errors: FormErrors, status = 400) => ({ values, errors, status, done: false })
  if (!fromThisSite(visit)) return refuse({ form: 'errorOrigin' }, 403)

  const errors: FormErrors = { ...beneficiaries.errors }
  if (!values.firstName) errors.firstName = 'errorRequired'
  if (!values.lastName) errors.lastName = 'errorRequired'
  if (values.fiscalCode && !isValidPersonalFiscalCode(values.fiscalCode)) errors.fiscalCode = 'errorFiscalCode'
  if (values.phone && !PHONE.test(values.phone)) errors.phone = 'errorPhone'
  if (values.postcode && !POSTCODE.test(values.postcode)) errors.postcode = 'errorPostcode'
  const { districts } = await catalogue()
  if (values.district && !districts.some((district) => district.id === values.district)) errors.district = 'errorChoice'
  if (hasErrors(errors)) return refuse(errors)

  await (
    await payload()
  ).update({
    collection: 'citizens',
    id: citizen.id,
    data: {
      firstName: values.firstName,
      lastName: values.lastName,
      ...(confirmed ? {} : { fiscalCode: values.fiscalCode || null }),
      phone: values.phone || null,
      address: { street: values.street || null, postcode: values.postcode || null, district: values.district || null },
      language: values.language,
      beneficiaries: values.beneficiaries.map((person) => ({
        name: person.name,
        relationship: person.relationship as NonNullable<Citizen['beneficiaries']>[number]['relationship'],
        birthYear: person.birthYear ? Number(person.birthYear) : null,
      })),
    },
    ...asCitizen(citizen),
    depth: 0,
  })
  return redirect(`${url.pathname}?saved=1`, 303)
}
