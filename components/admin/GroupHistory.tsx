'use client'

import { useEffect, useState } from 'react'

import { GROUP_STATES } from '../../collections/Groups/states'
import { formatDate, timeZoneOf } from '../../lib/dates'
import { GROUP_HISTORY_TEXT, GROUP_PANEL_TEXT } from '../../lib/i18n/admin'
import { type Language, translate, wording } from '../../lib/i18n/language'

type Actor =
  { relationTo: 'users'; value: { name?: string } } | { relationTo: 'citizens'; value: { firstName?: string; lastName?: string } }

type Entry = {
  id: string
  createdAt: string
  actor?: Actor | null
  changes?: { action?: string; from?: string | null; to?: string | null } | null
}

/** The audit log's entries of one group, oldest first, with only the names of who acted. */
export const groupHistoryAddress = (groupId: string) =>
  `/api/audit-log?${new URLSearchParams({
    'where[collection][equals]': 'groups',
    'where[documentId][equals]': groupId,
    sort: 'createdAt',
    limit: '100',
    depth: '1',
    'populate[users][name]': 'true',
    'populate[citizens][firstName]': 'true',
    'populate[citizens][lastName]': 'true',
  })}`

const nameOf = (actor: Actor | null | undefined): string => {
  if (!actor || typeof actor.value !== 'object' || actor.value === null) return ''
  if (actor.relationTo === 'users') return actor.value.name ?? ''
  return [actor.value.firstName, actor.value.lastName].filter(Boolean).join(' ')
}

const stateName = (state: string | null | undefined, language: Language): string => {
  const found = GROUP_STATES.find((candidate) => candidate.value === state)
  return found ? found.label[language] : ''
}

const actionName = (action: string | undefined, language: Language): string =>
  action && Object.hasOwn(GROUP_HISTORY_TEXT, action)
    ? translate(GROUP_HISTORY_TEXT[action as keyof typeof GROUP_HISTORY_TEXT], language)
    : (action ?? '')

/**
 * A group's history for WeMi admins, from the audit log in plain words: when, who (the system
 * for timers and payments), what happened and how the group's state moved. Read again whenever
 * `version` changes (after an action in the panel).
 */
export const GroupHistory = ({ groupId, lang, version }: { groupId: string; lang: Language; version: number }) => {
  const t = wording(GROUP_PANEL_TEXT, lang)
  const [lines, setLines] = useState<{ id: string; when: string; who: string; what: string; moved: string }[] | null>(null)

  useEffect(() => {
    const t = wording(GROUP_PANEL_TEXT, lang)
    let current = true
    void (async () => {
      const [entries, city] = await Promise.all([
        fetch(groupHistoryAddress(groupId), { credentials: 'include' }),
        fetch('/api/globals/city?depth=0&select[timeZone]=true', { credentials: 'include' }),
      ])
      if (!entries.ok || !current) return
      const { docs } = (await entries.json()) as { docs: Entry[] }
      const zone = timeZoneOf(city.ok ? ((await city.json()) as { timeZone?: string }) : null)
      if (!current) return
      setLines(
        docs.map((entry) => {
          const { action, from, to } = entry.changes ?? {}
          const [before, after] = [stateName(from, lang), stateName(to, lang)]
          return {
            id: entry.id,
            when: formatDate(entry.createdAt, lang, zone, true),
            who: nameOf(entry.actor) || t('system'),
            what: actionName(action, lang),
            moved: before && after && before !== after ? t('fromTo', { from: before, to: after }) : '',
          }
        }),
      )
    })()
    return () => {
      current = false
    }
  }, [groupId, lang, version])

  return (
    <>
      <h3>{t('history')}</h3>
      {lines === null ? null : lines.length === 0 ? (
        <p>{t('noHistory')}</p>
      ) : (
        <ol>
          {lines.map((line) => (
            <li key={line.id}>
              {line.when} · <strong>{line.who}</strong> · {line.what}
              {line.moved && ` · ${line.moved}`}
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
