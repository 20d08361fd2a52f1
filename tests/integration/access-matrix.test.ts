import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp, type TestApp } from '../helpers/app'
import { CHANNELS, channelOperations, readAsSystem } from '../helpers/channels'
import {
  buildMarketplaceFixtures,
  lexical,
  type MarketplaceFixtures,
  PASSWORD,
  pngFile,
  reviewedRequest,
  ROLES_UNDER_TEST,
  type RoleUnderTest,
  TAX_CODES,
} from '../helpers/fixtures'
import { unique, uniqueVatNumber } from '../helpers/identifiers'
import { quoteInput, requestInput } from '../helpers/marketplace'
import { buildVisits, freeSlot, minutesFromNow, type VisitFixtures } from '../helpers/visits'

/**
 * Every collection × every role × create/read/update/delete, through the Local API (with the
 * user and overrideAccess: false, as the site calls it) and through REST. Each denial is
 * asserted, and so is the fact that it changed nothing.
 */

type Fixtures = MarketplaceFixtures & VisitFixtures

let app: TestApp
let fx: Fixtures
let ops: ReturnType<typeof channelOperations>

beforeAll(async () => {
  app = await startTestApp()
  const city = await buildMarketplaceFixtures(app.payload, app.rest)
  fx = { ...city, ...(await buildVisits(app.payload, app.rest, city)) }
  ops = channelOperations(app)
})
afterAll(async () => app?.close())

type Roles = readonly RoleUnderTest[]
const ALL: Roles = ROLES_UNDER_TEST
const PUBLIC_ROLES: Roles = ['anonymous', 'citizen', 'editor', 'operator', 'enteAdmin', 'enteOperator']

