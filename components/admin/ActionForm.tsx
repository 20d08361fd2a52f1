'use client'

import { useDocumentInfo, useForm } from '@payloadcms/ui'
import { type ReactNode, useCallback, useId, useRef, useState } from 'react'

/**
 * The pieces the admin's lifecycle panels (a request's, a group's) build their action forms
 * from: a labelled field with its hint and error, a group of fields with one button that sends
 * them, what the REST API answers on failure, and the document's fields read again after an
 * action so that its status in the sidebar follows at once.
 */

export type FieldErrors = Record<string, string>
export type Outcome = { ok: true } | { ok: false; message: string; fields: FieldErrors }

/** What the REST API answers on failure, as one message and per-field messages. */
export const readFailure = async (response: Response, fallback: string): Promise<Outcome> => {
  const body = (await response.json().catch(() => ({}))) as {
    errors?: { message?: string; data?: { errors?: { path: string; message: string }[] } }[]
  }
  const first = body.errors?.[0]
  const fields = Object.fromEntries((first?.data?.errors ?? []).map((error) => [error.path, error.message]))
  return { ok: false, message: first?.message || fallback, fields }
}

export const Field = ({
  label,
  error,
  hint,
  children,
}: {
  label: string
  error?: string
  hint?: string
  children: (id: string, describedBy?: string) => ReactNode
}) => {
  const id = useId()
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className="field-type" style={{ marginBottom: 'calc(var(--base) * 0.75)' }}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children(id, described)}
      {hint && (
        <p id={`${id}-hint`} className="field-description" style={{ color: 'var(--theme-elevation-800)' }}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" style={{ color: 'var(--theme-error-750)' }}>
          {error}
        </p>
      )}
    </div>
  )
}

/** The action's fields, as a form would send them. */
export const fieldsOf = (element: HTMLElement): FormData => {
  const data = new FormData()
  for (const field of element.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    'input[name], textarea[name], select[name]',
  )) {
    if (field instanceof HTMLInputElement && field.type === 'file') {
      if (field.files?.[0]) data.append(field.name, field.files[0])
    } else data.append(field.name, field.value)
  }
  return data
}

/** Empties an action's fields once it is done. */
export const clearFields = (element: HTMLElement | null) => {
  for (const field of element?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[name], textarea[name]') ?? [])
    field.value = ''
}

/**
 * One action's fields with their button. The admin's document is already a form, and forms
 * cannot nest: each action is a group of fields with its own button instead, and Enter in one
 * of its inputs sends this action, not the document around it.
 */
export const ActionBox = ({
  label,
  failure,
  busy,
  button,
  onSubmit,
  children,
}: {
  label: string
  failure: string
  busy: boolean
  button?: string
  onSubmit: (fields: FormData, container: HTMLElement) => void | Promise<void>
  children?: ReactNode
}) => {
  const container = useRef<HTMLDivElement>(null)
  const submit = () => {
    if (container.current) void onSubmit(fieldsOf(container.current), container.current)
  }
  return (
    <div
      ref={container}
      role="form"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
          event.preventDefault()
          submit()
        }
      }}
      style={{ marginBottom: 'var(--base)', padding: 'var(--base)', border: '1px solid var(--theme-elevation-150)' }}
    >
      <h4 style={{ marginTop: 0 }}>{label}</h4>
      {failure && (
        <p role="alert" style={{ color: 'var(--theme-error-750)' }}>
          {failure}
        </p>
      )}
      {children}
      <button type="button" onClick={submit} className="btn btn--style-primary btn--size-medium" disabled={busy}>
        {button ?? label}
      </button>
    </div>
  )
}

/**
 * An action's busy flag, its failure and its fields' errors, as the forms keep them: `start`
 * clears them as the action is sent, `send` posts it and, if it is refused, shows why.
 */
export const useActionState = () => {
  const [errors, setErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState('')
  const [busy, setBusy] = useState(false)
  const start = () => {
    setBusy(true)
    setErrors({})
    setFailure('')
  }
  const send = async (address: string, input: Record<string, unknown>, fallback: string): Promise<boolean> => {
    const outcome = await postAction(address, input, fallback)
    setBusy(false)
    if (outcome.ok) return true
    setErrors(outcome.fields)
    setFailure(outcome.message)
    return false
  }
  return { errors, setErrors, failure, setFailure, busy, setBusy, start, send }
}

/** Sends an action to the lifecycle's endpoint; on failure, what went wrong, field by field. */
export const postAction = async (address: string, input: Record<string, unknown>, fallback: string): Promise<Outcome> => {
  const response = await fetch(address, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  })
  return response.ok ? { ok: true } : readFailure(response, fallback)
}

/**
 * An action changes the document on the server: its fields (its status in the sidebar) are
 * read again and the form is reset to them.
 */
export const useDocumentReload = (collection: string, language: string) => {
  const { id, updateSavedDocumentData } = useDocumentInfo()
  const { reset } = useForm()
  return useCallback(async () => {
    const response = await fetch(`/api/${collection}/${id}?depth=0`, { credentials: 'include', headers: { 'accept-language': language } })
    if (!response.ok) return
    const document = (await response.json()) as Record<string, unknown>
    updateSavedDocumentData(document)
    await reset(document)
  }, [collection, id, language, reset, updateSavedDocumentData])
}
