import type { Validate } from 'payload'
import { email as emailFormat } from 'payload/shared'

import { label, message } from '../../lib/i18n'

/**
 * How a citizen wants to be reached. Someone registered at a desk without an e-mail address is
 * reached by phone or when they come to the desk; their notices wait in their area.
 */
export const CONTACT_PREFERENCES = [
  { value: 'email', label: label('Per e-mail', 'By e-mail') },
  { value: 'phone', label: label('Per telefono', 'By phone') },
  { value: 'desk', label: label('Allo sportello', 'At the desk') },
] as const

export type ContactPreference = (typeof CONTACT_PREFERENCES)[number]['value']

export const isContactPreference = (value: unknown): value is ContactPreference =>
  CONTACT_PREFERENCES.some((preference) => preference.value === value)

/**
 * An address is needed unless the citizen is reached another way; a phone preference needs a
 * phone number. Only a desk registration sets another preference (the field is written by the
 * server alone), so a sign-up on the site always gives an address.
 */
export const validateEmailOrOtherContact: Validate<string> = (value, args) => {
  const sibling = (args.siblingData ?? {}) as { contactPreference?: unknown; phone?: unknown }
  if (value) return emailFormat(value, { ...args, required: false } as never)
  if (!sibling.contactPreference || sibling.contactPreference === 'email') return message(args.req, 'emailNeeded')
  if (sibling.contactPreference === 'phone' && !sibling.phone) return message(args.req, 'phoneNeededForContact')
  return true
}
