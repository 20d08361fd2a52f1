import { describe, expect, it } from 'vitest'

import { isValidIban, onboardingProblems } from '../../dev/local-stripe/accounts'
import { paymentAccountStatus } from '../../plugins/payments/onboarding'

describe('the local Stripe’s onboarding checks', () => {
  it('accepts IBANs with the right length and check digits, spaces and case aside', () => {
    for (const iban of ['IT60 X054 2811 1010 0000 0123 456', 'it60x0542811101000000123456', 'DE89 3704 0044 0532 0130 00']) {
      expect(isValidIban(iban), iban).toBe(true)
    }
    for (const iban of ['IT60 X054 2811 1010 0000 0123 457', 'IT60 X054 2811 1010 0000 0123 45', 'IT60-X054', '', 'XX00 0000 0000 0000']) {
      expect(isValidIban(iban), iban).toBe(false)
    }
  })

  it('names each missing or wrong field', () => {
    expect(onboardingProblems(new URLSearchParams({ iban: ' ', representative: '' }))).toEqual([
      { field: 'iban', problem: 'ibanMissing' },
      { field: 'representative', problem: 'representativeMissing' },
    ])
    expect(onboardingProblems(new URLSearchParams({ iban: 'IT00 0000', representative: 'x'.repeat(101) }))).toEqual([
      { field: 'iban', problem: 'ibanInvalid' },
      { field: 'representative', problem: 'representativeTooLong' },
    ])
    expect(onboardingProblems(new URLSearchParams({ iban: 'IT60X0542811101000000123456', representative: 'Anna Verdi' }))).toEqual([])
  })
})

describe('an account’s state in our words', () => {
  const account = (fields: Partial<Parameters<typeof paymentAccountStatus>[0]>) =>
    paymentAccountStatus({ charges_enabled: false, payouts_enabled: false, details_submitted: false, ...fields })

  it('is active only when Stripe allows both charges and payouts', () => {
    expect(account({ charges_enabled: true, payouts_enabled: true, details_submitted: true })).toBe('enabled')
    expect(account({ charges_enabled: true, payouts_enabled: false, details_submitted: true })).toBe('restricted')
    expect(account({})).toBe('pending')
    expect(account({ requirements: { disabled_reason: 'requirements.past_due' } as never })).toBe('pending')
    expect(account({ requirements: { disabled_reason: 'rejected.fraud' } as never })).toBe('restricted')
  })
})
