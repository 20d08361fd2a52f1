import type { Payload } from 'payload'

import type { Citizen } from '../payload-types'
import { relationId } from './relations'
import { hasRole } from './roles'
import { seal, unseal } from './sealed'

/** How long a desk operator may act for a citizen before the assistance must be opened again. */
export const ASSISTANCE_MINUTES = 120

const KEY_PURPOSE = 'desk-assistance'

/** Who is acting for a citizen, carried on the citizen as the Local API's user. */
export type AssistedBy = { assistance: string; operator: string; operatorName: string; desk: string; deskName: string; expiresAt: string }

export type AssistedCitizen = Citizen & { assistedBy: AssistedBy }

const ACTIONS_ON_BEHALF: ReadonlySet<string> = new Set(['accept', 'message', 'cancel', 'pay-voucher-agreed'])

/**
 * Whether an operator may take a thread action for a citizen. Paying, disputing, reviewing and
 * cancelling a paid service (a refund) stay the citizen's own: money and opinions are not
 * delegated at a desk. The one payment a desk may record with the citizen present spends their
 * own voucher and leaves the rest to be handed to the ente as agreed: no money passes through
 * the operator, and the ente confirms receiving it.
 */
export const mayActOnBehalf = (action: string, state: string): boolean =>
  ACTIONS_ON_BEHALF.has(action) && !(action === 'cancel' && state === 'paid')

/** The key in the operator's browser that names the assistance they are giving. */
export const assistanceKey = (assistanceId: string): string => seal(assistanceId, KEY_PURPOSE)

export const assistedByOf = (user: unknown): AssistedBy | null =>
  user && typeof user === 'object' ? ((user as { assistedBy?: AssistedBy }).assistedBy ?? null) : null

/**
 * The citizen an operator is helping, when the key names an assistance that this operator
 * opened, that is still open and not past its time, for a citizen whose account is active.
 * Anything else — another operator's key, a closed or expired assistance, a staff member who
 * is not a desk operator — yields nobody.
 */
export const assistedCitizen = async (payload: Payload, operator: unknown, key: string | undefined): Promise<AssistedCitizen | null> => {
  const id = unseal<string>(key, KEY_PURPOSE, ASSISTANCE_MINUTES * 60 * 1000)
  if (!id || !hasRole(operator, 'operator')) return null
  const operatorId = (operator as { id: string }).id
  const assistance = await payload.findByID({
    collection: 'assistances',
    id,
    depth: 1,
    populate: { users: { name: true }, desks: { name: true } },
    user: operator as never,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!assistance || relationId(assistance.operator) !== operatorId || assistance.closedAt || new Date(assistance.expiresAt!) <= new Date())
    return null
  const citizen = await payload.findByID({
    collection: 'citizens',
    id: relationId(assistance.citizen)!,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!citizen || citizen.disabled) return null
  const named = (value: unknown, field: 'name') =>
    value && typeof value === 'object' ? String((value as Record<string, unknown>)[field] ?? '') : ''
  return {
    ...citizen,
    assistedBy: {
      assistance: assistance.id,
      operator: operatorId,
      operatorName: named(assistance.operator, 'name'),
      desk: relationId(assistance.desk)!,
      deskName: named(assistance.desk, 'name'),
      expiresAt: assistance.expiresAt!,
    },
  }
}
