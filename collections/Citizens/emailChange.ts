import type { Payload } from 'payload'

import { seal, unseal } from '../../lib/sealed'
import { inTransaction, localRequest } from '../../lib/transaction'

/** Marks the server's own writes of an address it has proven, which the Citizens hooks let through. */
export const EMAIL_PROVEN = 'emailProven'

const PURPOSE = 'email-change'
const VALID_FOR_MS = 24 * 60 * 60 * 1000

type Change = { citizen: string; email: string }

/** The token of the link that makes `email` the citizen's address: sealed, so nobody can forge or alter it. */
export const sealEmailChange = (citizen: string, email: string): string => seal({ citizen, email } satisfies Change, PURPOSE)

/**
 * Follows a confirmation link: the pending address becomes the account's address, and the
 * account counts as verified, since its owner just proved they read that mailbox. A link works
 * once, and only for the latest address asked for; an address another account took meanwhile
 * is refused.
 */
export const confirmEmailChange = async (payload: Payload, token: string): Promise<'changed' | 'taken' | 'invalid'> => {
  const change = unseal<Change>(token, PURPOSE, VALID_FOR_MS)
  if (!change) return 'invalid'
  return inTransaction(await localRequest(payload, { context: { [EMAIL_PROVEN]: true } }), async (req) => {
    const citizen = await payload.findByID({
      collection: 'citizens',
      id: change.citizen,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!citizen || citizen.pendingEmail !== change.email) return 'invalid'
    const { totalDocs } = await payload.count({
      collection: 'citizens',
      where: { email: { equals: change.email } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) return 'taken'
    await payload.update({
      collection: 'citizens',
      id: citizen.id,
      data: { email: change.email, pendingEmail: null, _verified: true },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return 'changed'
  })
}
