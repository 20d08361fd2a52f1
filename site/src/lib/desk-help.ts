import { formatDate } from '../../../lib/dates'
import { DESK_HELP_DONE } from '../../../lib/i18n/site'
import { relationId } from '../../../lib/relations'
import type { Citizen } from '../../../payload-types'
import { catalogue } from './catalogue'
import { type Lang, t } from './i18n'
import { payload } from './payload'
import { asCitizen } from './session'

export type DeskHelp = {
  assistances: { id: string; desk: string; operator: string; reason: string; opened: string; closed: string | null }[]
  actions: { when: string; what: string; desk: string }[]
}

/**
 * The citizen's view of the help desks gave them: each assistance (which desk, who, why, when)
 * and each change made for them, from the audit log's entries made on their behalf.
 */
export const deskHelpOf = async (citizen: Citizen, lang: Lang): Promise<DeskHelp> => {
  const api = await payload()
  const { city } = await catalogue()
  const [{ docs: assistances }, { docs: entries }] = await Promise.all([
    api.find({
      collection: 'assistances',
      depth: 1,
      populate: { desks: { name: true } },
      pagination: false,
      sort: '-openedAt',
      ...asCitizen(citizen),
    }),
    // The log is closed to citizens; these are only the entries made for this one.
    api.find({
      collection: 'audit-log',
      where: { onBehalfOf: { equals: citizen.id } },
      depth: 0,
      limit: 200,
      sort: '-createdAt',
      overrideAccess: true,
    }),
  ])
  const operatorIds = [...new Set(assistances.map((assistance) => relationId(assistance.operator)!).filter(Boolean))]
  const { docs: operators } = await api.find({
    collection: 'users',
    where: { id: { in: operatorIds } },
    depth: 0,
    pagination: false,
    select: { name: true },
    overrideAccess: true,
  })
  const deskOf = (assistanceId: string | null) => {
    const assistance = assistances.find((candidate) => candidate.id === assistanceId)
    return assistance && typeof assistance.desk === 'object' && assistance.desk ? assistance.desk.name : ''
  }
  return {
    assistances: assistances.map((assistance) => ({
      id: assistance.id,
      desk: deskOf(assistance.id),
      operator: operators.find((operator) => operator.id === relationId(assistance.operator))?.name ?? '',
      reason: assistance.reason,
      opened: formatDate(assistance.openedAt!, lang, city.timeZone, true),
      closed: assistance.closedAt ? formatDate(assistance.closedAt, lang, city.timeZone, true) : null,
    })),
    actions: entries.map((entry) => {
      const verb = entry.action === 'transition' ? String((entry.changes as { action?: string } | null)?.action ?? '') : entry.action
      return {
        when: formatDate(entry.createdAt, lang, city.timeZone, true),
        what: DESK_HELP_DONE[`${entry.collection}:${verb}`]?.[lang] ?? t(lang, 'deskHelpOther', { collection: entry.collection }),
        desk: deskOf(relationId(entry.assistance)),
      }
    }),
  }
}
