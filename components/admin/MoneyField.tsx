'use client'

import { FieldDescription, FieldError, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, NumberFieldClientComponent } from 'payload'
import { useState } from 'react'

import { MONEY_FIELD_TEXT } from '../../lib/i18n/admin'
import { languageFrom, translate } from '../../lib/i18n/language'
import { centsToInput, formatCents, isCents, parseEuros } from '../../lib/money'

/** What the input shows for a stored value: euros with the language's separator, or what was typed. */
const textOf = (value: unknown, language: 'it' | 'en'): string =>
  isCents(value) ? centsToInput(value, language) : typeof value === 'string' ? value : ''

/**
 * An amount stored in cents, typed and read in euros: "22" is €22.00. Text that is not an
 * amount is kept as typed, so that the field's own rule refuses it instead of dropping it.
 */
export const MoneyField: NumberFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { i18n } = useTranslation()
  const language = languageFrom(i18n.language)
  const { label, required, admin, localized } = field
  // The field's rule (lib/fields.ts centsField) runs on the server with the form's state.
  const { path, value, setValue, showError, disabled } = useField<number | string | null>({ potentiallyStalePath: pathFromProps })
  // The text is the input's own state; it follows the stored value whenever that changes elsewhere (a reset, a reload).
  const [typed, setTyped] = useState({ text: textOf(value, language), for: value })
  const text = typed.for === value ? typed.text : textOf(value, language)
  const inputId = `field-${path.replace(/\./g, '__')}`
  const locked = readOnly || disabled

  return (
    <div className={['field-type', 'text', showError && 'error', locked && 'read-only'].filter(Boolean).join(' ')}>
      <FieldLabel label={label} localized={localized} path={path} required={required} />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} />
        {/* The symbol stands where each language writes it: "22,00 €", "€22.00". */}
        <div style={{ display: 'flex', alignItems: 'center', gap: 'calc(var(--base) / 4)' }}>
          {language === 'en' && <span aria-hidden="true">€</span>}
          <input
            id={inputId}
            name={path}
            inputMode="decimal"
            autoComplete="off"
            readOnly={locked}
            disabled={locked}
            placeholder={locked ? undefined : translate(MONEY_FIELD_TEXT.placeholder, language)}
            value={locked ? textOf(value, language) : text}
            onChange={(event) => {
              const next = event.target.value
              const cents = next.trim() === '' ? null : (parseEuros(next) ?? next)
              setTyped({ text: next, for: cents })
              setValue(cents)
            }}
          />
          {language === 'it' && <span aria-hidden="true">€</span>}
        </div>
        <FieldDescription description={admin?.description} path={path} />
      </div>
    </div>
  )
}

/** An amount in a list: "22,00 €" on an Italian screen, "€22.00" on an English one. */
export const MoneyCell = ({ cellData }: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  return <span>{isCents(cellData) ? formatCents(cellData, languageFrom(i18n.language)) : ''}</span>
}
