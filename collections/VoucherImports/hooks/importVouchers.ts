import { randomBytes } from 'node:crypto'

import { type CollectionAfterChangeHook, type CollectionBeforeValidateHook, type PayloadRequest, ValidationError } from 'payload'

import { fill, label, languageOf } from '../../../lib/i18n'
import { codeExists, describeLineError, type LineError, parseVoucherCsv, type VoucherLine } from '../parse'

const PARSED = 'voucherLines'
/** How many problems the notice lists; the rest are counted. */
const MAX_ERRORS_SHOWN = 20

const REPORT = {
  intro: label(
    'Nessun voucher importato – correggi il file e caricalo di nuovo',
    'No voucher imported – please fix the file and upload it again',
  ),
  more: label('e altri {{count}} errori', 'and {{count}} more errors'),
}

/**
 * Refuses the whole file with every problem found: one error per problem for the API (line,
 * column and what is wrong, in the uploader's language), and a notice listing them for the admin.
 */
const refuseFile = (req: PayloadRequest, errors: LineError[]): never => {
  const language = languageOf(req)
  const sorted = [...errors].sort((a, b) => a.line - b.line)
  const shown = sorted.slice(0, MAX_ERRORS_SHOWN).map((error) => describeLineError(error, language, ' – '))
  const more = sorted.length - shown.length
  const refusal = new ValidationError(
    { collection: 'voucher-imports', errors: sorted.map((error) => ({ path: 'file', message: describeLineError(error, language) })), req },
    req.t,
  )
  refusal.message = `${REPORT.intro[language]}: ${[...shown, ...(more > 0 ? [fill(REPORT.more[language], { count: more })] : [])].join(', ')}`
  throw refusal
}

/**
 * Checks the whole uploaded file before anything is stored; a file with any wrong line is
 * refused with each line's problems, in the uploader's language.
 */
export const checkVoucherFile: CollectionBeforeValidateHook = async ({ data, req, operation }) => {
  if (operation !== 'create' || !data || !req.file) return data
  const { lines, errors, codeColumn } = parseVoucherCsv(req.file.data.toString('utf8'))
  const codes = lines.flatMap((line) => (line.code ? [line.code] : []))
  if (codes.length > 0) {
    const { docs } = await req.payload.find({
      collection: 'vouchers',
      where: { code: { in: codes } },
      pagination: false,
      depth: 0,
      select: { code: true },
      req,
    })
    for (const { code } of docs) errors.push(codeExists(lines.find((line) => line.code === code)!.line, codeColumn))
  }
  if (errors.length > 0) refuseFile(req, errors)
  req.context[PARSED] = lines
  data.importedCount = lines.length
  return data
}

const voucherCode = (scheme: string) =>
  `${
    scheme
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 8)
      .toUpperCase() || 'V'
  }-${randomBytes(5).toString('hex').toUpperCase()}`

/**
 * Creates the vouchers in the same transaction as the import record: all of them or none. A
 * voucher the collection still refuses is reported with its line, and nothing is kept.
 */
export const createImportedVouchers: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const lines = req.context[PARSED] as VoucherLine[] | undefined
  if (operation !== 'create' || !lines) return doc
  delete req.context[PARSED]
  for (const line of lines) {
    try {
      await req.payload.create({
        collection: 'vouchers',
        data: {
          code: line.code ?? voucherCode(doc.scheme),
          scheme: doc.scheme,
          holderFiscalCode: line.holderFiscalCode,
          amountCents: line.amountCents,
          validFrom: line.validFrom,
          validUntil: line.validUntil,
          status: 'active',
          import: doc.id,
        },
        overrideAccess: true,
        req,
      })
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
      refuseFile(
        req,
        error.data.errors.map(({ message }) => ({ line: line.line, column: null, problem: label(message, message) })),
      )
    }
  }
  return doc
}
