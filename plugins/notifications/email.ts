import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, TaskConfig } from 'payload'

import { kindOf } from '../../collections/Notifications/kinds'
import { formatDate } from '../../lib/dates'
import { renderEmail } from '../../lib/email-layout'
import { fill, type Language, languageFrom, RECEIPT_TEXT } from '../../lib/i18n'
import { areaPath, groupPath, inboxThreadPath, publicUrl, receiptPath, requestPath } from '../../lib/links'
import { priceUnitOf } from '../../lib/fields'
import { formatCents } from '../../lib/money'
import { relationId } from '../../lib/relations'
import { runSql } from '../../lib/sql'
import type { Group, Notification, Thread } from '../../payload-types'
import { loadSettings } from '../../globals/City/settings'
import { housingNotice } from '../housing/notify'
import { EMAIL_TASK } from './notify'

type Recipient = { email: string; language: Language }

const asLanguage = (value: unknown): Language => languageFrom(typeof value === 'string' ? value : null)

const recipientsOf = async (payload: Payload, notification: Notification): Promise<Recipient[]> => {
  const citizenId = relationId(notification.citizen)
  if (citizenId) {
    const citizen = await payload.findByID({
      collection: 'citizens',
      id: citizenId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { email: true, language: true },
    })
    return citizen?.email ? [{ email: citizen.email, language: asLanguage(citizen.language) }] : []
  }
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ organisation: { equals: relationId(notification.organisation) } }, { roles: { contains: 'ente-admin' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true, language: true },
  })
  return docs.map((user) => ({ email: user.email, language: asLanguage(user.language) }))
}

/** The service's title and the ente's name a thread or a group is about, in one language. */
const namesOf = async (payload: Payload, about: Pick<Thread, 'service' | 'organisation'>, language: Language) => {
  // Services and organisations are large records: only the words the e-mail uses are read.
  const [service, organisation] = await Promise.all([
    payload.findByID({
      collection: 'services',
      id: relationId(about.service)!,
      depth: 0,
      locale: language,
      overrideAccess: true,
      select: { title: true, priceModel: true },
    }),
    payload.findByID({
      collection: 'organisations',
      id: relationId(about.organisation)!,
      depth: 0,
      overrideAccess: true,
      select: { name: true },
    }),
  ])
  return { service, organisation }
}

/** The words that fill a thread notification's template, in one language (its e-mail and its App IO message). */
export const variablesFor = async (payload: Payload, thread: Thread, kind: string, language: Language): Promise<Record<string, string>> => {
  const [{ service, organisation }, quote, settings] = await Promise.all([
    namesOf(payload, thread, language),
    thread.quote
      ? payload.findByID({
          collection: 'quotes',
          id: relationId(thread.quote)!,
          depth: 0,
          overrideAccess: true,
          select: { amountCents: true, validUntil: true },
        })
      : null,
    loadSettings(payload),
  ])
  const zone = settings.timeZone
  const deadlines: Record<string, string | null | undefined> = {
    'new-request': thread.respondBy,
    'answer-due': thread.respondBy,
    'payment-due': thread.payBy,
    'group-confirmed': thread.payBy,
    delivered: thread.reviewBy,
    'review-closing': thread.reviewBy,
  }
  const quoteDay = ['new-quote', 'quote-expiring'].includes(kind) ? quote?.validUntil : null
  const deadline = quoteDay
    ? formatDate(quoteDay, language, 'UTC')
    : deadlines[kind]
      ? formatDate(deadlines[kind]!, language, zone, true)
      : ''
  return {
    service: service.title,
    organisation: organisation.name,
    reference: thread.reference,
    amount: quote ? formatCents(quote.amountCents, language) : '',
    deadline,
  }
}

