import { en } from '@payloadcms/translations/languages/en'
import { it } from '@payloadcms/translations/languages/it'
import type { LabelFunction, PayloadRequest } from 'payload'

import { PAYLOAD_WORDING } from './admin'
import { cityWordsIn, districtNamesIn, fill, type Language, languageFrom, translate } from './language'
import { type MessageKey, messages } from './messages'

export * from './language'
export * from './messages'

/** Payload's namespaces, with our wording for the keys we reword, in one language. */
const payloadWording = (language: Language): Record<string, Record<string, string>> => {
  const namespaces: Record<string, Record<string, string>> = {}
  for (const [path, text] of Object.entries(PAYLOAD_WORDING)) {
    const [namespace, key] = path.split(':') as [string, string]
    namespaces[namespace] = { ...namespaces[namespace], [key]: text[language] }
  }
  return namespaces
}

/** Payload's translations: the `wemi` namespace of our messages, and our wording of Payload's own. */
export const translations = {
  it: { ...payloadWording('it'), wemi: Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, text.it])) },
  en: { ...payloadWording('en'), wemi: Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, text.en])) },
}

export const supportedLanguages = { it, en }

/** A message of ours in the language of the request (Italian when it asks for none). */
export const message = (
  req: (Pick<PayloadRequest, 't'> & Partial<Pick<PayloadRequest, 'i18n'>>) | undefined,
  key: MessageKey,
  vars?: Record<string, string>,
): string => {
  if (req?.t) {
    // Payload's `t` is typed for its own keys; ours are registered under `wemi`.
    return (req.t as (k: string, v?: Record<string, string>) => string)(`wemi:${key}`, {
      ...cityWordsIn(languageFrom(req.i18n?.language)),
      ...vars,
    })
  }
  return fill(messages[key].it, vars, 'it')
}

/** The interface language of a request: Italian unless it asks for English. */
export const languageOf = (req: Pick<PayloadRequest, 'i18n'> | undefined): Language => languageFrom(req?.i18n?.language)

/**
 * An admin label in both languages that names the city's districts ({{DistrictWord}} and the
 * like): worked out when a screen is built, so it follows the city profile.
 */
export const cityLabel =
  (itText: string, enText: string): LabelFunction =>
  ({ i18n }) =>
    translate({ it: itText, en: enText }, languageFrom(i18n.language))

/** The admin label of a field that holds one of the city's districts: what the city calls it. */
export const districtLabel: LabelFunction = ({ i18n }) => districtNamesIn(languageFrom(i18n.language)).one

/** The admin label of a field that holds several of the city's districts. */
export const districtsLabel: LabelFunction = ({ i18n }) => districtNamesIn(languageFrom(i18n.language)).other
