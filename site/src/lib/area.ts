import type { Where } from 'payload'

import { PAYMENT_METHODS, PAYMENT_STATUSES } from '../../../collections/Payments'
import { hasReceipt } from '../../../collections/Payments/receipted'
import { formatDate } from '../../../lib/dates'
import { type Bilingual, translate } from '../../../lib/i18n/language'
import { optionLabel } from '../../../lib/fields'
import { areaPath, groupPath, housingApplicationPath, receiptPath, requestPath } from '../../../lib/links'
import { formatCents } from '../../../lib/money'
import { isRecordId, relationId } from '../../../lib/relations'
import { CARE_WORK_KINDS, kindOf } from '../../../collections/Notifications/kinds'
import type { ThreadState } from '../../../collections/Threads/states'
import type { Citizen, Group, Thread } from '../../../payload-types'
import { fromThisSite, type Visit } from './forms'
import { catalogue } from './catalogue'
import type { Lang } from './i18n'
import { payload } from './payload'
import { asCitizen } from './session'

/** What waits for the citizen: quotes to compare, payments due, reviews to write. */
const WAITING: Partial<Record<ThreadState, Bilingual>> = {
  quoted: { it: 'Confronta il preventivo e scegli', en: 'Compare the quote and choose' },
  accepted: { it: 'Paga entro il {{date}}', en: 'Pay by {{date}}' },
  delivered: { it: 'Racconta com’è andata entro il {{date}}', en: 'Tell us how it went by {{date}}' },
}

/** A home offered waits for the household's answer. */
const HOUSING_OFFER_WAITING: Bilingual = {
  it: 'Rispondi alla proposta di alloggio entro il {{date}}',
  en: 'Answer the housing offer by {{date}}',
}

export type Todo = { text: string; organisation: string; service: string; href: string }
export type NotificationEntry = { id: string; title: string; reference: string; at: string; read: boolean; href: string }

/** A notification leads to its thread, where the citizen acts on it, or else to its shared group, housing application or care-work page. */
const notificationEntry = (
  notification: {
    id: string
    kind: string
    subject?: string | null
    readAt?: string | null
    createdAt: string
    thread?: unknown
    group?: unknown
    careRequest?: unknown
    housingApplication?: unknown
  },
  lang: Lang,
  timeZone: string,
): NotificationEntry => {
  const thread = notification.thread && typeof notification.thread === 'object' ? (notification.thread as Thread) : null
  const group = notification.group && typeof notification.group === 'object' ? (notification.group as Group) : null
  return {
    id: notification.id,
    title: kindOf(notification.kind)?.title[lang] ?? notification.kind,
    reference: thread?.reference ?? group?.reference ?? notification.subject ?? '',
    at: formatDate(notification.createdAt, lang, timeZone, true),
    read: Boolean(notification.readAt),
    href: thread
      ? `${requestPath(lang, relationId(thread.request)!)}#thread-${thread.id}`
      : group
        ? groupPath(lang, group.reference)
        : notification.housingApplication
          ? housingApplicationPath(lang, relationId(notification.housingApplication)!)
          : notification.careRequest
            ? areaPath(lang, 'careWork', notification.subject ?? '')
            : CARE_WORK_KINDS.worker.some((kind) => kind === notification.kind)
              ? areaPath(lang, 'work')
              : '',
  }
}

/** The dashboard: what needs the citizen's action now, and what they have not read yet. */
export const dashboardOf = async (citizen: Citizen, lang: Lang) => {
  const api = await payload()
  const { timeZone } = (await catalogue()).city
  const { docs: threads } = await api.find({
    collection: 'threads',
    where: { status: { in: Object.keys(WAITING) } },
    depth: 1,
    select: { request: true, service: true, organisation: true, status: true, payBy: true, reviewBy: true, reviewClosedAt: true },
    populate: { services: { title: true }, organisations: { name: true } },
    locale: lang,
    sort: 'updatedAt',
    pagination: false,
    ...asCitizen(citizen),
  })
  const todos: Todo[] = threads
    .filter((thread) => thread.status !== 'delivered' || !thread.reviewClosedAt)
    .map((thread) => {
      const deadline = thread.status === 'accepted' ? thread.payBy : thread.status === 'delivered' ? thread.reviewBy : null
      return {
        text: translate(WAITING[thread.status as ThreadState]!, lang, { date: deadline ? formatDate(deadline, lang, timeZone, true) : '' }),
        organisation: typeof thread.organisation === 'object' ? thread.organisation.name : '',
        service: typeof thread.service === 'object' ? thread.service.title : '',
        href: `${requestPath(lang, relationId(thread.request)!)}#thread-${thread.id}`,
      }
    })
  const { docs: offers } = await api.find({
    collection: 'housing-applications',
    where: { status: { equals: 'offered' } },
    depth: 1,
    select: { organisation: true, unit: true, offerExpiresAt: true },
    populate: { organisations: { name: true }, 'housing-units': { name: true } },
    locale: lang,
    sort: 'offerExpiresAt',
    pagination: false,
    ...asCitizen(citizen),
  })
  for (const offer of offers) {
    todos.push({
      text: translate(HOUSING_OFFER_WAITING, lang, {
        date: offer.offerExpiresAt ? formatDate(offer.offerExpiresAt, lang, timeZone, true) : '',
      }),
      organisation: typeof offer.organisation === 'object' ? offer.organisation.name : '',
      service: typeof offer.unit === 'object' && offer.unit ? offer.unit.name : '',
      href: housingApplicationPath(lang, String(offer.id)),
    })
  }
  const { docs: unread } = await api.find({
    collection: 'notifications',
    where: { readAt: { exists: false } },
    sort: '-createdAt',
    depth: 1,
    limit: 5,
    ...asCitizen(citizen),
  })
  return { todos, unread: unread.map((notification) => notificationEntry(notification, lang, timeZone)) }
}

