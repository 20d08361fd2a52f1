import type { CollectionSlug, Payload } from 'payload'

import type { RestResponse } from './app'

export const PASSWORD = 'Fixture-Password-2026'

/** A 1×1 PNG, the smallest real image for upload tests. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

export const pngFile = (name = 'pixel.png') => ({ data: PNG, mimetype: 'image/png', name, size: PNG.length })

/** Valid tax codes for fixtures (their check digits are right). */
export const TAX_CODES = {
  orgA: '12345678903',
  orgB: '01234567897',
  orgPending: '11111111115',
  orgSuspended: '22222222220',
  citizen1: 'RSSMRA80A01F205X',
  citizen2: 'BNCLRA85M41F205C',
}

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
      { type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] },
    ],
  },
})

/**
 * A small city with two accredited organisations (A and B), a pending one and a suspended
 * one, with staff of every role, two citizens, and published and unpublished content of
 * every kind. Everything is written by the system (no user), as the seed does.
 */
export const buildFixtures = async (payload: Payload, rest: (method: string, path: string, options?: { body?: unknown }) => Promise<RestResponse>) => {
  const create = async (collection: CollectionSlug, data: Record<string, unknown>, options: { draft?: boolean } = {}) =>
    String((await payload.create({ collection, data: data as never, draft: options.draft, depth: 0 })).id)

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
      paymentAccountId: `acct_${key}`,
    })
  const organisations = {
    orgA: await organisation('orgA', 'accredited', { categories: [categories.a1, categories.a2], districts: [districts.d1, districts.d2] }),
    orgB: await organisation('orgB', 'accredited', { categories: [categories.a1], districts: [districts.d1] }),
    orgPending: await organisation('orgPending', 'submitted', { categories: [], districts: [] }),
    orgSuspended: await organisation('orgSuspended', 'suspended', { categories: [categories.b1], districts: [districts.d3] }),
  }

  const desk = (name: string, active: boolean) =>
    create('desks', { name, street: 'Via Giambellino 54', district: districts.d1, active, openingHours: [{ day: 'mon', opens: '09:00', closes: '13:00' }] })
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
    citizen1: await create('citizens', { email: 'citizen1@test.example', password: PASSWORD, firstName: 'Mario', lastName: 'Rossi', fiscalCode: TAX_CODES.citizen1 }),
    citizen2: await create('citizens', { email: 'citizen2@test.example', password: PASSWORD, firstName: 'Laura', lastName: 'Bianchi', fiscalCode: TAX_CODES.citizen2 }),
  }

  const service = (title: string, organisationId: string, category: string, districtIds: string[], live: boolean) =>
    create(
      'services',
      {
        title,
        summary: `${title}: in breve.`,
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
  const media = { orgA: await upload('logo-a', organisations.orgA), orgB: await upload('logo-b', organisations.orgB), city: await upload('stemma') }

  const searchLog = { row: await create('search-log', { terms: 'badante', resultCount: 3, district: districts.d1 }) }
  const reportedNeeds = { row: await create('reported-needs', { description: 'Dopo scuola il sabato', district: districts.d2 }) }
  await payload.updateGlobal({ slug: 'city', data: { name: 'Milano', timeZone: 'Europe/Rome' } })

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
    actors,
    extraActors,
  }
}

export type Fixtures = Awaited<ReturnType<typeof buildFixtures>>
