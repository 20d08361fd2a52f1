import type { CollectionSlug, Payload } from 'payload'

import { CITY, CITY_PROFILE } from '../../seed/cities'
import { confirmedCode } from '../../plugins/identity/confirmation'
import type { RestResponse } from './app'
import { act, dayFromNow, quoteInput, sendRequest } from './marketplace'

export const PASSWORD = 'Fixture-Password-2026'

/** A 1×1 PNG, the smallest real image for upload tests. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

export const pngFile = (name = 'pixel.png') => ({ data: PNG, mimetype: 'image/png', name, size: PNG.length })

/** A minimal valid PDF, the usual kind of attachment to a quote or a message. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \ntrailer<</Size 3/Root 1 0 R>>\nstartxref\n107\n%%EOF\n',
)

export const pdfFile = (name = 'documento.pdf') => ({ data: PDF, mimetype: 'application/pdf', name, size: PDF.length })

/** Valid tax codes for fixtures (their check digits are right). */
export const TAX_CODES = {
  orgA: '12345678903',
  orgB: '01234567897',
  orgPending: '11111111115',
  orgSuspended: '22222222220',
  citizen1: 'RSSMRA80A01F205X',
  citizen2: 'BNCLRA85M41F205C',
}

/** A voucher list as WeMi uploads it: one voucher of 50 euros for citizen2. */
export const voucherCsvFile = (name = 'voucher.csv') => {
  const data = Buffer.from(`codice_fiscale,importo,valido_dal,valido_al\n${TAX_CODES.citizen2},50,2026-01-01,2099-12-31\n`)
  return { data, mimetype: 'text/csv', name, size: data.length }
}

/** The sections a service needs before it can be sent to WeMi or published, filled in. */
export const serviceSections = () => ({
  description: lexical('Aiuto a casa per la spesa e le pulizie.'),
  audience: 'Persone anziane che vivono da sole.',
  howTo: 'Chiedi un preventivo da questa pagina.',
  outcome: 'Due ore di aiuto a casa.',
  costs: '18 euro l’ora.',
})

export const ROLES_UNDER_TEST = ['anonymous', 'citizen', 'admin', 'editor', 'operator', 'enteAdmin', 'enteOperator'] as const
export type RoleUnderTest = (typeof ROLES_UNDER_TEST)[number]

export type Actor = { user: Record<string, unknown> | null; token?: string }

export const lexical = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      },
    ],
  },
})

/**
 * A small city with two accredited organisations (A and B), a pending one and a suspended
 * one, with staff of every role, two citizens, and published and unpublished content of
 * every kind. Everything is written by the system (no user), as the seed does.
 */