/** The citizen's payments, newest first, as receipts. */
export const paymentsOf = async (citizen: Citizen, lang: Lang) => {
  const api = await payload()
  const { timeZone } = (await catalogue()).city
  const { docs } = await api.find({
    collection: 'payments',
    sort: '-createdAt',
    depth: 1,
    populate: { threads: { reference: true, request: true }, organisations: { name: true } },
    locale: lang,
    limit: 200,
    ...asCitizen(citizen),
  })
  return docs.map((payment) => {
    const thread = typeof payment.thread === 'object' ? payment.thread : null
    return {
      id: payment.id,
      receiptNumber: payment.receiptNumber ?? '',
      receiptHref: hasReceipt(payment) ? receiptPath(lang, payment.id) : '',
      amount: formatCents(payment.amountCents, lang),
      voucher: payment.voucherCents ? formatCents(payment.voucherCents, lang) : '',
      refunded: payment.refundedCents ? formatCents(payment.refundedCents, lang) : '',
      method: optionLabel(PAYMENT_METHODS, payment.method, lang),
      status: optionLabel(PAYMENT_STATUSES, payment.status, lang),
      paidOn: payment.paidAt ? formatDate(payment.paidAt, lang, timeZone, true) : '',
      reference: thread?.reference ?? '',
      organisation: payment.organisation && typeof payment.organisation === 'object' ? payment.organisation.name : '',
      href: thread ? `${requestPath(lang, relationId(thread.request)!)}#thread-${thread.id}` : '',
    }
  })
}

/** Every voucher issued to the citizen's confirmed codice fiscale, with what is left on each. */
export const vouchersOf = async (citizen: Citizen, lang: Lang) => {
  const api = await payload()
  if (!citizen.confirmedFiscalCode) return { hasFiscalCode: false, vouchers: [] }
  const { docs } = await api.find({ collection: 'vouchers', sort: '-validUntil', depth: 0, pagination: false, ...asCitizen(citizen) })
  return {
    hasFiscalCode: true,
    vouchers: docs.map((voucher) => ({
      id: voucher.id,
      code: voucher.code,
      scheme: voucher.scheme,
      amount: formatCents(voucher.amountCents, lang),
      left: formatCents(voucher.amountCents - (voucher.spentCents ?? 0), lang),
      validFrom: formatDate(voucher.validFrom, lang, 'UTC'),
      validUntil: formatDate(voucher.validUntil, lang, 'UTC'),
      status: voucher.status,
      company: Boolean(voucher.company),
    })),
  }
}

/** The notifications page: a POST marks one (or all) as read, as the citizen. */
export const handleNotifications = async (visit: Visit, citizen: Citizen, lang: Lang): Promise<NotificationEntry[] | Response> => {
  const api = await payload()
  if (visit.request.method === 'POST' && fromThisSite(visit)) {
    const form = await visit.request.formData()
    const which = String(form.get('notification') ?? '')
    if (which !== 'all' && !isRecordId(which)) return visit.redirect(visit.url.pathname, 303)
    const where: Where = which === 'all' ? { readAt: { exists: false } } : { id: { equals: which } }
    await api.update({ collection: 'notifications', where, data: { readAt: new Date().toISOString() }, depth: 0, ...asCitizen(citizen) })
    return visit.redirect(visit.url.pathname, 303)
  }
  const { docs } = await api.find({ collection: 'notifications', sort: '-createdAt', depth: 1, limit: 100, ...asCitizen(citizen) })
  const { timeZone } = (await catalogue()).city
  return docs.map((notification) => notificationEntry(notification, lang, timeZone))
}
