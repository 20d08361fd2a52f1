import type { CollectionBeforeChangeHook, Validate } from 'payload'

import { languageOf, message } from '../../../lib/i18n'
import { formatCents } from '../../../lib/money'
import { relationId } from '../../../lib/relations'
import { companyOf, hasRole } from '../../../lib/roles'
import { rejectField } from '../../../lib/validation'
import { companyCredit } from '../../Companies/credit'

/** An HR member invites for their own company only (the field starts from it). */
export const validateInviteCompany: Validate<unknown> = (value, { req, operation }) => {
  if (operation !== 'create' || hasRole(req.user, 'admin') || !req.user) return true
  return relationId(value) === companyOf(req.user) ? true : message(req, 'ownCompanyOnly')
}

/**
 * An invitation holds its allowance out of the company's credit until it is taken up or
 * revoked, so the credit given and held never exceeds the credit bought. The company's row is
 * locked while this is checked, so concurrent invitations are counted one after the other.
 * Once written, an invitation only moves from invited to revoked (by its company or WeMi) or
 * to accepted (by the employee, through the server).
 */
export const holdCredit: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'create') {
    const company = relationId(data.company)
    if (!company) return data
    const allowance = Number(data.allowanceCents)
    if (!(allowance > 0)) rejectField(req, 'company-invites', 'allowanceCents', 'allowanceRequired')
    const { availableCents } = await companyCredit(req.payload, company, req, { lock: true })
    if (allowance > availableCents) {
      rejectField(req, 'company-invites', 'allowanceCents', 'companyCreditInsufficient', {
        available: formatCents(Math.max(availableCents, 0), languageOf(req)),
      })
    }
    return { ...data, status: 'invited' }
  }
  const from = originalDoc?.status
  const to = data.status ?? from
  if (to === from) return data
  const allowed = (from === 'invited' && to === 'revoked') || (from === 'invited' && to === 'accepted' && req.context.acceptingInvite)
  if (!allowed) rejectField(req, 'company-invites', 'status', 'inviteStatusLocked')
  return data
}
