'use client'

import { useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { COMPANY_TEXT } from '../../lib/i18n/admin'
import { type Language, languageFrom, wording } from '../../lib/i18n/language'
import { formatCents, parseEuros } from '../../lib/money'
import { hasRole } from '../../lib/roles'
import type { CompanyReport } from '../../plugins/companies/report'
import { ActionBox, Field, readFailure, useActionState } from './ActionForm'

type ReportView = CompanyReport & { invoices: string[] }

const NOTE = { color: 'var(--theme-elevation-800)' }
const CELL = { padding: 'calc(var(--base) / 4) calc(var(--base) / 2)', textAlign: 'left' as const }

/** Buying credit: the amount, then Stripe's payment page; back from it, the credit counts once Stripe confirms. */
const BuyCredit = ({ id, lang }: { id: string; lang: Language }) => {
  const t = wording(COMPANY_TEXT, lang)
  const { errors, setErrors, failure, setFailure, busy, setBusy, start } = useActionState()
  const submit = async (form: FormData) => {
    start()
    const text = String(form.get('amount') ?? '')
    const cents = parseEuros(text)
    const response = await fetch(`/api/companies/${id}/purchases`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify({ amountCents: cents ?? text }),
    })
    if (response.ok) {
      window.location.assign(((await response.json()) as { url: string }).url)
      return
    }
    const outcome = await readFailure(response, t('buy'))
    setBusy(false)
    if (!outcome.ok) {
      setFailure(outcome.message)
      setErrors({ amount: outcome.fields.amountCents ?? '' })
    }
  }
  return (
    <ActionBox label={t('buyHeading')} button={t('buy')} failure={failure} busy={busy} onSubmit={submit}>
      <Field label={t('buyAmount')} error={errors.amount || undefined}>
        {(fieldId, describedBy) => (
          <input
            id={fieldId}
            name="amount"
            inputMode="decimal"
            required
            aria-describedby={describedBy}
            aria-invalid={Boolean(errors.amount)}
          />
        )}
      </Field>
    </ActionBox>
  )
}

/**
 * A company's welfare credit as its HR staff (and WeMi) read it on the company's page: what was
 * bought, given and left; buying more; what the credit paid for in the quarter, by area only;
 * and the quarterly invoices to download.
 */
export const CompanyCreditPanel = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const lang = languageFrom(i18n.language)
  const t = wording(COMPANY_TEXT, lang)
  const [report, setReport] = useState<ReportView | null>(null)
  const [period, setPeriod] = useState('')

  const load = useCallback(async () => {
    if (!id) return
    const query = period ? `?period=${encodeURIComponent(period)}` : ''
    const response = await fetch(`/api/companies/${id}/report${query}`, { credentials: 'include', headers: { 'accept-language': lang } })
    if (response.ok) setReport((await response.json()) as ReportView)
  }, [id, lang, period])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return null
  const money = (cents: number) => formatCents(cents, lang)
  // "2026-Q4" as people say it: "4º trimestre 2026".
  const quarterName = (key: string) => t('quarter', { year: key.slice(0, 4), n: key.slice(-1) })
  const quarters = report ? [...new Set([report.period, ...report.invoices])] : []
  return (
    <section aria-labelledby="company-credit-title" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h2 id="company-credit-title">{t('title')}</h2>
      {report === null ? (
        <p>{t('loading')}</p>
      ) : (
        <>
          <dl style={{ display: 'grid', gridTemplateColumns: 'max-content auto', gap: 'calc(var(--base) / 4) var(--base)' }}>
            <dt>{t('bought')}</dt>
            <dd style={{ margin: 0 }}>{money(report.credit.boughtCents)}</dd>
            <dt>{t('given')}</dt>
            <dd style={{ margin: 0 }}>{money(report.credit.givenCents)}</dd>
            <dt>{t('reserved')}</dt>
            <dd style={{ margin: 0 }}>{money(report.credit.reservedCents)}</dd>
            <dt>
              <strong>{t('available')}</strong>
            </dt>
            <dd style={{ margin: 0 }}>
              <strong>{money(report.credit.availableCents)}</strong>
            </dd>
          </dl>
          <p style={NOTE}>{t('takeUp', { takenUp: report.takenUp, invited: report.invited })}</p>
          {hasRole(user, 'company-hr') && <BuyCredit id={String(id)} lang={lang} />}

          <h3>{t('reportHeading', { period: quarterName(report.period) })}</h3>
          {quarters.length > 1 && (
            <Field label={t('period')}>
              {(fieldId) => (
                <select id={fieldId} value={report.period} onChange={(event) => setPeriod(event.target.value)}>
                  {quarters.map((quarter) => (
                    <option key={quarter} value={quarter}>
                      {quarterName(quarter)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {report.lines.length === 0 ? (
            <p>{t('nothingSpent')}</p>
          ) : (
            <table style={{ borderCollapse: 'collapse', marginBottom: 'var(--base)' }}>
              <caption style={{ textAlign: 'left' }}>{t('spent', { amount: report.spent })}</caption>
              <thead>
                <tr>
                  <th scope="col" style={CELL}>
                    {t('area')}
                  </th>
                  <th scope="col" style={CELL}>
                    {t('amount')}
                  </th>
                  <th scope="col" style={CELL}>
                    {t('share')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.lines.map((line) => (
                  <tr key={line.area}>
                    <th scope="row" style={CELL}>
                      {line.area}
                    </th>
                    <td style={CELL}>{line.amount}</td>
                    <td style={CELL}>{line.percent}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p style={NOTE}>{t('privacy', { min: report.minSpendersPerLine })}</p>

          <h3>{t('invoices')}</h3>
          {report.invoices.length === 0 ? (
            <p>{t('noInvoices')}</p>
          ) : (
            <ul>
              {report.invoices.map((quarter) => (
                <li key={quarter}>
                  <a href={`/api/companies/${id}/invoice?period=${quarter}`} download>
                    {t('invoiceLink', { period: quarterName(quarter) })}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
