'use client'

import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { VISIT_ACTIONS_TEXT } from '../../lib/i18n/admin'
import { type Language, wording } from '../../lib/i18n/language'

/** The first reason the REST API gives for refusing a change, field errors first. */
const reasonOf = async (response: Response, fallback: string): Promise<string> => {
  const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string; data?: { errors?: { message: string }[] } }[] }
  const first = body.errors?.[0]
  return first?.data?.errors?.[0]?.message || first?.message || fallback
}

const big = { minHeight: '48px', width: '100%', margin: 0, fontSize: '1.1rem' }

/**
 * The buttons of one visit on the operator's phone: check in, check out, and the note. The
 * server records the times; the page is then read again so it shows what was stored.
 */
export const VisitActions = ({ id, status, note, lang }: { id: string; status: string; note: string; lang: Language }) => {
  const router = useRouter()
  const fieldId = useId()
  const [text, setText] = useState(note)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null)
  const t = wording(VISIT_ACTIONS_TEXT, lang)

  const send = async (change: Record<string, unknown>, done: string) => {
    setBusy(true)
    setOutcome(null)
    try {
      const response = await fetch(`/api/visits/${encodeURIComponent(id)}?depth=0`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify(change),
      })
      setOutcome(response.ok ? { ok: true, message: done } : { ok: false, message: await reasonOf(response, t('failed')) })
      if (response.ok) router.refresh()
    } catch {
      setOutcome({ ok: false, message: t('failed') })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'grid', gap: 'calc(var(--base) * 0.75)' }}>
      {status === 'planned' && (
        <button
          type="button"
          className="btn btn--style-primary"
          style={big}
          disabled={busy}
          onClick={() => send({ status: 'in-progress' }, t('checkedIn'))}
        >
          {t('checkIn')}
        </button>
      )}
      {status === 'in-progress' && (
        <button
          type="button"
          className="btn btn--style-primary"
          style={big}
          disabled={busy}
          onClick={() => send({ status: 'done' }, t('checkedOut'))}
        >
          {t('checkOut')}
        </button>
      )}
      {status !== 'cancelled' && (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void send({ note: text }, t('noteSaved'))
          }}
          style={{ display: 'grid', gap: 'calc(var(--base) * 0.5)' }}
        >
          <label className="field-label" htmlFor={fieldId}>
            {t('note')}
          </label>
          <textarea
            id={fieldId}
            aria-describedby={`${fieldId}-hint`}
            value={text}
            maxLength={2000}
            rows={4}
            onChange={(event) => setText(event.target.value)}
            style={{ width: '100%', fontSize: '1rem', padding: 'calc(var(--base) * 0.5)' }}
          />
          <p id={`${fieldId}-hint`} style={{ margin: 0, color: 'var(--theme-elevation-800)' }}>
            {t('noteHint')}
          </p>
          <button type="submit" className="btn btn--style-secondary" style={big} disabled={busy}>
            {busy ? t('saving') : t('saveNote')}
          </button>
        </form>
      )}
      <p role="status" aria-live="polite" style={{ margin: 0, color: outcome && !outcome.ok ? 'var(--theme-error-500)' : undefined }}>
        {outcome?.message ?? ''}
      </p>
    </div>
  )
}
