import { settleCheckout } from '../../../plugins/payments/confirm'
import { conversationOf, type Conversation } from '../../../plugins/requests/conversation'
import { FINAL_STATES, stateLabel, type ThreadState } from '../../../collections/Threads/states'
import { isVoucherPayment } from '../../../plugins/payments/vouchers'
import { applyTransition } from '../../../plugins/requests/transition'
import { inputFromForm, isSiteAction } from './thread-forms'
import { MAX_UPLOAD_BYTES } from '../../../collections/Media/hooks/checkUpload'
import { visitWorkflow } from '../../../collections/Visits/workflow'
import { formatDate, formatTime } from '../../../lib/dates'
import { requestPath } from '../../../lib/links'
import { isRecordId, relationId } from '../../../lib/relations'
import { localRequest, inTransaction } from '../../../lib/transaction'
import type { Citizen, Request as CitizenRequest } from '../../../payload-types'
import { catalogue } from './catalogue'
import { type FormErrors, fromThisSite, serverErrors, type Visit } from './forms'
import type { Lang } from './i18n'
import { paymentSummaryPath, voucherChoices, type VoucherChoices } from './payment-choices'
import { payload } from './payload'
import { asCitizen, asUser } from './session'

export type RequestSummary = {
  id: string
  reference: string
  sentOn: string
  /** What was asked for, by its category: the same for every ente asked. */
  category: string
  threads: { organisation: string; status: ThreadState; statusLabel: string }[]
  active: boolean
}

/** The citizen's requests, newest first, each with where its threads stand. */
export const listRequests = async (citizen: Citizen, lang: Lang): Promise<RequestSummary[]> => {
  const api = await payload()
  const { docs: requests } = await api.find({ collection: 'requests', sort: '-createdAt', depth: 0, limit: 100, ...asCitizen(citizen) })
  if (requests.length === 0) return []
  const { docs: threads } = await api.find({
    collection: 'threads',
    where: { request: { in: requests.map((request) => request.id) } },
    depth: 1,
    // Services and organisations are large records: the list shows a title and a name.
    select: { request: true, service: true, organisation: true, status: true },
    populate: { services: { title: true }, organisations: { name: true } },
    pagination: false,
    locale: lang,
    ...asCitizen(citizen),
  })
  const cat = await catalogue()
  const { timeZone } = cat.city
  return requests.map((request: CitizenRequest) => {
    const own = threads.filter((thread) => relationId(thread.request) === request.id)
    return {
      id: request.id,
      reference: request.reference ?? '',
      sentOn: formatDate(request.createdAt, lang, timeZone),
      category: cat.byId(cat.categories, relationId(request.category))?.name[lang] ?? '',
      threads: own.map((thread) => ({
        organisation: typeof thread.organisation === 'object' ? thread.organisation.name : '',
        status: thread.status as ThreadState,
        statusLabel: stateLabel(thread.status as ThreadState)[lang],
      })),
      active: own.some((thread) => !FINAL_STATES.includes(thread.status as ThreadState)),
    }
  })
}

export type VisitSummary = {
  id: string
  date: string
  time: string
  operator: string
  status: string
  statusLabel: string
  checkedIn: string
  checkedOut: string
}

/** "09:30" in the city's zone, or nothing for a time not yet recorded. */
const clock = (iso: string | null | undefined, timeZone: string): string => (iso ? formatTime(iso, timeZone) : '')

/** The home visits of a request's threads, by thread, as the citizen may read them. */
const visitsOf = async (citizen: Citizen, threadIds: string[], lang: Lang): Promise<Record<string, VisitSummary[]>> => {
  if (threadIds.length === 0) return {}
  const { docs } = await (
    await payload()
  ).find({
    collection: 'visits',
    where: { thread: { in: threadIds } },
    sort: 'startsAt',
    depth: 0,
    pagination: false,
    select: { thread: true, startsAt: true, endsAt: true, operatorFirstName: true, status: true, checkedInAt: true, checkedOutAt: true },
    ...asCitizen(citizen),
  })
  const { timeZone } = (await catalogue()).city
  const byThread: Record<string, VisitSummary[]> = {}
  for (const visit of docs) {
    const thread = relationId(visit.thread)!
    ;(byThread[thread] ??= []).push({
      id: visit.id,
      date: formatDate(visit.startsAt, lang, timeZone),
      time: `${clock(visit.startsAt, timeZone)}–${clock(visit.endsAt, timeZone)}`,
      operator: visit.operatorFirstName ?? '',
      status: visit.status,
      statusLabel: visitWorkflow.states.find((state) => state.value === visit.status)?.label[lang] ?? visit.status,
      checkedIn: clock(visit.checkedInAt, timeZone),
      checkedOut: clock(visit.checkedOutAt, timeZone),
    })
  }
  return byThread
}

