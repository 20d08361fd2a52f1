import {
  commitTransaction,
  createLocalReq,
  getLocalI18n,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type RequestContext,
  type TypedUser,
} from 'payload'

import { fromClientAddress } from './client-address'
import type { Language } from './i18n'

/**
 * A server-side request acting as `user` (or as the system, with none), in their language;
 * with `address`, on behalf of a visitor at that address, whose attempts count against its limits.
 */
export const localRequest = async (
  payload: Payload,
  { user, context, language, address }: { user?: TypedUser | null; context?: RequestContext; language?: Language; address?: string } = {},
): Promise<PayloadRequest> => {
  const i18n = language ? await getLocalI18n({ config: payload.config, language }) : undefined
  return createLocalReq(
    { user: user ?? undefined, context, req: { ...(i18n ? { i18n } : {}), ...(address ? fromClientAddress(address) : {}) } },
    payload,
  )
}

/**
 * Runs `work` in one database transaction: everything it writes through the request it is
 * given commits together or not at all.
 */
export const inTransaction = async <T>(req: PayloadRequest, work: (req: PayloadRequest) => Promise<T>): Promise<T> => {
  const owns = await initTransaction(req)
  try {
    const result = await work(req)
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}