// ---------------------------------------------------------------------------------- read
/** For each collection and role: the fixture records they see, or 'denied'. */
type Visible = (fx: Fixtures) => Record<string, string> | 'denied'
const deniedToAll = () => Object.fromEntries(ALL.map((role) => [role, () => 'denied' as const]))
const pick = (records: Record<string, string>, keys: string[]) => Object.fromEntries(keys.map((key) => [key, records[key]!]))
/** Records of one request or thread: the citizen sees their own, the ente's people their ente's, admins all. */
const parties = (all: (fx: Fixtures) => Record<string, string>, own: { citizen: string[]; orgA: string[] }) => ({
  all,
  visible: {
    ...deniedToAll(),
    admin: all,
    citizen: (f: Fixtures) => pick(all(f), own.citizen),
    enteAdmin: (f: Fixtures) => pick(all(f), own.orgA),
    enteOperator: (f: Fixtures) => pick(all(f), own.orgA),
  },
})
const READ: Record<string, { all: (fx: Fixtures) => Record<string, string>; visible: Partial<Record<RoleUnderTest, Visible>> }> = {
  users: {
    all: (f) => f.users,
    visible: {
      anonymous: () => 'denied',
      citizen: () => 'denied',
      admin: (f) => f.users,
      editor: (f) => ({ editor: f.users.editor }),
      operator: (f) => ({ operator: f.users.operator }),
      enteAdmin: (f) => ({ enteAdmin: f.users.enteAdmin, enteOperator: f.users.enteOperator }),
      enteOperator: (f) => ({ enteOperator: f.users.enteOperator }),
    },
  },
  citizens: {
    all: (f) => f.citizens,
    visible: {
      anonymous: () => 'denied',
      citizen: (f) => ({ citizen1: f.citizens.citizen1 }),
      admin: (f) => f.citizens,
      editor: () => 'denied',
      operator: () => 'denied',
      enteAdmin: () => 'denied',
      enteOperator: () => 'denied',
    },
  },
  organisations: {
    all: (f) => f.organisations,
    visible: {
      ...Object.fromEntries(
        PUBLIC_ROLES.map((role) => [role, (f: Fixtures) => ({ orgA: f.organisations.orgA, orgB: f.organisations.orgB })]),
      ),
      admin: (f) => f.organisations,
      enteAdmin: (f) => ({ orgA: f.organisations.orgA }),
      enteOperator: (f) => ({ orgA: f.organisations.orgA }),
    },
  },
  categories: { all: (f) => f.categories, visible: Object.fromEntries(ALL.map((role) => [role, (f: Fixtures) => f.categories])) },
  'target-groups': {
    all: (f) => ({ targetGroup: f.targetGroup }),
    visible: Object.fromEntries(ALL.map((role) => [role, (f: Fixtures) => ({ targetGroup: f.targetGroup })])),
  },
  districts: { all: (f) => f.districts, visible: Object.fromEntries(ALL.map((role) => [role, (f: Fixtures) => f.districts])) },
  services: {
    all: (f) => f.services,
    visible: {
      ...Object.fromEntries(
        PUBLIC_ROLES.map((role) => [role, (f: Fixtures) => ({ publishedA: f.services.publishedA, publishedB: f.services.publishedB })]),
      ),
      admin: (f) => f.services,
      enteAdmin: (f) => ({ publishedA: f.services.publishedA, draftA: f.services.draftA }),
      enteOperator: (f) => ({ publishedA: f.services.publishedA, draftA: f.services.draftA }),
    },
  },
  desks: {
    all: (f) => f.desks,
    visible: {
      ...Object.fromEntries(PUBLIC_ROLES.map((role) => [role, (f: Fixtures) => ({ open: f.desks.open })])),
      admin: (f) => f.desks,
      operator: (f) => f.desks,
    },
  },
  ...Object.fromEntries(
    (['pages', 'news', 'faqs'] as const).map((collection) => [
      collection,
      {
        all: (f: Fixtures) => f[collection],
        visible: {
          ...Object.fromEntries(PUBLIC_ROLES.map((role) => [role, (f: Fixtures) => ({ published: f[collection].published })])),
          admin: (f: Fixtures) => f[collection],
          editor: (f: Fixtures) => f[collection],
        },
      },
    ]),
  ),
  media: { all: (f) => f.media, visible: Object.fromEntries(ALL.map((role) => [role, (f: Fixtures) => f.media])) },
  'search-log': {
    all: (f) => f.searchLog,
    visible: { ...Object.fromEntries(ALL.map((role) => [role, () => 'denied' as const])), admin: (f) => f.searchLog },
  },
  'reported-needs': {
    all: (f) => f.reportedNeeds,
    visible: { ...Object.fromEntries(ALL.map((role) => [role, () => 'denied' as const])), admin: (f) => f.reportedNeeds },
  },
  // Attempts counted by the rate limits: nobody reads them, WeMi admins included.
  'rate-limit-hits': { all: (f) => f.rateLimitHits, visible: Object.fromEntries(ALL.map((role) => [role, () => 'denied' as const])) },
  'audit-log': {
    all: () => ({}),
    visible: { ...Object.fromEntries(ALL.map((role) => [role, () => 'denied' as const])), admin: () => ({}) },
  },
  requests: parties((f) => f.requests, { citizen: ['r1', 'r4', 'r5'], orgA: ['r1', 'r2', 'r4'] }),
  threads: parties((f) => f.threads, { citizen: ['t1A', 't1B', 't4A', 't5B'], orgA: ['t1A', 't2A', 't4A'] }),
  quotes: parties((f) => f.quotes, { citizen: ['t1A', 't4A', 't5B'], orgA: ['t1A', 't2A', 't4A'] }),
  messages: parties((f) => f.messages, { citizen: ['t1A'], orgA: ['t1A'] }),
  'thread-files': parties((f) => f.threadFiles, { citizen: ['t1A'], orgA: ['t1A'] }),
  payments: parties((f) => f.payments, { citizen: ['t4A', 't5B'], orgA: ['t4A'] }),
  'voucher-transactions': parties((f) => f.voucherTransactions, { citizen: ['t1A'], orgA: ['t1A'] }),
  reviews: {
    all: (f) => f.reviews,
    visible: {
      ...Object.fromEntries(ALL.map((role) => [role, (f: Fixtures) => ({ published: f.reviews.published })])),
      citizen: (f) => f.reviews,
      admin: (f) => f.reviews,
    },
  },
  notifications: {
    all: (f) => Object.assign({}, ...Object.values(f.notifications)),
    visible: {
      ...deniedToAll(),
      admin: (f) => Object.assign({}, ...Object.values(f.notifications)),
      citizen: (f) => f.notifications.citizen1,
      enteAdmin: (f) => f.notifications.orgA,
      enteOperator: (f) => f.notifications.orgA,
    },
  },
  'stripe-events': { all: (f) => f.stripeEvents, visible: { ...deniedToAll(), admin: (f) => f.stripeEvents } },
  vouchers: { all: (f) => f.vouchers, visible: { ...deniedToAll(), admin: (f) => f.vouchers, citizen: (f) => ({ v1: f.vouchers.v1 }) } },
  'voucher-imports': { all: (f) => f.voucherImports, visible: { ...deniedToAll(), admin: (f) => f.voucherImports } },
  // An operator sees only the visits assigned to them, not all of their ente's.
  visits: {
    all: (f) => f.visits,
    visible: {
      ...deniedToAll(),
      admin: (f) => f.visits,
      citizen: (f) => pick(f.visits, ['vA1', 'vA2']),
      enteAdmin: (f) => pick(f.visits, ['vA1', 'vA2']),
      enteOperator: (f) => pick(f.visits, ['vA1']),
    },
  },
}

