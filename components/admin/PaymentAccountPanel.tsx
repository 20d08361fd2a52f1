'use client'

import { useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { usePathname, useSearchParams } from 'next/navigation'
import { useEffect, useState } from 'react'

import { PAYMENT_ACCOUNT_TEXT } from '../../lib/i18n/admin'
import { languageFrom, translate } from '../../lib/i18n/language'
import { hasRole, organisationOf } from '../../lib/roles'
import type { Organisation } from '../../payload-types'

type Status = NonNullable<NonNullable<Organisation['paymentAccount']>['status']>
type Progress = 'idle' | 'checking' | 'opening' | 'failed'

const onboardingCall = async (organisation: string, step: '' | '/sync', language: string) => {
  const response = await fetch(`/api/organisations/${encodeURIComponent(organisation)}/payment-onboarding${step}`, {
    method: 'POST',
    credentials: 'include',
    headers: { accept: 'application/json', 'accept-language': language },
  })
  const body = (await response.json().catch(() => ({}))) as { url?: string; status?: Status | null; errors?: { message?: string }[] }
  return { ok: response.ok, ...body }
}

/**
 * The state of the ente's payout account in words, and the way to connect it through Stripe's
 * onboarding. The button shows only to those the server lets through (the ente's own
 * administrator and WeMi); the server checks again. Back from Stripe (`?onboarding=return`),
 * the page has the server read the account from Stripe, then shows what it recorded.
 */
export const PaymentAccountPanel = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  const onboarding = useSearchParams().get('onboarding')
  const language = languageFrom(i18n.language)
  const text = (key: keyof typeof PAYMENT_ACCOUNT_TEXT) => translate(PAYMENT_ACCOUNT_TEXT[key], language)
  const status = useFormFields(([fields]) => fields['paymentAccount.status']?.value as Status | null | undefined)
  const organisation = id ? String(id) : null
  const mayConnect =
    Boolean(organisation) && (hasRole(user, 'admin') || (hasRole(user, 'ente-admin') && organisationOf(user) === organisation))
  const [progress, setProgress] = useState<Progress>(onboarding === 'return' ? 'checking' : 'idle')
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    if (onboarding !== 'return' || !organisation || !mayConnect) return
    void onboardingCall(organisation, '/sync', language)
      .catch(() => ({ ok: false }))
      // A fresh load shows the recorded state and leaves the address without the return marker.
      .then(() => window.location.replace(pathname))
  }, [onboarding, organisation, mayConnect, language, pathname])

  if (!organisation) return null

  const connect = async () => {
    setProgress('opening')
    setProblem(null)
    const answer = await onboardingCall(organisation, '', language).catch(() => ({ ok: false, url: undefined, errors: undefined }))
    if (answer.ok && answer.url) {
      window.location.assign(answer.url)
      return
    }
    setProblem(answer.errors?.[0]?.message ?? null)
    setProgress('failed')
  }

  return (
    <section aria-labelledby="payment-account-title" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h3 id="payment-account-title" style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        {text('title')}
      </h3>
      <p role="status">{progress === 'checking' && mayConnect ? text('checking') : text(status ?? 'none')}</p>
      {mayConnect && onboarding === 'refresh' && status !== 'enabled' ? <p>{text('expired')}</p> : null}
      {mayConnect && status !== 'enabled' && progress !== 'checking' ? (
        <>
          <p style={{ color: 'var(--theme-elevation-650)' }}>{text('explained')}</p>
          <button
            type="button"
            className="btn btn--style-primary btn--size-medium"
            onClick={() => void connect()}
            disabled={progress === 'opening'}
            aria-describedby={progress === 'failed' ? 'payment-account-problem' : undefined}
          >
            {text(status ? 'resume' : 'connect')}
          </button>
          {progress === 'opening' ? <p role="status">{text('opening')}</p> : null}
          {progress === 'failed' ? (
            <p id="payment-account-problem" role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {problem ?? text('failed')}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  )
}
