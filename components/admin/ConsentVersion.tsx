'use client'

import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, TextFieldClientComponent } from 'payload'

import { versionDay } from '../../lib/dates'
import { languageFrom } from '../../lib/i18n/language'

/** The version of a consented text, which is the day it took effect, read as a day in the admin's language. */
export const ConsentVersionField: TextFieldClientComponent = ({ field, path: pathFromProps }) => {
  const { i18n } = useTranslation()
  const { value } = useField<string>({ potentiallyStalePath: pathFromProps })
  return (
    <div className="field-type text read-only">
      <FieldLabel label={field.label} />
      <p>{value ? versionDay(value, languageFrom(i18n.language)) : ''}</p>
    </div>
  )
}

export const ConsentVersionCell = ({ cellData }: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  return <span>{typeof cellData === 'string' ? versionDay(cellData, languageFrom(i18n.language)) : ''}</span>
}
