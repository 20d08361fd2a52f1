import { logoutOperation, type Payload, type TypedUser } from 'payload'
import { addSessionToUser } from 'payload/shared'

import { signSessionToken } from '../../lib/sessions'
import { localRequest } from '../../lib/transaction'

/**
 * A Payload session for a citizen who proved who they are elsewhere (the identity provider):
 * the same session record and token a password sign-in gets, so the site, the REST API and
 * sign-out treat both alike.
 */
export const startCitizenSession = async (payload: Payload, citizenId: string): Promise<{ token: string; exp: number }> => {
  const collectionConfig = payload.collections.citizens.config
  const req = await localRequest(payload)
  const user = await payload.db.findOne<Record<string, unknown> & { id: string; email: string }>({
    collection: 'citizens',
    where: { id: { equals: citizenId } },
    req,
  })
  if (!user) throw new Error(`No citizen ${citizenId}`)
  const { sid } = await addSessionToUser({ collectionConfig, payload, req, user: user as never })
  return signSessionToken(payload, 'citizens', user, sid, collectionConfig.auth.tokenExpiration)
}

/** Ends the session `user` came with (its record is removed, so its token stops working everywhere). */
export const endCitizenSession = async (payload: Payload, user: TypedUser): Promise<void> => {
  await logoutOperation({ collection: payload.collections.citizens, req: await localRequest(payload, { user }) })
}
