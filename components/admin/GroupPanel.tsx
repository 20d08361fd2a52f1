'use client'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { GROUP_ACTION_BUTTONS, GROUP_PANEL_TEXT, GROUP_STATE_EXPLAINED } from '../../lib/i18n/admin'
import { type Language, languageFrom, wording } from '../../lib/i18n/language'
import type { GroupView } from '../../plugins/sharing/view'
import { ActionBox, clearFields, Field, useActionState, useDocumentReload } from './ActionForm'
import { GroupHistory } from './GroupHistory'

type Action = GroupView['actions'][number]['action']
/** A family as staff read it; some of it only once the ente has confirmed the group. */
type Member = GroupView['members'][number] & {
  name?: string
  status?: string
  statusLabel?: string
  acceptedPrice?: string
  chargedPrice?: string
  share?: string
  thread?: { id: string; reference: string; statusLabel: string } | null
}

/** A note under a form or a table, in the text's own colour (the admin's pale grey is too faint to read). */
const NOTE = { color: 'var(--theme-elevation-800)', marginTop: 'calc(var(--base) / 2)' }

const TABLE = { borderCollapse: 'collapse' as const, width: '100%', textAlign: 'left' as const }

/** The families' table: its cells spaced and ruled, its headings as dark as its text. */
const TABLE_CELLS = `.group-members th, .group-members td { padding: calc(var(--base) / 2); border-bottom: 1px solid var(--theme-elevation-150); }
.group-members th { color: var(--theme-text); font-weight: 600; }`

/** What each action the staff may take asks for besides the button. */
const INPUTS: Partial<Record<Action, 'terms' | 'reason' | 'message' | 'member'>> = {
  confirm: 'terms',
  decline: 'reason',
  close: 'reason',
  message: 'message',
  'remove-member': 'member',
}

