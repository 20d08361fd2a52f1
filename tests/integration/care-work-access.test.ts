import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestApp, type TestApp } from '../helpers/app'
import { applicationInput, buildCareWork, type CareWorkFixtures, careRequestInput } from '../helpers/care-work'
import { CHANNELS, channelOperations, readAsSystem } from '../helpers/channels'
import { type Actor, buildFixtures, type Fixtures, pdfFile } from '../helpers/fixtures'

/**
 * The access matrix of Tate Colf Badanti: every care-work collection × every party × create,
 * read, update and delete, through the Local API as the site calls it and through REST (and
 * reads through GraphQL). Care staff are WeMi administrators with the care-work permission; a
 * plain administrator is refused like everyone else. Each refusal is checked to change nothing.
 */
let app: TestApp
let fx: Fixtures
let care: CareWorkFixtures
let ops: ReturnType<typeof channelOperations>
let document: string

const PARTIES = [
  'anonymous',
  'family',
  'worker',
  'otherCitizen',
  'admin',
  'careStaff',
  'editor',
  'operator',
  'enteAdmin',
  'enteOperator',
] as const
type Party = (typeof PARTIES)[number]
const actor = (party: Party): Actor =>
  ({
    anonymous: fx.actors.anonymous,
    family: fx.actors.citizen,
    worker: care.worker,
    otherCitizen: fx.extraActors.citizen2,
    admin: fx.actors.admin,
    careStaff: care.careStaff,
    editor: fx.actors.editor,
    operator: fx.actors.operator,
    enteAdmin: fx.actors.enteAdmin,
    enteOperator: fx.actors.enteOperator,
  })[party]

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  care = await buildCareWork(app.payload, app.rest, fx)
  ops = channelOperations(app)
  document = String(
    (
      await app.payload.create({
        collection: 'worker-documents',
        data: { application: care.application, kind: 'identity' } as never,
        file: pdfFile('carta-identita.pdf'),
        user: care.worker.user as never,
        overrideAccess: false,
      })
    ).id,
  )
})
afterAll(async () => app?.close())

const COLLECTIONS = ['worker-applications', 'worker-documents', 'care-requests', 'care-proposals'] as const
type Collection = (typeof COLLECTIONS)[number]

const GRAPHQL_NAMES: Record<Collection, string> = {
  'worker-applications': 'WorkerApplications',
  'worker-documents': 'WorkerDocuments',
  'care-requests': 'CareRequests',
  'care-proposals': 'CareProposals',
}

/** The one record of each collection, and who reads it. */
const READ: Record<Collection, { record: () => string; readers: readonly Party[] }> = {
  'worker-applications': { record: () => care.application, readers: ['worker', 'careStaff'] },
  'worker-documents': { record: () => document, readers: ['worker', 'careStaff'] },
  'care-requests': { record: () => care.request, readers: ['family', 'careStaff'] },
  'care-proposals': { record: () => care.proposal, readers: ['family', 'worker', 'careStaff'] },
}

describe('read', () => {
  for (const collection of COLLECTIONS) {
    for (const party of PARTIES) {
      const allowed = READ[collection].readers.includes(party)
      for (const channel of CHANNELS) {
        it(`${collection} as ${party} via ${channel}: ${allowed ? 'sees it' : 'sees nothing'}`, async () => {
          const outcome = await ops.find(channel, actor(party), collection as CollectionSlug)
          const seen = outcome.kind === 'allowed' ? (outcome.docs ?? []).map((doc) => String(doc.id)) : []
          if (allowed) expect(seen).toContain(READ[collection].record())
          else expect(seen).not.toContain(READ[collection].record())
        })
      }
      it(`${collection} as ${party} via GraphQL: ${allowed ? 'sees it' : 'sees nothing'}`, async () => {
        const query = `{ ${GRAPHQL_NAMES[collection]}(limit: 100) { docs { id } } }`
        const { body } = await app.rest('POST', '/api/graphql', { token: actor(party).token, body: { query } })
        const docs: { id: string }[] = Object.values((body.data ?? {}) as Record<string, { docs: { id: string }[] } | null>)[0]?.docs ?? []
        if (allowed) expect(docs.map((doc) => doc.id)).toContain(READ[collection].record())
        else expect(docs.map((doc) => doc.id)).not.toContain(READ[collection].record())
      })
    }
  }
})

