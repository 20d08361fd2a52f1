import { APIError } from 'payload'

import type { MessageKey } from '../../lib/i18n'

/** A transition the table or its guard does not allow: nothing was written. */
export class TransitionRefused extends APIError {
  constructor(
    message: string,
    readonly reason: MessageKey,
    status = 409,
  ) {
    super(message, status, { reason }, true)
  }
}
