/** What decides whether a voucher can pay for a service today, from its row and what was spent from it. */
export type VoucherFacts = {
  holderFiscalCode: string
  scheme: string
  status: string
  /** Days as YYYY-MM-DD. */
  validFrom: string
  validUntil: string
  availableCents: number
  /** A company's welfare credit, which pays for any service of the catalogue. */
  company?: unknown
}

export type VoucherRefusal = 'voucherNotYours' | 'voucherNotValid' | 'voucherNotAccepted' | 'voucherEmpty'

/**
 * Why this citizen may not spend this voucher on this service today, or null when they may. The
 * payment applies it to the locked voucher, and the pages offer only the vouchers it allows, so
 * a voucher is never offered and then refused.
 */
export const voucherRefusal = (
  voucher: VoucherFacts,
  spender: { confirmedFiscalCode?: string | null; acceptedSchemes: readonly string[]; day: string },
): VoucherRefusal | null => {
  if (!spender.confirmedFiscalCode || voucher.holderFiscalCode !== spender.confirmedFiscalCode) return 'voucherNotYours'
  if (voucher.status !== 'active' || spender.day < voucher.validFrom.slice(0, 10) || spender.day > voucher.validUntil.slice(0, 10))
    return 'voucherNotValid'
  if (!voucher.company && !spender.acceptedSchemes.includes(voucher.scheme)) return 'voucherNotAccepted'
  if (voucher.availableCents <= 0) return 'voucherEmpty'
  return null
}

/** The ways a citizen can pay with a voucher: with the rest online, alone, or with the rest as agreed with the ente. */
export type VoucherPayment = 'checkout' | 'pay-voucher' | 'pay-voucher-agreed'

export const isVoucherPayment = (action: string): action is VoucherPayment =>
  action === 'checkout' || action === 'pay-voucher' || action === 'pay-voucher-agreed'

export type PaymentPlan = { voucherCents: number; onlineCents: number; agreedCents: number }

/**
 * How a payment with what is left on a voucher splits the amount due, or why that way of paying
 * is refused: a voucher alone must cover everything; with the rest online or by an agreed method
 * it must leave a rest, and an agreed rest needs a service that allows it. The payment and the
 * page that shows the parts before paying both follow it.
 */
export const planVoucherPayment = (
  action: VoucherPayment,
  { amountCents, availableCents, agreedPartWithVoucher }: { amountCents: number; availableCents: number; agreedPartWithVoucher: boolean },
): PaymentPlan | 'voucherInsufficient' | 'voucherCoversAll' | 'agreedPartNotAccepted' => {
  if (action === 'pay-voucher')
    return availableCents < amountCents ? 'voucherInsufficient' : { voucherCents: amountCents, onlineCents: 0, agreedCents: 0 }
  if (availableCents >= amountCents) return 'voucherCoversAll'
  if (action === 'checkout') return { voucherCents: availableCents, onlineCents: amountCents - availableCents, agreedCents: 0 }
  if (!agreedPartWithVoucher) return 'agreedPartNotAccepted'
  return { voucherCents: availableCents, onlineCents: 0, agreedCents: amountCents - availableCents }
}