describe('read', () => {
  for (const [collection, rule] of Object.entries(READ)) {
    for (const role of ALL) {
      for (const channel of CHANNELS) {
        it(`${collection} as ${role} via ${channel}`, async () => {
          const expected = rule.visible[role]!(fx)
          const outcome = await ops.find(channel, fx.actors[role], collection as CollectionSlug)
          if (expected === 'denied') {
            expect(outcome.kind).toBe('denied')
            return
          }
          expect(outcome.kind).toBe('allowed')
          const fixtureIds = new Set(Object.values(rule.all(fx)))
          const seen = (outcome.kind === 'allowed' ? (outcome.docs ?? []) : [])
            .map((doc) => String(doc.id))
            .filter((id) => fixtureIds.has(id))
          expect(seen.sort()).toEqual(Object.values(expected).sort())
        })
      }
    }
  }

  // Reviews are public, their authors are not: only the author and WeMi know who wrote one.
  for (const viewer of [...ALL, 'citizen2'] as const) {
    for (const channel of CHANNELS) {
      const shown = viewer === 'citizen' || viewer === 'admin'
      it(`the author of a published review as ${viewer} via ${channel}: ${shown ? 'shown' : 'hidden'}`, async () => {
        const actor = viewer === 'citizen2' ? fx.extraActors.citizen2 : fx.actors[viewer]
        const id = fx.reviews.published
        const review =
          channel === 'local'
            ? await app.payload.findByID({ collection: 'reviews', id, user: actor.user as never, overrideAccess: false, depth: 0 })
            : (await app.rest('GET', `/api/reviews/${id}?depth=0`, { token: actor.token })).body
        expect(review.id).toBe(id)
        if (shown) expect(review.citizen).toBe(fx.citizens.citizen1)
        else expect(review).not.toHaveProperty('citizen')
      })
    }
  }
})

// ---------------------------------------------------------------------------------- create
const threadSides = (f: Fixtures) => ({ thread: f.threads.t1A, citizen: f.citizens.citizen1, organisation: f.organisations.orgA })

