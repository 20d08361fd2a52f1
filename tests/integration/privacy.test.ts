import { existsSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type LocalAppIo, startLocalAppIo } from '../../dev/app-io'
import { assistanceKey, assistedCitizen } from '../../lib/assistance'
import { CONSENT_TEXTS, recordConsent, signUpWithConsent } from '../../lib/consents'
import { personalCheckCharacter } from '../../lib/fiscal'
import { exportPersonalData, PERSONAL_DATA } from '../../lib/personal-data'
import { runSql } from '../../lib/sql'
import type { Citizen } from '../../payload-types'
import { confirmedCode } from '../../plugins/identity/confirmation'
import { ErasureRefused, eraseCitizen } from '../../plugins/privacy/erasure'
import { SENSITIVE_FIELDS } from '../../plugins/audit/reads'
import { startTestApp, type TestApp } from '../helpers/app'
import { as } from '../helpers/as'
import { type Actor, buildFixtures, type Fixtures, PASSWORD, pdfFile, ROLES_UNDER_TEST } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'
import { act, dayFromNow, quoteInput, sendRequest } from '../helpers/marketplace'
import { groupAct, groupInput, openAs, sharedService } from '../helpers/sharing'
import { freeSlot } from '../helpers/visits'
import { applicationInput, careRequestInput, sendApplication, sendCareRequest } from '../helpers/care-work'

let app: TestApp
let fx: Fixtures
beforeAll(async () => {
  // The folder of uploads outlives a run: files an interrupted run left under these names would read as not erased.
  for (const folder of [process.env.PRIVATE_FILES_DIR!, process.env.WORKER_FILES_DIR!])
    if (existsSync(folder))
      for (const name of readdirSync(folder).filter((file) => Object.values(PEOPLE).some((person) => file.includes(person.lastName))))
        rmSync(path.join(folder, name))
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})
afterAll(async () => app?.close())

const HOUR = 60 * 60 * 1000
const fiscalCode = (first15: string) => first15 + personalCheckCharacter(first15)

type Person = { firstName: string; lastName: string; email: string; fiscalCode: string; beneficiary: string; phone: string }

const PEOPLE = {
  ermenegilda: {
    firstName: 'Ermenegilda',
    lastName: 'Quattrocchi',
    email: 'ermenegilda.quattrocchi@privacy.example',
    fiscalCode: fiscalCode('QTTRMN70M41F205'),
    beneficiary: 'Ottavia Quattrocchi',
    phone: '+39 02 5550 1111',
  },
  bartolomeo: {
    firstName: 'Bartolomeo',
    lastName: 'Zanardelli',
    email: 'bartolomeo.zanardelli@privacy.example',
    fiscalCode: fiscalCode('ZNRBTL75C12F205'),
    beneficiary: 'Gualtiero Zanardelli',
    phone: '+39 02 5550 2222',
  },
  ottone: {
    firstName: 'Ottone',
    lastName: 'Sbarbaro',
    email: 'ottone.sbarbaro@privacy.example',
    fiscalCode: fiscalCode('SBRTTN64E03F205'),
    beneficiary: 'Adelchi Sbarbaro',
    phone: '+39 02 5550 4444',
  },
  cunegonda: {
    firstName: 'Cunegonda',
    lastName: 'Pellizzari',
    email: 'cunegonda.pellizzari@privacy.example',
    fiscalCode: fiscalCode('PLLCNG82D50F205'),
    beneficiary: 'Ivo Pellizzari',
    phone: '+39 02 5550 3333',
  },
} satisfies Record<string, Person>

const identifiers = (person: Person) => [person.fiscalCode, person.email, person.firstName, person.lastName]

let nextSlotHour = 30
const newSlot = async () => {
  const hours = nextSlotHour++
  return String(
    (
      await app.payload.create({
        collection: 'desk-slots',
        data: {
          desk: fx.desks.open,
          startsAt: new Date(Date.now() + hours * HOUR).toISOString(),
          endsAt: new Date(Date.now() + (hours + 1) * HOUR).toISOString(),
          capacity: 2,
        },
      })
    ).id,
  )
}

