import { MAX_MESSAGE_LENGTH } from '../../collections/Messages'
import { MAX_REVIEW_LENGTH, SCORES } from '../../collections/Reviews'
import type { Action } from '../../collections/Threads/states'
import { isCalendarDate, today } from '../../lib/dates'
import { DAYS, TIME_BANDS } from '../../lib/fields'
import { type Bilingual, label, type MessageKey } from '../../lib/i18n'
import { isCents } from '../../lib/money'
import { type FieldError, rejectInput } from '../../lib/validation'
import type { InputValues, TransitionContext } from './context'

type Common = { name: string; label: Bilingual; required: boolean }

/** One input of an action: what every form offering the action shows, and what its effect accepts. */
export type InputField =
  | (Common & { kind: 'text'; minLength?: number; maxLength: number; lines: number; missing?: MessageKey })
  | (Common & { kind: 'score'; min: number; max: number })
  /** A whole number of things: hours, visits, months. */
  | (Common & { kind: 'count'; min: number; max: number })
  /** The id of a record the party chooses: the quote accepted, the voucher spent. */
  | (Common & { kind: 'record' })
  /** Files already uploaded to the thread. */
  | (Common & { kind: 'files'; max: number })
  | (Common & { kind: 'cents' })
  | (Common & { kind: 'date' })
  | (Common & { kind: 'choices'; options: readonly { value: string }[] })

export type ActionInput = {
  /** The collection the input becomes part of, where its errors are reported. */
  collection: string
  fields: readonly InputField[]
  /** What only the thread can tell about the values (a date still to come, a file of this thread). */
  check?: (values: InputValues, context: TransitionContext) => Promise<FieldError[]>
}

/** Files attached in a thread must have been uploaded to that same thread. */
const ownFiles = async (context: TransitionContext, ids: string[], path: string): Promise<FieldError[]> => {
  if (ids.length === 0) return []
  const { totalDocs } = await context.payload.count({
    collection: 'thread-files',
    where: { and: [{ id: { in: ids } }, { thread: { equals: context.thread.id } }] },
    req: context.req,
  })
  return totalDocs === new Set(ids).size ? [] : [{ path, key: 'attachmentNotInThread' }]
}

/** A quote's days are still to come, and its period ends after it starts. */
const checkQuote = async (values: InputValues, context: TransitionContext): Promise<FieldError[]> => {
  const { validUntil, periodStart, periodEnd, attachment } = values as Record<string, string>
  const firstDay = today(context.settings.timeZone, context.now)
  const errors: FieldError[] = []
  if (!isCalendarDate(validUntil) || validUntil < firstDay) errors.push({ path: 'validUntil', key: 'dateNotInFuture' })
  if (!isCalendarDate(periodStart) || periodStart < firstDay) errors.push({ path: 'periodStart', key: 'dateNotInFuture' })
  if (!isCalendarDate(periodEnd) || (isCalendarDate(periodStart) && periodEnd < periodStart)) {
    errors.push({ path: 'periodEnd', key: 'periodEndBeforeStart' })
  }
  return [...errors, ...(await ownFiles(context, attachment ? [attachment] : [], 'attachment'))]
}

const REASON = label('Motivo', 'Reason')
const REASON_LENGTH = 2000

/** A reason one may give (closing, declining). */
export const OPTIONAL_REASON: InputField = {
  name: 'reason',
  kind: 'text',
  required: false,
  maxLength: REASON_LENGTH,
  lines: 2,
  label: REASON,
}

/** A reason one must give, in a few words at least (a dispute, WeMi closing something). */
export const REQUIRED_REASON: InputField = {
  name: 'reason',
  kind: 'text',
  required: true,
  minLength: 10,
  maxLength: REASON_LENGTH,
  lines: 3,
  missing: 'reasonRequired',
  label: REASON,
}

/** The text of a message. */
export const MESSAGE_BODY: InputField = {
  name: 'body',
  kind: 'text',
  required: true,
  maxLength: MAX_MESSAGE_LENGTH,
  lines: 3,
  missing: 'messageEmpty',
  label: label('Messaggio', 'Message'),
}

/** What an ente writes in a quote, first or updated. */
const QUOTE_INPUT: ActionInput = {
  collection: 'quotes',
  fields: [
    { name: 'amountCents', kind: 'cents', required: true, label: label('Importo', 'Amount') },
    { name: 'validUntil', kind: 'date', required: true, label: label('Valido fino al', 'Valid until') },
    { name: 'periodStart', kind: 'date', required: true, label: label('Inizio del servizio', 'Service starts') },
    { name: 'periodEnd', kind: 'date', required: true, label: label('Fine del servizio', 'Service ends') },
    { name: 'days', kind: 'choices', required: false, options: DAYS, label: label('Giorni', 'Days') },
    { name: 'timeBands', kind: 'choices', required: false, options: TIME_BANDS, label: label('Fasce orarie', 'Time bands') },
    { name: 'conditions', kind: 'text', required: false, maxLength: 4000, lines: 4, label: label('Condizioni', 'Conditions') },
    { name: 'attachment', kind: 'record', required: false, label: label('Allegato', 'Attachment') },
  ],
  check: checkQuote,
}

/**
 * The input of every action people take on a thread, one definition per action. Effects read
 * their input through it and the site's forms are drawn from it, so a form cannot ask for less
 * than an effect requires or offer what it refuses.
 */
