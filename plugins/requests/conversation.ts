import type { Payload, TypedUser } from 'payload'

import { PAYMENT_METHODS, PAYMENT_STATUSES } from '../../collections/Payments'
import { adminReceiptPath, hasReceipt } from '../../collections/Payments/receipted'
import { assistedByOf, mayActOnBehalf } from '../../lib/assistance'
import { formatDate, timeZoneOf } from '../../lib/dates'
import { DAYS, optionLabel, optionLabels, RELATIONSHIPS, TIME_BANDS } from '../../lib/fields'
import type { Bilingual, Language } from '../../lib/i18n'
import { THREAD_ACTION_BUTTONS } from '../../lib/i18n/admin'
import { receiptPath } from '../../lib/links'
import { formatCents } from '../../lib/money'
import { relationId } from '../../lib/relations'
import type { ThreadFile } from '../../payload-types'
import { actionsFor } from './lifecycle'
import { partyOf } from '../../collections/Threads/parties'
import { type Action, FINAL_STATES, stateLabel, type ThreadState } from '../../collections/Threads/states'

/** Every action has a button: a new action without one does not compile. */
const ACTION_BUTTONS: Record<Action, Bilingual> = THREAD_ACTION_BUTTONS

export type FileLink = { id: string; filename: string; url: string }

const fileLink = (file: string | ThreadFile | null | undefined): FileLink | null =>
  file && typeof file === 'object'
    ? { id: file.id, filename: file.filename ?? '', url: `/api/thread-files/file/${encodeURIComponent(file.filename ?? '')}` }
    : null

/**
 * One thread as its parties see it, with everything in the reader's language: the request,
 * the quotes, the messages, the payments, and the actions the reader may take now. The admin
 * inbox and the citizen's area both show this; reads go through the reader's own access.
 */
