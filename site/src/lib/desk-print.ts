import { assistedByOf } from '../../../lib/assistance'
import { formatCents } from '../../../lib/money'
import { isRecordId } from '../../../lib/relations'
import type { Citizen, Payment } from '../../../payload-types'
import { paymentParts } from '../../../collections/Payments/receipt'
import type { Conversation } from '../../../plugins/requests/conversation'
import type { ContactPreference } from '../../../collections/Citizens/contact'
import type { Lang } from './i18n'
import { payload } from './payload'
import { loadRequestPage } from './requests'
import { actingCitizen, asCitizen } from './session'

/** Threads whose ente the citizen has chosen: their quote, and their payment, are what was agreed. */
const CHOSEN = ['accepted', 'paid', 'delivered', 'reviewed', 'disputed'] as const

export type PrintedPayment = { receipt: string; status: string; voucher: string | null; online: string | null; agreed: string | null }

export type DeskPrint = {
  desk: { name: string; street: string; postcode: string; phone: string; email: string }
  operator: string
  citizen: { name: string; phone: string; contact: ContactPreference }
  request: Conversation['request'] & { category: string }
  /** Each ente asked, with where its answer stands. */
  asked: { service: string; organisation: string; status: string; respondBy: string }[]
  /** The ente chosen, with the quote accepted and the payment, once there is one. */
  chosen: {
    service: string
    organisation: string
    quote: Conversation['quotes'][number] | null
    payBy: string
    payment: PrintedPayment | null
  } | null
}

/**
 * A request summarised for printing at the desk, for a person who has no computer: which desk
 * helped (with its contacts, to come back or call), what was asked and of whom, the quote
 * accepted and the payment's parts. Only an operator helping the request's citizen gets it: the
 * request is read as that citizen, with their access.
 */
export const deskPrintOf = async (request: Request, requestId: string, lang: Lang): Promise<DeskPrint | 'forbidden' | null> => {
  const helped = await actingCitizen(request)
  const by = assistedByOf(helped)
  if (!helped || !by) return 'forbidden'
  if (!isRecordId(requestId)) return null
  const citizen: Citizen = helped
  const loaded = await loadRequestPage(citizen, requestId, lang)
  const [first] = loaded?.conversations ?? []
  if (!loaded || !first) return null
  const { conversations } = loaded
  const api = await payload()
  // The desk's public contacts, read as anyone may read them.
  const desk = await api.findByID({ collection: 'desks', id: by.desk, depth: 0, disableErrors: true, overrideAccess: false })
  const chosen = conversations.find((conversation) => (CHOSEN as readonly string[]).includes(conversation.thread.status))
  const lastPayment = chosen ? (await paymentsOf(citizen, chosen.thread.id))[0] : undefined
  return {
    desk: {
      name: by.deskName,
      street: desk?.street ?? '',
      postcode: desk?.postcode ?? '',
      phone: desk?.phone ?? '',
      email: desk?.email ?? '',
    },
    operator: by.operatorName,
    citizen: {
      name: [citizen.firstName, citizen.lastName].filter(Boolean).join(' '),
      phone: citizen.phone ?? '',
      contact: citizen.contactPreference ?? 'email',
    },
    request: { ...first.request, category: loaded.request.category },
    asked: conversations.map((conversation) => ({
      service: conversation.service.title,
      organisation: conversation.organisation.name,
      status: conversation.thread.statusLabel,
      respondBy: conversation.thread.status === 'sent' ? conversation.thread.respondBy : '',
    })),
    chosen: chosen
      ? {
          service: chosen.service.title,
          organisation: chosen.organisation.name,
          quote: chosen.quotes.find((quote) => quote.current) ?? null,
          payBy: chosen.thread.status === 'accepted' ? chosen.thread.payBy : '',
          payment: lastPayment ? printedPayment(lastPayment, lang) : null,
        }
      : null,
  }
}

const printedPayment = (payment: Payment, lang: Lang): PrintedPayment => {
  const parts = paymentParts(payment)
  const money = (cents: number) => (cents > 0 ? formatCents(cents, lang) : null)
  return {
    receipt: payment.receiptNumber ?? '',
    status: payment.status,
    voucher: money(parts.voucherCents),
    online: money(parts.cardCents),
    agreed: money(parts.agreedCents),
  }
}

/** The thread's payments not cancelled, newest first, as the citizen reads them. */
const paymentsOf = async (citizen: Citizen, threadId: string) =>
  (
    await (
      await payload()
    ).find({
      collection: 'payments',
      where: { and: [{ thread: { equals: threadId } }, { status: { not_equals: 'cancelled' } }] },
      depth: 0,
      sort: '-createdAt',
      pagination: false,
      ...asCitizen(citizen),
    })
  ).docs