export const buildFixtures = async (
  payload: Payload,
  rest: (method: string, path: string, options?: { body?: unknown }) => Promise<RestResponse>,
) => {
  const create = async (collection: CollectionSlug, data: Record<string, unknown>, options: { draft?: boolean } = {}) =>
    String((await payload.create({ collection, data: data as never, draft: options.draft, depth: 0, disableVerificationEmail: true })).id)

  const districts = {
    d1: await create('districts', { name: 'Municipio 1', number: 1 }),
    d2: await create('districts', { name: 'Municipio 2', number: 2 }),
    d3: await create('districts', { name: 'Municipio 3', number: 3 }),
  }
  const areaA = await create('categories', { name: 'Assistenza', slug: 'assistenza' })
  const areaB = await create('categories', { name: 'Casa', slug: 'casa' })
  const categories = {
    areaA,
    areaB,
    a1: await create('categories', { name: 'Assistenza domiciliare', slug: 'assistenza-domiciliare', parent: areaA }),
    a2: await create('categories', { name: 'Accompagnamento', slug: 'accompagnamento', parent: areaA }),
    b1: await create('categories', { name: 'Pasti a domicilio', slug: 'pasti', parent: areaB }),
  }
  const targetGroup = await create('target-groups', { name: 'Anziani', slug: 'anziani' })

  const organisation = (key: keyof typeof TAX_CODES, status: string, scope: { categories: string[]; districts: string[] }) =>
    create('organisations', {
      name: `Ente ${key}`,
      legalName: `Ente ${key} Società Cooperativa Sociale`,
      legalForm: 'social-cooperative',
      fiscalCode: TAX_CODES[key],
      accreditation: { status, ...scope, notes: `Nota per ${key}` },
      paymentAccount: { accountId: `acct_${key}`, status: 'enabled' },
    })
  const organisations = {
    orgA: await organisation('orgA', 'accredited', { categories: [categories.a1, categories.a2], districts: [districts.d1, districts.d2] }),
    orgB: await organisation('orgB', 'accredited', { categories: [categories.a1], districts: [districts.d1] }),
    orgPending: await organisation('orgPending', 'submitted', { categories: [], districts: [] }),
    orgSuspended: await organisation('orgSuspended', 'suspended', { categories: [categories.b1], districts: [districts.d3] }),
  }

  const desk = (name: string, active: boolean) =>
    create('desks', {
      name,
      street: CITY.desks[0]!.street,
      district: districts.d1,
      active,
      openingHours: [{ day: 'mon', opens: '09:00', closes: '13:00' }],
    })
  const desks = { open: await desk('Spazio WeMi Aperto', true), closed: await desk('Spazio WeMi Chiuso', false) }

  const staff = (key: string, roles: string[], links: { organisation?: string; desk?: string } = {}) =>
    create('users', { email: `${key.toLowerCase()}@test.example`, password: PASSWORD, name: key, roles, ...links })
  const users = {
    admin: await staff('admin', ['admin']),
    editor: await staff('editor', ['editor']),
    operator: await staff('operator', ['operator'], { desk: desks.closed }),
    enteAdmin: await staff('enteAdmin', ['ente-admin'], { organisation: organisations.orgA }),
    enteOperator: await staff('enteOperator', ['ente-operator'], { organisation: organisations.orgA }),
    enteAdminB: await staff('enteAdminB', ['ente-admin'], { organisation: organisations.orgB }),
    enteOperatorB: await staff('enteOperatorB', ['ente-operator'], { organisation: organisations.orgB }),
    enteAdminPending: await staff('enteAdminPending', ['ente-admin'], { organisation: organisations.orgPending }),
  }
  const citizens = {
    citizen1: await create('citizens', {
      email: 'citizen1@test.example',
      password: PASSWORD,
      firstName: 'Mario',
      lastName: 'Rossi',
      ...confirmedCode(TAX_CODES.citizen1, 'desk', 'identity-card'),
      _verified: true,
    }),
    citizen2: await create('citizens', {
      email: 'citizen2@test.example',
      password: PASSWORD,
      firstName: 'Laura',
      lastName: 'Bianchi',
      ...confirmedCode(TAX_CODES.citizen2, 'desk', 'identity-card'),
      _verified: true,
    }),
  }

  const service = (title: string, organisationId: string, category: string, districtIds: string[], live: boolean) =>
    create(
      'services',
      {
        title,
        summary: `${title}: in breve.`,
        ...serviceSections(),
        description: lexical(title),
        organisation: organisationId,
        category,
        targetGroups: [targetGroup],
        districts: districtIds,
        priceModel: 'per-hour',
        priceCents: 1800,
        validation: { status: live ? 'published' : 'draft' },
        _status: live ? 'published' : 'draft',
      },
      { draft: !live },
    )
  const services = {
    publishedA: await service('Assistenza pubblicata A', organisations.orgA, categories.a1, [districts.d1], true),
    draftA: await service('Assistenza in bozza A', organisations.orgA, categories.a1, [districts.d2], false),
    publishedB: await service('Assistenza pubblicata B', organisations.orgB, categories.a1, [districts.d1], true),
    draftB: await service('Assistenza in bozza B', organisations.orgB, categories.a1, [districts.d1], false),
    publishedSuspended: await service('Pasti di un ente sospeso', organisations.orgSuspended, categories.b1, [districts.d3], true),
  }

  const past = '2025-01-01T08:00:00.000Z'
  const future = '2099-01-01T08:00:00.000Z'
  const editorial = (collection: 'pages' | 'news', title: string, status: 'published' | 'draft', publishedAt: string) =>
    create(collection, { title, content: lexical(title), publishedAt, _status: status }, { draft: status === 'draft' })
  const pages = {
    published: await editorial('pages', 'Chi siamo', 'published', past),
    draft: await editorial('pages', 'Pagina in bozza', 'draft', past),
    scheduled: await editorial('pages', 'Pagina programmata', 'published', future),
  }
  const news = {
    published: await editorial('news', 'Notizia pubblicata', 'published', past),
    draft: await editorial('news', 'Notizia in bozza', 'draft', past),
    scheduled: await editorial('news', 'Notizia programmata', 'published', future),
  }
  const faq = (question: string, status: 'published' | 'draft') =>
    create('faqs', { question, answer: lexical(question), topic: 'general', _status: status }, { draft: status === 'draft' })
  const faqs = { published: await faq('Che cos’è WeMi?', 'published'), draft: await faq('Domanda in bozza?', 'draft') }

  const upload = async (name: string, organisationId?: string) =>
    String(
      (
        await payload.create({
          collection: 'media',
          data: { alt: name, organisation: organisationId },
          file: pngFile(`${name}.png`),
          depth: 0,
        })
      ).id,
    )
  const media = {
    orgA: await upload('logo-a', organisations.orgA),
    orgB: await upload('logo-b', organisations.orgB),
    city: await upload('stemma'),
  }

  const searchLog = { row: await create('search-log', { terms: 'badante', resultCount: 3, district: districts.d1 }) }
  const reportedNeeds = { row: await create('reported-needs', { description: 'Dopo scuola il sabato', district: districts.d2 }) }
  const rateLimitHits = { row: await create('rate-limit-hits', { key: 'a'.repeat(64) }) }
  const { name, ipaCode, timeZone, wording } = CITY_PROFILE
  for (const locale of ['it', 'en'] as const) {
    const { districtLabel, districtsLabel } = wording[locale]
    await payload.updateGlobal({ slug: 'city', locale, data: { name, ipaCode, timeZone, districtLabel, districtsLabel } })
  }

  const signIn = async (collection: 'users' | 'citizens', id: string): Promise<Actor> => {
    const doc = await payload.findByID({ collection, id, depth: 0 })
    const response = await rest('POST', `/api/${collection}/login`, { body: { email: doc.email, password: PASSWORD } })
    if (response.status !== 200) throw new Error(`Fixture login failed for ${doc.email}: ${JSON.stringify(response.body)}`)
    return { user: { ...doc, collection }, token: response.body.token }
  }
  const actors: Record<RoleUnderTest, Actor> = {
    anonymous: { user: null },
    citizen: await signIn('citizens', citizens.citizen1),
    admin: await signIn('users', users.admin),
    editor: await signIn('users', users.editor),
    operator: await signIn('users', users.operator),
    enteAdmin: await signIn('users', users.enteAdmin),
    enteOperator: await signIn('users', users.enteOperator),
  }
  const extraActors = {
    enteAdminB: await signIn('users', users.enteAdminB),
    enteAdminPending: await signIn('users', users.enteAdminPending),
    citizen2: await signIn('citizens', citizens.citizen2),
  }

  return {
    districts,
    categories,
    targetGroup,
    organisations,
    desks,
    users,
    citizens,
    services,
    pages,
    news,
    faqs,
    media,
    searchLog,
    reportedNeeds,
    rateLimitHits,
    actors,
    extraActors,
  }
}

