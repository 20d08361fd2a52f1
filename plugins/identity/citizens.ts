import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import type { Language } from '../../lib/i18n'
import { EMAIL_PROVEN } from '../../collections/Citizens/emailChange'
import { recordConsent } from '../../lib/consents'
import { inTransaction, localRequest } from '../../lib/transaction'
import type { Citizen } from '../../payload-types'
import type { ProvenIdentity } from './claims'
import { confirmedCode, dropClaims } from './confirmation'
import { IdentityError } from './errors'

export type IdentityProof = { issuer: string; subject: string; level: string | null }

const one = async (payload: Payload, where: Record<string, unknown>, req: PayloadRequest): Promise<Citizen | null> =>
  ((await payload.find({ collection: 'citizens', where: where as never, limit: 1, depth: 0, req })).docs[0] as Citizen | undefined) ?? null

/**
 * The citizen a digital identity belongs to. Found first by the confirmed codice fiscale; a
 * code an account merely typed never links it, and is dropped from it, since the code is now
 * proven to be this person's. Failing that, an account is linked by the proven e-mail only when
 * its address is verified (sign-up's link, or a change confirmed from the new mailbox, so its
 * owner reads that mailbox) and it has no confirmed code of its own, which would be another
 * person's. Otherwise a new citizen is created. Names and birth date fill what the account
 * lacks; the proof and the confirmation of the code are recorded.
 */
export const citizenForIdentity = async (
  payload: Payload,
  identity: ProvenIdentity,
  proof: IdentityProof,
  language: Language,
): Promise<Citizen> =>
  inTransaction(await localRequest(payload, { language, context: { [EMAIL_PROVEN]: true } }), async (req) => {
    const digitalIdentity = { ...proof, lastSignInAt: new Date().toISOString() }
    const filled = (citizen: Citizen) => ({
      firstName: citizen.firstName || identity.firstName,
      lastName: citizen.lastName || identity.lastName,
      birthDate: citizen.birthDate || identity.birthDate,
    })
    const proven = await one(payload, { confirmedFiscalCode: { equals: identity.fiscalCode } }, req)
    const byEmail = proven ? null : await one(payload, { email: { equals: identity.email } }, req)
    const existing = proven ?? (byEmail && byEmail._verified && !byEmail.confirmedFiscalCode ? byEmail : null)
    if (existing?.disabled) throw new IdentityError('disabled')
    await dropClaims(payload, identity.fiscalCode, req, existing?.id)
    if (existing) {
      // An address never confirmed is replaced by the one the provider proves.
      const email = existing._verified ? {} : { email: identity.email }
      const confirmation = existing.confirmedFiscalCode ? {} : confirmedCode(identity.fiscalCode, 'digital-identity')
      return (await payload.update({
        collection: 'citizens',
        id: existing.id,
        data: { ...filled(existing), ...email, ...confirmation, digitalIdentity, _verified: true } as never,
        depth: 0,
        req,
      })) as Citizen
    }
    if (byEmail) throw new IdentityError('emailInUse')
    const created = (await payload.create({
      collection: 'citizens',
      // The person signs in with their identity; a password can be set later with "forgot password".
      data: {
        email: identity.email,
        password: randomBytes(32).toString('base64url'),
        firstName: identity.firstName,
        lastName: identity.lastName,
        ...confirmedCode(identity.fiscalCode, 'digital-identity'),
        birthDate: identity.birthDate,
        language,
        digitalIdentity,
        _verified: true,
      } as never,
      disableVerificationEmail: true,
      depth: 0,
      req,
    })) as Citizen
    // The sign-in page says that a first sign-in accepts the privacy notice: that is recorded with the account.
    await recordConsent(payload, { citizen: created.id, purpose: 'privacy', req })
    return created
  })
