'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'

import { adminReceiptPath, hasReceipt } from '../../collections/Payments/receipted'
import { languageFrom, translate } from '../../lib/i18n/language'
import { RECEIPT_TEXT } from '../../lib/i18n/messages'
import type { Payment } from '../../payload-types'

/** On a payment's page: its receipt as a PDF, once money has moved. */
export const ReceiptLink = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const status = useFormFields(([fields]) => fields.status?.value as Payment['status'] | undefined)
  const receiptNumber = useFormFields(([fields]) => fields.receiptNumber?.value as string | undefined)
  if (!id || !hasReceipt({ status, receiptNumber })) return null
  return (
    <p style={{ marginBottom: 'var(--base)' }}>
      <a className="btn btn--style-secondary btn--size-small" href={adminReceiptPath(String(id))} download>
        {translate(RECEIPT_TEXT.download, languageFrom(i18n.language))}
      </a>
    </p>
  )
}
