import type { BeforeListTableServerProps } from 'payload'

import { VOUCHER_EXPORT_TEXT } from '../../lib/i18n/admin'
import { languageFrom, translate } from '../../lib/i18n/language'

/** Above the list of voucher transactions: the CSV for the funding scheme's accounts. */
export const VoucherExportLink = ({ i18n }: BeforeListTableServerProps) => {
  return (
    <p style={{ marginBottom: 'var(--base)' }}>
      <a className="btn btn--style-secondary btn--size-small" href="/api/voucher-transactions/export.csv" download>
        {translate(VOUCHER_EXPORT_TEXT.download, languageFrom(i18n.language))}
      </a>
    </p>
  )
}