/**
 * A citizen with records of every kind the registry lists, each written the way the app
 * writes it: consent, profile, a request to two enti with quotes, messages (theirs and the
 * ente's, which names them) and an attachment, a paid, delivered and reviewed service, a voucher
 * and its spending, notifications, a past and a future desk appointment, a reported need, a
 * shared group they opened and wrote to, an admin's read of their record.
 */
let sharedServiceId: Promise<string> | undefined

let careStaff: Promise<Actor> | undefined
/** A WeMi administrator with the care-work permission. */
const careStaffActor = () =>
  (careStaff ??= app.payload
    .create({
      collection: 'users',
      data: { email: 'care@privacy.example', password: PASSWORD, name: 'Care', roles: ['admin'], permissions: ['care-work'] },
    })
    .then((user) => ({ user: { ...user, collection: 'users' } })))

/** A suitable worker who is nobody under test. */
const otherWorker = async () => {
  const worker = await app.payload.create({
    collection: 'citizens',
    data: { email: `${unique('lavoratrice')}@privacy.example`, password: PASSWORD, firstName: 'Altra', _verified: true } as never,
    disableVerificationEmail: true,
  })
  const { id } = await app.payload.create({
    collection: 'worker-applications',
    data: { ...applicationInput([fx.districts.d1], fx.districts.d1), citizen: worker.id, status: 'suitable' } as never,
  })
  return String(id)
}

/** A family's request (the fixtures' second citizen) a worker under test can be proposed to. */
const otherFamilyRequest = () => sendCareRequest(app.payload, fx.extraActors.citizen2, careRequestInput(fx.districts.d1))

