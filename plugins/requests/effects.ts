import { SCORES } from '../../collections/Reviews'
import { DAY_MS, HOUR } from '../../lib/dates'
import { relationId } from '../../lib/relations'
import type { Effect } from './context'

/** A quote, or a new version of it that supersedes the one before. */
export const recordQuote: Effect = async (context) => {
  const { req, payload, thread, values, now } = context
  const { amountCents, validUntil, periodStart, periodEnd, days, timeBands, conditions, attachment } = values as {
    amountCents: number
    validUntil: string
    periodStart: string
    periodEnd: string
    days: string[]
    timeBands: string[]
    conditions: string
    attachment: string
  }
  // A quote that names no days or times is for those the family asked for; the comparison
  // shows them side by side, and an empty column tells the family nothing.
  const asked =
    days.length > 0 && timeBands.length > 0
      ? null
      : (await payload.findByID({ collection: 'requests', id: relationId(thread.request)!, depth: 0, overrideAccess: true, req })).period
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
      days: (days.length > 0 ? days : (asked?.days ?? [])) as never,
      timeBands: (timeBands.length > 0 ? timeBands : (asked?.timeBands ?? [])) as never,
      conditions: conditions || undefined,
      attachment: attachment || null,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return { patch: { quote: quote.id }, result: { quote: quote.id }, quote }
}

/** The reason given by whoever closes or contests a thread, kept on it for the other party and WeMi. */
export const recordReason: Effect = async ({ values }) => ({ patch: { note: (values.reason as string) || null } })

/** A message to the other party, with up to five files uploaded to the thread. */
export const sendMessage: Effect = async (context) => {
  const { req, payload, thread, values, party } = context
  const { body, attachments } = values as { body: string; attachments: string[] }
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
export const writeReview: Effect = async ({ req, payload, thread, values }) => {
  const score = (name: (typeof SCORES)[number]['name']) => values[name] as number
  const comment = values.comment as string
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