export type Fixtures = Awaited<ReturnType<typeof buildFixtures>>

/**
 * Drives a one-service request from sending to the citizen's review, as its two parties
 * would: a free quote, accepted, confirmed as paid, delivered and reviewed. The review waits
 * for moderation.
 */
export const reviewedRequest = async (payload: Payload, citizen: Actor, ente: Actor, service: string, district: string) => {
  const { request, threads } = await sendRequest(payload, citizen, [service], district)
  const thread = threads[0]!.id
  // The service starts today: it can be delivered at once.
  const { quote } = await act(payload, ente, thread, 'quote', quoteInput({ amountCents: 0, periodStart: dayFromNow(0) }))
  await act(payload, citizen, thread, 'accept', { quote })
  const { payment } = await act(payload, ente, thread, 'confirm-payment', { method: 'free' })
  await act(payload, ente, thread, 'deliver')
  const { review } = await act(payload, citizen, thread, 'review', { punctuality: 5, professionalism: 4, speed: 4, comment: 'Ottimo' })
  return { request: String(request.id), thread, quote: String(quote), payment: String(payment), review: String(review) }
}

/** A voucher of 200 euros of the scheme "Fondo famiglie", valid from yesterday, for the holder of a tax code. */
export const createVoucher = (payload: Payload, code: string, holderFiscalCode: string): Promise<string> =>
  payload
    .create({
      collection: 'vouchers',
      data: {
        code,
        scheme: 'Fondo famiglie',
        holderFiscalCode,
        amountCents: 20_000,
        validFrom: dayFromNow(-1),
        validUntil: '2099-12-31',
        status: 'active',
      },
      depth: 0,
    })
    .then((doc) => String(doc.id))

