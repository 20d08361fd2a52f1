import type { CollectionBeforeOperationHook } from 'payload'

import { enforceLimit } from '../../../lib/rate-limits'
import { isStaffAccount } from '../../../lib/roles'

/**
 * Each booking sends an e-mail to the address it names, so a booking from the network (REST,
 * GraphQL or the site) counts against the connection's limit and the recipient's. Desk staff
 * booking for the people in front of them are not limited.
 */
export const limitBookings: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' || isStaffAccount(req.user)) return args
  const email = (args.data as { email?: unknown } | undefined)?.email
  await enforceLimit(req, 'bookAppointment', typeof email === 'string' ? email : null)
  return args
}
