import { randomUUID } from 'node:crypto'

import { getTranslation } from '@payloadcms/translations'
import {
  APIError,
  type CheckboxField,
  type CollectionAfterChangeHook,
  type CollectionAfterErrorHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  Forbidden,
} from 'payload'

import { CONSENT_TEXTS, recordConsent } from '../../../lib/consents'
import { enforceLimit } from '../../../lib/rate-limits'
import { checkNoPassword } from '../../../lib/sign-in'
import { rejectField } from '../../../lib/validation'
import { alreadyRegisteredEmail } from '../emails/alreadyRegistered'

/**
 * The privacy consent a new account is opened with. It is not stored on the citizen: giving it
 * writes a consent record (with the text's version) in the same transaction as the account.
 */
export const privacyConsentField: CheckboxField = {
  name: 'privacyConsent',
  type: 'checkbox',
  virtual: true,
  label: CONSENT_TEXTS.privacy.text,
  access: { read: () => false, update: () => false },
  admin: { condition: (data) => !data?.id },
}

/** Answered as a sign-up that went through, for an e-mail that already has an account. */
class SignUpReceived extends APIError {
  constructor(email: string) {
    super('Sign-up received', 201, { email }, true)
    this.name = 'SignUpReceived'
  }
}

/**
 * Someone signing themselves up (REST, or the site's Local API call as nobody) passes the same
 * checks: the connection's limit, the privacy consent, and an answer that never tells whether
 * the e-mail already has an account — its owner gets a note instead, and the caller the answer
 * a new account gets, after the same work. GraphQL, whose errors cannot be dressed as a
 * success, does not open accounts.
 */
export const checkSignUp: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'create' || overrideAccess || req.user) return args
  if (req.payloadAPI === 'GraphQL') throw new Forbidden(req.t)
  await enforceLimit(req, 'signUp')
  const data = (args.data ?? {}) as { email?: unknown; password?: unknown; privacyConsent?: unknown }
  if (data.privacyConsent !== true) rejectField(req, 'citizens', 'privacyConsent', 'privacyConsentRequired')
  const email = typeof data.email === 'string' ? data.email.toLowerCase().trim() : ''
  const owner = email
    ? await req.payload.db.findOne<{ id: string; firstName?: string | null; language?: string | null }>({
        collection: 'citizens',
        where: { email: { equals: email } },
        req,
      })
    : null
  if (!owner) return args
  await checkNoPassword(String(data.password ?? ''))
  await req.payload.sendEmail({ to: email, ...alreadyRegisteredEmail(owner) })
  throw new SignUpReceived(email)
}

/** The consent given with a new account is recorded with it, in the same transaction. */
export const recordSignUpConsent: CollectionAfterChangeHook = async ({ data, doc, operation, req }) => {
  if (operation === 'create' && data.privacyConsent === true)
    await recordConsent(req.payload, { citizen: String(doc.id), purpose: 'privacy', req })
  return doc
}

/** A sign-up is answered with the new account's id and e-mail only, the same shape whether or not it was new. */
export const answerSignUp: CollectionAfterOperationHook<'citizens'> = ({ args, operation, result }) => {
  if (operation !== 'create' || args.overrideAccess || args.req?.user) return result
  return { id: result.id, email: result.email } as typeof result
}

/** The REST answer to a sign-up with a registered e-mail: what a new account gets, with an id of no one's. */
export const answerTakenSignUp: CollectionAfterErrorHook = ({ collection, error, req }) => {
  if (error.name !== 'SignUpReceived') return
  const { email } = (error as SignUpReceived).data as { email: string }
  return {
    status: 201,
    response: {
      doc: { id: randomUUID(), email },
      message: req.t('general:successfullyCreated', { label: getTranslation(collection.labels.singular, req.i18n) }),
    },
  }
}
