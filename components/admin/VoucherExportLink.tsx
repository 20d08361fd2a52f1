import type { BeforeListTableServerProps } from 'payload'

/** Above the list of voucher transactions: the CSV for the funding scheme's accounts. */
export const VoucherExportLink = ({ i18n }: BeforeListTableServerProps) => {
  const italian = i18n.language !== 'en'
  return (
    <p style={{ marginBottom: 'var(--base)' }}>
      <a className="btn btn--style-secondary btn--size-small" href="/api/voucher-transactions/export.csv" download>
        {italian ? 'Scarica tutte le transazioni (CSV)' : 'Download all transactions (CSV)'}
      </a>
    </p>
  )
}
