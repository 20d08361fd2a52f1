import { formatDate } from '../../lib/dates'
import type { Language } from '../../lib/i18n'
import { centsToDecimal, formatCents } from '../../lib/money'
import type { ColumnKind, Row } from './report'

const LOCALES: Record<Language, string> = { it: 'it-IT', en: 'en-GB' }

/** A value of an insights table as its reader writes it: "2 novembre 2026", "1.204", "33,3%", "20,0 h", "12,00 €". */
export const formatValue = (value: Row[string], kind: ColumnKind, language: Language): string => {
  if (value === null || value === undefined) return '—'
  switch (kind) {
    case 'week':
      // A calendar day: read and written in UTC so that no zone moves it.
      return formatDate(`${value}T00:00:00Z`, language, 'UTC')
    case 'count':
      return new Intl.NumberFormat(LOCALES[language]).format(Number(value))
    case 'share':
      return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 1 }).format(Number(value))
    case 'hours':
      return `${new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Number(value))} h`
    case 'euros':
      return formatCents(Math.round(Number(value)), language)
    default:
      return String(value)
  }
}

/** A value as a spreadsheet reads it: plain numbers with a decimal point, shares as percentages. */
export const csvValue = (value: Row[string], kind: ColumnKind): string | number | null => {
  if (value === null || value === undefined) return null
  if (kind === 'euros') return centsToDecimal(Number(value))
  if (kind === 'share') return Math.round(Number(value) * 1000) / 10
  return value
}