/** The words of a group's notification: its reference, size, price and the deadline it speaks of. */
const groupVariablesFor = async (payload: Payload, group: Group, kind: string, language: Language): Promise<Record<string, string>> => {
  const [{ service, organisation }, settings] = await Promise.all([namesOf(payload, group, language), loadSettings(payload)])
  const enteAnswer = group.minimumReachedAt
    ? new Date(new Date(group.minimumReachedAt).getTime() + settings.responseDays * 24 * 60 * 60 * 1000).toISOString()
    : null
  const deadlines: Record<string, string | null | undefined> = {
    'group-minimum-reached': enteAnswer,
    'group-to-confirm': enteAnswer,
    'group-decide': group.decideBy,
  }
  return {
    service: service.title,
    organisation: organisation.name,
    reference: group.reference,
    amount: group.priceCents == null ? '' : formatCents(group.priceCents, language),
    /** What the amount is for: "all’ora". */
    unit: priceUnitOf(service.priceModel, language),
    members: String(group.memberCount),
    deadline: deadlines[kind] ? formatDate(deadlines[kind]!, language, settings.timeZone, true) : '',
  }
}

const ACTION_LABEL = {
  citizen: { it: 'Apri la richiesta', en: 'Open the request' },
  ente: { it: 'Apri nell’area enti', en: 'Open in the organisations’ area' },
} as const

const GROUP_ACTION_LABEL = { it: 'Apri il gruppo', en: 'Open the group' } as const

const REASON_LABEL = { it: 'Motivo', en: 'Reason' } as const

/** A group's news (no thread of its own): to its page for a member, to its record in the admin for the ente. */
const sendGroupEmail = async (payload: Payload, notification: Notification, recipients: Recipient[]) => {
  const group = await payload.findByID({ collection: 'groups', id: relationId(notification.group)!, depth: 0, overrideAccess: true })
  const kind = kindOf(notification.kind)!
  // A family taken out of a group reads why, in the organiser's words.
  const reason =
    kind.value === 'group-member-removed' && notification.citizen
      ? (
          await payload.find({
            collection: 'group-members',
            where: { and: [{ group: { equals: group.id } }, { citizen: { equals: relationId(notification.citizen) } }] },
            limit: 1,
            depth: 0,
            overrideAccess: true,
            select: { leftReason: true },
          })
        ).docs[0]?.leftReason
      : null
  for (const { email, language } of recipients) {
    const vars = await groupVariablesFor(payload, group, kind.value, language)
    const link = kind.to === 'citizen' ? groupPath(language, group.reference) : `/admin/collections/groups/${group.id}`
    const rendered = renderEmail({
      language,
      subject: fill(kind.title[language], vars),
      heading: fill(kind.title[language], vars),
      paragraphs: [fill(kind.body[language], vars), ...(reason ? [`${REASON_LABEL[language]}: ${reason}`] : [])],
      action: { label: kind.to === 'citizen' ? GROUP_ACTION_LABEL[language] : ACTION_LABEL.ente[language], url: publicUrl(link) },
    })
    await payload.sendEmail({ to: email, ...rendered })
  }
}

/** A care-work notice: to the family's request (by its reference), or to the worker's application. */
const sendCareWorkEmail = async (payload: Payload, notification: Notification, recipients: Recipient[]) => {
  const kind = kindOf(notification.kind)!
  const reference = notification.subject ?? ''
  for (const { email, language } of recipients) {
    const vars = { reference }
    const link = notification.careRequest ? areaPath(language, 'careWork', reference) : areaPath(language, 'work')
    const rendered = renderEmail({
      language,
      subject: fill(kind.title[language], vars),
      heading: fill(kind.title[language], vars),
      paragraphs: [fill(kind.body[language], vars)],
      action: { label: CARE_WORK_ACTION_LABEL[notification.careRequest ? 'family' : 'worker'][language], url: publicUrl(link) },
    })
    await payload.sendEmail({ to: email, ...rendered })
  }
}

/** A temporary housing notice: to the household's application in its area, or to the ente's record of it. */
const sendHousingEmail = async (payload: Payload, notification: Notification, recipients: Recipient[]) => {
  for (const { email, language } of recipients) {
    const notice = await housingNotice(payload, notification, language)
    if (!notice) continue
    const rendered = renderEmail({
      language,
      subject: notice.subject,
      heading: notice.subject,
      paragraphs: [notice.sentence],
      action: notice.action,
    })
    await payload.sendEmail({ to: email, ...rendered })
  }
}