/** For each collection: valid data for a new record, and who may create it. */
const CREATE: Record<string, { data: (fx: Fixtures) => Record<string, unknown>; allowed: Roles }> = {
  users: {
    data: (f) => ({
      email: `${unique('staff')}@test.example`,
      password: PASSWORD,
      name: 'Nuovo operatore',
      roles: ['ente-operator'],
      organisation: f.organisations.orgA,
    }),
    allowed: ['admin', 'enteAdmin'],
  },
  // Signing up is creating a citizen without an account; people signed in cannot open more.
  citizens: {
    data: () => ({ email: `${unique('citizen')}@test.example`, password: PASSWORD, firstName: 'Nuovo', privacyConsent: true }),
    allowed: ['anonymous', 'admin'],
  },
  organisations: {
    data: () => ({ name: unique('Ente'), legalName: 'Nuovo ente APS', legalForm: 'association', fiscalCode: uniqueVatNumber() }),
    allowed: ['admin'],
  },
  categories: { data: () => ({ name: unique('Categoria') }), allowed: ['admin'] },
  'target-groups': { data: () => ({ name: unique('Destinatari') }), allowed: ['admin'] },
  districts: { data: () => ({ name: unique('Municipio'), number: 100 + Math.floor(Math.random() * 1_000_000) }), allowed: ['admin'] },
  services: {
    data: (f) => ({
      title: unique('Servizio'),
      summary: 'Nuovo servizio.',
      organisation: f.organisations.orgA,
      category: f.categories.a1,
      districts: [f.districts.d1],
      priceModel: 'per-hour',
      priceCents: 1500,
    }),
    allowed: ['admin', 'enteAdmin'],
  },
  desks: { data: (f) => ({ name: unique('Spazio'), street: 'Via Padova 1', district: f.districts.d2 }), allowed: ['admin'] },
  pages: { data: () => ({ title: unique('Pagina') }), allowed: ['admin', 'editor'] },
  news: { data: () => ({ title: unique('Notizia'), publishedAt: '2025-06-01T08:00:00.000Z' }), allowed: ['admin', 'editor'] },
  faqs: {
    data: () => ({
      question: unique('Domanda'),
      answer: lexical('Una risposta.'),
      topic: 'general',
    }),
    allowed: ['admin', 'editor'],
  },
  media: { data: () => ({ alt: unique('Immagine') }), allowed: ['admin', 'editor', 'enteAdmin'] },
  'search-log': { data: () => ({ terms: unique('ricerca'), resultCount: 0 }), allowed: [] },
  'reported-needs': { data: () => ({ description: unique('Bisogno') }), allowed: [] },
  'rate-limit-hits': { data: () => ({ key: unique('k') }), allowed: [] },
  'audit-log': { data: () => ({ action: 'create', collection: 'services', documentId: unique('doc') }), allowed: [] },
  // Written only by the server when it queues a notice for App IO.
  'io-messages': { data: (f) => ({ citizen: f.citizens.citizen1, notice: 'new-quote', status: 'sent' }), allowed: [] },
  // WeMi files a request for a named citizen; a citizen's own is theirs whoever it names.
  requests: {
    data: (f) => ({ ...requestInput([f.services.publishedA], f.districts.d1), citizen: f.citizens.citizen1 }),
    allowed: ['citizen', 'admin'],
  },
  threads: {
    data: (f) => ({
      reference: unique('WM'),
      status: 'sent',
      request: f.requests.r1,
      service: f.services.publishedA,
      citizen: f.citizens.citizen1,
      organisation: f.organisations.orgA,
    }),
    allowed: [],
  },
  quotes: { data: (f) => ({ ...threadSides(f), ...quoteInput() }), allowed: [] },
  messages: {
    data: (f) => ({ ...threadSides(f), author: { relationTo: 'citizens', value: f.citizens.citizen1 }, body: unique('Messaggio') }),
    allowed: [],
  },
  'thread-files': { data: (f) => ({ thread: f.threads.t1A }), allowed: ['citizen', 'admin', 'enteAdmin', 'enteOperator'] },
  payments: { data: (f) => ({ ...threadSides(f), method: 'other', status: 'succeeded', amountCents: 100 }), allowed: [] },
  reviews: {
    data: (f) => ({
      thread: f.threads.t2A,
      organisation: f.organisations.orgA,
      citizen: f.citizens.citizen2,
      punctuality: 5,
      professionalism: 5,
      speed: 5,
    }),
    allowed: [],
  },
  notifications: { data: (f) => ({ kind: 'new-request', organisation: f.organisations.orgA, thread: f.threads.t1A }), allowed: [] },
  'stripe-events': { data: () => ({ eventId: unique('evt'), type: 'checkout.session.completed' }), allowed: [] },
  vouchers: {
    data: () => ({
      code: unique('V'),
      scheme: 'Fondo famiglie',
      holderFiscalCode: TAX_CODES.citizen2,
      amountCents: 1000,
      validFrom: '2026-01-01',
      validUntil: '2099-12-31',
    }),
    allowed: ['admin'],
  },
  'voucher-transactions': { data: (f) => ({ ...threadSides(f), voucher: f.vouchers.v1, amountCents: 100 }), allowed: [] },
  'voucher-imports': { data: () => ({ scheme: unique('Misura') }), allowed: ['admin'] },
  visits: {
    data: (f) => ({ thread: f.visitThreads.paidA, operator: f.users.enteOperator, ...freeSlot() }),
    allowed: ['admin', 'enteAdmin'],
  },
}