export const conversationOf = async (payload: Payload, threadId: string, user: TypedUser, language: Language) => {
  const reader = { user, overrideAccess: false as const }
  const thread = await payload.findByID({ collection: 'threads', id: threadId, depth: 0, ...reader })
  const party = partyOf(user, thread)
  if (!party || party === 'system') return null
  const city = await payload.findGlobal({ slug: 'city', depth: 0 })
  const zone = timeZoneOf(city)
  const day = (value: string | null | undefined) => (value ? formatDate(value, language, 'UTC') : '')
  const moment = (value: string | null | undefined) => (value ? formatDate(value, language, zone, true) : '')

  const request = await payload.findByID({ collection: 'requests', id: relationId(thread.request)!, depth: 1, locale: language, ...reader })
  const service = await payload.findByID({
    collection: 'services',
    id: relationId(thread.service)!,
    depth: 0,
    locale: language,
    overrideAccess: true,
  })
  const organisation = await payload.findByID({
    collection: 'organisations',
    id: relationId(thread.organisation)!,
    depth: 0,
    overrideAccess: true,
  })
  // An ente needs the name of whom it is answering; nothing else of the citizen's record.
  const citizen = await payload.findByID({
    collection: 'citizens',
    id: relationId(thread.citizen)!,
    depth: 0,
    overrideAccess: true,
    select: { firstName: true, lastName: true },
  })
  const where = { thread: { equals: thread.id } }
  const [quotes, messages, payments, reviews] = [
    await payload.find({ collection: 'quotes', where, depth: 1, sort: '-createdAt', pagination: false, ...reader }),
    await payload.find({ collection: 'messages', where, depth: 1, sort: 'createdAt', pagination: false, ...reader }),
    await payload.find({ collection: 'payments', where, depth: 0, sort: 'createdAt', pagination: false, ...reader }),
    // A review's thread is hidden from everyone but its author and WeMi, so it cannot be queried
    // with the reader's access; the reader is a party of this thread, checked above.
    await payload.find({ collection: 'reviews', where, depth: 0, pagination: false, overrideAccess: true }),
  ]
  const district = request.address?.district
  const state = thread.status as ThreadState

  return {
    party,
    thread: {
      id: thread.id,
      reference: thread.reference,
      status: state,
      statusLabel: stateLabel(state)[language],
      closed: FINAL_STATES.includes(state),
      respondBy: moment(thread.respondBy),
      payBy: moment(thread.payBy),
      reviewBy: thread.reviewClosedAt ? '' : moment(thread.reviewBy),
      note: thread.note ?? '',
    },
    request: {
      id: request.id,
      reference: request.reference,
      sentOn: moment(request.createdAt),
      beneficiary: {
        name: request.beneficiary?.name ?? '',
        relationship: optionLabel(RELATIONSHIPS, request.beneficiary?.relationship, language),
        birthYear: request.beneficiary?.birthYear ?? null,
      },
      address: {
        street: request.address?.street ?? '',
        postcode: request.address?.postcode ?? '',
        district: district && typeof district === 'object' ? district.name : '',
      },
      period: {
        start: day(request.period?.start),
        end: day(request.period?.end),
        days: optionLabels(DAYS, request.period?.days, language),
        timeBands: optionLabels(TIME_BANDS, request.period?.timeBands, language),
      },
      notes: request.notes ?? '',
    },
    service: {
      id: service.id,
      title: service.title,
      slug: service.slug ?? '',
      // What the service takes besides money: the payment forms offer only what the payment accepts.
      acceptedVoucherSchemes: service.acceptedVoucherSchemes ?? [],
      agreedPartWithVoucher: Boolean(service.agreedPartWithVoucher),
    },
    organisation: { id: organisation.id, name: organisation.name },
    citizen: { name: [citizen.firstName, citizen.lastName].filter(Boolean).join(' ') },
    quotes: quotes.docs.map((quote) => ({
      id: quote.id,
      current: relationId(thread.quote) === quote.id,
      amountCents: quote.amountCents,
      amount: formatCents(quote.amountCents, language),
      validUntil: day(quote.validUntil),
      periodStart: day(quote.periodStart),
      periodEnd: day(quote.periodEnd),
      days: optionLabels(DAYS, quote.days, language),
      timeBands: optionLabels(TIME_BANDS, quote.timeBands, language),
      conditions: quote.conditions ?? '',
      attachment: fileLink(quote.attachment),
      sentOn: moment(quote.createdAt),
      superseded: Boolean(quote.supersededAt),
    })),
    messages: messages.docs.map((message) => ({
      id: message.id,
      author: message.authorParty,
      body: message.body,
      sentOn: moment(message.createdAt),
      attachments: (message.attachments ?? []).map(fileLink).filter((file): file is FileLink => file !== null),
    })),
    payments: payments.docs.map((payment) => ({
      id: payment.id,
      receiptNumber: payment.receiptNumber ?? '',
      // The citizen downloads it from their area, the ente from the admin.
      receiptHref: hasReceipt(payment) ? (party === 'citizen' ? receiptPath(language, payment.id) : adminReceiptPath(payment.id)) : '',
      method: optionLabel(PAYMENT_METHODS, payment.method, language),
      status: payment.status,
      statusLabel: optionLabel(PAYMENT_STATUSES, payment.status, language),
      amount: formatCents(payment.amountCents, language),
      voucher: payment.voucherCents ? formatCents(payment.voucherCents, language) : '',
      online: payment.onlineCents ? formatCents(payment.onlineCents, language) : '',
      refunded: payment.refundedCents ? formatCents(payment.refundedCents, language) : '',
      paidOn: moment(payment.paidAt),
      checkoutUrl: payment.status === 'pending' ? (payment.stripe?.checkoutUrl ?? '') : '',
    })),
    review: reviews.docs[0]
      ? {
          status: reviews.docs[0].status,
          punctuality: reviews.docs[0].punctuality,
          professionalism: reviews.docs[0].professionalism,
          speed: reviews.docs[0].speed,
          comment: reviews.docs[0].comment ?? '',
        }
      : null,
    // A desk operator acting for the citizen is offered only what they may do for them.
    actions: actionsFor(state, party)
      .filter((action) => !assistedByOf(user) || mayActOnBehalf(action, state))
      .map((action) => ({ action, label: ACTION_BUTTONS[action][language] })),
  }
}

export type Conversation = NonNullable<Awaited<ReturnType<typeof conversationOf>>>