const citizenWithEverything = async (person: Person) => {
  const created = await app.payload.create({
    collection: 'citizens',
    data: {
      email: person.email,
      password: PASSWORD,
      firstName: person.firstName,
      lastName: person.lastName,
      ...confirmedCode(person.fiscalCode, 'desk', 'identity-card'),
      _verified: true,
    } as never,
    disableVerificationEmail: true,
    depth: 0,
  })
  const citizen: Actor = { user: { ...created, collection: 'citizens' } }
  await recordConsent(app.payload, { citizen: created.id, purpose: 'privacy' })
  await app.payload.update({
    collection: 'citizens',
    id: created.id,
    data: {
      phone: person.phone,
      birthDate: '1970-08-01',
      address: { street: `Via ${person.lastName} 3`, postcode: '20100' },
      beneficiaries: [{ name: person.beneficiary, relationship: 'parent', birthYear: 1940 }],
    },
    ...as(citizen),
  })

  const notes = `Per ${person.beneficiary}: diabete, chiamare ${person.firstName} ${person.lastName} al ${person.email}.`
  const asked = await sendRequest(app.payload, citizen, [fx.services.publishedA, fx.services.publishedB], fx.districts.d1, {
    beneficiary: { name: person.beneficiary, relationship: 'parent', birthYear: 1940 },
    notes,
  })
  const threadA = String(asked.threads.find((thread) => thread.organisation === fx.organisations.orgA)!.id)
  const threadB = String(asked.threads.find((thread) => thread.organisation === fx.organisations.orgB)!.id)
  await act(app.payload, fx.actors.enteAdmin, threadA, 'quote', quoteInput({ conditions: `Per ${person.firstName}: due ore a visita.` }))
  const file = await app.payload.create({
    collection: 'thread-files',
    data: { thread: threadA } as never,
    file: pdfFile(`${person.lastName}.pdf`),
    ...as(citizen),
    depth: 0,
  })
  await act(app.payload, citizen, threadA, 'message', {
    body: `Sono ${person.firstName} ${person.lastName}, allego il certificato.`,
    attachments: [file.id],
  })
  await act(app.payload, fx.actors.enteAdmin, threadA, 'message', { body: `Gentile ${person.firstName} ${person.lastName}, ricevuto.` })

  const { quote } = await act(
    app.payload,
    fx.extraActors.enteAdminB,
    threadB,
    'quote',
    quoteInput({ amountCents: 12_000, periodStart: dayFromNow(0) }),
  )
  await act(app.payload, citizen, threadB, 'accept', { quote })
  const { payment } = await act(app.payload, fx.extraActors.enteAdminB, threadB, 'confirm-payment', { method: 'other' })
  // A home visit while the service runs; its note speaks of the person.
  await app.payload.create({
    collection: 'visits',
    data: { thread: threadB, operator: fx.users.enteOperatorB, ...freeSlot(), note: `${person.firstName} sta bene` } as never,
    depth: 0,
  })
  await act(app.payload, fx.extraActors.enteAdminB, threadB, 'deliver')
  const { review } = await act(app.payload, citizen, threadB, 'review', {
    punctuality: 5,
    professionalism: 5,
    speed: 5,
    comment: `Grazie da ${person.firstName}`,
  })
  await app.payload.update({ collection: 'reviews', id: String(review), data: { status: 'published' }, depth: 0 })

  const voucher = await app.payload.create({
    collection: 'vouchers',
    data: {
      code: unique('FAM'),
      scheme: 'Fondo famiglie',
      holderFiscalCode: person.fiscalCode,
      amountCents: 20_000,
      validFrom: dayFromNow(-1),
      validUntil: '2099-12-31',
      status: 'active',
    },
    depth: 0,
  })
  const spend = await app.payload.create({
    collection: 'voucher-transactions',
    data: {
      voucher: voucher.id,
      citizen: created.id,
      organisation: fx.organisations.orgB,
      thread: threadB,
      amountCents: 1_000,
      status: 'registered',
    },
    depth: 0,
  })

  // An application for temporary housing, still waiting for the ente's answer.
  await app.payload.create({
    collection: 'housing-units',
    data: {
      name: unique('Monolocale'),
      organisation: fx.organisations.orgA,
      kind: 'studio',
      places: 2,
      district: fx.districts.d1,
      street: 'Via Padova 88',
      audiences: ['adults'],
      monthlyContributionCents: 10_000,
      maxMonths: 6,
      published: true,
    },
    depth: 0,
  })
  await app.payload.create({
    collection: 'housing-applications',
    data: {
      organisation: fx.organisations.orgA,
      reason: 'eviction',
      adults: 1,
      children: 0,
      situation: `${person.firstName} ${person.lastName} ha ricevuto lo sfratto e non ha dove andare.`,
      wantedFrom: dayFromNow(7),
      wantedMonths: 3,
    } as never,
    ...as(citizen),
  })

  const booking = (slot: string) => ({
    slot,
    topic: 'orientation',
    name: `${person.firstName} ${person.lastName}`,
    email: person.email,
    phone: person.phone,
    reason: `Aiuto per ${person.beneficiary}`,
  })
  const upcoming = await app.payload.create({
    collection: 'appointments',
    data: booking(await newSlot()) as never,
    ...as(citizen),
    depth: 0,
  })
  const pastSlot = await newSlot()
  const past = await app.payload.create({
    collection: 'appointments',
    data: booking(pastSlot) as never,
    user: null,
    overrideAccess: false,
    depth: 0,
  })
  await runSql(
    app.payload,
    sql`UPDATE desk_slots SET starts_at = now() - interval '3 days', ends_at = now() - interval '3 days' + interval '1 hour' WHERE id = ${pastSlot}`,
  )
  const need = await app.payload.create({
    collection: 'reported-needs',
    data: { description: 'Dopo scuola il sabato', email: person.email, district: fx.districts.d2 } as never,
    depth: 0,
  })
  await app.payload.create({
    collection: 'inefficiency-reports',
    data: {
      status: 'new',
      category: 'desk',
      description: 'Lo sportello era chiuso in orario di apertura.',
      name: `${person.firstName} ${person.lastName}`,
      email: person.email,
      citizen: created.id,
    },
    depth: 0,
  })

  // A shared group the citizen opened (and so is a member of), with a message to it.
  const service = await (sharedServiceId ??= sharedService(app.payload, fx))
  const group = await openAs(
    app.payload,
    citizen,
    groupInput(service, fx.districts.d1, { address: { street: `Via ${person.lastName} 7`, postcode: '20100' } }),
  )
  await groupAct(app.payload, citizen, group.id, 'message', { body: `Sono ${person.firstName} ${person.lastName}, al ${person.phone}.` })

  // Help at a desk: the assistance names the person, and what the operator did is logged for them.
  const assistance = await app.payload.create({
    collection: 'assistances',
    data: { citizen: created.id, reason: `Aiuto a ${person.firstName} ${person.lastName} con la richiesta`, citizenAgreed: true },
    ...as(fx.actors.operator),
    depth: 0,
  })
  const helped = (await assistedCitizen(app.payload, fx.actors.operator.user, assistanceKey(String(assistance.id))))!
  await app.payload.update({
    collection: 'citizens',
    id: created.id,
    data: { address: { street: `Via ${person.lastName} 5`, postcode: '20121' } },
    user: { ...helped, collection: 'citizens' } as never,
    overrideAccess: false,
  })
  expect(
    await app.payload.count({
      collection: 'audit-log',
      where: { and: [{ onBehalfOf: { equals: created.id } }, { action: { equals: 'update' } }] },
      overrideAccess: true,
    }),
  ).toMatchObject({ totalDocs: 1 })

  // Tate Colf Badanti: she applies as a worker, with a document, and asks for one as a family; WeMi proposes
  // another worker to her, and her to another family.
  const careStaff = await careStaffActor()
  const application = await sendApplication(app.payload, citizen, {
    ...applicationInput([fx.districts.d1], fx.districts.d1),
    street: `Via ${person.lastName} 9`,
    references: [{ name: `Famiglia di ${person.beneficiary}`, phone: person.phone }],
  })
  await app.payload.update({ collection: 'worker-applications', id: application, data: { status: 'suitable' }, ...as(careStaff) })
  await app.payload.create({
    collection: 'worker-documents',
    data: { application, kind: 'identity' } as never,
    file: pdfFile(`${person.lastName}-documento.pdf`),
    ...as(citizen),
    depth: 0,
  })
  const careRequest = await sendCareRequest(app.payload, citizen, {
    ...careRequestInput(fx.districts.d1),
    caredForNotes: `${person.beneficiary}: diabete.`,
  })
  await app.payload.create({
    collection: 'care-proposals',
    data: { careRequest, application: await otherWorker() } as never,
    ...as(careStaff),
  })
  await app.payload.create({
    collection: 'care-proposals',
    data: { careRequest: await otherFamilyRequest(), application } as never,
    ...as(careStaff),
  })

  await app.payload.findByID({ collection: 'citizens', id: created.id, ...as(fx.actors.admin) })
  return {
    id: created.id,
    actor: citizen,
    threads: [threadA, threadB],
    request: String(asked.request.id),
    payment: String(payment),
    voucher: String(voucher.id),
    spend: String(spend.id),
    appointments: { upcoming: String(upcoming.id), past: String(past.id) },
    need: String(need.id),
  }
}

