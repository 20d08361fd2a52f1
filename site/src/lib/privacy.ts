import type { CollectionSlug, FlattenedField } from 'payload'

import { CONSENT_TEXTS, type ConsentPurpose } from '../../../lib/consents'
import { formatDate } from '../../../lib/dates'
import { RECORD_FIELD_LABELS } from '../../../lib/i18n/site'
import { areaPath } from '../../../lib/links'
import { formatCents } from '../../../lib/money'
import { exportPersonalData, type PersonalDataExport } from '../../../lib/personal-data'
import { attempt } from '../../../lib/rate-limits'
import { ErasureRefused, eraseCitizen } from '../../../plugins/privacy/erasure'
import { HOUSING_APPLICATION_NAME, HOUSING_STATES } from '../../../collections/HousingApplications/states'
import { stateLabel, type ThreadState } from '../../../collections/Threads/states'
import type { Citizen } from '../../../payload-types'
import type { FormPage } from './account'
import { type FormErrors, fromThisSite, textFields, type Visit } from './forms'
import { catalogue } from './catalogue'
import { type Lang, t } from './i18n'
import { payload } from './payload'
import { endSession } from './session'

export type DataRow = { label: string; value: string }
export type DataSection = { collection: string; heading: string; records: DataRow[][] }
export type ConsentRow = { purpose: string; text: string; version: string; givenAt: string; withdrawnAt: string }

const labelOf = (field: { name: string; label?: unknown }, lang: Lang): string => {
  const { label } = field
  if (label && typeof label === 'object' && lang in label) return String((label as Record<Lang, string>)[lang])
  if (typeof label === 'string') return label
  return RECORD_FIELD_LABELS[field.name]?.[lang] ?? field.name
}

type Options = { value: string; label: unknown }[]

/** One value as a person reads it: option labels, names for ids, euros, dates in the city's zone. */
const show = (field: FlattenedField, value: unknown, lang: Lang, timeZone: string, names: PersonalDataExport['names']): string => {
  if (value == null || value === '') return ''
  if (Array.isArray(value))
    return value
      .map((item) => show(field, item, lang, timeZone, names))
      .filter(Boolean)
      .join(', ')
  switch (field.type) {
    case 'select':
    case 'radio': {
      const option = ((field as { options?: Options }).options ?? []).find((candidate) => candidate.value === value)
      const text = option?.label
      return text && typeof text === 'object' ? String((text as Record<Lang, string>)[lang]) : String(text ?? value)
    }
    case 'checkbox':
      return value ? t(lang, 'yes') : t(lang, 'no')
    case 'date': {
      // Payload's default is a calendar day; moments say so in their picker, or are timestamps.
      const appearance = (field as { admin?: { date?: { pickerAppearance?: string } } }).admin?.date?.pickerAppearance
      const moment = appearance === 'dayAndTime' || field.name === 'createdAt' || field.name === 'updatedAt'
      return formatDate(String(value), lang, timeZone, moment)
    }
    case 'number':
      return field.name.endsWith('Cents') && typeof value === 'number' ? formatCents(value, lang) : String(value)
    case 'relationship':
    case 'upload': {
      if (typeof value === 'object' && value && 'relationTo' in value) {
        const { relationTo, value: id } = value as { relationTo: string; value: string }
        return names[relationTo]?.[id] ?? String(id)
      }
      const relationTo = (field as { relationTo?: unknown }).relationTo
      return (typeof relationTo === 'string' && names[relationTo]?.[String(value)]) || String(value)
    }
    case 'json':
    case 'richText':
      return JSON.stringify(value)
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value)
  }
}

/** The rows of one record, in the order of its collection's fields, groups and lists spelt out. */
const rowsOf = (
  fields: FlattenedField[],
  record: Record<string, unknown>,
  lang: Lang,
  timeZone: string,
  names: PersonalDataExport['names'],
  prefix = '',
): DataRow[] => {
  const rows: DataRow[] = []
  const known = new Set<string>()
  for (const field of fields) {
    known.add(field.name)
    const value = record[field.name]
    if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) continue
    const label = prefix + labelOf(field, lang)
    if (field.type === 'group' && value && typeof value === 'object') {
      rows.push(...rowsOf(field.flattenedFields, value as Record<string, unknown>, lang, timeZone, names, `${label} – `))
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((item, index) =>
        rows.push(...rowsOf(field.flattenedFields, item as Record<string, unknown>, lang, timeZone, names, `${label} ${index + 1} – `)),
      )
    } else if (field.type !== 'join') {
      const text = show(field, value, lang, timeZone, names)
      if (text) rows.push({ label, value: text })
    }
  }
  // What the collection does not declare (an upload's file name, say) is shown as it is.
  for (const [name, value] of Object.entries(record)) {
    if (known.has(name) || value == null || value === '' || typeof value === 'object') continue
    rows.push({ label: prefix + (RECORD_FIELD_LABELS[name]?.[lang] ?? name), value: String(value) })
  }
  return rows
}

