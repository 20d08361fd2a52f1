import { today } from '../../../lib/dates'
import { areaPath, requestPath } from '../../../lib/links'
import { formatCents } from '../../../lib/money'
import { isRecordId } from '../../../lib/relations'
import type { Citizen, Voucher } from '../../../payload-types'
import {
  isVoucherPayment,
  type PaymentPlan,
  planVoucherPayment,
  type VoucherPayment,
  voucherRefusal,
} from '../../../plugins/payments/vouchers'
import { conversationOf, type Conversation } from '../../../plugins/requests/conversation'
import { catalogue } from './catalogue'
import type { Lang } from './i18n'
import { payload } from './payload'
import { asCitizen, asUser } from './session'

export type VoucherChoice = { id: string; code: string; scheme: string; available: string; availableCents: number }

/** For each thread, for each way of paying with a voucher, the vouchers that way accepts now. */
export type VoucherChoices = Record<string, Partial<Record<VoucherPayment, VoucherChoice[]>>>

const VOUCHER_PAYMENTS: readonly VoucherPayment[] = ['checkout', 'pay-voucher', 'pay-voucher-agreed']

const currentAmount = (conversation: Conversation): number | null => conversation.quotes.find((quote) => quote.current)?.amountCents ?? null

/** The citizen's vouchers with what is left on each. */
const vouchersOf = async (citizen: Citizen) => {
  if (!citizen.confirmedFiscalCode) return []
  const { docs } = await (await payload()).find({ collection: 'vouchers', depth: 0, pagination: false, ...asCitizen(citizen) })
  return docs.map((voucher: Voucher) => ({ voucher, availableCents: voucher.amountCents - (voucher.spentCents ?? 0) }))
}

/**
 * The plan of one way of paying with one voucher for a thread, by the payment's own rules: the
 * voucher must be one the payment accepts today for this service, and the way of paying must
 * suit what is left on it. Null when the payment would refuse it.
 */
const planFor = (
  citizen: Citizen,
  conversation: Conversation,
  action: VoucherPayment,
  { voucher, availableCents }: { voucher: Voucher; availableCents: number },
  day: string,
): PaymentPlan | null => {
  const amountCents = currentAmount(conversation)
  if (amountCents === null || amountCents === 0) return null
  const refusal = voucherRefusal(
    { ...voucher, holderFiscalCode: voucher.holderFiscalCode ?? '', availableCents },
    { confirmedFiscalCode: citizen.confirmedFiscalCode, acceptedSchemes: conversation.service.acceptedVoucherSchemes, day },
  )
  if (refusal) return null
  const plan = planVoucherPayment(action, {
    amountCents,
    availableCents,
    agreedPartWithVoucher: conversation.service.agreedPartWithVoucher,
  })
  return typeof plan === 'string' ? null : plan
}

const choiceOf = ({ voucher, availableCents }: { voucher: Voucher; availableCents: number }, lang: Lang): VoucherChoice => ({
  id: voucher.id,
  code: voucher.code,
  scheme: voucher.scheme,
  availableCents,
  available: formatCents(availableCents, lang),
})

/**
 * The vouchers each payment form may offer: exactly those its payment would accept, so that a
 * voucher is never offered and then refused.
 */
export const voucherChoices = async (citizen: Citizen, conversations: Conversation[], lang: Lang): Promise<VoucherChoices> => {
  const vouchers = await vouchersOf(citizen)
  const day = today((await catalogue()).city.timeZone)
  return Object.fromEntries(
    conversations.map((conversation) => [
      conversation.thread.id,
      Object.fromEntries(
        VOUCHER_PAYMENTS.map((action) => [
          action,
          vouchers.filter((entry) => planFor(citizen, conversation, action, entry, day)).map((entry) => choiceOf(entry, lang)),
        ]),
      ),
    ]),
  )
}

/** The page that shows every part of a payment before it is made. */
export const paymentSummaryPath = (lang: Lang): string => areaPath(lang, 'payments', lang === 'it' ? 'riepilogo' : 'summary')

export type PaymentSummary = {
  action: VoucherPayment
  thread: string
  /** Where the payment is confirmed: the request's page, which takes the action. */
  confirmTo: string
  service: string
  organisation: string
  total: string
  voucher: { id: string; code: string; scheme: string } | null
  parts: { voucher: string | null; online: string | null; agreed: string | null }
}

/**
 * What a payment the citizen chose will be made of: the voucher part, the part by card and the
 * part agreed with the ente, by the same plan the payment follows. Null when the thread is not
 * theirs or the choice is not one the payment would take now.
 */
export const paymentSummary = async (citizen: Citizen, url: URL, lang: Lang): Promise<PaymentSummary | null> => {
  const action = url.searchParams.get('action') ?? ''
  const threadId = url.searchParams.get('thread') ?? ''
  const voucherId = url.searchParams.get('voucher') ?? ''
  if (!isVoucherPayment(action) || !isRecordId(threadId)) return null
  const conversation = await conversationOf(await payload(), threadId, asUser(citizen) as never, lang).catch((error: unknown) => {
    // Someone else's thread, or none: the same answer as a thread that does not exist.
    if (error instanceof Error && 'status' in error && (error.status === 403 || error.status === 404)) return null
    throw error
  })
  if (!conversation || !conversation.actions.some((entry) => entry.action === action)) return null
  const amountCents = currentAmount(conversation)
  if (amountCents === null) return null
  const chosen = voucherId ? (await vouchersOf(citizen)).find((entry) => entry.voucher.id === voucherId) : undefined
  if (voucherId && !chosen) return null
  const day = today((await catalogue()).city.timeZone)
  const plan: PaymentPlan | null = chosen
    ? planFor(citizen, conversation, action, chosen, day)
    : action === 'checkout'
      ? { voucherCents: 0, onlineCents: amountCents, agreedCents: 0 }
      : null
  if (!plan) return null
  const money = (cents: number) => (cents > 0 ? formatCents(cents, lang) : null)
  return {
    action,
    thread: conversation.thread.id,
    confirmTo: `${requestPath(lang, conversation.request.id)}#thread-${conversation.thread.id}`,
    service: conversation.service.title,
    organisation: conversation.organisation.name,
    total: formatCents(amountCents, lang),
    voucher: chosen ? { id: chosen.voucher.id, code: chosen.voucher.code, scheme: chosen.voucher.scheme } : null,
    parts: { voucher: money(plan.voucherCents), online: money(plan.onlineCents), agreed: money(plan.agreedCents) },
  }
}
