import type { Config, Plugin } from 'payload'

import { Payments } from '../../collections/Payments'
import { StripeEvents } from '../../collections/StripeEvents'
import { VoucherImports } from '../../collections/VoucherImports'
import { Vouchers } from '../../collections/Vouchers'
import { VoucherTransactions } from '../../collections/VoucherTransactions'
import { stripeWebhook } from './webhook'

/** Payments (Stripe Checkout with Connect, vouchers, other agreed methods) and Stripe's webhook. */
export const paymentsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), Payments, StripeEvents, Vouchers, VoucherTransactions, VoucherImports],
    endpoints: [...(config.endpoints ?? []), stripeWebhook],
  })