describe('create', () => {
  for (const [collection, rule] of Object.entries(CREATE)) {
    for (const role of ALL) {
      for (const channel of CHANNELS) {
        const allowed = rule.allowed.includes(role)
        it(`${collection} as ${role} via ${channel}: ${allowed ? 'allowed' : 'denied'}`, async () => {
          const slug = collection as CollectionSlug
          const before = (await app.payload.count({ collection: slug })).totalDocs
          const outcome = await ops.create(channel, fx.actors[role], slug, rule.data(fx))
          const after = (await app.payload.count({ collection: slug })).totalDocs
          if (allowed) {
            expect(outcome.kind, JSON.stringify(outcome)).toBe('allowed')
            expect(after).toBe(before + 1)
          } else {
            expect(outcome.kind).toBe('denied')
            expect(after).toBe(before)
          }
        })
      }
    }
  }

  for (const channel of CHANNELS) {
    it(`a request a citizen sends via ${channel} is theirs, whoever it names`, async () => {
      const data = { ...requestInput([fx.services.publishedA], fx.districts.d1), citizen: fx.citizens.citizen2 }
      const outcome = await ops.create(channel, fx.actors.citizen, 'requests', data)
      expect(outcome.kind, JSON.stringify(outcome)).toBe('allowed')
      const id = outcome.kind === 'allowed' ? String(outcome.doc?.id) : ''
      expect((await readAsSystem(app.payload, 'requests', id))?.citizen).toBe(fx.citizens.citizen1)
    })
  }

  for (const channel of CHANNELS) {
    it(`a sign-up via ${channel} cannot declare its own address confirmed`, async () => {
      const data = {
        email: `${unique('citizen')}@test.example`,
        password: PASSWORD,
        firstName: 'Nuovo',
        privacyConsent: true,
        _verified: true,
      }
      const outcome = await ops.create(channel, fx.actors.anonymous, 'citizens', data)
      expect(outcome.kind, JSON.stringify(outcome)).toBe('allowed')
      const id = outcome.kind === 'allowed' ? String(outcome.doc?.id) : ''
      expect((await readAsSystem(app.payload, 'citizens', id))?._verified).toBe(false)
    })
  }

  for (const stranger of ['citizen2', 'enteAdminB'] as const) {
    for (const channel of CHANNELS) {
      it(`thread-files on another party's thread as ${stranger} via ${channel}: denied`, async () => {
        const before = (await app.payload.count({ collection: 'thread-files' })).totalDocs
        const outcome = await ops.create(channel, fx.extraActors[stranger], 'thread-files', { thread: fx.threads.t1A })
        expect(outcome.kind).toBe('denied')
        expect((await app.payload.count({ collection: 'thread-files' })).totalDocs).toBe(before)
      })
    }
  }
})

// ---------------------------------------------------------------------------------- update
const system = () => app.payload
const createAsSystem = async (collection: CollectionSlug, data: Record<string, unknown>, draft = false) =>
  String((await system().create({ collection, data: data as never, draft, depth: 0 })).id)

/** Records to change, the change, how to see it took effect, and who may make it. */
/**
 * `invalid`: roles that may write the record but whose change its rules refuse (400).
 * `ignored`: roles that may write the record but not the field, which is left as it was.
 */
type UpdateRule = {
  collection: string
  target: (fx: Fixtures) => string | Promise<string>
  field: string
  value: () => string
  allowed: Roles
  invalid?: Roles
  ignored?: Roles
}
const textChange = (collection: string, field: string, target: (fx: Fixtures) => string, allowed: Roles): UpdateRule => ({
  collection,
  target,
  field,
  value: () => unique('modificato'),
  allowed,
})
let minutes = 0
/** A different moment for each attempt, so that an accepted change is told from the last one. */
const readAt = (target: (fx: Fixtures) => string, allowed: Roles): UpdateRule => ({
  collection: 'notifications',
  target,
  field: 'readAt',
  value: () => new Date(Date.UTC(2026, 0, 1, 8, ++minutes)).toISOString(),
  allowed,
})
/** A state change on a record of its own for each attempt, since a record leaves its state once. */
const stateChange = (collection: string, to: string, fresh: (fx: Fixtures) => Promise<string>, allowed: Roles): UpdateRule => ({
  collection,
  target: fresh,
  field: 'status',
  value: () => to,
  allowed,
})
/** A visit of organisation A's operator (the enteOperator actor), due now. */
const plannedVisit = (f: Fixtures) =>
  createAsSystem('visits', { thread: f.visitThreads.paidA, operator: f.users.enteOperator, ...freeSlot() })
