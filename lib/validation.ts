import { type PayloadRequest, ValidationError } from 'payload'

import { message, type MessageKey } from './i18n'

/** One refused field: where, and the message key that says why. */
export type FieldError = { path: string; key: MessageKey; vars?: Record<string, string> }

/** A refused field whose message is already in the user's language. */
export type WrittenFieldError = { path: string; message: string }

const textOf = (req: PayloadRequest, error: FieldError | WrittenFieldError): string =>
  'message' in error ? error.message : message(req, error.key, error.vars)

/** Refuses bad input with every problem at its field, in the user's language; nothing when there is none. */
export const rejectInput = (req: PayloadRequest, collection: string, errors: readonly (FieldError | WrittenFieldError)[]): void => {
  if (errors.length === 0) return
  const written = errors.map((error) => ({ path: error.path, message: textOf(req, error) }))
  const refusal = new ValidationError({ collection, errors: written, req }, req.t)
  // Payload's own summary names the fields by path ("accreditation.status non valido"), and the
  // admin shows that summary: people read the reasons instead.
  refusal.message = written.map((error) => error.message).join(' ')
  throw refusal
}

/** Refuses one field's value, for the reason a message key gives, or with a message already written. */
export const rejectField = (
  req: PayloadRequest,
  collection: string,
  path: string,
  reason: MessageKey | { message: string },
  vars?: Record<string, string>,
): never => {
  rejectInput(req, collection, [typeof reason === 'string' ? { path, key: reason, vars } : { path, message: reason.message }])
  throw new Error(`${collection}.${path}: refused`)
}
