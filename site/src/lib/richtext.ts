import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import type { Page } from '../../../payload-types'
import type { Localised } from './content'
import type { Lang } from './i18n'

/** A rich-text field's content, as the generated types describe every rich-text field. */
type RichText = NonNullable<Page['content']>

/** A localised rich-text field (read with locale "all") as HTML, in the page's language. */
export const richTextHtml = (value: Localised<RichText | null | undefined> | null | undefined, lang: Lang): string => {
  const data = value?.[lang] ?? value?.it
  return data ? convertLexicalToHTML({ data, disableContainer: true }) : ''
}

/** The same as plain text, for where markup has no place (a page's structured data). */
export const richTextPlain = (value: Localised<RichText | null | undefined> | null | undefined, lang: Lang): string => {
  const data = value?.[lang] ?? value?.it
  return data ? convertLexicalToPlaintext({ data }).trim() : ''
}