/** Valid data for a new record of each collection, and who may create it. */
const CREATE: Record<Collection, { data: () => Record<string, unknown>; allowed: readonly Party[] }> = {
  // A citizen opens their own (one application each: the worker and care staff's target already have one).
  'worker-applications': { data: () => applicationInput([fx.districts.d1], fx.districts.d1), allowed: ['family', 'otherCitizen'] },
  'worker-documents': { data: () => ({ application: care.application, kind: 'certificate' }), allowed: ['worker', 'careStaff'] },
  'care-requests': { data: () => careRequestInput(fx.districts.d2), allowed: ['family', 'worker', 'otherCitizen'] },
  'care-proposals': { data: () => ({ careRequest: care.request, application: care.application }), allowed: [] },
}

describe('create', () => {
  for (const collection of COLLECTIONS) {
    for (const party of PARTIES) {
      for (const channel of CHANNELS) {
        const allowed = CREATE[collection].allowed.includes(party)
        it(`${collection} as ${party} via ${channel}: ${allowed ? 'allowed' : 'refused'}`, async () => {
          const before = (await app.payload.count({ collection })).totalDocs
          const data = CREATE[collection].data()
          const outcome = await ops.create(channel, actor(party), collection, data)
          const after = (await app.payload.count({ collection })).totalDocs
          if (allowed) {
            expect(outcome.kind, JSON.stringify(outcome)).toBe('allowed')
            expect(after).toBe(before + 1)
            // A citizen may open only one application: the next attempt of the same party is refused below.
            if (collection === 'worker-applications' && outcome.kind === 'allowed')
              await app.payload.delete({ collection, id: String(outcome.doc?.id) })
          } else {
            expect(outcome.kind).not.toBe('allowed')
            expect(after).toBe(before)
          }
        })
      }
    }
  }
  // Care staff propose only a worker not yet proposed; the fixture's is: a second proposal of her is refused for that reason.
  it('care staff propose a suitable worker once; the same worker again is refused with the reason', async () => {
    const outcome = await ops.create('rest', care.careStaff, 'care-proposals', CREATE['care-proposals'].data())
    expect(outcome).toMatchObject({ kind: 'invalid' })
    expect(outcome.kind === 'invalid' && outcome.message).toContain('già stata proposta')
  })
})

/** A change each party may or may not make to the fixture's record; state changes are the lifecycle tests'. */
const UPDATE: { collection: Collection; field: string; value: () => unknown; record: () => string; allowed: readonly Party[] }[] = [
  {
    collection: 'worker-applications',
    field: 'drivingLicence',
    value: () => true,
    record: () => care.application,
    allowed: ['worker', 'careStaff'],
  },
  {
    collection: 'worker-applications',
    field: 'staffNotes',
    value: () => `Colloquio ${Date.now()}`,
    record: () => care.application,
    allowed: ['careStaff'],
  },
  {
    collection: 'care-requests',
    field: 'outcomeNote',
    value: () => `Nota ${Date.now()}`,
    record: () => care.request,
    allowed: ['careStaff'],
  },
  { collection: 'care-proposals', field: 'candidateCode', value: () => 'LAV-FALSO1', record: () => care.proposal, allowed: [] },
]

describe('update', () => {
  for (const rule of UPDATE) {
    for (const party of PARTIES) {
      for (const channel of CHANNELS) {
        const allowed = rule.allowed.includes(party)
        it(`${rule.collection} ${rule.field} as ${party} via ${channel}: ${allowed ? 'allowed' : 'refused'}`, async () => {
          const before = await readAsSystem(app.payload, rule.collection, rule.record())
          const value = rule.value()
          const outcome = await ops.update(channel, actor(party), rule.collection, rule.record(), { [rule.field]: value })
          const after = await readAsSystem(app.payload, rule.collection, rule.record())
          if (allowed) {
            expect(outcome.kind, JSON.stringify(outcome)).toBe('allowed')
            expect(after?.[rule.field]).toEqual(value)
          } else {
            expect(after?.[rule.field]).toEqual(before?.[rule.field])
          }
        })
      }
    }
  }
})

describe('delete', () => {
  for (const collection of COLLECTIONS) {
    for (const party of PARTIES) {
      for (const channel of CHANNELS) {
        // Documents are removed by their worker or care staff; the rest leave only through erasure.
        const allowed = collection === 'worker-documents' && ['worker', 'careStaff'].includes(party)
        it(`${collection} as ${party} via ${channel}: ${allowed ? 'allowed' : 'refused'}`, async () => {
          const id =
            collection === 'worker-documents'
              ? String(
                  (
                    await app.payload.create({
                      collection,
                      data: { application: care.application, kind: 'other' } as never,
                      file: pdfFile(),
                    })
                  ).id,
                )
              : READ[collection].record()
          const outcome = await ops.delete(channel, actor(party), collection, id)
          const after = await readAsSystem(app.payload, collection, id)
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
