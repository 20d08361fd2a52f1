import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { recordConsent } from '../../lib/consents'
import { inTransaction, localRequest } from '../../lib/transaction'
import type { Citizen } from '../../payload-types'
import type { ProvenIdentity } from './claims'
import { IdentityError } from './errors'

export type IdentityProof = { issuer: string; subject: string; level: string | null }

const one = async (payload: Payload, where: Record<string, unknown>, req: PayloadRequest): Promise<Citizen | null> =>
  ((await payload.find({ collection: 'citizens', where: where as never, limit: 1, depth: 0, req })).docs[0] as Citizen | undefined) ?? null

/**
 * The citizen a digital identity belongs to, found by codice fiscale. An account made with
 * e-mail and password for the same codice fiscale is linked, never duplicated; so is a
 * confirmed account with the proven e-mail and no codice fiscale yet. Otherwise a new citizen
 * is created. Names and birth date fill what the account lacks; the proof is recorded.
 */
export const citizenForIdentity = async (
  payload: Payload,
  identity: ProvenIdentity,
  proof: IdentityProof,
  language: 'it' | 'en',
): Promise<Citizen> =>
  inTransaction(await localRequest(payload, { language }), async (req) => {
    const digitalIdentity = { ...proof, lastSignInAt: new Date().toISOString() }
    const filled = (citizen: Citizen) => ({
      firstName: citizen.firstName || identity.firstName,
      lastName: citizen.lastName || identity.lastName,
      birthDate: citizen.birthDate || identity.birthDate,
    })
    const byCode = await one(payload, { fiscalCode: { equals: identity.fiscalCode } }, req)
    const byEmail = byCode ? null : await one(payload, { email: { equals: identity.email } }, req)
    const existing = byCode ?? (byEmail && byEmail._verified && !byEmail.fiscalCode ? byEmail : null)
    if (existing?.disabled) throw new IdentityError('disabled')
    if (existing) {
      // An address never confirmed is replaced by the one the provider proves.
      const email = existing._verified ? {} : { email: identity.email }
      return (await payload.update({
        collection: 'citizens',
        id: existing.id,
        data: { ...filled(existing), ...email, fiscalCode: identity.fiscalCode, digitalIdentity, _verified: true } as never,
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
        fiscalCode: identity.fiscalCode,
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
