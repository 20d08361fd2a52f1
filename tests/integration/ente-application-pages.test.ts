import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { ApplicationInput } from '../../plugins/accreditation/application'
import { APPLICATION_PATHS } from '../../plugins/accreditation/application'
import { runSql } from '../../lib/sql'
import { closePayload } from '../../server/instance'
import type { TestApp } from '../helpers/app'
import { createTestDatabase } from '../helpers/database'
import { buildFixtures, type Fixtures, PDF, TAX_CODES } from '../helpers/fixtures'
import { unique, uniqueVatNumber } from '../helpers/identifiers'

/**
 * The "become a provider" pages as the site handles them (site/src/lib/ente-application.ts), on
 * the site's own Payload instance over this file's database, posted as a browser posts a
 * multipart form: the application, its refusals, and the applicant's own page through its link.
 */
type Pages = typeof import('../../site/src/lib/ente-application')
let app: TestApp
let fx: Fixtures
let pages: Pages
const savedUrl = process.env.DATABASE_URL
const ORIGIN = 'http://localhost:4321'

beforeAll(async () => {
  const database = await createTestDatabase(inject('databaseServer'), inject('databaseRun'))
  process.env.DATABASE_URL = database.url
  app = await (await import('../helpers/app')).startTestApp(database)
  fx = await buildFixtures(app.payload, app.rest)
  pages = await import('../../site/src/lib/ente-application')
})
afterAll(async () => {
  await closePayload(await (await import('../../site/src/lib/payload')).payload())
  process.env.DATABASE_URL = savedUrl
  await app?.close()
})

let address = 0
type Fields = Record<string, string | string[] | File | File[]>

/** A visit to a page of the site: a GET, or a multipart POST of the fields given, from this site unless told. */
const visit = (at: string, fields?: Fields, origin = ORIGIN) => {
  const url = new URL(at, ORIGIN)
  const body = new FormData()
  for (const [name, value] of Object.entries(fields ?? {})) for (const one of [value].flat()) body.append(name, one)
  return {
    url,
    request: new Request(url, fields ? { method: 'POST', body, headers: { origin } } : {}),
    // A visitor of their own each time, so that the limit on applications counts each test apart.
    clientAddress: `192.0.2.${++address}`,
    cookies: {} as never,
    redirect: (to: string, status = 302) => new Response(null, { status, headers: { location: to } }),
  }
}

const pdf = (name = 'statuto.pdf') => new File([PDF], name, { type: 'application/pdf' })

const input = (): ApplicationInput => {
  const key = unique('coop')
  return {
    name: `Cooperativa La Rondine ${key}`,
    legalName: `La Rondine società cooperativa sociale ${key}`,
    legalForm: 'social-cooperative',
    fiscalCode: uniqueVatNumber(),
    vatNumber: '',
    email: `info-${key}@rondine.example`,
    pec: '',
    phone: '02 1234567',
    website: 'https://rondine.example',
    street: 'Via Padova 20',
    postcode: '20127',
    district: fx.districts.d2,
    representativeName: 'Maria Neri',
    representativeFiscalCode: TAX_CODES.citizen1,
    adminName: 'Paolo Gialli',
    adminEmail: `paolo-${key}@rondine.example`,
    categories: [fx.categories.areaA],
    districts: [fx.districts.d1, fx.districts.d2],
  }
}

/** An application as the form posts it: each field under the organisation's path. */
const posted = (values: ApplicationInput, files: Fields = { statute: pdf() }): Fields => ({
  ...Object.fromEntries(Object.entries(values).map(([field, value]) => [pages.fieldName(field as keyof ApplicationInput), value])),
  ...files,
})

const footprint = async () =>
  (
    await runSql<{ organisations: number; documents: number }>(
      app.payload,
      sql`SELECT (SELECT count(*) FROM organisations)::int AS organisations, (SELECT count(*) FROM organisation_documents)::int AS documents`,
    )
  )[0]!

const apply = (fields?: Fields, lang: 'it' | 'en' = 'it', origin?: string) =>
  pages.handleApplyForm(visit(lang === 'it' ? '/diventa-ente' : '/en/become-a-provider', fields, origin), lang)

const applicationPage = (token: string, fields?: Fields, lang: 'it' | 'en' = 'it') =>
  pages.handleApplicationPage(
    visit(`${lang === 'it' ? '/diventa-ente/domanda' : '/en/become-a-provider/application'}?token=${token}`, fields),
    lang,
  )

const shown = <Page>(page: Page | Response | null): Page => {
  if (!page || page instanceof Response) throw new Error('expected a page')
  return page
}

/** Sends a complete application and follows the redirect: the token of its page. */
const sendApplication = async (values = input()) => {
  const response = await apply(posted(values))
  if (!(response instanceof Response)) throw new Error(`not sent: ${JSON.stringify(response.errors)}`)
  const location = new URL(response.headers.get('location')!, ORIGIN)
  return { response, location, token: location.searchParams.get('token')!, values }
}

