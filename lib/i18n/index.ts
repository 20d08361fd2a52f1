import { en } from '@payloadcms/translations/languages/en'
import { it } from '@payloadcms/translations/languages/it'
import type { PayloadRequest } from 'payload'

import { fill, type Language, languageFrom } from './language'
import { type MessageKey, messages } from './messages'

export * from './language'
export * from './messages'

/** The `wemi` namespace of Payload's translations, one object per language. */
export const translations = {
  it: { wemi: Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, text.it])) },
  en: { wemi: Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, text.en])) },
}

export const supportedLanguages = { it, en }

/** A message of ours in the language of the request (Italian when it asks for none). */
export const message = (req: Pick<PayloadRequest, 't'> | undefined, key: MessageKey, vars?: Record<string, string>): string => {
  if (req?.t) {
    // Payload's `t` is typed for its own keys; ours are registered under `wemi`.
    return (req.t as (k: string, v?: Record<string, string>) => string)(`wemi:${key}`, vars)
  }
  return fill(messages[key].it, vars)
}

/** The interface language of a request: Italian unless it asks for English. */
export const languageOf = (req: Pick<PayloadRequest, 'i18n'> | undefined): Language => languageFrom(req?.i18n?.language)
