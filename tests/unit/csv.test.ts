import { describe, expect, it } from 'vitest'

import { parseVoucherCsv } from '../../collections/VoucherImports/parse'
import { CsvFormatError, parseCsv, toCsv } from '../../lib/csv'

const HOLDER = 'BNCLRA85M41F205C'
const OTHER_HOLDER = 'RSSMRA80A01F205X'

describe('reading CSV as spreadsheets write it', () => {
  it.each([
    [
      'takes semicolons as the separator when the header has more of them (Italian Excel)',
      'a;b;c\n1,5;2;3\n',
      [
        ['a', 'b', 'c'],
        ['1,5', '2', '3'],
      ],
    ],
    [
      'takes commas otherwise',
      'a,b,c\n1;5,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1;5', '2', '3'],
      ],
    ],
    ['takes commas when the header has no separator at all', 'a\n1\n', [['a'], ['1']]],
    [
      'drops the byte order mark Excel puts before the header',
      '\uFEFFcodice_fiscale;importo\r\nX;1\r\n',
      [
        ['codice_fiscale', 'importo'],
        ['X', '1'],
      ],
    ],
    [
      'keeps separators, doubled quotes and line breaks inside quoted fields',
      'name;note\n"Rossi; Maria";"she said ""yes""\nand left"\n',
      [
        ['name', 'note'],
        ['Rossi; Maria', 'she said "yes"\nand left'],
      ],
    ],
    [
      'keeps CRLF inside quoted fields',
      'name,note\r\n"Rossi, Maria","a\r\nb"\r\n',
      [
        ['name', 'note'],
        ['Rossi, Maria', 'a\r\nb'],
      ],
    ],
    [
      'does not count separators inside a quoted header name',
      '"codice; fiscale",importo\nX,1\n',
      [
        ['codice; fiscale', 'importo'],
        ['X', '1'],
      ],
    ],
    [
      'reads Windows, Unix and old Mac line ends and a last line without one',
      'a,b\r\n1,2\n3,4\r5,6',
      [
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
        ['5', '6'],
      ],
    ],
    [
      'leaves out empty lines, blank lines and lines of bare separators',
      '\n\na;b\n\n1;2\n   \n;;\n ; \n3;4\n\n',
      [
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
      ],
    ],
    ['reads nothing from an empty file', '', []],
    ['reads nothing from a file with only a byte order mark and a line end', '\uFEFF\r\n', []],
    [
      'accepts lines with fewer or more fields than the header and a stray quote inside a field',
      'a,b,c\n1\n1,2,3,4\nsay "hi",2\n',
      [['a', 'b', 'c'], ['1'], ['1', '2', '3', '4'], ['say "hi"', '2']],
    ],
  ])('%s', (_what, text, rows) => {
    expect(parseCsv(text)).toEqual(rows)
  })

  it('refuses a quote that is never closed, naming the line where it opens', () => {
    const read = () => parseCsv('a;b\n1;2\n"3;4\n5;6\n')
    expect(read).toThrow(CsvFormatError)
    expect(read).toThrow(expect.objectContaining({ line: 3 }))
  })
})

describe('writing CSV', () => {
  it('separates with commas, ends every line with CRLF and writes missing values as empty fields', () => {
    expect(
      toCsv([
        ['id', 'importo', 'ente'],
        ['t1', 12.5, null],
        ['t2', 0, undefined],
      ]),
    ).toBe('id,importo,ente\r\nt1,12.5,\r\nt2,0,\r\n')
  })

  it('quotes fields holding commas, semicolons, quotes or line breaks', () => {
    expect(toCsv([['a,b', 'c;d', 'say "hi"', 'one\ntwo', 'three\r\nfour', 'plain']])).toBe(
      '"a,b","c;d","say ""hi""","one\ntwo","three\r\nfour",plain\r\n',
    )
  })

  it('writes what it reads back unchanged', () => {
    const rows = [
      ['codice', 'ente', 'note'],
      ['V-1', 'Cooperativa "La Rete", Milano', 'riga uno\nriga due'],
      ['V-2', 'Ente; sede', ''],
    ]
    expect(parseCsv(toCsv(rows))).toEqual(rows)
  })
})

describe('reading a voucher list', () => {
  it('reads a file saved by Italian Excel: BOM, semicolons, CRLF, decimal commas and Italian dates', () => {
    const file = `\uFEFFCodice Fiscale;Importo;Valido_dal;Valido_al;Codice\r\n${HOLDER};50,00;01/01/2026;31/12/2099;"V;1"\r\n;;;;\r\n${OTHER_HOLDER.toLowerCase()};"12,5";2026-02-01;2026-03-01;\r\n`
    expect(parseVoucherCsv(file)).toEqual({
      lines: [
        { line: 2, code: 'V;1', holderFiscalCode: HOLDER, amountCents: 5000, validFrom: '2026-01-01', validUntil: '2099-12-31' },
        // The blank line still counts: line numbers are the ones a spreadsheet shows.
        { line: 4, code: null, holderFiscalCode: OTHER_HOLDER, amountCents: 1250, validFrom: '2026-02-01', validUntil: '2026-03-01' },
      ],
      errors: [],
      codeColumn: 'Codice',
    })
  })

  it('reads the comma-separated file other programs write', () => {
    const { lines, errors } = parseVoucherCsv(`codice_fiscale,importo,valido_dal,valido_al\n${HOLDER},50,2026-01-01,2099-12-31\n`)
    expect(errors).toEqual([])
    expect(lines).toEqual([
      { line: 2, code: null, holderFiscalCode: HOLDER, amountCents: 5000, validFrom: '2026-01-01', validUntil: '2099-12-31' },
    ])
  })

  it('names the line of a quote that is never closed instead of failing the upload', () => {
    const { lines, errors } = parseVoucherCsv(`codice_fiscale;importo;valido_dal;valido_al\n${HOLDER};"50;2026-01-01;2099-12-31\n`)
    expect(lines).toEqual([])
    expect(errors).toEqual([
      { line: 2, column: null, problem: { it: 'virgolette aperte e mai chiuse', en: 'a quote opened and never closed' } },
    ])
  })

  it('calls a file with nothing but blank lines empty', () => {
    expect(parseVoucherCsv('\uFEFF\r\n;;;\r\n').errors).toEqual([
      { line: 1, column: null, problem: { it: 'il file è vuoto', en: 'the file is empty' } },
    ])
  })
})
