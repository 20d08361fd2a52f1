import { CsvFormatError, parseCsv } from '../../lib/csv'
import { isValidPersonalFiscalCode, normaliseTaxCode } from '../../lib/fiscal'
import type { Bilingual } from '../../lib/i18n'
import { label } from '../../lib/i18n'
import { parseEuros } from '../../lib/money'

export type VoucherLine = { code: string | null; holderFiscalCode: string; amountCents: number; validFrom: string; validUntil: string }

export type LineError = { line: number; problem: Bilingual }

/** Column names accepted in the header, Italian or English. */
const COLUMNS = {
  holderFiscalCode: ['codice_fiscale', 'fiscal_code', 'codice fiscale'],
  amount: ['importo', 'amount'],
  validFrom: ['valido_dal', 'valid_from'],
  validUntil: ['valido_al', 'valid_until'],
  code: ['codice', 'code', 'codice_voucher'],
} as const

const DATE = /^(\d{4})-(\d{2})-(\d{2})$|^(\d{2})\/(\d{2})\/(\d{4})$/

/** ISO (2026-12-31) or Italian (31/12/2026) dates to ISO; null when it is not a real date. */
const parseDate = (text: string): string | null => {
  const match = DATE.exec(text.trim())
  if (!match) return null
  const [year, month, day] = match[1] ? [match[1], match[2], match[3]] : [match[6], match[5], match[4]]
  const iso = `${year}-${month}-${day}`
  const date = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso
}

/**
 * Reads a voucher CSV: one voucher per line with the holder's codice fiscale, the amount in
 * euros and the validity dates (the code is optional). Returns every problem found, with its
 * line number, so that the whole file can be fixed at once; nothing is imported unless all
 * lines are right.
 */
export const parseVoucherCsv = (text: string): { lines: VoucherLine[]; errors: LineError[] } => {
  let table: string[][]
  try {
    table = parseCsv(text)
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error
    const problem = label('virgolette aperte e mai chiuse', 'a quote opened and never closed')
    return { lines: [], errors: [{ line: error.line, problem }] }
  }
  const [header, ...rows] = table
  const errors: LineError[] = []
  if (!header) return { lines: [], errors: [{ line: 1, problem: label('Il file è vuoto.', 'The file is empty.') }] }
  const names = header.map((name) => name.trim().toLowerCase())
  const column = (aliases: readonly string[]) => names.findIndex((name) => aliases.includes(name))
  const index = {
    holderFiscalCode: column(COLUMNS.holderFiscalCode),
    amount: column(COLUMNS.amount),
    validFrom: column(COLUMNS.validFrom),
    validUntil: column(COLUMNS.validUntil),
    code: column(COLUMNS.code),
  }
  const missing = (['holderFiscalCode', 'amount', 'validFrom', 'validUntil'] as const).filter((key) => index[key] < 0)
  if (missing.length > 0) {
    const expected = missing.map((key) => COLUMNS[key === 'amount' ? 'amount' : key][0]).join(', ')
    return {
      lines: [],
      errors: [{ line: 1, problem: label(`Mancano le colonne: ${expected}.`, `Missing columns: ${expected}.`) }],
    }
  }
  const lines: VoucherLine[] = []
  const seenCodes = new Set<string>()
  rows.forEach((fields, position) => {
    const line = position + 2
    const value = (at: number) => (at >= 0 ? (fields[at] ?? '').trim() : '')
    const holderFiscalCode = normaliseTaxCode(value(index.holderFiscalCode))
    const amountCents = parseEuros(value(index.amount))
    const validFrom = parseDate(value(index.validFrom))
    const validUntil = parseDate(value(index.validUntil))
    const code = value(index.code) || null
    const problems: Bilingual[] = []
    if (!isValidPersonalFiscalCode(holderFiscalCode)) problems.push(label('codice fiscale non valido', 'invalid tax code'))
    if (amountCents === null || amountCents <= 0) problems.push(label('importo non valido', 'invalid amount'))
    if (!validFrom) problems.push(label('data di inizio non valida', 'invalid start date'))
    if (!validUntil) problems.push(label('data di fine non valida', 'invalid end date'))
    if (validFrom && validUntil && validUntil < validFrom)
      problems.push(label('la validità finisce prima di iniziare', 'the validity ends before it starts'))
    if (code && seenCodes.has(code)) problems.push(label(`codice ${code} ripetuto`, `code ${code} repeated`))
    if (code) seenCodes.add(code)
    if (problems.length > 0) {
      errors.push({
        line,
        problem: label(problems.map((p) => p.it).join('; '), problems.map((p) => p.en).join('; ')),
      })
    } else {
      lines.push({ code, holderFiscalCode, amountCents: amountCents!, validFrom: validFrom!, validUntil: validUntil! })
    }
  })
  if (rows.length === 0) errors.push({ line: 2, problem: label('Il file non contiene voucher.', 'The file holds no vouchers.') })
  return { lines, errors }
}