/** "Lunedì, Mercoledì · Mattina": when a quote's service happens. */
export const quoteSchedule = (quote: { days: string[]; timeBands: string[] }): string =>
  [quote.days.join(', '), quote.timeBands.join(', ')].filter(Boolean).join(' · ')

export type RequestPage = {
  /** The request, named by its category: its threads are for different services of one kind. */
  request: { id: string; reference: string; category: string; group: string | null }
  /** Its threads, always in the same order. */
  conversations: Conversation[]
  /** The thread whose quote the citizen is about to accept, waiting for their confirmation. */
  confirming: string | null
  /** Home visits planned on each thread, by thread id. */
  visits: Record<string, VisitSummary[]>
  vouchers: VoucherChoices
  errors: FormErrors
  /** The thread the errors are about. */
  errorThread: string | null
  done: string | null
  status: number
}

/** A request of the citizen's with its threads as the citizen sees them; null when it is not theirs. */
export const loadRequestPage = async (citizen: Citizen, id: string, lang: Lang) => {
  const api = await payload()
  const request = await api.findByID({ collection: 'requests', id, depth: 0, disableErrors: true, ...asCitizen(citizen) })
  if (!request) return null
  const { docs: threads } = await api.find({
    collection: 'threads',
    where: { request: { equals: id } },
    depth: 0,
    // The threads of a request are written together, with the same time: their references break the tie.
    sort: ['createdAt', 'reference'],
    pagination: false,
    ...asCitizen(citizen),
  })
  const conversations = (await Promise.all(threads.map((thread) => conversationOf(api, thread.id, asUser(citizen) as never, lang)))).filter(
    (conversation): conversation is Conversation => conversation !== null,
  )
  const cat = await catalogue()
  // A request a shared group's confirmation opened is one family's share of that group.
  const groupId = relationId((request as { group?: unknown }).group)
  const group = groupId
    ? await api.findByID({
        collection: 'groups',
        id: groupId,
        depth: 0,
        disableErrors: true,
        select: { reference: true },
        ...asCitizen(citizen),
      })
    : null
  return {
    request: {
      id: request.id,
      reference: request.reference ?? '',
      category: cat.byId(cat.categories, relationId(request.category))?.name[lang] ?? '',
      group: group ? group.reference : null,
    },
    conversations,
    visits: await visitsOf(
      citizen,
      conversations.map((conversation) => conversation.thread.id),
      lang,
    ),
    vouchers: await voucherChoices(citizen, conversations, lang),
  }
}

/** Whether the thread belongs to this request of the citizen's. */
const isThreadOf = async (citizen: Citizen, requestId: string, threadId: string) =>
  isRecordId(threadId) &&
  (
    await (
      await payload()
    ).count({
      collection: 'threads',
      where: { and: [{ id: { equals: threadId } }, { request: { equals: requestId } }] },
      ...asCitizen(citizen),
    })
  ).totalDocs === 1

/**
 * A request's page: a GET shows its threads; a POST takes one action on one thread through
 * the lifecycle as the citizen (a message with its attachment in one transaction), then comes
 * back here, or goes to the payment page for an online payment.
 */
