import type { PayloadRequest } from 'payload'

import { message, type MessageKey } from '../../lib/i18n'
import { TransitionRefused } from '../requests/errors'

/** Refuses a group action, in the request's language: nothing is written. */
export const refuseGroup = (req: PayloadRequest, reason: MessageKey, vars?: Record<string, string>, status = 409): never => {
  throw new TransitionRefused(message(req, reason, vars), reason, status)
}