const organisationOf = async (fiscalCode: string) =>
  (await app.payload.find({ collection: 'organisations', where: { fiscalCode: { equals: fiscalCode } }, depth: 0, overrideAccess: true }))
    .docs[0]

const statutesOf = async (organisation: string) =>
  (
    await app.payload.find({
      collection: 'organisation-documents',
      where: { and: [{ organisation: { equals: organisation } }, { kind: { equals: 'statute' } }] },
      depth: 0,
      overrideAccess: true,
    })
  ).docs

describe('the application form', () => {
  it('labels every field an application has, under the path its errors come back on, and lists the city’s areas and districts', async () => {
    const page = shown(await apply())
    expect(page.status).toBe(200)
    const fields = [...Object.keys(input()), 'statute', 'documents'] as (keyof typeof pages.FIELD_LABELS)[]
    expect(Object.keys(pages.FIELD_LABELS).sort()).toEqual([...fields].sort())
    for (const lang of ['it', 'en'] as const) {
      const labels = pages.fieldLabels(lang)
      for (const field of fields) expect(labels[pages.fieldName(field)], `${lang} ${field}`).toMatch(/\S/)
      // Every label names its field apart from the others, as the error summary reads them.
      expect(new Set(Object.values(labels)).size).toBe(fields.length)
    }
    for (const path of Object.values(APPLICATION_PATHS)) expect(Object.keys(pages.fieldLabels('it'))).toContain(path)
    expect(page.options.categories.map((choice) => choice.value)).toEqual(
      expect.arrayContaining([fx.categories.areaA, fx.categories.areaB]),
    )
    expect(page.options.categories.map((choice) => choice.value)).not.toContain(fx.categories.a1)
    expect(page.options.districts.map((choice) => choice.value)).toEqual([fx.districts.d1, fx.districts.d2, fx.districts.d3])
    expect(page.options.legalForms.find((form) => form.value === 'association')?.label).toBe('Associazione (APS/ODV)')
  })

  it('names every missing part at its field at once, in the applicant’s language, and writes nothing', async () => {
    const before = await footprint()
    const page = shown(await apply({ name: 'Solo il nome', 'application.adminEmail': 'non-una-mail' }))
    expect(page.status).toBe(400)
    expect(page.input.name).toBe('Solo il nome')
    const required = 'Questo dato serve per la domanda.'
    expect(page.errors).toMatchObject({
      legalName: { text: required },
      legalForm: { text: required },
      fiscalCode: { text: required },
      email: { text: required },
      phone: { text: required },
      'offices.0.street': { text: required },
      'application.representativeName': { text: required },
      'application.representativeFiscalCode': { text: required },
      'application.adminName': { text: required },
      'application.adminEmail': 'errorEmail',
      'application.categories': { text: 'Scegli almeno una voce.' },
      'application.districts': { text: 'Scegli almeno una voce.' },
      statute: { text: 'Allega lo statuto dell’ente (PDF).' },
    })
    expect(page.errors.name).toBeUndefined()

    const english = shown(await apply({}, 'en'))
    expect(english.errors.statute).toEqual({ text: 'Attach the organisation’s statute (PDF).' })
    expect(await footprint()).toEqual(before)
  })

  it('refuses a statute that is not a PDF, and a file over the limit, at their fields', async () => {
    const before = await footprint()
    const big = new File([Buffer.concat([PDF, Buffer.alloc(pages.MAX_FILE_BYTES)])], 'enorme.pdf', { type: 'application/pdf' })
    const page = shown(
      await apply(posted(input(), { statute: new File(['not a pdf'], 'statuto.pdf', { type: 'application/pdf' }), documents: big })),
    )
    expect(page.status).toBe(400)
    expect(page.errors).toEqual({
      statute: 'enteErrorStatutePdf',
      documents: { text: 'Il file «enorme.pdf» supera i 10 MB.' },
    })
    expect(await footprint()).toEqual(before)
  })

  it('refuses a form posted from another site and writes nothing', async () => {
    const before = await footprint()
    const page = shown(await apply(posted(input()), 'it', 'https://elsewhere.example'))
    expect(page.status).toBe(403)
    expect(page.errors).toEqual({ form: 'errorOrigin' })
    expect(await footprint()).toEqual(before)
  })

  it('sends a complete application to WeMi, with its statute, and opens its page through the link', async () => {
    const before = await footprint()
    const { response, location, token, values } = await sendApplication()
    expect(response.status).toBe(303)
    expect(location.pathname).toBe('/diventa-ente/domanda')
    expect(location.searchParams.get('sent')).toBe('1')
    expect(token).toMatch(/^[\w-]{40,60}$/)
    expect(await footprint()).toEqual({ organisations: before.organisations + 1, documents: before.documents + 1 })
    const organisation = await organisationOf(values.fiscalCode)
    expect(organisation?.accreditation.status).toBe('submitted')
    expect(organisation?.application?.adminEmail).toBe(values.adminEmail)
    expect((await statutesOf(String(organisation!.id))).map((document) => document.originalName)).toEqual(['statuto.pdf'])

    const page = shown(await pages.handleApplicationPage(visit(`${location.pathname}${location.search}`), 'it'))
    expect(page.status).toBe(200)
    expect(page.notice).toBe('sent')
    expect(page.statusLabel).toBe('Inviato per l’accreditamento')
    expect(page.application.input).toMatchObject({ name: values.name, categories: values.categories, districts: values.districts })
    expect(page.documents).toEqual([expect.objectContaining({ kind: 'Statuto', filename: 'statuto.pdf' })])
    expect(shown(await applicationPage(token, undefined, 'en')).statusLabel).toBe('Submitted for accreditation')

    // The same tax code a second time: the server's refusal, at its field.
    const again = shown(await apply(posted({ ...input(), fiscalCode: values.fiscalCode })))
    expect(again.status).toBe(400)
    expect(again.errors.fiscalCode).toEqual({
      text: 'Un ente con questo codice fiscale è già registrato su WeMi. Per aggiornarlo scrivi a WeMi.',
    })
  })

  it('opens nothing for a wrong or missing link', async () => {
    expect(await applicationPage('x'.repeat(43))).toBeNull()
    expect(await applicationPage('')).toBeNull()
    expect(await applicationPage('not-a-token')).toBeNull()
  })
})

