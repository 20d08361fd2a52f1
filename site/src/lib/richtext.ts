import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { Lang } from './i18n'

/** A localised rich-text field (read with locale "all") as HTML, in the page's language. */
export const richTextHtml = (value: unknown, lang: Lang): string => {
  if (!value || typeof value !== 'object') return ''
  const localised = value as Partial<Record<Lang, SerializedEditorState | null>>
  const data = 'root' in localised ? (value as SerializedEditorState) : (localised[lang] ?? localised.it)
  return data ? convertLexicalToHTML({ data, disableContainer: true }) : ''
}