const UPDATE: UpdateRule[] = [
  textChange('users', 'name', (f) => f.users.enteOperator, ['admin', 'enteAdmin', 'enteOperator']),
  textChange('users', 'name', (f) => f.users.editor, ['admin', 'editor']),
  textChange('users', 'name', (f) => f.users.enteOperatorB, ['admin']),
  textChange('citizens', 'firstName', (f) => f.citizens.citizen1, ['admin', 'citizen']),
  textChange('citizens', 'firstName', (f) => f.citizens.citizen2, ['admin']),
  textChange('organisations', 'phone', (f) => f.organisations.orgA, ['admin', 'enteAdmin']),
  textChange('organisations', 'phone', (f) => f.organisations.orgB, ['admin']),
  textChange('categories', 'description', (f) => f.categories.a1, ['admin']),
  textChange('target-groups', 'description', (f) => f.targetGroup, ['admin']),
  textChange('districts', 'name', (f) => f.districts.d3, ['admin']),
  textChange('services', 'summary', (f) => f.services.draftA, ['admin', 'enteAdmin']),
  textChange('services', 'summary', (f) => f.services.draftB, ['admin']),
  textChange('desks', 'phone', (f) => f.desks.closed, ['admin', 'operator']),
  textChange('desks', 'phone', (f) => f.desks.open, ['admin']),
  textChange('pages', 'summary', (f) => f.pages.published, ['admin', 'editor']),
  textChange('news', 'summary', (f) => f.news.published, ['admin', 'editor']),
  textChange('faqs', 'question', (f) => f.faqs.published, ['admin', 'editor']),
  textChange('media', 'alt', (f) => f.media.orgA, ['admin', 'enteAdmin']),
  textChange('media', 'alt', (f) => f.media.city, ['admin', 'editor']),
  textChange('search-log', 'terms', (f) => f.searchLog.row, []),
  textChange('reported-needs', 'description', (f) => f.reportedNeeds.row, ['admin']),
  textChange('rate-limit-hits', 'key', (f) => f.rateLimitHits.row, []),
  textChange('requests', 'notes', (f) => f.requests.r1, []),
  textChange('threads', 'note', (f) => f.threads.t1A, []),
  textChange('quotes', 'conditions', (f) => f.quotes.t1A, []),
  textChange('messages', 'body', (f) => f.messages.t1A, []),
  textChange('thread-files', 'filename', (f) => f.threadFiles.t1A, []),
  textChange('payments', 'receiptNumber', (f) => f.payments.t4A, []),
  textChange('reviews', 'moderationNote', (f) => f.reviews.published, ['admin']),
  stateChange(
    'reviews',
    'published',
    async (f) => (await reviewedRequest(system(), f.actors.citizen, f.actors.enteAdmin, f.services.publishedA, f.districts.d1)).review,
    ['admin'],
  ),
  readAt((f) => f.notifications.citizen1['t1A new-quote']!, ['citizen']),
  readAt((f) => f.notifications.orgA['t1A new-request']!, ['enteAdmin', 'enteOperator']),
  textChange('stripe-events', 'type', (f) => f.stripeEvents.row, []),
  textChange('vouchers', 'scheme', (f) => f.vouchers.v1, ['admin']),
  stateChange(
    'voucher-transactions',
    'accounted',
    (f) =>
      createAsSystem('voucher-transactions', {
        voucher: f.vouchers.v1,
        citizen: f.citizens.citizen1,
        organisation: f.organisations.orgA,
        thread: f.threads.t1A,
        amountCents: 100,
      }),
    ['admin'],
  ),
  textChange('voucher-imports', 'scheme', (f) => f.voucherImports.row, []),
  // The note is the operator's own account: their ente reads it but does not write it.
  { ...textChange('visits', 'note', (f) => f.visits.vA1, ['admin', 'enteOperator']), ignored: ['enteAdmin'] },
  textChange('visits', 'note', (f) => f.visits.vB1, ['admin']),
  {
    collection: 'visits',
    target: (f) => f.visits.vA2,
    field: 'endsAt',
    value: () => minutesFromNow(24 * 60 + 100 + ++minutes),
    allowed: ['admin', 'enteAdmin'],
  },
  // The operator may write their own visit, but not cancel it: the ente does.
  { ...stateChange('visits', 'cancelled', (f) => plannedVisit(f), ['admin', 'enteAdmin']), invalid: ['enteOperator'] },
  // Only the operator at the door checks in, not the ente or WeMi on their behalf.
  { ...stateChange('visits', 'in-progress', (f) => plannedVisit(f), ['enteOperator']), invalid: ['admin', 'enteAdmin'] },
]

