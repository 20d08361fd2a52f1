import type { Payload } from 'payload'

import { kindOf } from '../../collections/Notifications/kinds'
import { loadSettings } from '../../globals/City/settings'
import { IO_NOTICES } from '../../collections/IoMessages/notices'
import { fill, label, type Language } from '../../lib/i18n'
import { publicUrl, requestPath } from '../../lib/links'
import { relationId } from '../../lib/relations'
import type { IoMessage } from '../../payload-types'
import { describeAppointment } from '../appointments/email'
import { housingNotice } from '../housing/notify'
import { variablesFor } from '../notifications/email'
import type { IoContent } from './client'

/** Who writes, at the foot of every message: IO shows the city's service, not WeMi's name. */
const SIGNATURE = label(
  'Ti scrive WeMi, la piattaforma del Comune di {{city}} per i servizi di cura e di aiuto in casa.',
  'This message is from WeMi, the City of {{city}}’s platform for care and help at home.',
)

const OPEN_REQUEST = label('Apri la richiesta nella tua area', 'Open the request in your area')

/** A Markdown link whose text cannot break out of its brackets. */
const link = (text: string, url: string) => `[${text.replace(/[[\]]/g, '')}](${url})`

const markdownOf = async (payload: Payload, language: Language, paragraphs: string[]) => {
  const { cityName } = await loadSettings(payload)
  return [...paragraphs, fill(SIGNATURE[language], { city: cityName })].join('\n\n')
}

/** A notification as an IO message: its title, its sentence, the way to the request (or the housing application). */
const notificationContent = async (payload: Payload, notificationId: string, language: Language): Promise<IoContent | null> => {
  const notification = await payload.findByID({
    collection: 'notifications',
    id: notificationId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (notification?.housingApplication) {
    const notice = await housingNotice(payload, notification, language)
    return (
      notice && {
        subject: notice.subject,
        markdown: await markdownOf(payload, language, [notice.sentence, link(notice.action.label, notice.action.url)]),
      }
    )
  }
  const thread = notification?.thread
    ? await payload.findByID({ collection: 'threads', id: relationId(notification.thread)!, depth: 0, overrideAccess: true })
    : null
  const kind = notification && kindOf(notification.kind)
  if (!thread || !kind) return null
  const vars = await variablesFor(payload, thread, kind.value, language)
  return {
    subject: fill(kind.title[language], vars),
    markdown: await markdownOf(payload, language, [
      fill(kind.body[language], vars),
      link(OPEN_REQUEST[language], publicUrl(requestPath(language, relationId(thread.request)!))),
    ]),
    // IO shows a payment's deadline in the message and can put it in the person's calendar.
    ...(kind.value === 'payment-due' && thread.payBy ? { dueDate: new Date(thread.payBy).toISOString() } : {}),
  }
}

/** A desk appointment booked or moved: when and where, and the way to change it. */
const appointmentContent = async (payload: Payload, message: IoMessage): Promise<IoContent | null> => {
  const notice = IO_NOTICES.find((candidate) => candidate.value === message.notice)
  if (!notice || !('appointment' in notice)) return null
  const described = await describeAppointment(payload, relationId(message.appointment)!, notice.appointment)
  if (!described) return null
  const { language, vars, words, manageUrl } = described
  return {
    subject: fill(words.subject, vars),
    markdown: await markdownOf(payload, language, [
      fill(words.lead, vars),
      fill(words.topic, vars),
      words.change,
      link(words.action, manageUrl),
    ]),
  }
}

/** The words of one queued message, in the resident's language; null once what it announces is gone. */
export const contentOf = (payload: Payload, message: IoMessage, language: Language): Promise<IoContent | null> =>
  message.notification ? notificationContent(payload, relationId(message.notification)!, language) : appointmentContent(payload, message)
