'use client'

import { useAuth, useDocumentInfo, useFormFields, useFormModified, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { WORKFLOW_ACTIONS_TEXT } from '../../lib/i18n/admin'
import { languageFrom, wording } from '../../lib/i18n/language'

type Collection = 'services' | 'organisations'
type Action = 'submit' | 'approve' | 'request-changes'

const STATUS_PATH: Record<Collection, string> = { services: 'validation.status', organisations: 'accreditation.status' }

/** The states from which the ente sends its work to WeMi. */
const SENDABLE = ['draft', 'to-correct']

/** The reason the API gives for a refusal: its message is written for people. */
const reasonOf = async (response: Response, fallback: string): Promise<string> => {
  const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
  return body.errors?.[0]?.message || fallback
}

/**
 * The explicit steps of validation in the sidebar: the ente sends its service (or its
 * accreditation request) to WeMi; WeMi approves it or asks for corrections with a comment. Each
 * button calls the collection's workflow endpoint, which applies the same rules as any save.
 */
export const WorkflowActions = ({ collection }: { collection: Collection }) => {
  const router = useRouter()
  const commentId = useId()
  const hintId = useId()
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const modified = useFormModified()
  const status = useFormFields(([fields]) => fields[STATUS_PATH[collection]]?.value) as string | undefined
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null)
  const t = wording(WORKFLOW_ACTIONS_TEXT, languageFrom(i18n.language))

  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  const isWeMi = roles.includes('admin')
  const mayDecide = isWeMi && status === 'submitted'
  const maySend = roles.includes('ente-admin') && SENDABLE.includes(status ?? '')
  // After a decision the buttons go, but the outcome stays in view until the reader moves on.
  if (!id || (!mayDecide && !maySend && status !== 'submitted' && !outcome)) return null

  const take = async (action: Action, done: string) => {
    setBusy(true)
    setOutcome(null)
    try {
      const response = await fetch(`/api/${collection}/${encodeURIComponent(String(id))}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': i18n.language },
        body: JSON.stringify({ action, comment }),
      })
      setOutcome(response.ok ? { ok: true, message: done } : { ok: false, message: await reasonOf(response, t('failed')) })
      if (response.ok) {
        setComment('')
        router.refresh()
      }
    } catch {
      setOutcome({ ok: false, message: t('failed') })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section
      aria-labelledby={`${commentId}-title`}
      style={{ display: 'grid', gap: 'calc(var(--base) * 0.5)', marginBottom: 'var(--base)' }}
    >
      <h3 id={`${commentId}-title`} style={{ margin: 0 }}>
        {t('title')}
      </h3>
      {modified && (maySend || mayDecide) && <p style={{ margin: 0 }}>{t('saveFirst')}</p>}
      {maySend && (
        <button
          type="button"
          className="btn btn--style-primary"
          style={{ margin: 0 }}
          disabled={busy || modified}
          onClick={() => take('submit', t('submitted'))}
        >
          {collection === 'services' ? t('submitService') : t('submitOrganisation')}
        </button>
      )}
      {status === 'submitted' && !isWeMi && <p style={{ margin: 0 }}>{t('waiting')}</p>}
      {mayDecide && (
        <>
          <label htmlFor={commentId} style={{ fontWeight: 600 }}>
            {t('comment')}
          </label>
          <textarea
            id={commentId}
            aria-describedby={hintId}
            rows={4}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            style={{ width: '100%', font: 'inherit', padding: 'calc(var(--base) * 0.4)' }}
          />
          <p id={hintId} style={{ margin: 0, fontSize: '0.9em' }}>
            {t('commentHint')}
          </p>
          <button
            type="button"
            className="btn btn--style-primary"
            style={{ margin: 0 }}
            disabled={busy || modified}
            onClick={() => take('approve', t('approved'))}
          >
            {t('approve')}
          </button>
          <button
            type="button"
            className="btn btn--style-secondary"
            style={{ margin: 0 }}
            disabled={busy || modified}
            onClick={() => take('request-changes', t('changesRequested'))}
          >
            {t('requestChanges')}
          </button>
        </>
      )}
      <div role={outcome && !outcome.ok ? 'alert' : 'status'} style={{ fontWeight: 600 }}>
        {outcome?.message}
      </div>
    </section>
  )
}