describe('update', () => {
  for (const rule of UPDATE) {
    for (const role of ALL) {
      for (const channel of CHANNELS) {
        const allowed = rule.allowed.includes(role)
        it(`${rule.collection} ${rule.field} of a ${allowed ? 'permitted' : 'forbidden'} record as ${role} via ${channel}`, async () => {
          const slug = rule.collection as CollectionSlug
          const id = await rule.target(fx)
          const before = await readAsSystem(app.payload, slug, id)
          const value = rule.value()
          const outcome = await ops.update(channel, fx.actors[role], slug, id, { [rule.field]: value })
          const after = await readAsSystem(app.payload, slug, id)
          if (allowed) {
            expect(outcome.kind, JSON.stringify(outcome)).toBe('allowed')
            expect(after?.[rule.field]).toBe(value)
          } else {
            expect(outcome.kind).toBe(rule.invalid?.includes(role) ? 'invalid' : rule.ignored?.includes(role) ? 'allowed' : 'denied')
            expect(after?.[rule.field]).toEqual(before?.[rule.field])
          }
        })
      }
    }
  }

  for (const role of ALL) {
    for (const channel of CHANNELS) {
      const allowed = role === 'admin'
      it(`the city profile as ${role} via ${channel}: ${allowed ? 'allowed' : 'denied'}`, async () => {
        const name = unique('Città')
        const response =
          channel === 'local'
            ? await app.payload
                .updateGlobal({ slug: 'city', data: { name }, user: fx.actors[role].user as never, overrideAccess: false })
                .then(() => 200)
                .catch((error: { status?: number }) => error.status ?? 500)
            : (await app.rest('POST', '/api/globals/city', { token: fx.actors[role].token, body: { name } })).status
        const after = await app.payload.findGlobal({ slug: 'city' })
        if (allowed) {
          expect(response).toBe(200)
          expect(after.name).toBe(name)
        } else {
          expect(response).toBe(403)
          expect(after.name).not.toBe(name)
        }
      })

      it(`reading the city profile as ${role} via ${channel} is allowed`, async () => {
        const name =
          channel === 'local'
            ? (await app.payload.findGlobal({ slug: 'city', user: fx.actors[role].user as never, overrideAccess: false })).name
            : (await app.rest('GET', '/api/globals/city', { token: fx.actors[role].token })).body.name
        expect(name).toBeTruthy()
      })
    }
  }
})

// ---------------------------------------------------------------------------------- delete
/** A record to delete for each attempt (a fresh one when someone may), and who may delete it. */
type DeleteRule = { label: string; collection: string; make: (fx: Fixtures) => Promise<string>; allowed: Roles }

