'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { THREAD_PANEL_TEXT } from '../../lib/i18n/admin'
import { type Language, languageFrom, wording } from '../../lib/i18n/language'
import { parseEuros } from '../../lib/money'
import type { Conversation } from '../../plugins/requests/conversation'
import { ActionBox, clearFields, Field, type FieldErrors, type Outcome, readFailure, useActionState, useDocumentReload } from './ActionForm'

type ActionName = Conversation['actions'][number]['action']

const uploadFile = async (threadId: string, file: File): Promise<{ id: string } | Outcome> => {
  const form = new FormData()
  form.append('file', file)
  form.append('_payload', JSON.stringify({ thread: threadId }))
  const response = await fetch('/api/thread-files', { method: 'POST', body: form, credentials: 'include' })
  if (!response.ok) return readFailure(response, file.name)
  return { id: ((await response.json()) as { doc: { id: string } }).doc.id }
}

/** The form of one lifecycle action: the inputs it needs, then one button named after it. */
const ActionForm = ({
  action,
  label,
  lang,
  threadId,
  onDone,
}: {
  action: ActionName
  label: string
  lang: Language
  threadId: string
  onDone: (message: string) => void
}) => {
  const { errors, setErrors, failure, setFailure, busy, setBusy, start, send } = useActionState()
  const t = wording(THREAD_PANEL_TEXT, lang)
  const needsQuote = action === 'quote' || action === 'requote'
  const needsReason = action === 'decline' || action === 'dispute'
  const needsMessage = action === 'message'
  const needsRefund = action === 'refund'

  const submit = async (form: FormData, container: HTMLElement) => {
    start()
    const text = (name: string) => String(form.get(name) ?? '').trim()
    const input: Record<string, unknown> = {}
    const localErrors: FieldErrors = {}
    if (needsQuote) {
      const cents = parseEuros(text('amount'))
      if (cents === null) localErrors.amountCents = t('amountInvalid')
      Object.assign(input, {
        amountCents: cents,
        validUntil: text('validUntil'),
        periodStart: text('periodStart'),
        periodEnd: text('periodEnd'),
        conditions: text('conditions'),
      })
    }
    if (needsReason) input.reason = text('reason')
    if (needsMessage) input.body = text('body')
    if (needsRefund && text('refund')) {
      const cents = parseEuros(text('refund'))
      if (cents === null) localErrors.amountCents = t('amountInvalid')
      input.amountCents = cents
    }
    if (Object.keys(localErrors).length > 0) {
      setErrors(localErrors)
      setBusy(false)
      return
    }
    const file = form.get('attachment')
    if (file instanceof File && file.size > 0) {
      const uploaded = await uploadFile(threadId, file)
      if ('ok' in uploaded) {
        setFailure(uploaded.ok ? '' : uploaded.message)
        setBusy(false)
        return
      }
      if (needsQuote) input.attachment = uploaded.id
      else input.attachments = [uploaded.id]
    }
    if (!(await send(`/api/threads/${threadId}/actions/${action}`, input, t('failed')))) return
    clearFields(container)
    onDone(`${label}: ${t('done')}`)
  }

  return (
    <ActionBox label={label} failure={failure} busy={busy} button={needsQuote || needsMessage ? t('send') : label} onSubmit={submit}>
      {needsQuote && (
        <>
          <Field label={t('amount')} hint={t('amountHint')} error={errors.amountCents}>
            {(id, describedBy) => (
              <input
                id={id}
                name="amount"
                inputMode="decimal"
                required
                aria-describedby={describedBy}
                aria-invalid={Boolean(errors.amountCents)}
              />
            )}
          </Field>
          <Field label={t('validUntil')} error={errors.validUntil}>
            {(id, describedBy) => (
              <input
                id={id}
                name="validUntil"
                type="date"
                required
                aria-describedby={describedBy}
                aria-invalid={Boolean(errors.validUntil)}
              />
            )}
          </Field>
          <Field label={t('periodStart')} error={errors.periodStart}>
            {(id, describedBy) => (
              <input
                id={id}
                name="periodStart"
                type="date"
                required
                aria-describedby={describedBy}
                aria-invalid={Boolean(errors.periodStart)}
              />
            )}
          </Field>
          <Field label={t('periodEnd')} error={errors.periodEnd}>
            {(id, describedBy) => (
              <input
                id={id}
                name="periodEnd"
                type="date"
                required
                aria-describedby={describedBy}
                aria-invalid={Boolean(errors.periodEnd)}
              />
            )}
          </Field>
          <Field label={t('conditions')} error={errors.conditions}>
            {(id, describedBy) => <textarea id={id} name="conditions" rows={3} aria-describedby={describedBy} />}
          </Field>
        </>
      )}
      {needsReason && (
        <Field label={t('reason')} error={errors.reason}>
          {(id, describedBy) => <textarea id={id} name="reason" rows={3} required={action === 'dispute'} aria-describedby={describedBy} />}
        </Field>
      )}
      {needsMessage && (
        <Field label={t('message')} error={errors.body}>
          {(id, describedBy) => (
            <textarea id={id} name="body" rows={4} required aria-describedby={describedBy} aria-invalid={Boolean(errors.body)} />
          )}
        </Field>
      )}
      {needsRefund && (
        <Field label={t('refundAmount')} error={errors.amountCents}>
          {(id, describedBy) => <input id={id} name="refund" inputMode="decimal" aria-describedby={describedBy} />}
        </Field>
      )}
      {(needsQuote || needsMessage) && (
        <Field label={t('attachment')} error={errors.attachment ?? errors.attachments}>
          {(id, describedBy) => (
            <input
              id={id}
              name="attachment"
              type="file"
              accept="application/pdf,image/png,image/jpeg,image/webp"
              aria-describedby={describedBy}
            />
          )}
        </Field>
      )}
    </ActionBox>
  )
}

