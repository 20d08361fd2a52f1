import { CsvFormatError, type CsvRecord, parseCsvRecords } from '../../lib/csv'
import { isValidPersonalFiscalCode, normaliseTaxCode } from '../../lib/fiscal'
import { type Bilingual, fill, label, type Language } from '../../lib/i18n'
import { parseEuros } from '../../lib/money'

export type VoucherLine = {
  /** The line of the file it was read from, to name it if storing it fails. */
  line: number
  code: string | null
  holderFiscalCode: string
  amountCents: number
  validFrom: string
  validUntil: string
}

/** One thing wrong in the file: where (line, and column as its header names it) and what. */
export type LineError = { line: number; column: string | null; problem: Bilingual }

/** Column names accepted in the header, Italian or English. */
const COLUMNS = {
  holderFiscalCode: ['codice_fiscale', 'fiscal_code', 'codice fiscale'],
  amount: ['importo', 'amount'],
  validFrom: ['valido_dal', 'valid_from'],
  validUntil: ['valido_al', 'valid_until'],
  code: ['codice', 'code', 'codice_voucher'],
} as const

/** What is wrong with a value. No commas or colons: the admin's notice splits its list at them. */
const PROBLEMS = {
  empty: label('è vuota', 'is empty'),
  fiscalCode: label(
    'non è un codice fiscale di persona valido (16 lettere e cifre)',
    'is not a valid personal tax code (16 letters and digits)',
  ),
  amount: label(
    'non è un importo in euro maggiore di zero (per esempio 50 oppure 12.50)',
    'is not an amount in euros above zero (for example 50 or 12.50)',
  ),
  date: label(
    'non è una data (scrivi per esempio 31/12/2026 oppure 2026-12-31)',
    'is not a date (write for example 31/12/2026 or 2026-12-31)',
  ),
  endsBeforeStart: label('finisce prima della data di inizio', 'ends before the start date'),
  codeRepeated: label('codice già usato alla riga {{line}}', 'code already used on line {{line}}'),
  codeExists: label('esiste già un voucher con questo codice', 'a voucher with this code already exists'),
  unclosedQuote: label('virgolette aperte e mai chiuse', 'a quote opened and never closed'),
  emptyFile: label('il file è vuoto', 'the file is empty'),
  noVouchers: label('il file non contiene voucher', 'the file holds no vouchers'),
  missingColumns: label('mancano le colonne {{columns}}', 'the columns {{columns}} are missing'),
} satisfies Record<string, Bilingual>

const problem = (key: keyof typeof PROBLEMS, vars: Record<string, string | number> = {}): Bilingual =>
  label(fill(PROBLEMS[key].it, vars), fill(PROBLEMS[key].en, vars))

/** A voucher that already exists with a line's code: what the hook reports after asking the database. */
export const codeExists = (line: number, column: string): LineError => ({ line, column, problem: PROBLEMS.codeExists })

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
 * euros and the validity dates (the code is optional). Returns every problem found, each with
 * its line and column, so that the whole file can be fixed at once; nothing is imported unless
 * all lines are right.
 */
export const parseVoucherCsv = (text: string): { lines: VoucherLine[]; errors: LineError[]; codeColumn: string } => {
  let records: CsvRecord[]
  try {
    records = parseCsvRecords(text)
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error
    return { lines: [], errors: [{ line: error.line, column: null, problem: PROBLEMS.unclosedQuote }], codeColumn: '' }
  }
  const [header, ...rows] = records
  if (!header) return { lines: [], errors: [{ line: 1, column: null, problem: PROBLEMS.emptyFile }], codeColumn: '' }
  const names = header.fields.map((name) => name.trim())
  const column = (aliases: readonly string[]) => names.findIndex((name) => aliases.includes(name.toLowerCase()))
  const index = {
    holderFiscalCode: column(COLUMNS.holderFiscalCode),
    amount: column(COLUMNS.amount),
    validFrom: column(COLUMNS.validFrom),
    validUntil: column(COLUMNS.validUntil),
    code: column(COLUMNS.code),
  }
  const missing = (['holderFiscalCode', 'amount', 'validFrom', 'validUntil'] as const).filter((key) => index[key] < 0)
  if (missing.length > 0) {
    const columns = missing.map((key) => COLUMNS[key][0]).join(' ')
    return { lines: [], errors: [{ line: header.line, column: null, problem: problem('missingColumns', { columns }) }], codeColumn: '' }
  }
  const lines: VoucherLine[] = []
  const errors: LineError[] = []
  const codeLines = new Map<string, number>()
  for (const { line, fields } of rows) {
    const value = (at: number) => (at >= 0 ? (fields[at] ?? '').trim() : '')
    const found: LineError[] = []
    /** Reads one column, noting what is wrong with it; null when it is wrong. */
    const read = <T>(at: number, parsed: (text: string) => T | null, wrong: Bilingual): T | null => {
      const text = value(at)
      const result = text ? parsed(text) : null
      if (result === null) found.push({ line, column: names[at]!, problem: text ? wrong : PROBLEMS.empty })
      return result
    }
    const holderFiscalCode = read(
      index.holderFiscalCode,
      (text) => (isValidPersonalFiscalCode(normaliseTaxCode(text)) ? normaliseTaxCode(text) : null),
      PROBLEMS.fiscalCode,
    )
    const amountCents = read(index.amount, (text) => ((parseEuros(text) ?? 0) > 0 ? parseEuros(text) : null), PROBLEMS.amount)
    const validFrom = read(index.validFrom, parseDate, PROBLEMS.date)
    const validUntil = read(index.validUntil, parseDate, PROBLEMS.date)
    if (validFrom && validUntil && validUntil < validFrom)
      found.push({ line, column: names[index.validUntil]!, problem: PROBLEMS.endsBeforeStart })
    const code = value(index.code) || null
    const firstUse = code ? codeLines.get(code) : undefined
    if (firstUse !== undefined) found.push({ line, column: names[index.code]!, problem: problem('codeRepeated', { line: firstUse }) })
    else if (code) codeLines.set(code, line)
    if (found.length > 0 || !holderFiscalCode || !amountCents || !validFrom || !validUntil) errors.push(...found)
    else lines.push({ line, code, holderFiscalCode, amountCents, validFrom, validUntil })
  }
  if (rows.length === 0) errors.push({ line: header.line + 1, column: null, problem: PROBLEMS.noVouchers })
  return { lines, errors, codeColumn: index.code >= 0 ? names[index.code]! : '' }
}

const WHERE = {
  line: label('Riga {{line}}', 'Line {{line}}'),
  column: label('Riga {{line}} colonna «{{column}}»', 'Line {{line}} column “{{column}}”'),
} satisfies Record<string, Bilingual>

/**
 * Where a problem is and what it is, in one language: "Riga 3 colonna «importo»: è vuota". The
 * admin's notice splits its text at colons, so a list for it joins the two with a dash.
 */
export const describeLineError = ({ line, column, problem: what }: LineError, language: Language, separator = ': '): string =>
  `${fill((column ? WHERE.column : WHERE.line)[language], { line, column: column ?? '' })}${separator}${what[language]}`