const DELETE: DeleteRule[] = [
  {
    label: 'an operator of organisation A',
    collection: 'users',
    make: (f) =>
      createAsSystem('users', {
        email: `${unique('op')}@test.example`,
        password: PASSWORD,
        name: 'Operatore',
        roles: ['ente-operator'],
        organisation: f.organisations.orgA,
      }),
    allowed: ['admin', 'enteAdmin'],
  },
  {
    label: 'a citizen',
    collection: 'citizens',
    make: () => createAsSystem('citizens', { email: `${unique('c')}@test.example`, password: PASSWORD }),
    allowed: ['admin'],
  },
  {
    label: 'an organisation without services',
    collection: 'organisations',
    make: () =>
      createAsSystem('organisations', {
        name: unique('Ente'),
        legalName: 'Ente APS',
        legalForm: 'association',
        fiscalCode: uniqueVatNumber(),
      }),
    allowed: ['admin'],
  },
  {
    label: 'a category',
    collection: 'categories',
    make: () => createAsSystem('categories', { name: unique('Categoria') }),
    allowed: ['admin'],
  },
  {
    label: 'a target group',
    collection: 'target-groups',
    make: () => createAsSystem('target-groups', { name: unique('Gruppo') }),
    allowed: ['admin'],
  },
  {
    label: 'a district',
    collection: 'districts',
    make: () => createAsSystem('districts', { name: unique('Municipio'), number: 1000 + Math.floor(Math.random() * 1_000_000) }),
    allowed: ['admin'],
  },
  {
    label: 'a never-published service of organisation A',
    collection: 'services',
    make: (f) =>
      createAsSystem(
        'services',
        {
          title: unique('Bozza'),
          summary: 'Bozza.',
          organisation: f.organisations.orgA,
          category: f.categories.a1,
          districts: [f.districts.d1],
          priceModel: 'free',
        },
        true,
      ),
    allowed: ['admin', 'enteAdmin'],
  },
  {
    label: 'a published service of organisation A',
    collection: 'services',
    make: (f) =>
      createAsSystem('services', {
        title: unique('Pubblicato'),
        summary: 'Pubblicato.',
        organisation: f.organisations.orgA,
        category: f.categories.a1,
        districts: [f.districts.d1],
        priceModel: 'free',
        validation: { status: 'published' },
        _status: 'published',
      }),
    allowed: ['admin'],
  },
  {
    label: 'a desk',
    collection: 'desks',
    make: (f) => createAsSystem('desks', { name: unique('Spazio'), street: 'Via Padova 1', district: f.districts.d1 }),
    allowed: ['admin'],
  },
  ...(['pages', 'news', 'faqs'] as const).map((collection) => ({
    label: `a ${collection} item`,
    collection,
    make: () =>
      createAsSystem(collection, {
        ...(collection === 'faqs' ? { question: unique('Domanda'), answer: lexical('Una risposta.') } : { title: unique('Titolo') }),
        ...(collection === 'news' ? { publishedAt: '2025-01-01T00:00:00.000Z' } : {}),
        _status: 'published',
      }),
    allowed: ['admin', 'editor'] as Roles,
  })),
  {
    label: 'a file of organisation A',
    collection: 'media',
    make: async (f) =>
      String(
        (
          await system().create({
            collection: 'media',
            data: { alt: 'A', organisation: f.organisations.orgA },
            file: pngFile(`${unique('a')}.png`),
          })
        ).id,
      ),
    allowed: ['admin', 'enteAdmin'],
  },
  {
    label: 'a file of the city',
    collection: 'media',
    make: async () =>
      String((await system().create({ collection: 'media', data: { alt: 'Città' }, file: pngFile(`${unique('c')}.png`) })).id),
    allowed: ['admin', 'editor'],
  },
  {
    label: 'a search record',
    collection: 'search-log',
    make: () => createAsSystem('search-log', { terms: 'x', resultCount: 1 }),
    allowed: ['admin'],
  },
  {
    label: 'a reported need',
    collection: 'reported-needs',
    make: () => createAsSystem('reported-needs', { description: unique('Bisogno') }),
    allowed: ['admin'],
  },
  {
    label: 'a counted attempt',
    collection: 'rate-limit-hits',
    make: () => createAsSystem('rate-limit-hits', { key: unique('k') }),
    allowed: [],
  },
  {
    label: 'an audit record',
    collection: 'audit-log',
    make: () => createAsSystem('audit-log', { action: 'update', collection: 'services', documentId: unique('doc') }),
    allowed: [],
  },
  ...(
    [
      ['a request', 'requests', (f) => f.requests.r1],
      ['a thread', 'threads', (f) => f.threads.t1A],
      ['a quote', 'quotes', (f) => f.quotes.t1A],
      ['a message', 'messages', (f) => f.messages.t1A],
      ['an attachment', 'thread-files', (f) => f.threadFiles.t1A],
      ['a payment', 'payments', (f) => f.payments.t4A],
      ['a published review', 'reviews', (f) => f.reviews.published],
      ['a notification of the citizen', 'notifications', (f) => f.notifications.citizen1['t1A new-quote']!],
      ['a notification of organisation A', 'notifications', (f) => f.notifications.orgA['t1A new-request']!],
      ['a payment event', 'stripe-events', (f) => f.stripeEvents.row],
      ['a voucher', 'vouchers', (f) => f.vouchers.v1],
      ['a voucher transaction', 'voucher-transactions', (f) => f.voucherTransactions.t1A],
      ['a voucher import', 'voucher-imports', (f) => f.voucherImports.row],
    ] as const satisfies readonly (readonly [string, string, (fx: Fixtures) => string])[]
  ).map(([label, collection, record]) => ({ label, collection, make: async (f: Fixtures) => record(f), allowed: [] as Roles })),
  // An ente cancels a visit so that its log keeps it; only WeMi removes one made in error.
  { label: 'a visit of organisation A', collection: 'visits', make: (f) => plannedVisit(f), allowed: ['admin'] },
]

describe('delete', () => {
  for (const rule of DELETE) {
    for (const role of ALL) {
      for (const channel of CHANNELS) {
        const allowed = rule.allowed.includes(role)
        it(`${rule.label} as ${role} via ${channel}: ${allowed ? 'allowed' : 'denied'}`, async () => {
          const slug = rule.collection as CollectionSlug
          const id = await rule.make(fx)
          const outcome = await ops.delete(channel, fx.actors[role], slug, id)
          const after = await readAsSystem(app.payload, slug, id)
          if (allowed) {
            expect(outcome.kind, JSON.stringify(outcome)).toBe('allowed')
            expect(after).toBeUndefined()
          } else {
            expect(outcome.kind).toBe('denied')
            expect(after?.id).toBe(id)
          }
        })
      }
    }
  }
})