/**
 * Requests and everything under them, on top of the city: written through the lifecycle by
 * the people involved, as in real use. Kept apart from buildFixtures because the threads it
 * leaves open have deadline timers, which tests that run the job queue must not meet.
 *
 * - r1: citizen1 asks orgA and orgB (t1A, t1B); orgA quotes, citizen1 writes and attaches a file on t1A;
 * - r2: citizen2 asks orgA (t2A), which quotes; r3: citizen2 asks orgB (t3B), writes and attaches a file;
 * - r4 and r5: citizen1's requests to orgA and orgB, paid and reviewed; WeMi published the first review.
 */
export const buildMarketplace = async (payload: Payload, fx: Fixtures) => {
  const { actors, extraActors, services, districts, citizens, organisations } = fx
  const byOrganisation = (threads: { id: string; organisation: unknown }[], organisation: string) =>
    String(threads.find((thread) => thread.organisation === organisation)!.id)

  const r1 = await sendRequest(payload, actors.citizen, [services.publishedA, services.publishedB], districts.d1)
  const r2 = await sendRequest(payload, extraActors.citizen2, [services.publishedA], districts.d1)
  const r3 = await sendRequest(payload, extraActors.citizen2, [services.publishedB], districts.d1)
  const t1A = byOrganisation(r1.threads, organisations.orgA)
  const t1B = byOrganisation(r1.threads, organisations.orgB)
  const t2A = String(r2.threads[0]!.id)
  const t3B = String(r3.threads[0]!.id)

  const quote1A = await act(payload, actors.enteAdmin, t1A, 'quote', quoteInput())
  const quote2A = await act(payload, actors.enteAdmin, t2A, 'quote', quoteInput({ amountCents: 9_000 }))
  const attach = async (actor: Actor, thread: string, name: string) =>
    String(
      (
        await payload.create({
          collection: 'thread-files',
          data: { thread } as never,
          file: pdfFile(name),
          user: actor.user as never,
          overrideAccess: false,
          depth: 0,
        })
      ).id,
    )
  const threadFiles = {
    t1A: await attach(actors.citizen, t1A, 'certificato-1a.pdf'),
    t3B: await attach(extraActors.citizen2, t3B, 'certificato-3b.pdf'),
  }
  const message1A = await act(payload, actors.citizen, t1A, 'message', {
    body: 'Buongiorno, il certificato è allegato.',
    attachments: [threadFiles.t1A],
  })
  const message3B = await act(payload, extraActors.citizen2, t3B, 'message', { body: 'Si può anche il sabato?' })

  const r4 = await reviewedRequest(payload, actors.citizen, actors.enteAdmin, services.publishedA, districts.d1)
  const r5 = await reviewedRequest(payload, actors.citizen, extraActors.enteAdminB, services.publishedB, districts.d1)
  await payload.update({ collection: 'reviews', id: r4.review, data: { status: 'published' }, depth: 0 })

  const voucher = (code: string, holderFiscalCode: string) => createVoucher(payload, code, holderFiscalCode)
  const v1 = await voucher('FAM-FIXTURE-1', TAX_CODES.citizen1)
  const v2 = await voucher('FAM-FIXTURE-2', TAX_CODES.citizen2)
  const spend = (voucherId: string, citizen: string, organisation: string, thread: string) =>
    payload
      .create({
        collection: 'voucher-transactions',
        data: { voucher: voucherId, citizen, organisation, thread, amountCents: 1_000, status: 'registered' },
        depth: 0,
      })
      .then((doc) => String(doc.id))
  const voucherTransactions = {
    t1A: await spend(v1, citizens.citizen1, organisations.orgA, t1A),
    t3B: await spend(v2, citizens.citizen2, organisations.orgB, t3B),
  }

  const stripeEvents = {
    row: String(
      (
        await payload.create({
          collection: 'stripe-events',
          data: { eventId: 'evt_fixture_1', type: 'checkout.session.completed', objectId: 'cs_fixture_1' },
          depth: 0,
        })
      ).id,
    ),
  }
  const voucherImports = {
    row: String(
      (
        await payload.create({
          collection: 'voucher-imports',
          data: { scheme: 'Prova' },
          file: voucherCsvFile('voucher-prova.csv'),
          depth: 0,
        })
      ).id,
    ),
  }
  const { docs: imported } = await payload.find({ collection: 'vouchers', where: { import: { equals: voucherImports.row } }, depth: 0 })

  const threads = { t1A, t1B, t2A, t3B, t4A: r4.thread, t5B: r5.thread }
  const threadKey = Object.fromEntries(Object.entries(threads).map(([key, id]) => [id, key]))
  const recipientKey: Record<string, string> = {
    [citizens.citizen1]: 'citizen1',
    [citizens.citizen2]: 'citizen2',
    [organisations.orgA]: 'orgA',
    [organisations.orgB]: 'orgB',
  }
  /** Each recipient's notifications, keyed by thread and kind (e.g. `t1A new-quote`). */
  const notifications: Record<'citizen1' | 'citizen2' | 'orgA' | 'orgB', Record<string, string>> = {
    citizen1: {},
    citizen2: {},
    orgA: {},
    orgB: {},
  }
  const { docs: notified } = await payload.find({
    collection: 'notifications',
    where: { thread: { in: Object.values(threads) } },
    depth: 0,
    pagination: false,
  })
  for (const notification of notified) {
    const recipient = recipientKey[String(notification.citizen ?? notification.organisation)] as keyof typeof notifications
    const key = `${threadKey[String(notification.thread)]} ${notification.kind}`
    if (notifications[recipient][key]) throw new Error(`Two notifications ${key} for ${recipient}`)
    notifications[recipient][key] = String(notification.id)
  }

  return {
    requests: { r1: String(r1.request.id), r2: String(r2.request.id), r3: String(r3.request.id), r4: r4.request, r5: r5.request },
    threads,
    quotes: { t1A: String(quote1A.quote), t2A: String(quote2A.quote), t4A: r4.quote, t5B: r5.quote },
    messages: { t1A: String(message1A.message), t3B: String(message3B.message) },
    threadFiles,
    payments: { t4A: r4.payment, t5B: r5.payment },
    reviews: { published: r4.review, pending: r5.review },
    notifications,
    vouchers: { v1, v2, imported: String(imported[0]!.id) },
    voucherTransactions,
    stripeEvents,
    voucherImports,
  }
}

/** The city with its marketplace: requests, threads and what hangs off them. */
export const buildMarketplaceFixtures = async (payload: Payload, rest: Parameters<typeof buildFixtures>[1]) => {
  const city = await buildFixtures(payload, rest)
  return { ...city, ...(await buildMarketplace(payload, city)) }
}

export type MarketplaceFixtures = Awaited<ReturnType<typeof buildMarketplaceFixtures>>
