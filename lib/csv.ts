import { CsvError, parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'

/**
 * CSV as spreadsheets write it: a header line, fields separated by commas or (Italian Excel)
 * semicolons, double quotes around fields that hold separators, quotes or line breaks.
 */

const BOM = /^\uFEFF/

/** The separator the header (the first line that is not blank) uses: a semicolon when it has more of them than commas. */
const separatorOf = (text: string): ';' | ',' => {
  // Quoted text may hold either character, and line breaks: it does not count. The header is
  // near the start, so a long file is not scanned to the end.
  const unquoted = text.slice(0, 64 * 1024).replace(/"(?:[^"]|"")*"/g, '""')
  const header = unquoted.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? ''
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ','
}

/** One row of a CSV file with the line it starts on, counted from 1 as a text editor shows it. */
export type CsvRecord = { line: number; fields: string[] }

const LINE_BREAK = /\r\n|\n|\r/g

const parseRecords = (source: string): CsvRecord[] =>
  (
    parse(source, {
      delimiter: separatorOf(source),
      // Any line end: Windows, Unix or old Mac.
      record_delimiter: ['\r\n', '\n', '\r'],
      // Lines may have fewer or more fields than the header; a stray quote inside a field is text.
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[]
  ).map(({ record, info }) => ({
    // The parser counts the line a record ends on; quoted line breaks inside it come before.
    line: info.lines - record.reduce((breaks, field) => breaks + (field.match(LINE_BREAK)?.length ?? 0), 0),
    fields: record,
  }))

/** Text that cannot be read as CSV from a line on, typically a quote opened and never closed. */
export class CsvFormatError extends Error {
  /** The line, counted from 1, where the record that cannot be read begins. */
  readonly line: number

  constructor(line: number, options?: ErrorOptions) {
    super(`The CSV cannot be read from line ${line} on`, options)
    this.name = 'CsvFormatError'
    this.line = line
  }
}

/**
 * Splits CSV text into rows of fields, each with the line it starts on, leaving out lines with
 * nothing but blanks. Throws CsvFormatError when a quoted field is never closed.
 */
export const parseCsvRecords = (text: string): CsvRecord[] => {
  const source = text.replace(BOM, '')
  try {
    return parseRecords(source)
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    // The parser counts bytes: the lines before the record it could not finish.
    const before = Buffer.from(source)
      .subarray(0, Number(error.bytes_records) || 0)
      .toString()
    throw new CsvFormatError((before.match(LINE_BREAK)?.length ?? 0) + 1, { cause: error })
  }
}

/** Splits CSV text into rows of fields, leaving out lines with nothing but blanks (see parseCsvRecords). */
export const parseCsv = (text: string): string[][] => parseCsvRecords(text).map((record) => record.fields)

/** Rows to CSV text with CRLF line ends, as RFC 4180 and spreadsheets expect. */
export const toCsv = (rows: readonly (readonly (string | number | null | undefined)[])[]): string =>
  stringify(
    rows.map((fields) => fields.map((value) => (value == null ? '' : String(value)))),
    // Semicolons are quoted too, so that Italian Excel does not split a field at them.
    { delimiter: ',', record_delimiter: 'windows', quoted_match: /[;\r\n]/ },
  )