/** The form of one lifecycle action: what it needs, then one button named after it. */
const GroupActionForm = ({
  action,
  label,
  lang,
  group,
  members,
  onDone,
}: {
  action: Action
  label: string
  lang: Language
  group: GroupView['group']
  members: Member[]
  onDone: (message: string) => void
}) => {
  const { errors, failure, busy, start, send } = useActionState()
  const t = wording(GROUP_PANEL_TEXT, lang)
  const needs = INPUTS[action]

  const submit = async (form: FormData, container: HTMLElement) => {
    start()
    const text = (name: string) => String(form.get(name) ?? '').trim()
    const input: Record<string, unknown> = {}
    if (needs === 'terms') Object.assign(input, { startDate: text('startDate'), endDate: text('endDate'), units: text('units') })
    if (needs === 'reason') input.reason = text('reason')
    if (needs === 'message') input.body = text('body')
    if (needs === 'member') Object.assign(input, { member: text('member'), reason: text('reason') })
    if (!(await send(`/api/groups/${group.id}/actions/${action}`, input, t('failed')))) return
    clearFields(container)
    onDone(`${label}: ${t('done')}`)
  }

  const dateField = (name: 'startDate' | 'endDate') => (
    <Field label={t(name)} error={errors[name]}>
      {(id, describedBy) => (
        <input id={id} name={name} type="date" required aria-describedby={describedBy} aria-invalid={Boolean(errors[name])} />
      )}
    </Field>
  )
  const reasonField = (
    <Field label={t('reason')} error={errors.reason}>
      {(id, describedBy) => (
        <textarea id={id} name="reason" rows={3} aria-describedby={describedBy} aria-invalid={Boolean(errors.reason)} />
      )}
    </Field>
  )

  return (
    <ActionBox label={label} failure={failure} busy={busy} button={needs === 'message' ? t('send') : label} onSubmit={submit}>
      {needs === 'terms' && (
        <>
          <p style={NOTE}>{t('confirmHint')}</p>
          {dateField('startDate')}
          {dateField('endDate')}
          <Field label={t('units', { quantity: group.quantityName })} hint={t('unitsHint', { unit: group.priceUnit })} error={errors.units}>
            {(id, describedBy) => (
              <input
                id={id}
                name="units"
                type="number"
                inputMode="numeric"
                min={1}
                step={1}
                required
                aria-describedby={describedBy}
                aria-invalid={Boolean(errors.units)}
              />
            )}
          </Field>
        </>
      )}
      {needs === 'reason' && reasonField}
      {needs === 'message' && (
        <Field label={t('message')} error={errors.body}>
          {(id, describedBy) => (
            <textarea id={id} name="body" rows={4} required aria-describedby={describedBy} aria-invalid={Boolean(errors.body)} />
          )}
        </Field>
      )}
      {needs === 'member' && (
        <>
          <Field label={t('member')} error={errors.member}>
            {(id, describedBy) => (
              <select id={id} name="member" required aria-describedby={describedBy} aria-invalid={Boolean(errors.member)} defaultValue="">
                <option value="" disabled>
                  {t('chooseMember')}
                </option>
                {members
                  .filter((member) => member.status === 'active')
                  .map((member) => (
                    <option key={member.id} value={member.id}>
                      {member.name || member.displayName}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          {reasonField}
        </>
      )}
    </ActionBox>
  )
}

/** A family's name: the full one the ente may see once the group is confirmed, linked to its request. */
const MemberName = ({ member }: { member: Member }) => {
  if (!member.name) return <>{member.displayName}</>
  const name = member.thread ? <a href={`/admin/collections/threads/${member.thread.id}`}>{member.name}</a> : member.name
  return (
    <>
      {name} ({member.displayName})
    </>
  )
}

/**
 * A shared group as its ente and WeMi read it in the admin panel: its facts and current price,
 * its families with the price each accepted and pays, its messages, a form for each action the
 * lifecycle allows the reader now, and for WeMi its history.
 */
export const GroupPanel = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang = languageFrom(i18n.language)
  const t = wording(GROUP_PANEL_TEXT, lang)
  // What the city calls a district, as the server worked it out from the city profile.
  const districtWord = getTranslation(useConfig().getEntityConfig({ collectionSlug: 'districts' })?.labels.singular ?? '', i18n)
  const [view, setView] = useState<GroupView | null | 'missing'>(null)
  const [notice, setNotice] = useState('')
  const [version, setVersion] = useState(0)

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`/api/groups/${id}/view`, { credentials: 'include', headers: { 'accept-language': lang } })
    setView(response.ok ? ((await response.json()) as GroupView) : 'missing')
  }, [id, lang])

  useEffect(() => {
    void load()
  }, [load])

  /** An action changes the group on the server: its status in the sidebar is read again. */
  const reloadDocument = useDocumentReload('groups', lang)

  if (view === null) return <p>{t('loading')}</p>
  if (view === 'missing') return <p>{t('notFound')}</p>
  const { group, messages, priceTable, actions, party } = view
  const members: Member[] = view.members
  const confirmedOrLater = members.some((member) => member.thread)

  return (
    <section aria-labelledby="group-panel-title" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="group-panel-title">
        {t('group')} {group.reference} — {group.title}
      </h2>
      <p>
        <strong>{t('status')}:</strong> {group.statusLabel}
      </p>
      <p>{wording(GROUP_STATE_EXPLAINED, lang)(group.status, { joinBy: group.joinBy, decideBy: group.decideBy })}</p>
      <div role="status" aria-live="polite">
        {notice}
      </div>
      <dl>
        <dt>{t('service')}</dt>
        <dd>{group.service.title}</dd>
        <dt>{t('organisation')}</dt>
        <dd>{group.organisation.name}</dd>
        <dt>{districtWord}</dt>
        <dd>{group.district.name}</dd>
        <dt>{t('schedule')}</dt>
        <dd>{[...group.days, ...group.timeBands].join(', ')}</dd>
        <dt>{t('startDate')}</dt>
        <dd>{group.startDate}</dd>
        {group.endDate && (
          <>
            <dt>{t('endDate')}</dt>
            <dd>{group.endDate}</dd>
          </>
        )}
        <dt>{t('joinBy')}</dt>
        <dd>{group.joinBy}</dd>
        {group.decideBy && (
          <>
            <dt>{t('decideBy')}</dt>
            <dd>{group.decideBy}</dd>
          </>
        )}
        <dt>{t('families')}</dt>
        <dd>{t('familiesCount', { count: group.memberCount, min: group.minMembers, max: group.maxMembers })}</dd>
        <dt>{t('price')}</dt>
        <dd>{[group.price, group.priceUnit].filter(Boolean).join(' ')}</dd>
        {group.quantity && (
          <>
            <dt>{t('quantity')}</dt>
            <dd>{group.quantity}</dd>
          </>
        )}
        <dt>{t('priceTable')}</dt>
        <dd>
          {priceTable
            .map(({ people, price }) => (people === 1 ? t('oneFamily', { price }) : t('someFamilies', { people, price })))
            .join(' · ')}
        </dd>
        {group.description && (
          <>
            <dt>{t('description')}</dt>
            <dd style={{ whiteSpace: 'pre-wrap' }}>{group.description}</dd>
          </>
        )}
        {group.note && (
          <>
            <dt>{t('note')}</dt>
            <dd style={{ whiteSpace: 'pre-wrap' }}>{group.note}</dd>
          </>
        )}
      </dl>

      <h3>{t('members')}</h3>
      {members.length === 0 ? (
        <p>{t('noMembers')}</p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <style>{TABLE_CELLS}</style>
          <table className="group-members" style={TABLE}>
            <thead>
              <tr>
                <th scope="col">{t('memberName')}</th>
                <th scope="col">{t('memberStatus')}</th>
                <th scope="col">{t('joinedOn')}</th>
                <th scope="col">{t('accepted')}</th>
                <th scope="col">{t('charged')}</th>
                {confirmedOrLater && <th scope="col">{t('share')}</th>}
                {confirmedOrLater && <th scope="col">{t('thread')}</th>}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id}>
                  <td>
                    <MemberName member={member} />
                  </td>
                  <td>{member.statusLabel}</td>
                  <td>{member.joinedOn}</td>
                  <td>{member.acceptedPrice}</td>
                  <td>{member.status === 'active' ? member.chargedPrice : ''}</td>
                  {confirmedOrLater && <td>{member.share}</td>}
                  {confirmedOrLater && (
                    <td>
                      {member.thread && (
                        <a href={`/admin/collections/threads/${member.thread.id}`}>
                          {member.thread.reference} · {member.thread.statusLabel}
                        </a>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!confirmedOrLater && party === 'ente' && <p style={NOTE}>{t('namesAfterConfirmation')}</p>}

      <h3>{t('messages')}</h3>
      {messages.length === 0 ? (
        <p>{t('noMessages')}</p>
      ) : (
        <ol>
          {messages.map((message) => (
            <li key={message.id}>
              <strong>{message.authorName}</strong>, {message.sentOn}: <span style={{ whiteSpace: 'pre-wrap' }}>{message.body}</span>
            </li>
          ))}
        </ol>
      )}

      {actions.length === 0 ? (
        <p>{t('nothingToDo')}</p>
      ) : (
        actions.map(({ action }) => (
          <GroupActionForm
            key={action}
            action={action}
            label={GROUP_ACTION_BUTTONS[action][lang]}
            lang={lang}
            group={group}
            members={members}
            onDone={(message) => {
              setNotice(message)
              setVersion((current) => current + 1)
              void load()
              void reloadDocument()
            }}
          />
        ))
      )}

      {party === 'admin' && <GroupHistory groupId={group.id} lang={lang} version={version} />}
    </section>
  )
}