/** The citizen's consents: what they agreed to, in which version of the text, and when. */
const consentsOf = (data: PersonalDataExport, lang: Lang, timeZone: string): ConsentRow[] =>
  (data.sections.find((section) => section.collection === 'consents')?.records ?? []).map((record) => {
    const purpose = record.purpose as ConsentPurpose
    const text = CONSENT_TEXTS[purpose]
    return {
      purpose: text?.label[lang] ?? String(purpose),
      text: text && text.version === record.version ? text.text[lang] : '',
      version: String(record.version ?? ''),
      givenAt: record.givenAt ? formatDate(String(record.givenAt), lang, timeZone, true) : '',
      withdrawnAt: record.withdrawnAt ? formatDate(String(record.withdrawnAt), lang, timeZone, true) : '',
    }
  })

/** The "my data" page: the same records as the download, grouped by kind, to read. */
export const myDataOf = async (citizen: Citizen, lang: Lang): Promise<{ consents: ConsentRow[]; sections: DataSection[] }> => {
  const cms = await payload()
  const data = await exportPersonalData(cms, citizen, lang)
  const { timeZone } = (await catalogue()).city
  const sections = data.sections
    .filter((section) => section.collection !== 'consents')
    .map((section) => ({
      collection: section.collection,
      heading: section.heading[lang],
      records: section.records.map((record) =>
        rowsOf(cms.collections[section.collection as CollectionSlug].config.flattenedFields, record, lang, timeZone, data.names),
      ),
    }))
  return { consents: consentsOf(data, lang, timeZone), sections }
}

/** The download: every record about the citizen, machine-readable, never kept by a cache. */
export const myDataDownload = async (citizen: Citizen, lang: Lang): Promise<Response> => {
  const data = await exportPersonalData(await payload(), citizen, lang)
  const day = data.exportedAt.slice(0, 10)
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="wemi-${lang === 'it' ? 'i-miei-dati' : 'my-data'}-${day}.json"`,
      'cache-control': 'private, no-store',
    },
  })
}

// ------------------------------------------------------------------ account deletion
export const DELETE_WORD: Record<Lang, string> = { it: 'ELIMINA', en: 'DELETE' }

export type DeleteValues = { blocking: { reference: string; status: string }[] }

/** The deletion page's own address, and where it says the account is gone. */
export const deleteAccountPath = (lang: Lang) => `${areaPath(lang, 'myData')}/${lang === 'it' ? 'cancella-account' : 'delete-account'}`
export const accountDeletedPath = (lang: Lang) => `${deleteAccountPath(lang)}?${lang === 'it' ? 'fatto' : 'done'}=1`

/**
 * Deletes the signed-in citizen's account once they type the confirmation word: a POST from
 * this site, within the rate limit. It asks for a word rather than the password because
 * accounts opened with SPID or CIE have none the citizen knows. A refusal (threads still in
 * progress) names the threads and changes nothing; success ends the session.
 */
export const handleDeleteAccount = async (visit: Visit, citizen: Citizen, lang: Lang): Promise<FormPage<DeleteValues> | Response> => {
  const { request, cookies, redirect } = visit
  const values: DeleteValues = { blocking: [] }
  const refuse = (errors: FormErrors, status = 400) => ({ values, errors, status, done: false })
  if (request.method !== 'POST') return { values, errors: {}, status: 200, done: false }
  const form = await request.formData()
  const { confirmation } = textFields(form, ['confirmation'] as const, 40)
  if (!fromThisSite(visit)) return refuse({ form: 'errorOrigin' }, 403)
  if (confirmation.toUpperCase() !== DELETE_WORD[lang])
    return refuse({ confirmation: { text: t(lang, 'errorDeleteWord', { word: DELETE_WORD[lang] }) } })
  const outcome = await attempt(await payload(), 'deleteAccount', { address: visit.clientAddress, account: citizen.id })
  if (!outcome.allowed) return refuse({ form: { text: t(lang, 'errorRateLimited', { minutes: outcome.retryAfterMinutes }) } }, 429)
  try {
    await eraseCitizen(await payload(), citizen.id, lang)
  } catch (error) {
    if (!(error instanceof ErasureRefused || (error instanceof Error && error.name === 'ErasureRefused'))) throw error
    const { threads, stays } = error as ErasureRefused
    values.blocking = [
      ...threads.map((thread) => ({ reference: thread.reference, status: stateLabel(thread.status as ThreadState)[lang] })),
      ...stays.map((stay) => ({
        reference: HOUSING_APPLICATION_NAME[lang],
        status: HOUSING_STATES.find((state) => state.value === stay.status)?.label[lang] ?? stay.status,
      })),
    ]
    return refuse({ form: 'errorDeleteInProgress' }, 409)
  }
  await endSession(cookies)
  return redirect(accountDeletedPath(lang), 303)
}