const Attachment = ({ file }: { file: { filename: string; url: string } | null }) =>
  file ? (
    <a href={file.url} target="_blank" rel="noreferrer">
      {file.filename}
    </a>
  ) : null

/**
 * The ente's (and WeMi's) view of one thread in the admin panel: the request, the quotes and
 * messages, the payments, and a form for each action the lifecycle allows them now.
 */
export const ThreadPanel = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang = languageFrom(i18n.language)
  const t = wording(THREAD_PANEL_TEXT, lang)
  const [conversation, setConversation] = useState<Conversation | null>(null)
  const [notice, setNotice] = useState('')

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`/api/threads/${id}/conversation`, { credentials: 'include', headers: { 'accept-language': lang } })
    if (response.ok) setConversation((await response.json()) as Conversation)
  }, [id, lang])

  useEffect(() => {
    void load()
  }, [load])

  /** An action changes the thread on the server: its status in the sidebar is read again. */
  const reloadDocument = useDocumentReload('threads', lang)

  if (!conversation) return <p>{t('loading')}</p>
  const { thread, request, quotes, messages, payments, review, actions } = conversation

  return (
    <section aria-labelledby="thread-panel-title" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="thread-panel-title">
        {t('request')} {thread.reference} — {conversation.service.title}
      </h2>
      <p>
        <strong>{t('status')}:</strong> {thread.statusLabel}
        {thread.status === 'sent' && thread.respondBy && ` · ${t('answerBy')} ${thread.respondBy}`}
        {thread.status === 'accepted' && thread.payBy && ` · ${t('payBy')} ${thread.payBy}`}
      </p>
      <div role="status" aria-live="polite">
        {notice}
      </div>
      <dl>
        <dt>{t('from')}</dt>
        <dd>{conversation.citizen.name}</dd>
        <dt>{t('for')}</dt>
        <dd>
          {request.beneficiary.name} ({request.beneficiary.relationship}
          {request.beneficiary.birthYear ? `, ${request.beneficiary.birthYear}` : ''})
        </dd>
        <dt>{t('where')}</dt>
        <dd>
          {request.address.street} {request.address.postcode} — {request.address.district}
        </dd>
        <dt>{t('when')}</dt>
        <dd>
          {request.period.start} – {request.period.end} · {[...request.period.days, ...request.period.timeBands].join(', ')}
        </dd>
        {request.notes && (
          <>
            <dt>{t('notes')}</dt>
            <dd style={{ whiteSpace: 'pre-wrap' }}>{request.notes}</dd>
          </>
        )}
      </dl>

      {quotes.length > 0 && (
        <>
          <h3>{t('quotes')}</h3>
          <ul>
            {quotes.map((quote) => (
              <li key={quote.id}>
                <strong>{quote.amount}</strong> ({quote.current ? t('current') : t('superseded')}) · {t('validUntil')} {quote.validUntil} ·{' '}
                {t('period')} {quote.periodStart} – {quote.periodEnd}
                {quote.conditions && <div style={{ whiteSpace: 'pre-wrap' }}>{quote.conditions}</div>}
                <Attachment file={quote.attachment} />
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('messages')}</h3>
      {messages.length === 0 ? (
        <p>{t('noMessages')}</p>
      ) : (
        <ol>
          {messages.map((message) => (
            <li key={message.id}>
              <strong>{t(message.author)}</strong>, {message.sentOn}: <span style={{ whiteSpace: 'pre-wrap' }}>{message.body}</span>{' '}
              {message.attachments.map((file) => (
                <Attachment key={file.id} file={file} />
              ))}
            </li>
          ))}
        </ol>
      )}

      {payments.length > 0 && (
        <>
          <h3>{t('payments')}</h3>
          <ul>
            {payments.map((payment) => (
              <li key={payment.id}>
                {payment.receiptNumber}: {payment.amount} · {payment.method} · {payment.statusLabel}
                {payment.refunded && ` · −${payment.refunded}`}
                {payment.receiptHref && (
                  <>
                    {' · '}
                    <a href={payment.receiptHref} download>
                      {t('downloadReceipt')}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      {review && (
        <>
          <h3>{t('review')}</h3>
          <p>
            {review.punctuality}/5 · {review.professionalism}/5 · {review.speed}/5 {review.comment && `— ${review.comment}`}
          </p>
        </>
      )}

      {actions.length === 0 ? (
        <p>{t('nothingToDo')}</p>
      ) : (
        actions.map(({ action, label }) => (
          <ActionForm
            key={action}
            action={action}
            label={label}
            lang={lang}
            threadId={thread.id}
            onDone={(message) => {
              setNotice(message)
              void load()
              void reloadDocument()
            }}
          />
        ))
      )}
    </section>
  )
}