describe('correcting an application', () => {
  it('refuses to send it again before WeMi asks, then takes the correction with a new statute', async () => {
    const { token, values } = await sendApplication()
    const organisation = await organisationOf(values.fiscalCode)
    const id = String(organisation!.id)

    const early = shown(await applicationPage(token, posted({ ...values, phone: '02 7654321' }, { statute: pdf('nuovo.pdf') })))
    expect(early.status).toBe(409)
    expect(early.errors.form).toEqual({
      text: 'La domanda non è in correzione: si può inviare di nuovo solo quando WeMi chiede di correggerla.',
    })
    const unchanged = await app.payload.findByID({ collection: 'organisations', id, depth: 0, overrideAccess: true })
    expect(unchanged.phone).toBe(values.phone)
    expect(unchanged.accreditation.status).toBe('submitted')
    expect(await statutesOf(id)).toHaveLength(1)

    await app.payload.update({
      collection: 'organisations',
      id,
      data: { accreditation: { status: 'to-correct', notes: 'Lo statuto allegato non è firmato.' } },
      user: fx.actors.admin.user,
      overrideAccess: true,
      depth: 0,
    })

    const toCorrect = shown(await applicationPage(token))
    expect(toCorrect.application.status).toBe('to-correct')
    expect(toCorrect.application.notes).toBe('Lo statuto allegato non è firmato.')
    expect(toCorrect.statusLabel).toBe('Da correggere')
    expect(toCorrect.input).toMatchObject({ ...values, fiscalCode: values.fiscalCode.toUpperCase() })

    // An incomplete correction is refused at its field and changes nothing.
    const incomplete = shown(await applicationPage(token, posted({ ...values, adminName: '' }, {})))
    expect(incomplete.status).toBe(400)
    expect(incomplete.errors).toEqual({ 'application.adminName': { text: 'Questo dato serve per la domanda.' } })
    expect(incomplete.input.fiscalCode).toBe(values.fiscalCode)

    // The tax code stays as first filed, whatever is posted.
    const response = await applicationPage(
      token,
      posted({ ...values, fiscalCode: uniqueVatNumber(), phone: '02 7654321' }, { statute: pdf('statuto-firmato.pdf') }),
    )
    if (!(response instanceof Response)) throw new Error(`not sent: ${JSON.stringify(response?.errors)}`)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`/diventa-ente/domanda?token=${encodeURIComponent(token)}&sent=1&again=1`)

    const corrected = await app.payload.findByID({ collection: 'organisations', id, depth: 0, overrideAccess: true })
    expect(corrected.accreditation.status).toBe('submitted')
    expect(corrected.phone).toBe('02 7654321')
    expect(corrected.fiscalCode).toBe(values.fiscalCode)
    const statutes = (await statutesOf(id)).map((document) => document.originalName)
    expect(statutes.sort()).toEqual(['statuto-firmato.pdf', 'statuto.pdf'])
    const after = shown(await applicationPage(`${token}&sent=1&again=1`))
    expect(after.notice).toBe('resent')
    expect(after.documents).toHaveLength(2)
  })
})
