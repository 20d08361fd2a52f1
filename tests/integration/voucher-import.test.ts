import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp, type TestApp } from '../helpers/app'
import { as, refusal } from '../helpers/as'
import { buildFixtures, type Fixtures, TAX_CODES } from '../helpers/fixtures'

/**
 * WeMi uploads a spreadsheet of vouchers. A file with wrong lines is refused whole, with each
 * problem's line, column and reason in the uploader's language, and nothing is imported until
 * the file is clean.
 */
let app: TestApp
let fx: Fixtures
beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  await app.payload.create({
    collection: 'vouchers',
    data: {
      code: 'ESISTENTE-1',
      scheme: 'Fondo famiglie',
      holderFiscalCode: TAX_CODES.citizen2,
      amountCents: 20_000,
      validFrom: '2026-01-01',
      validUntil: '2099-12-31',
      status: 'active',
    },
  })
})
afterAll(async () => app?.close())

const HOLDER = TAX_CODES.citizen1
const OTHER = TAX_CODES.citizen2

/** An Italian Excel export: semicolons, CRLF, a blank line that does not count as a voucher but does count as a line. */
const BAD_FILE = [
  'Codice_fiscale;Importo;Valido_dal;Valido_al;Codice',
  `${HOLDER};50,00;01/01/2026;31/12/2099;NUOVO-1`,
  `${OTHER};dieci euro;01/01/2026;31/12/2099;NUOVO-2`,
  '',
  `RSSMRA80A01F205Y;25;31/02/2026;;NUOVO-3`,
  `${OTHER};30;2026-06-01;2026-05-01;NUOVO-1`,
  `${OTHER};30;2026-01-01;2026-12-31;ESISTENTE-1`,
  '',
].join('\r\n')

const EXPECTED_IT = [
  'Riga 3 colonna «Importo»: non è un importo in euro maggiore di zero (per esempio 50 oppure 12.50)',
  'Riga 5 colonna «Codice_fiscale»: non è un codice fiscale di persona valido (16 lettere e cifre)',
  'Riga 5 colonna «Valido_dal»: non è una data (scrivi per esempio 31/12/2026 oppure 2026-12-31)',
  'Riga 5 colonna «Valido_al»: è vuota',
  'Riga 6 colonna «Valido_al»: finisce prima della data di inizio',
  'Riga 6 colonna «Codice»: codice già usato alla riga 2',
  'Riga 7 colonna «Codice»: esiste già un voucher con questo codice',
]

const upload = (csv: string, language?: 'en') => {
  const form = new FormData()
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'voucher.csv')
  form.append('_payload', JSON.stringify({ scheme: 'Fondo famiglie 2026' }))
  return app.rest('POST', '/api/voucher-imports', { token: fx.actors.admin.token, form, language })
}

const counts = async () => ({
  vouchers: (await app.payload.count({ collection: 'vouchers', overrideAccess: true })).totalDocs,
  imports: (await app.payload.count({ collection: 'voucher-imports', overrideAccess: true })).totalDocs,
})

describe('a voucher file with wrong lines', () => {
  it('is refused over REST with every problem’s line, column and reason in Italian, importing nothing', async () => {
    const before = await counts()
    const response = await upload(BAD_FILE)
    expect(response.status).toBe(400)
    const [error] = response.body.errors
    expect(error.data.errors).toEqual(EXPECTED_IT.map((message) => ({ path: 'file', message })))
    // The admin's notice: its list, split at commas after the colon, is one line per problem.
    expect(error.message).toBe(
      `Nessun voucher importato – correggi il file e caricalo di nuovo: ${EXPECTED_IT.map((line) => line.replace(': ', ' – ')).join(', ')}`,
    )
    expect(JSON.stringify(response.body)).not.toMatch(/unknown error/i)
    expect(await counts()).toEqual(before)
  })

  it('speaks English to an English admin', async () => {
    const response = await upload(BAD_FILE, 'en')
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(
      /^No voucher imported – please fix the file and upload it again: Line 3 column “Importo” – /,
    )
    expect(response.body.errors[0].data.errors[3]).toEqual({ path: 'file', message: 'Line 5 column “Valido_al”: is empty' })
  })

  it('is refused through the Local API too, and a clean file is then imported whole', async () => {
    const before = await counts()
    const refused = await refusal(
      app.payload.create({
        collection: 'voucher-imports',
        data: { scheme: 'Fondo famiglie 2026' },
        file: { data: Buffer.from(BAD_FILE), mimetype: 'text/csv', name: 'voucher.csv', size: BAD_FILE.length },
        ...as(fx.actors.admin),
      }),
    )
    expect(refused.status).toBe(400)
    expect(refused.errors).toHaveLength(EXPECTED_IT.length)
    expect(await counts()).toEqual(before)

    const clean = [
      'codice_fiscale,importo,valido_dal,valido_al,codice',
      `${HOLDER},50,2026-01-01,2099-12-31,NUOVO-1`,
      `${OTHER},"12,50",01/01/2026,31/12/2099,`,
    ].join('\n')
    const response = await upload(clean)
    expect(response.status).toBe(201)
    expect(response.body.doc.importedCount).toBe(2)
    expect(await counts()).toEqual({ vouchers: before.vouchers + 2, imports: before.imports + 1 })
  })

  it('names a quote never closed and missing columns instead of failing the upload', async () => {
    const unclosed = await upload(`codice_fiscale;importo;valido_dal;valido_al\n${HOLDER};"50;2026-01-01;2099-12-31\n`)
    expect(unclosed.body.errors[0].data.errors).toEqual([{ path: 'file', message: 'Riga 2: virgolette aperte e mai chiuse' }])
    const columns = await upload(`codice_fiscale;euro\n${HOLDER};50\n`)
    expect(columns.body.errors[0].data.errors).toEqual([
      { path: 'file', message: 'Riga 1: mancano le colonne importo valido_dal valido_al' },
    ])
  })
})
