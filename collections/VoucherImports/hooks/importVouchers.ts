import { randomBytes } from 'node:crypto'

import { APIError, type CollectionAfterChangeHook, type CollectionBeforeValidateHook } from 'payload'

import { languageOf } from '../../../lib/i18n'
import { parseVoucherCsv, type VoucherLine } from '../parse'

const PARSED = 'voucherLines'
const MAX_ERRORS_SHOWN = 10

/**
 * Checks the whole uploaded file before anything is stored; a file with any wrong line is
 * refused with the line numbers, in the uploader's language.
 */
export const checkVoucherFile: CollectionBeforeValidateHook = async ({ data, req, operation }) => {
  if (operation !== 'create' || !data || !req.file) return data
  const language = languageOf(req)
  const { lines, errors } = parseVoucherCsv(req.file.data.toString('utf8'))
  const codes = lines.flatMap((line) => (line.code ? [line.code] : []))
  if (codes.length > 0) {
    const { docs } = await req.payload.find({
      collection: 'vouchers',
      where: { code: { in: codes } },
      limit: MAX_ERRORS_SHOWN,
      depth: 0,
      select: { code: true },
      req,
    })
    for (const { code } of docs) {
      const line = lines.findIndex((candidate) => candidate.code === code)
      errors.push({ line: line + 2, problem: { it: `il codice ${code} esiste già`, en: `code ${code} already exists` } })
    }
  }
  if (errors.length > 0) {
    const lineWord = language === 'it' ? 'Riga' : 'Line'
    const shown = errors
      .sort((a, b) => a.line - b.line)
      .slice(0, MAX_ERRORS_SHOWN)
      .map((error) => `${lineWord} ${error.line}: ${error.problem[language]}`)
    const more = errors.length - shown.length
    const intro = language === 'it' ? 'Nessun voucher importato. Correggi il file:' : 'No voucher imported. Please fix the file:'
    const tail = more > 0 ? (language === 'it' ? ` (e altri ${more} errori)` : ` (and ${more} more errors)`) : ''
    throw new APIError(`${intro} ${shown.join(' · ')}${tail}`, 400, undefined, true)
  }
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

/** Creates the vouchers in the same transaction as the import record: all of them or none. */
export const createImportedVouchers: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const lines = req.context[PARSED] as VoucherLine[] | undefined
  if (operation !== 'create' || !lines) return doc
  for (const line of lines) {
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
  }
  delete req.context[PARSED]
  return doc
}
