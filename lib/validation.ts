import { type PayloadRequest, ValidationError } from 'payload'

import { message, type MessageKey } from './i18n'

/** One refused field: where, and the message key that says why. */
export type FieldError = { path: string; key: MessageKey; vars?: Record<string, string> }

/** Refuses bad input with every problem at its field, in the user's language; nothing when there is none. */
export const rejectInput = (req: PayloadRequest, collection: string, errors: readonly FieldError[]): void => {
  if (errors.length === 0) return
  throw new ValidationError(
    { collection, errors: errors.map(({ path, key, vars }) => ({ path, message: message(req, key, vars) })), req },
    req.t,
  )
}

/** Refuses one field's value. */
export const rejectField = (
  req: PayloadRequest,
  collection: string,
  path: string,
  key: MessageKey,
  vars?: Record<string, string>,
): never => {
  rejectInput(req, collection, [{ path, key, vars }])
  throw new Error(`${collection}.${path}: ${key}`)
}
