import { MAX_MESSAGE_LENGTH } from '../../collections/Messages'
import { MAX_REVIEW_LENGTH, SCORES } from '../../collections/Reviews'
import { DAY_MS, HOUR, isCalendarDate, today } from '../../lib/dates'
import { DAYS, TIME_BANDS } from '../../lib/fields'
import { isCents } from '../../lib/money'
import { relationId } from '../../lib/relations'
import { type FieldError, rejectInput } from '../../lib/validation'
import type { Effect, TransitionContext } from './context'

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : [])

const DAY_VALUES: readonly string[] = DAYS.map((day) => day.value)
const BAND_VALUES: readonly string[] = TIME_BANDS.map((band) => band.value)

/** Files attached in a thread must have been uploaded to that same thread. */
const ownFiles = async (context: TransitionContext, ids: string[], path: string): Promise<FieldError[]> => {
  if (ids.length === 0) return []
  const { totalDocs } = await context.payload.count({
    collection: 'thread-files',
    where: { and: [{ id: { in: ids } }, { thread: { equals: context.thread.id } }] },
    req: context.req,
  })
  return totalDocs === new Set(ids).size ? [] : [{ path, key: 'attachmentNotInThread' }]
}

/** A quote, or a new version of it that supersedes the one before. */
export const recordQuote: Effect = async (context) => {
  const { req, payload, thread, input, settings, now } = context
  const amountCents = typeof input.amountCents === 'string' ? Number(input.amountCents) : input.amountCents
  const validUntil = text(input.validUntil)
  const periodStart = text(input.periodStart)
  const periodEnd = text(input.periodEnd)
  const days = list(input.days)
  const timeBands = list(input.timeBands)
  const conditions = text(input.conditions)
  const attachment = text(input.attachment) || null
  const firstDay = today(settings.timeZone, now)

  const errors: FieldError[] = []
  if (!isCents(amountCents)) errors.push({ path: 'amountCents', key: 'invalidCents' })
  if (!isCalendarDate(validUntil) || validUntil < firstDay) errors.push({ path: 'validUntil', key: 'dateNotInFuture' })
  if (!isCalendarDate(periodStart) || periodStart < firstDay) errors.push({ path: 'periodStart', key: 'dateNotInFuture' })
  if (!isCalendarDate(periodEnd) || (isCalendarDate(periodStart) && periodEnd < periodStart)) {
    errors.push({ path: 'periodEnd', key: 'periodEndBeforeStart' })
  }
  if (days.some((day) => !DAY_VALUES.includes(day))) errors.push({ path: 'days', key: 'invalidChoice' })
  if (timeBands.some((band) => !BAND_VALUES.includes(band))) errors.push({ path: 'timeBands', key: 'invalidChoice' })
  if (conditions.length > 4000) errors.push({ path: 'conditions', key: 'textTooLong', vars: { max: '4000' } })
  errors.push(...(await ownFiles(context, attachment ? [attachment] : [], 'attachment')))
  rejectInput(req, 'quotes', errors)

  const current = await context.quote()
  if (current) {
    await payload.update({
      collection: 'quotes',
      id: current.id,
      data: { supersededAt: now.toISOString() },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  const quote = await payload.create({
    collection: 'quotes',
    data: {
      thread: thread.id,
      citizen: relationId(thread.citizen)!,
      organisation: relationId(thread.organisation)!,
      amountCents: amountCents as number,
      validUntil,
      periodStart,
      periodEnd,
      days: days as never,
      timeBands: timeBands as never,
      conditions: conditions || undefined,
      attachment,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return { patch: { quote: quote.id }, result: { quote: quote.id }, quote }
}

export const recordDecline: Effect = async ({ req, input }) => {
  const reason = text(input.reason)
  if (reason.length > 2000) rejectInput(req, 'threads', [{ path: 'reason', key: 'textTooLong', vars: { max: '2000' } }])
  return { patch: { note: reason || null } }
}

export const recordDispute: Effect = async ({ req, input }) => {
  const reason = text(input.reason)
  if (reason.length < 10 || reason.length > 2000) rejectInput(req, 'threads', [{ path: 'reason', key: 'reasonRequired' }])
  return { patch: { note: reason } }
}

/** A message to the other party, with up to five files uploaded to the thread. */
export const sendMessage: Effect = async (context) => {
  const { req, payload, thread, input, party } = context
  const body = text(input.body)
  const attachments = list(input.attachments)
  const errors: FieldError[] = []
  if (!body) errors.push({ path: 'body', key: 'messageEmpty' })
  if (body.length > MAX_MESSAGE_LENGTH) errors.push({ path: 'body', key: 'textTooLong', vars: { max: String(MAX_MESSAGE_LENGTH) } })
  if (attachments.length > 5) errors.push({ path: 'attachments', key: 'tooManyAttachments' })
  errors.push(...(await ownFiles(context, attachments, 'attachments')))
  rejectInput(req, 'messages', errors)
  const user = req.user!
  const created = await payload.create({
    collection: 'messages',
    data: {
      thread: thread.id,
      citizen: relationId(thread.citizen)!,
      organisation: relationId(thread.organisation)!,
      author: { relationTo: user.collection as 'citizens' | 'users', value: user.id },
      authorParty: party as 'citizen' | 'ente' | 'admin',
      body,
      attachments,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  const notify =
    party === 'citizen'
      ? (['message-for-ente'] as const)
      : party === 'ente'
        ? (['message-for-citizen'] as const)
        : (['message-for-citizen', 'message-for-ente'] as const)
  return { notify: [...notify], result: { message: created.id } }
}

/** Accepting one quote closes the request's other open threads: the family has chosen. */
export const acceptQuote: Effect = async ({ payload, req, thread, settings, now, moveSibling }) => {
  const { docs: siblings } = await payload.find({
    collection: 'threads',
    where: {
      and: [{ request: { equals: relationId(thread.request) } }, { id: { not_equals: thread.id } }, { status: { in: ['sent', 'quoted'] } }],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const sibling of siblings) await moveSibling(sibling, 'not-chosen', ['not-chosen'])
  return { patch: { payBy: new Date(now.getTime() + settings.paymentHours * HOUR).toISOString() } }
}

export const startReviewWindow: Effect = async ({ settings, now }) => ({
  patch: { reviewBy: new Date(now.getTime() + settings.reviewDays * DAY_MS).toISOString() },
})

export const closeReviewWindow: Effect = async ({ now }) => ({ patch: { reviewClosedAt: now.toISOString() } })

/** The citizen's review, kept for moderation before anyone else sees it. */
export const writeReview: Effect = async ({ req, payload, thread, input }) => {
  const score = (name: (typeof SCORES)[number]['name']) => Number(input[name])
  const comment = text(input.comment)
  const errors: FieldError[] = SCORES.filter(({ name }) => !Number.isInteger(score(name)) || score(name) < 1 || score(name) > 5).map(
    ({ name }) => ({ path: name, key: 'scoreOutOfRange' }),
  )
  if (comment.length > MAX_REVIEW_LENGTH) errors.push({ path: 'comment', key: 'textTooLong', vars: { max: String(MAX_REVIEW_LENGTH) } })
  rejectInput(req, 'reviews', errors)
  const review = await payload.create({
    collection: 'reviews',
    data: {
      thread: thread.id,
      organisation: relationId(thread.organisation)!,
      service: relationId(thread.service),
      citizen: relationId(thread.citizen)!,
      punctuality: score('punctuality'),
      professionalism: score('professionalism'),
      speed: score('speed'),
      comment: comment || undefined,
      status: 'pending',
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return { result: { review: review.id } }
}
