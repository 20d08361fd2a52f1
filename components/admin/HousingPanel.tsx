'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { HOUSING_PANEL_TEXT } from '../../lib/i18n/admin'
import { type Language, languageFrom, wording } from '../../lib/i18n/language'
import type { HousingView } from '../../plugins/housing/view'
import { ActionBox, clearFields, Field, useActionState, useDocumentReload } from './ActionForm'

type Action = HousingView['actions'][number]

const NOTE = { color: 'var(--theme-elevation-800)', marginTop: 'calc(var(--base) / 2)' }

/** One lifecycle action: the fields its input asks for, then one button named after it. */
const HousingActionForm = ({
  id,
  action,
  units,
  lang,
  onDone,
}: {
  id: string
  action: Action
  units: HousingView['units']
  lang: Language
  onDone: (message: string) => void
}) => {
  const { errors, failure, busy, start, send } = useActionState()
  const t = wording(HOUSING_PANEL_TEXT, lang)

  const submit = async (form: FormData, container: HTMLElement) => {
    start()
    const text = (name: string) => String(form.get(name) ?? '').trim()
    const input: Record<string, unknown> = {}
    if (action.input === 'offer') Object.assign(input, { unit: text('unit'), startsOn: text('startsOn'), endsOn: text('endsOn') })
    if (action.input === 'reason') input.reason = text('reason')
    if (action.input === 'on' && text('on')) input.on = text('on')
    if (!(await send(`/api/housing-applications/${id}/actions/${action.action}`, input, t('failed')))) return
    clearFields(container)
    onDone(`${action.label}: ${t('done')}`)
  }

  const dateField = (name: 'startsOn' | 'endsOn' | 'on', fieldLabel: string, required = true) => (
    <Field label={fieldLabel} error={errors[name]}>
      {(fieldId, describedBy) => (
        <input
          id={fieldId}
          name={name}
          type="date"
          required={required}
          aria-describedby={describedBy}
          aria-invalid={Boolean(errors[name])}
        />
      )}
    </Field>
  )

  if (action.input === 'offer' && units.length === 0) return <p style={NOTE}>{t('noUnits')}</p>
  return (
    <ActionBox label={action.label} failure={failure} busy={busy} onSubmit={submit}>
      {action.input === 'offer' && (
        <>
          <p style={NOTE}>{t('offerHint')}</p>
          <Field label={t('unit')} error={errors.unit}>
            {(fieldId, describedBy) => (
              <select id={fieldId} name="unit" required defaultValue="" aria-describedby={describedBy} aria-invalid={Boolean(errors.unit)}>
                <option value="" disabled>
                  {t('chooseUnit')}
                </option>
                {units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {t('unitOption', { name: unit.name, places: unit.places, months: unit.maxMonths })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {dateField('startsOn', t('startsOn'))}
          {dateField('endsOn', t('endsOn'))}
        </>
      )}
      {action.input === 'reason' && (
        <Field label={t('reason')} error={errors.reason}>
          {(fieldId, describedBy) => (
            <textarea id={fieldId} name="reason" rows={3} required aria-describedby={describedBy} aria-invalid={Boolean(errors.reason)} />
          )}
        </Field>
      )}
      {action.input === 'on' && dateField('on', t('departedOn'), false)}
    </ActionBox>
  )
}

/**
 * The lifecycle's actions on a temporary housing application, as its ente takes them in the
 * admin: offer one of its units for some dates, refuse with a reason, withdraw an offer, record
 * the move-in, answer an extension, record the departure. Each form posts to the lifecycle's
 * endpoint, which decides; after an action the document's fields are read again.
 */
export const HousingPanel = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang = languageFrom(i18n.language)
  const t = wording(HOUSING_PANEL_TEXT, lang)
  const [view, setView] = useState<HousingView | null>(null)
  const [notice, setNotice] = useState('')
  const reloadDocument = useDocumentReload('housing-applications', lang)

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`/api/housing-applications/${id}/view`, { credentials: 'include', headers: { 'accept-language': lang } })
    setView(response.ok ? ((await response.json()) as HousingView) : { party: null, actions: [], units: [] })
  }, [id, lang])

  useEffect(() => {
    void load()
  }, [load])

  // A new application has no actions yet; WeMi's admins read it without acting.
  if (!id || view?.party === null) return null
  return (
    <section aria-labelledby="housing-panel-title" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h2 id="housing-panel-title">{t('title')}</h2>
      <div role="status" aria-live="polite">
        {notice}
      </div>
      {view === null ? (
        <p>{t('loading')}</p>
      ) : view.actions.length === 0 ? (
        <p>{t('nothingToDo')}</p>
      ) : (
        view.actions.map((action) => (
          <HousingActionForm
            key={action.action}
            id={String(id)}
            action={action}
            units={view.units}
            lang={lang}
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
