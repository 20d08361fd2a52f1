import { formatDate } from '../../../lib/dates'
import { translate } from '../../../lib/i18n/language'
import { DESK_HELP_DONE } from '../../../lib/i18n/site'
import { relationId } from '../../../lib/relations'
import type { AuditLog, Citizen, Thread } from '../../../payload-types'
import { catalogue } from './catalogue'
import { type Lang, t } from './i18n'
import { payload } from './payload'
import { asCitizen } from './session'

export type DeskVisit = {
  id: string
  /** When and where: "3 dicembre 2026, 10:04 – Spazio WeMi Giambellino". */
  title: string
  /** Who helped and why. */
  with: string
  closed: string | null
  /** What was done, one plain sentence each, in the order it was done. */
  done: string[]
}

export type DeskHelp = { visits: DeskVisit[] }

/** An entry logged without an assistance (the registration, which opens one) belongs to the operator's visit opened within this time. */
const SAME_VISIT_MS = 5 * 60 * 1000

const nameOf = (value: unknown, field: 'name' | 'title'): string =>
  value && typeof value === 'object' ? String((value as Record<string, unknown>)[field] ?? '') : ''

const list = (names: string[], lang: Lang) => {
  const unique = [...new Set(names.filter(Boolean))]
  return unique.length < 2 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} ${lang === 'it' ? 'e' : 'and'} ${unique.at(-1)}`
}

/** What an entry did, as "collection:action" (a transition named by the action taken); looking at any record is one kind, "read". */
const kindOf = (entry: AuditLog) =>
  entry.action === 'read'
    ? 'read'
    : `${entry.collection}:${entry.action === 'transition' ? String((entry.changes as { action?: string } | null)?.action ?? '') : entry.action}`

/**
 * The citizen's record of the help desks gave them, built from the audit log: one visit per
 * assistance (when, which desk, who, why), and what was done in it as plain sentences, such as
 * "Luca, Spazio WeMi Giambellino, ha inviato la richiesta a Cooperativa X per Pasti a
 * domicilio". Repeated steps read once; the technical steps that come with them (payments,
 * voucher ledger, notices) are counted in one sentence rather than hidden.
 */
export const deskHelpOf = async (citizen: Citizen, lang: Lang): Promise<DeskHelp> => {
  const api = await payload()
  const { city } = await catalogue()
  const [{ docs: assistances }, { docs: entries }, { docs: threads }] = await Promise.all([
    api.find({
      collection: 'assistances',
      depth: 1,
      populate: { desks: { name: true } },
      pagination: false,
      sort: '-openedAt',
      ...asCitizen(citizen),
    }),
    // The log is closed to citizens; these are only the entries made for this one, and their registration.
    api.find({
      collection: 'audit-log',
      where: {
        or: [
          { onBehalfOf: { equals: citizen.id } },
          {
            and: [
              { collection: { equals: 'citizens' } },
              { action: { equals: 'create' } },
              { documentId: { equals: citizen.id } },
              { 'actor.relationTo': { equals: 'users' } },
            ],
          },
        ],
      },
      depth: 0,
      limit: 500,
      sort: 'createdAt',
      overrideAccess: true,
    }),
    api.find({
      collection: 'threads',
      depth: 1,
      select: { request: true, service: true, organisation: true },
      populate: { services: { title: true }, organisations: { name: true } },
      pagination: false,
      locale: lang,
      ...asCitizen(citizen),
    }),
  ])
  // Operators are staff records, closed to citizens: only the names of those who helped this one.
  const { docs: operators } = await api.find({
    collection: 'users',
    where: { id: { in: [...new Set(assistances.map((assistance) => relationId(assistance.operator)!))] } },
    depth: 0,
    pagination: false,
    select: { name: true },
    overrideAccess: true,
  })
  const threadById = new Map(threads.map((thread) => [thread.id, thread]))
  const threadsOfRequest = (requestId: string) => threads.filter((thread) => relationId(thread.request) === requestId)
  const about = (thread: Pick<Thread, 'service' | 'organisation'> | undefined) => ({
    organisation: nameOf(thread?.organisation, 'name'),
    service: nameOf(thread?.service, 'title'),
  })

  const visitOf = (entry: AuditLog) => {
    const own = relationId(entry.assistance)
    if (own) return assistances.find((assistance) => assistance.id === own)
    const at = new Date(entry.createdAt).getTime()
    const distance = (assistance: (typeof assistances)[number]) => Math.abs(new Date(assistance.openedAt!).getTime() - at)
    return assistances
      .filter((assistance) => relationId(assistance.operator) === relationId(entry.actor?.value) && distance(assistance) < SAME_VISIT_MS)
      .sort((one, other) => distance(one) - distance(other))[0]
  }

  return {
    visits: assistances.map((assistance) => {
      const operator = operators.find((candidate) => candidate.id === relationId(assistance.operator))?.name ?? ''
      const desk = nameOf(assistance.desk, 'name')
      const who = t(lang, 'deskHelpWho', { operator, desk })
      const sentences: string[] = []
      let others = 0
      for (const entry of entries.filter((candidate) => visitOf(candidate)?.id === assistance.id)) {
        const template = DESK_HELP_DONE[kindOf(entry)]
        if (!template) {
          others += 1
          continue
        }
        const asked = threadsOfRequest(entry.documentId).map(about)
        const vars = {
          who,
          organisations: list(
            asked.map((entryAbout) => entryAbout.organisation),
            lang,
          ),
          services: list(
            asked.map((entryAbout) => entryAbout.service),
            lang,
          ),
          ...about(threadById.get(entry.documentId)),
        }
        const sentence = translate(template, lang, vars)
        if (!sentences.includes(sentence)) sentences.push(sentence)
      }
      if (others > 0) sentences.push(others === 1 ? t(lang, 'deskHelpOtherOne', { who }) : t(lang, 'deskHelpOther', { who, count: others }))
      return {
        id: assistance.id,
        title: t(lang, 'deskHelpVisit', { date: formatDate(assistance.openedAt!, lang, city.timeZone, true), desk }),
        with: t(lang, 'deskHelpWith', { operator, reason: assistance.reason }),
        closed: assistance.closedAt ? formatDate(assistance.closedAt, lang, city.timeZone, true) : null,
        done: sentences,
      }
    }),
  }
}
