import type { Payload, PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

import type { Bilingual, Language } from './i18n'
import { localRequest } from './transaction'

/**
 * The texts people consent to, each with the version in force. A new wording is a new version:
 * the consents already given keep naming the text their holder actually read.
 */
export const CONSENT_TEXTS = {
  privacy: {
    label: { it: 'Informativa privacy', en: 'Privacy notice' },
    version: '2026-11-01',
    text: {
      it: 'Ho letto l’informativa sulla privacy di WeMi e acconsento al trattamento dei miei dati per usare il servizio.',
      en: 'I have read WeMi’s privacy notice and agree to my data being processed to use the service.',
    },
  },
  'desk-assistance': {
    label: { it: 'Assistenza allo sportello', en: 'Help at a desk' },
    version: '2026-11-01',
    text: {
      it: 'Chiedo all’operatore dello Spazio WeMi di aiutarmi: può vedere i miei dati su WeMi e agire per mio conto (richieste, preventivi, appuntamenti) mentre l’assistenza è aperta. Ogni azione resta registrata e la vedo nella mia area personale.',
      en: 'I ask the WeMi desk operator to help me: they may see my data on WeMi and act for me (requests, quotes, appointments) while the assistance is open. Every action is recorded and I can see it in my personal area.',
    },
  },
} as const satisfies Record<string, { label: Bilingual; version: string; text: Bilingual }>

export type ConsentPurpose = keyof typeof CONSENT_TEXTS

export const CONSENT_PURPOSES = Object.keys(CONSENT_TEXTS) as ConsentPurpose[]

/**
 * Records that a citizen consented to the current version of a text, in the caller's
 * transaction; at a desk, with the operator and desk that recorded it.
 */
export const recordConsent = async (
  payload: Payload,
  {
    citizen,
    purpose,
    recordedBy,
    desk,
    req,
  }: { citizen: string; purpose: ConsentPurpose; recordedBy?: string; desk?: string; req?: PayloadRequest },
) =>
  payload.create({
    collection: 'consents',
    data: { citizen, purpose, version: CONSENT_TEXTS[purpose].version, givenAt: new Date().toISOString(), recordedBy, desk },
    overrideAccess: true,
    depth: 0,
    req,
  })

/**
 * Opens an account from the sign-up form of a visitor at `address` (as nobody, with access
 * applied), with the privacy consent the form required. The collection itself requires the
 * consent and records it in the account's transaction, as for a sign-up through the API.
 */
export const signUpWithConsent = async (
  payload: Payload,
  data: RequiredDataFromCollectionSlug<'citizens'>,
  language: Language,
  address?: string,
) =>
  payload.create({
    collection: 'citizens',
    data: { ...data, privacyConsent: true } as RequiredDataFromCollectionSlug<'citizens'>,
    user: null,
    overrideAccess: false,
    depth: 0,
    req: await localRequest(payload, { language, address }),
  })
