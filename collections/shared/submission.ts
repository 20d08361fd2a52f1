import type { FieldError } from '../../lib/validation'

const isEmpty = (value: unknown) => value == null || value === '' || (Array.isArray(value) && value.length === 0)

/** The fields a record must fill before it is sent, each named with the reason, for those still empty. */
export const missingToSubmit = (doc: Record<string, unknown>, required: readonly string[]): FieldError[] =>
  required.filter((field) => isEmpty(doc[field])).map((path) => ({ path, key: 'requiredToSubmit' }))

/** The fields among `fields` a write would change. */
export const changedFields = (data: Record<string, unknown>, original: Record<string, unknown> | undefined, fields: readonly string[]) =>
  fields.filter((field) => field in data && JSON.stringify(data[field]) !== JSON.stringify(original?.[field]))