export const ACTION_INPUTS: Partial<Record<Action, ActionInput>> = {
  quote: QUOTE_INPUT,
  // An updated quote asks for everything a first one does, and replaces it.
  requote: QUOTE_INPUT,
  decline: {
    collection: 'threads',
    fields: [OPTIONAL_REASON],
  },
  cancel: {
    collection: 'threads',
    fields: [OPTIONAL_REASON],
  },
  dispute: {
    collection: 'threads',
    fields: [REQUIRED_REASON],
  },
  message: {
    collection: 'messages',
    fields: [MESSAGE_BODY, { name: 'attachments', kind: 'files', required: false, max: 5, label: label('Allegati', 'Attachments') }],
    check: async ({ attachments }, context) => ownFiles(context, attachments as string[], 'attachments'),
  },
  accept: { collection: 'threads', fields: [{ name: 'quote', kind: 'record', required: true, label: label('Preventivo', 'Quote') }] },
  checkout: {
    collection: 'payments',
    fields: [
      { name: 'voucher', kind: 'record', required: false, label: label('Usa un voucher', 'Use a voucher') },
      { name: 'voucherCents', kind: 'cents', required: false, label: label('Importo dal voucher', 'Amount from the voucher') },
    ],
  },
  'pay-voucher': {
    collection: 'payments',
    fields: [{ name: 'voucher', kind: 'record', required: true, label: label('Usa un voucher', 'Use a voucher') }],
  },
  'pay-voucher-agreed': {
    collection: 'payments',
    fields: [{ name: 'voucher', kind: 'record', required: true, label: label('Usa un voucher', 'Use a voucher') }],
  },
  refund: {
    collection: 'payments',
    fields: [{ name: 'amountCents', kind: 'cents', required: false, label: label('Importo da rimborsare', 'Amount to refund') }],
  },
  review: {
    collection: 'reviews',
    fields: [
      ...SCORES.map(({ name, label }) => ({ name, label, kind: 'score' as const, required: true, min: 1, max: 5 })),
      { name: 'comment', kind: 'text', required: false, maxLength: MAX_REVIEW_LENGTH, lines: 3, label: label('Commento', 'Comment') },
    ],
  },
}

const asText = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '')
const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : [])
const given = (value: unknown) => value !== undefined && value !== null && value !== ''

const countError = (field: { min: number; max: number }) => ({
  key: 'countOutOfRange' as const,
  vars: { min: String(field.min), max: String(field.max) },
})

/** Reads one field, with the problem it has if any. */
const readField = (field: InputField, raw: unknown): { value: InputValues[string]; error?: Omit<FieldError, 'path'> } => {
  switch (field.kind) {
    case 'text': {
      const value = asText(raw)
      if ((field.required && !value) || (value && value.length < (field.minLength ?? 0))) {
        return { value, error: { key: field.missing ?? 'reasonRequired' } }
      }
      return value.length > field.maxLength ? { value, error: { key: 'textTooLong', vars: { max: String(field.maxLength) } } } : { value }
    }
    case 'score': {
      const value = Number(raw)
      const fits = Number.isInteger(value) && value >= field.min && value <= field.max
      return fits || (!field.required && !given(raw))
        ? { value: given(raw) ? value : undefined }
        : { value, error: { key: 'scoreOutOfRange' } }
    }
    case 'count': {
      const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw
      if (!given(raw)) return field.required ? { value: undefined, error: countError(field) } : { value: undefined }
      return typeof value === 'number' && Number.isInteger(value) && value >= field.min && value <= field.max
        ? { value }
        : { value: undefined, error: countError(field) }
    }
    case 'cents': {
      if (!given(raw)) return field.required ? { value: undefined, error: { key: 'invalidCents' } } : { value: undefined }
      const value = typeof raw === 'string' ? Number(raw) : raw
      return isCents(value) ? { value } : { value: undefined, error: { key: 'invalidCents' } }
    }
    case 'choices': {
      const value = asList(raw)
      return value.every((choice) => field.options.some((option) => option.value === choice))
        ? { value }
        : { value, error: { key: 'invalidChoice' } }
    }
    case 'files': {
      const value = asList(raw)
      return value.length > field.max ? { value, error: { key: 'tooManyAttachments' } } : { value }
    }
    case 'record':
    case 'date':
      // Which record or day is acceptable depends on the thread: the action's effect decides.
      return { value: asText(raw) }
  }
}

/** Reads an input's fields by their definitions: the values, and every problem at its field. */
export const readFields = (
  fields: readonly InputField[],
  input: Record<string, unknown>,
): { values: InputValues; errors: FieldError[] } => {
  const values: InputValues = {}
  const errors: FieldError[] = []
  for (const field of fields) {
    const { value, error } = readField(field, input[field.name])
    values[field.name] = value
    if (error) errors.push({ path: field.name, ...error })
  }
  return { values, errors }
}

/**
 * Reads the input of the action being taken by its definition and checks it against the thread,
 * refusing it with every problem at its field before anything is written.
 */
export const readInput = async (context: TransitionContext): Promise<InputValues> => {
  const definition = ACTION_INPUTS[context.action]
  if (!definition) return {}
  const { values, errors } = readFields(definition.fields, context.input)
  errors.push(...((await definition.check?.(values, context)) ?? []))
  rejectInput(context.req, definition.collection, errors)
  return values
}