export const handleRequestPage = async (visit: Visit, citizen: Citizen, id: string, lang: Lang): Promise<RequestPage | Response | null> => {
  const { request, url, redirect } = visit
  const show = async (
    state: Pick<RequestPage, 'errors' | 'errorThread' | 'done' | 'status'> & { confirming?: string | null },
  ): Promise<RequestPage | null> => {
    const loaded = await loadRequestPage(citizen, id, lang)
    if (!loaded) return null
    // Only a quote that can be accepted now is put up for confirmation.
    const confirming = loaded.conversations.some(
      (conversation) => conversation.thread.id === state.confirming && conversation.actions.some((entry) => entry.action === 'accept'),
    )
      ? state.confirming!
      : null
    return { ...loaded, ...state, confirming }
  }
  if (request.method !== 'POST') {
    return show({
      errors: {},
      errorThread: null,
      done: url.searchParams.get('done'),
      status: 200,
      confirming: url.searchParams.get('accept'),
    })
  }

  // An action reads and writes one thread; the whole page is loaded only to show it again.
  const form = await request.formData()
  const action = String(form.get('action') ?? '')
  const threadId = String(form.get('thread') ?? '')
  const refuse = (errors: FormErrors, status: number) => show({ errors, errorThread: threadId, done: null, status })
  if (!fromThisSite(visit)) return refuse({ form: 'errorOrigin' }, 403)
  if (!isSiteAction(action) || !(await isThreadOf(citizen, id, threadId))) return refuse({ form: 'errorChoice' }, 400)
  // Accepting closes the request to the other enti: it happens only once the citizen has read
  // what it closes and confirmed, whatever form the acceptance came from.
  if (action === 'accept' && form.get('confirmed') !== 'yes')
    return show({ errors: {}, errorThread: null, done: null, status: 200, confirming: threadId })
  // A payment with a voucher is made of parts: the citizen sees each of them before paying.
  const voucher = String(form.get('voucher') ?? '')
  if (isVoucherPayment(action) && voucher && form.get('confirmed') !== 'yes')
    return redirect(`${paymentSummaryPath(lang)}?${new URLSearchParams({ thread: threadId, action, voucher })}`, 303)

  const api = await payload()
  const input = inputFromForm(action, form)
  const file = form.get('attachments')
  try {
    const outcome = await inTransaction(await localRequest(api, { user: asUser(citizen), language: lang }), async (req) => {
      if (action === 'message' && file instanceof File && file.size > 0) {
        if (file.size > MAX_UPLOAD_BYTES) throw Object.assign(new Error('too large'), { name: 'AttachmentTooLarge' })
        const stored = await api.create({
          collection: 'thread-files',
          data: { thread: threadId } as never,
          file: { data: Buffer.from(await file.arrayBuffer()), mimetype: file.type, name: file.name, size: file.size },
          req,
          overrideAccess: false,
          depth: 0,
        })
        input.attachments = [stored.id]
      }
      return applyTransition(api, { threadId, action, as: { user: asUser(citizen) as never }, input, req })
    })
    const url = typeof outcome.url === 'string' ? outcome.url : undefined
    if (action === 'checkout' && url) return redirect(url, 303)
    return redirect(`${requestPath(lang, id)}?done=${action}#thread-${threadId}`, 303)
  } catch (error) {
    if (error instanceof Error && error.name === 'AttachmentTooLarge') return refuse({ attachments: 'errorAttachmentSize' }, 413)
    const fields = serverErrors(error)
    if (fields) return refuse(fields, 400)
    if (error instanceof Error && 'status' in error && typeof error.status === 'number' && error.status < 500)
      return refuse({ form: { text: error.message } }, error.status)
    throw error
  }
}

/**
 * The page Stripe sends the citizen back to. The payment is confirmed from Stripe's own record
 * of the session (the webhook may not have arrived yet), which only ever confirms what Stripe
 * says was paid, so it needs no sign-in: at the end of a chain of redirects from another site
 * the browser does not send the session cookie. The page then passes the citizen on to the
 * request's page from our own origin, where the cookie is sent again.
 */
export const handlePaymentReturn = async ({ url }: Pick<Visit, 'url'>, lang: Lang): Promise<{ to: string; paid: boolean } | null> => {
  const sessionId = url.searchParams.get('session_id') ?? ''
  if (!/^cs_\w{10,200}$/.test(sessionId)) return null
  const api = await payload()
  const { docs } = await api.find({
    collection: 'payments',
    where: { 'stripe.checkoutSessionId': { equals: sessionId } },
    depth: 1,
    limit: 1,
    overrideAccess: true,
  })
  const payment = docs[0]
  const thread = payment && typeof payment.thread === 'object' ? payment.thread : null
  if (!thread) return null
  const outcome = await settleCheckout(api, sessionId)
  const requestId = typeof thread.request === 'object' ? thread.request.id : thread.request
  const paid = outcome === 'paid' || outcome === 'already-paid'
  return { to: `${requestPath(lang, requestId)}?done=${paid ? 'paid' : 'unpaid'}#thread-${thread.id}`, paid }
}