const CARE_WORK_ACTION_LABEL = {
  family: { it: 'Apri la richiesta', en: 'Open the request' },
  worker: { it: 'Apri la tua candidatura', en: 'Open your application' },
} as const

/** The payment a confirmation is about: the thread's latest one that went through. */
const confirmedPaymentOf = async (payload: Payload, threadId: string): Promise<string | null> => {
  const { docs } = await payload.find({
    collection: 'payments',
    where: { and: [{ thread: { equals: threadId } }, { status: { equals: 'succeeded' } }] },
    sort: '-paidAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { status: true },
  })
  return docs[0]?.id ?? null
}

/** Records that a notification's e-mail went out (or had nobody to go to). */
const finish = async (payload: Payload, notification: string, recipients: Recipient[]) => {
  const status = recipients.length > 0 ? 'sent' : 'none'
  await runSql(
    payload,
    sql`UPDATE notifications SET email_status = ${status}, email_sent_at = now(), email_error = NULL WHERE id = ${notification}`,
  )
  return { output: { outcome: status } }
}

/**
 * Sends a notification's e-mail to its recipients, each in their own language. The
 * notification is claimed first, so that a job run twice sends it once.
 */
export const sendNotificationEmail: TaskConfig<{ input: { notification: string }; output: { outcome: string } }> = {
  slug: EMAIL_TASK,
  retries: 3,
  inputSchema: [{ name: 'notification', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const claimed = await runSql(
      payload,
      sql`UPDATE notifications SET email_status = 'sending'
          WHERE id = ${input.notification} AND email_status IN ('pending', 'failed') RETURNING id`,
    )
    if (claimed.length === 0) return { output: { outcome: 'already sent' } }
    try {
      const notification = await payload.findByID({ collection: 'notifications', id: input.notification, depth: 0, overrideAccess: true })
      const recipients = await recipientsOf(payload, notification)
      if (notification.housingApplication) {
        await sendHousingEmail(payload, notification, recipients)
        return await finish(payload, input.notification, recipients)
      }
      if (!notification.thread && notification.group) {
        await sendGroupEmail(payload, notification, recipients)
        return await finish(payload, input.notification, recipients)
      }
      if (!notification.thread) {
        await sendCareWorkEmail(payload, notification, recipients)
        return await finish(payload, input.notification, recipients)
      }
      const thread = await payload.findByID({ collection: 'threads', id: relationId(notification.thread)!, depth: 0, overrideAccess: true })
      const kind = kindOf(notification.kind)!
      // A confirmed payment's e-mail leads to its receipt, which the citizen can download once signed in.
      const payment = kind.value === 'payment-confirmed' ? await confirmedPaymentOf(payload, thread.id) : null
      for (const { email, language } of recipients) {
        const vars = await variablesFor(payload, thread, kind.value, language)
        const link = kind.to === 'citizen' ? requestPath(language, relationId(thread.request)!) : inboxThreadPath(thread.id)
        const action = payment
          ? { label: RECEIPT_TEXT.download[language], url: publicUrl(receiptPath(language, payment)) }
          : { label: ACTION_LABEL[kind.to][language], url: publicUrl(link) }
        const rendered = renderEmail({
          language,
          subject: fill(kind.title[language], vars),
          heading: fill(kind.title[language], vars),
          paragraphs: [fill(kind.body[language], vars)],
          action,
        })
        await payload.sendEmail({ to: email, ...rendered })
      }
      return await finish(payload, input.notification, recipients)
    } catch (error) {
      await runSql(
        payload,
        sql`UPDATE notifications SET email_status = 'failed', email_error = ${String((error as Error).message).slice(0, 500)} WHERE id = ${input.notification}`,
      )
      throw error
    }
  },
}
