import { label } from '../../lib/i18n'
import type { Workflow } from '../../lib/workflow'

export type VoucherTransactionState = 'registered' | 'reversed' | 'accounted'

/**
 * A spend from a voucher is registered when a payment uses it; WeMi then accounts it to the
 * funding scheme, or reverses it (a cancelled or refunded payment gives the amount back).
 */
export const ledger: Workflow<VoucherTransactionState, Record<string, never>> = {
  initial: 'registered',
  states: [
    { value: 'registered', label: label('Registrata', 'Registered') },
    { value: 'reversed', label: label('Stornata', 'Reversed') },
    { value: 'accounted', label: label('Rendicontata', 'Accounted') },
  ],
  transitions: [
    { from: 'registered', to: 'accounted', by: ['admin'] },
    { from: 'registered', to: 'reversed', by: ['admin'] },
  ],
}