type Everything = Awaited<ReturnType<typeof citizenWithEverything>>

const citizenDoc = (id: string) => app.payload.findByID({ collection: 'citizens', id, depth: 0 }) as Promise<Citizen>

/** Every record the registry finds for a citizen, read by the server, by collection. */
const registryIds = async (citizen: Citizen) => {
  const ids: Record<string, string[]> = {}
  for (const entry of PERSONAL_DATA) {
    const where = entry.where(citizen)
    ids[entry.collection] = where
      ? (await app.payload.find({ collection: entry.collection, where, depth: 0, pagination: false, overrideAccess: true })).docs
          .map((doc) => String(doc.id))
          .sort()
      : []
  }
  return ids
}

/** Where in the whole database any of the texts appears: every text, varchar and JSON column of every table. */
const searchDatabase = async (payload: Payload, texts: string[]) => {
  const columns = await runSql<{ table_name: string; column_name: string }>(
    payload,
    sql`SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'character')`,
  )
  expect(columns.length).toBeGreaterThan(100)
  const patterns = texts.map((text) => `%${text}%`)
  const hits: string[] = []
  for (const { table_name: table, column_name: column } of columns) {
    const [row] = await runSql<{ n: number }>(
      payload,
      sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE ${sql.identifier(column)}::text ILIKE ANY(ARRAY[${sql.join(
        patterns.map((pattern) => sql`${pattern}`),
        sql`, `,
      )}])`,
    )
    if (row!.n > 0) hits.push(`${table}.${column} (${row!.n})`)
  }
  return hits
}

describe('the personal-data registry', () => {
  it('lists every collection related to citizens', () => {
    type Walkable = { type: string; relationTo?: string | string[]; flattenedFields?: Walkable[] }
    const relatesToCitizens = (fields: Walkable[]): boolean =>
      fields.some(
        (field) =>
          ([field.relationTo].flat().includes('citizens') && (field.type === 'relationship' || field.type === 'upload')) ||
          (field.flattenedFields !== undefined && relatesToCitizens(field.flattenedFields)),
      )
    const related = app.config.collections
      // Payload's own preferences and document locks go with the account when it is deleted.
      .filter((collection) => !['payload-preferences', 'payload-locked-documents'].includes(collection.slug))
      .filter((collection) => collection.slug === 'citizens' || relatesToCitizens(collection.flattenedFields as unknown as Walkable[]))
      .map((collection) => collection.slug)
    expect(related.length).toBeGreaterThan(10)
    const registered = PERSONAL_DATA.map((entry) => entry.collection as string)
    expect(related.filter((slug) => !registered.includes(slug))).toEqual([])
  })
})

describe('consent at sign-up', () => {
  it('records the privacy notice’s current version with the new account, in the same transaction', async () => {
    const citizen = await signUpWithConsent(
      app.payload,
      { email: 'nuova.famiglia@privacy.example', password: PASSWORD, firstName: 'Nuova', lastName: 'Famiglia' },
      'it',
    )
    const { docs } = await app.payload.find({ collection: 'consents', where: { citizen: { equals: citizen.id } }, depth: 0 })
    expect(docs).toEqual([
      expect.objectContaining({ purpose: 'privacy', version: CONSENT_TEXTS.privacy.version, givenAt: expect.any(String) }),
    ])

    // A second sign-up with the address is answered as received (never saying the address has an account) and writes nothing.
    const consentsBefore = (await app.payload.count({ collection: 'consents' })).totalDocs
    const taken = await signUpWithConsent(
      app.payload,
      { email: 'nuova.famiglia@privacy.example', password: PASSWORD, firstName: 'Altra', lastName: 'Persona' },
      'it',
    ).catch((error: Error) => error)
    expect((taken as Error).name).toBe('SignUpReceived')
    expect(
      (await app.payload.count({ collection: 'citizens', where: { email: { equals: 'nuova.famiglia@privacy.example' } } })).totalDocs,
    ).toBe(1)
    expect((await app.payload.count({ collection: 'consents' })).totalDocs).toBe(consentsBefore)
  })
})

describe('a citizen’s data', () => {
  let ermenegilda: Everything
  let bartolomeo: Everything
  let appIo: LocalAppIo
  beforeAll(async () => {
    // With the city's IO key set, the quote each citizen receives is also queued for App IO.
    appIo = await startLocalAppIo({ apiKey: 'chiave-io-privacy' })
    Object.assign(process.env, { APP_IO_API_KEY: 'chiave-io-privacy', APP_IO_API_URL: appIo.url })
    ermenegilda = await citizenWithEverything(PEOPLE.ermenegilda)
    bartolomeo = await citizenWithEverything(PEOPLE.bartolomeo)
  })
  afterAll(async () => {
    delete process.env.APP_IO_API_KEY
    delete process.env.APP_IO_API_URL
    await appIo?.close()
  })

  it('exports every record the registry holds about the citizen, and nothing about anyone else', async () => {
    const citizen = await citizenDoc(ermenegilda.id)
    const data = await exportPersonalData(app.payload, citizen, 'it')
    const expected = await registryIds(citizen)
    for (const entry of PERSONAL_DATA) {
      const section = data.sections.find((candidate) => candidate.collection === entry.collection)!
      expect(section.records.map((record) => String(record.id)).sort(), entry.collection).toEqual(expected[entry.collection])
      expect(section.records.length, `${entry.collection} has records`).toBeGreaterThan(0)
      // A desk booking made without signing in is the citizen's by its e-mail address.
      for (const record of section.records) if (record.citizen != null) expect(record.citizen).toBe(ermenegilda.id)
    }
    const text = JSON.stringify(data)
    for (const value of [...identifiers(PEOPLE.bartolomeo), bartolomeo.id, ...Object.values(fx.citizens)]) expect(text).not.toContain(value)
    // No secrets, no staff accounts, no ente's payment account.
    for (const value of ['"hash"', '"salt"', '"sessions"', '@test.example', 'acct_', fx.users.enteAdmin, fx.users.admin])
      expect(text).not.toContain(value)
    expect(text).toContain(PEOPLE.ermenegilda.fiscalCode)
    expect(data.names.organisations).toMatchObject({ [fx.organisations.orgA]: 'Ente orgA', [fx.organisations.orgB]: 'Ente orgB' })
  })

  it('refuses to erase an account while a service is owed, and writes nothing', async () => {
    const cunegonda = await citizenWithEverything(PEOPLE.cunegonda)
    const { threads } = await sendRequest(app.payload, cunegonda.actor, [fx.services.publishedA], fx.districts.d1)
    const thread = String(threads[0]!.id)
    const { quote } = await act(app.payload, fx.actors.enteAdmin, thread, 'quote', quoteInput())
    await act(app.payload, cunegonda.actor, thread, 'accept', { quote })

    const citizen = await citizenDoc(cunegonda.id)
    const before = { ids: await registryIds(citizen), hits: await searchDatabase(app.payload, identifiers(PEOPLE.cunegonda)) }
    const auditBefore = (await app.payload.count({ collection: 'audit-log' })).totalDocs
    const refused = await eraseCitizen(app.payload, cunegonda.id).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ErasureRefused)
    expect((refused as ErasureRefused).threads).toEqual([expect.objectContaining({ id: thread, status: 'accepted' })])
    expect(await registryIds(await citizenDoc(cunegonda.id))).toEqual(before.ids)
    expect(await searchDatabase(app.payload, identifiers(PEOPLE.cunegonda))).toEqual(before.hits)
    expect((await app.payload.count({ collection: 'audit-log' })).totalDocs).toBe(auditBefore)
  })

  it('erases the account: no trace of the citizen in any table, payments kept anonymised, others untouched', async () => {
    const others = await registryIds(await citizenDoc(bartolomeo.id))
    const orgB = await app.payload.findByID({ collection: 'organisations', id: fx.organisations.orgB, depth: 0 })
    expect(await searchDatabase(app.payload, identifiers(PEOPLE.ermenegilda))).not.toEqual([])
    expect(readdirSync(process.env.PRIVATE_FILES_DIR!).filter((name) => name.includes(PEOPLE.ermenegilda.lastName))).not.toEqual([])

    const counts = await eraseCitizen(app.payload, ermenegilda.id)
    expect(counts).toMatchObject({
      citizens: 1,
      requests: 1,
      threads: 2,
      payments: 1,
      'voucher-transactions': 1,
      vouchers: 1,
      appointments: 2,
      consents: 2,
      assistances: 1,
    })

    expect(await searchDatabase(app.payload, identifiers(PEOPLE.ermenegilda))).toEqual([])
    expect(await searchDatabase(app.payload, [PEOPLE.ermenegilda.beneficiary, PEOPLE.ermenegilda.phone])).toEqual([])
    // Only the audit trail still names the erased record, by its id alone.
    const byId = await searchDatabase(app.payload, [ermenegilda.id])
    expect(byId.filter((hit) => !hit.startsWith('audit_log.'))).toEqual([])

    const payment = await app.payload.findByID({ collection: 'payments', id: ermenegilda.payment, depth: 0 })
    expect(payment).toMatchObject({ amountCents: 12_000, status: 'succeeded', method: 'other', organisation: fx.organisations.orgB })
    expect([payment.citizen ?? null, payment.thread ?? null]).toEqual([null, null])
    const spend = await app.payload.findByID({ collection: 'voucher-transactions', id: ermenegilda.spend, depth: 0 })
    expect(spend).toMatchObject({ amountCents: 1_000, organisation: fx.organisations.orgB })
    expect(spend.citizen ?? null).toBeNull()
    const voucher = await app.payload.findByID({ collection: 'vouchers', id: ermenegilda.voucher, depth: 0 })
    expect(voucher).toMatchObject({ amountCents: 20_000, spentCents: 1_000, status: 'revoked' })
    expect(voucher.holderFiscalCode ?? null).toBeNull()
    const past = await app.payload.findByID({ collection: 'appointments', id: ermenegilda.appointments.past, depth: 0 })
    expect(past).toMatchObject({ name: 'Dati cancellati', status: 'booked' })
    expect(
      await app.payload.count({ collection: 'appointments', where: { id: { equals: ermenegilda.appointments.upcoming } } }),
    ).toMatchObject({ totalDocs: 0 })
    const need = await app.payload.findByID({ collection: 'reported-needs', id: ermenegilda.need, depth: 0 })
    expect(need).toMatchObject({ description: 'Dopo scuola il sabato' })

    // Attachments and a worker's documents leave the private storage too.
    expect(readdirSync(process.env.PRIVATE_FILES_DIR!).filter((name) => name.includes(PEOPLE.ermenegilda.lastName))).toEqual([])
    expect(readdirSync(process.env.WORKER_FILES_DIR!).filter((name) => name.includes(PEOPLE.ermenegilda.lastName))).toEqual([])

    const signIn = await app.rest('POST', '/api/citizens/login', { body: { email: PEOPLE.ermenegilda.email, password: PASSWORD } })
    expect(signIn.status).toBe(401)

    expect(await registryIds(await citizenDoc(bartolomeo.id))).toEqual(others)
    expect(await searchDatabase(app.payload, [PEOPLE.bartolomeo.fiscalCode])).not.toEqual([])
    // The ente's rating no longer counts the erased review.
    const rated = await app.payload.findByID({ collection: 'organisations', id: fx.organisations.orgB, depth: 0 })
    expect(rated.rating?.count).toBe((orgB.rating?.count ?? 0) - 1)

    const [entry] = (
      await app.payload.find({
        collection: 'audit-log',
        where: { and: [{ documentId: { equals: ermenegilda.id } }, { action: { equals: 'delete' } }] },
        depth: 0,
      })
    ).docs
    expect(entry).toMatchObject({ collection: 'citizens', changes: { erasure: expect.objectContaining({ citizens: 1 }) } })
  })
})

describe('deleting a citizen from the admin panel or the API', () => {
  it('erases through the registry too, and is refused while a service is owed', async () => {
    const ottone = await citizenWithEverything(PEOPLE.ottone)
    const { threads } = await sendRequest(app.payload, ottone.actor, [fx.services.publishedA], fx.districts.d1)
    const thread = String(threads[0]!.id)
    const { quote } = await act(app.payload, fx.actors.enteAdmin, thread, 'quote', quoteInput())
    await act(app.payload, ottone.actor, thread, 'accept', { quote })

    const before = await searchDatabase(app.payload, identifiers(PEOPLE.ottone))
    const refused = await app.rest('DELETE', `/api/citizens/${ottone.id}`, { token: fx.actors.admin.token })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.body)).toContain('hanno un pagamento o un servizio in corso')
    expect(await searchDatabase(app.payload, identifiers(PEOPLE.ottone))).toEqual(before)

    await act(app.payload, ottone.actor, thread, 'cancel', { reason: 'Non serve più' })
    const deleted = await app.rest('DELETE', `/api/citizens/${ottone.id}`, { token: fx.actors.admin.token })
    expect(deleted.status).toBe(200)
    expect(await searchDatabase(app.payload, identifiers(PEOPLE.ottone))).toEqual([])
    const payment = await app.payload.findByID({ collection: 'payments', id: ottone.payment, depth: 0 })
    expect(payment).toMatchObject({ amountCents: 12_000, citizen: null })
    const [entry] = (
      await app.payload.find({
        collection: 'audit-log',
        where: { and: [{ documentId: { equals: ottone.id } }, { action: { equals: 'delete' } }] },
        depth: 0,
      })
    ).docs
    expect(entry).toMatchObject({ collection: 'citizens', actor: { relationTo: 'users', value: fx.users.admin } })
  })
})

describe('reads of sensitive fields', () => {
  const readsOf = async (since: string) =>
    (
      await app.payload.find({
        collection: 'audit-log',
        where: { and: [{ action: { equals: 'read' } }, { createdAt: { greater_than: since } }] },
        sort: 'createdAt',
        depth: 0,
        pagination: false,
      })
    ).docs
  const now = async () => {
    await new Promise((resolve) => setTimeout(resolve, 5))
    return new Date().toISOString()
  }

  it('log one entry per staff operation, with ids and field names but no values', async () => {
    let since = await now()
    await app.payload.findByID({ collection: 'citizens', id: fx.citizens.citizen1, ...as(fx.actors.admin) })
    const [single, ...none] = await readsOf(since)
    expect(none).toEqual([])
    expect(single).toMatchObject({
      collection: 'citizens',
      documentId: fx.citizens.citizen1,
      actor: { relationTo: 'users', value: fx.users.admin },
    })
    expect((single!.changes as { fields: string[] }).fields).toContain('fiscalCode')
    expect(JSON.stringify(single)).not.toContain('RSSMRA80A01F205X')

    since = await now()
    const { docs } = await app.payload.find({ collection: 'citizens', pagination: false, depth: 0, ...as(fx.actors.admin) })
    const list = await readsOf(since)
    expect(list).toHaveLength(1)
    const listed = docs.filter((doc) => doc.fiscalCode).map((doc) => doc.id)
    expect(list[0]).toMatchObject({ documentId: `${listed.length} records`, changes: { ids: expect.arrayContaining(listed) } })
    expect(listed.length).toBeGreaterThan(1)

    // An ente reads a request's notes, also when they come populated into a thread.
    const { threads } = await sendRequest(app.payload, fx.actors.citizen, [fx.services.publishedA], fx.districts.d1)
    since = await now()
    const thread = await app.payload.findByID({
      collection: 'threads',
      id: String(threads[0]!.id),
      depth: 1,
      ...as(fx.actors.enteOperator),
    })
    expect((thread.request as { notes?: string }).notes).toBeTruthy()
    const populated = await readsOf(since)
    expect(populated).toEqual([
      expect.objectContaining({ collection: 'requests', actor: { relationTo: 'users', value: fx.users.enteOperator } }),
    ])
    expect((populated[0]!.changes as { fields: string[] }).fields.sort()).toEqual(['beneficiary', 'notes'])
  })

  it('log nothing for a citizen’s own reads, the server’s reads, or reads without those fields', async () => {
    const since = await now()
    await app.payload.findByID({ collection: 'citizens', id: fx.citizens.citizen1, ...as(fx.actors.citizen) })
    await app.payload.find({ collection: 'requests', depth: 0, ...as(fx.actors.citizen) })
    await app.payload.findByID({ collection: 'citizens', id: fx.citizens.citizen1, overrideAccess: true })
    await app.payload.find({ collection: 'citizens', select: { email: true, firstName: true }, ...as(fx.actors.admin) })
    expect(await readsOf(since)).toEqual([])
  })

  it('are readable only by their parties', async () => {
    expect(Object.keys(SENSITIVE_FIELDS).sort()).toEqual([
      'care-proposals',
      'care-requests',
      'citizens',
      'housing-applications',
      'requests',
      'vouchers',
      'worker-applications',
      'worker-documents',
    ])
    // Staff who may read a citizen's record at all never include an ente's people.
    for (const role of ['enteAdmin', 'enteOperator', 'editor', 'operator'] as const) {
      const { docs } = await app.payload.find({ collection: 'citizens', depth: 0, ...as(fx.actors[role]) }).catch(() => ({ docs: [] }))
      expect(docs.map((doc) => doc.fiscalCode).filter(Boolean), role).toEqual([])
    }
  })
})

describe('the audit log', () => {
  it('is read by WeMi admins only, through the Local API and REST, and changed by nobody', async () => {
    for (const role of ROLES_UNDER_TEST) {
      const actor = fx.actors[role]
      const local = await app.payload.find({ collection: 'audit-log', depth: 0, limit: 1, ...as(actor) }).then(
        (result) => result.totalDocs,
        (error: { status?: number }) => error.status,
      )
      const rest = await app.rest('GET', '/api/audit-log?limit=1', { token: actor.token })
      if (role === 'admin') {
        expect(local).toBeGreaterThan(0)
        expect(rest.status).toBe(200)
      } else {
        expect(local, role).toBe(403)
        expect(rest.status, role).toBe(403)
      }
    }
    const [entry] = (await app.payload.find({ collection: 'audit-log', limit: 1, depth: 0 })).docs
    expect(
      (await app.rest('PATCH', `/api/audit-log/${entry!.id}`, { token: fx.actors.admin.token, body: { action: 'read' } })).status,
    ).toBe(403)
    expect((await app.rest('DELETE', `/api/audit-log/${entry!.id}`, { token: fx.actors.admin.token })).status).toBe(403)
    expect(
      (
        await app.rest('POST', '/api/audit-log', {
          token: fx.actors.admin.token,
          body: { action: 'read', collection: 'x', documentId: 'y' },
        })
      ).status,
    ).toBe(403)
  })
})
