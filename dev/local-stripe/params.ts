import type { FormObject, FormValue } from './form'

/** Stripe's error object: what the SDK reads to pick its error class. */
export type StripeErrorBody = {
  type: 'invalid_request_error' | 'idempotency_error' | 'api_error'
  message: string
  param?: string
  code?: string
}

/** An API answer other than success, with the status code Stripe uses for it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: StripeErrorBody,
  ) {
    super(error.message)
  }
}

export const invalid = (param: string, message: string, code?: string) =>
  new ApiError(400, { type: 'invalid_request_error', param, message, ...(code ? { code } : {}) })

export const missingResource = (object: string, id: string, param: string) =>
  new ApiError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    param,
    message: `No such ${object}: '${id}'`,
  })

/** The SDK sends `null` as an empty string, which Stripe reads as "not given". */
const given = (value: FormValue | undefined): value is FormValue => value !== undefined && value !== ''

export const optionalString = (value: FormValue | undefined, param: string, maxLength = 5000): string | null => {
  if (!given(value)) return null
  if (typeof value !== 'string') throw invalid(param, `Invalid string: ${param} must be a string`)
  if (value.length > maxLength) throw invalid(param, `Invalid string: must be at most ${maxLength} characters`)
  return value
}

export const requiredString = (value: FormValue | undefined, param: string, maxLength?: number): string => {
  const text = optionalString(value, param, maxLength)
  if (text === null) throw invalid(param, `Missing required param: ${param}.`, 'parameter_missing')
  return text
}

export const optionalInteger = (value: FormValue | undefined, param: string, minimum: number): number | null => {
  if (!given(value)) return null
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(number)) throw invalid(param, `Invalid integer: ${typeof value === 'string' ? value : param}`)
  if (number < minimum) throw invalid(param, `This value must be greater than or equal to ${minimum}.`)
  return number
}

export const requiredInteger = (value: FormValue | undefined, param: string, minimum: number): number => {
  const number = optionalInteger(value, param, minimum)
  if (number === null) throw invalid(param, `Missing required param: ${param}.`, 'parameter_missing')
  return number
}

export const optionalObject = (value: FormValue | undefined, param: string): FormObject | null => {
  if (!given(value)) return null
  if (typeof value === 'string' || Array.isArray(value)) throw invalid(param, `Invalid object: ${param} must be an object`)
  return value
}

export const optionalArray = (value: FormValue | undefined, param: string): FormValue[] | null => {
  if (!given(value)) return null
  if (!Array.isArray(value)) throw invalid(param, `Invalid array: ${param} must be an array`)
  return value
}

export const oneOf = <T extends string>(value: FormValue | undefined, param: string, allowed: readonly T[]): T | null => {
  const text = optionalString(value, param)
  if (text === null) return null
  if (!(allowed as readonly string[]).includes(text)) throw invalid(param, `Invalid ${param}: must be one of ${allowed.join(', ')}`)
  return text as T
}

/** Stripe's limits: 50 keys, keys up to 40 characters, values up to 500; an empty value removes the key. */
export const metadataOf = (value: FormValue | undefined, param: string): Record<string, string> => {
  const entries = Object.entries(optionalObject(value, param) ?? {})
  if (entries.length > 50) throw invalid(param, 'Invalid metadata: at most 50 keys')
  const metadata: Record<string, string> = {}
  for (const [key, text] of entries) {
    if (key.length > 40) throw invalid(`${param}[${key}]`, 'Invalid metadata: keys must be at most 40 characters')
    const entry = optionalString(text, `${param}[${key}]`, 500)
    if (entry !== null) metadata[key] = entry
  }
  return metadata
}

/** `expand[]=…`; each resource says which fields it can embed. */
export const expansionsOf = (params: FormObject, expandable: readonly string[]): Set<string> => {
  const expand = optionalArray(params.expand, 'expand') ?? []
  return new Set(
    expand.map((item, index) => {
      const field = requiredString(item, `expand[${index}]`)
      if (!expandable.includes(field)) throw invalid(`expand[${index}]`, `This property cannot be expanded (${field}).`)
      return field
    }),
  )
}

export const isHttpUrl = (text: string): boolean => {
  if (!URL.canParse(text)) return false
  const { protocol } = new URL(text)
  return protocol === 'http:' || protocol === 'https:'
}
