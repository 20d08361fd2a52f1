import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { ioNoticeOfNotification } from '../../collections/IoMessages/notices'
import { kindOf, type NotificationKind } from '../../collections/Notifications/kinds'
import { loadSettings } from '../../globals/City/settings'
import { formatDate } from '../../lib/dates'
import { fill, label, type Language } from '../../lib/i18n'
import { housingApplicationPath, publicUrl } from '../../lib/links'
import { relationId } from '../../lib/relations'
import { runSql } from '../../lib/sql'
import type { HousingApplication, Notification } from '../../payload-types'
import { queueIoMessage } from '../app-io/queue'
import { EMAIL_TASK } from '../notifications/notify'

/**
 * Records a housing notice for the household or its ente, linked to the application, with its
 * e-mail (and, for an offer, its App IO message) queued in the caller's transaction: nothing
 * goes out unless the action it announces was committed. Its subject is the unit the notice
 * speaks of, kept as it was when the action was taken (a declined offer gives the unit back).
 */
export const notifyHousing = async (req: PayloadRequest, kind: NotificationKind, application: HousingApplication, unitName: string) => {
  const recipient = kindOf(kind)!.to
  const citizen = recipient === 'citizen' ? relationId(application.citizen) : null
  const organisation = recipient === 'ente' ? relationId(application.organisation) : null
  const [created] = await runSql<{ id: string }>(
    req.payload,
    sql`WITH notification AS (
          INSERT INTO notifications (kind, subject, housing_application_id, citizen_id, organisation_id, email_status)
          VALUES (${kind}, ${unitName}, ${application.id}, ${citizen}, ${organisation}, 'pending') RETURNING id)
        INSERT INTO payload_jobs (task_slug, input)
        SELECT ${EMAIL_TASK}::enum_payload_jobs_task_slug, jsonb_build_object('notification', id) FROM notification
        RETURNING input->>'notification' AS id`,
    req,
  )
  const ioNotice = ioNoticeOfNotification(kind)
  if (citizen && ioNotice && created) {
    await queueIoMessage(req, { citizen, notice: ioNotice, notification: created.id, dedupeKey: `notification:${created.id}` })
  }
}

/** The ente hears of each new application, whoever filed it. */
export const announceApplication: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') await notifyHousing(req, 'housing-new-application', doc as HousingApplication, '')
  return doc
}

/** A calendar day of the application (stored at midnight UTC), as people write it. */
const day = (value: string | null | undefined, language: Language) => (value ? formatDate(value, language, 'UTC') : '')

const OPEN = {
  citizen: label('Apri la domanda nella tua area', 'Open the application in your area'),
  ente: label('Apri la domanda', 'Open the application'),
}

/**
 * A housing notice in one language: its title, its sentence and the way to the application
 * (the household's area, or the ente's admin). Null once the application is gone.
 */
export const housingNotice = async (
  payload: Payload,
  notification: Notification,
  language: Language,
): Promise<{ subject: string; sentence: string; action: { label: string; url: string } } | null> => {
  const kind = kindOf(notification.kind)
  const application = await payload.findByID({
    collection: 'housing-applications',
    id: relationId(notification.housingApplication)!,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!kind || !application) return null
  const [organisation, { timeZone }] = await Promise.all([
    payload.findByID({
      collection: 'organisations',
      id: relationId(application.organisation)!,
      depth: 0,
      locale: language,
      overrideAccess: true,
      select: { name: true },
    }),
    loadSettings(payload),
  ])
  const vars = {
    organisation: organisation.name,
    unit: notification.subject ?? '',
    from: day(application.startsOn ?? application.wantedFrom, language),
    to: day(application.endsOn, language),
    until: day(application.extensionUntil, language),
    deadline: application.offerExpiresAt ? formatDate(application.offerExpiresAt, language, timeZone, true) : '',
    reason: application.enteReason ?? '',
    people: String(application.adults + application.children),
    months: String(application.wantedMonths),
  }
  const link =
    kind.to === 'citizen'
      ? housingApplicationPath(language, String(application.id))
      : `/admin/collections/housing-applications/${application.id}`
  return {
    subject: fill(kind.title[language], vars),
    sentence: fill(kind.body[language], vars),
    action: { label: OPEN[kind.to][language], url: publicUrl(link) },
  }
}
