import type { Payment } from '../../payload-types'

const RECEIPTED_STATUSES: readonly (string | null | undefined)[] = ['succeeded', 'refunded', 'partially-refunded']

/**
 * Whether money moved for a payment: a pending or cancelled one has nothing to receipt. Apart
 * from the receipt itself, so that the admin's browser can ask without loading a PDF writer.
 */
export const hasReceipt = (payment: { status?: Payment['status'] | null; receiptNumber?: string | null }): boolean =>
  RECEIPTED_STATUSES.includes(payment.status) && Boolean(payment.receiptNumber)

/** A payment's receipt from the admin, for the ente paid and WeMi staff (endpoints/downloadReceipt). */
export const adminReceiptPath = (paymentId: string): string => `/api/payments/${paymentId}/receipt.pdf`
