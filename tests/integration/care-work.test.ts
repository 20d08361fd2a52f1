import { extractText } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { assistanceKey, assistedCitizen } from '../../lib/assistance'
import { exportPersonalData } from '../../lib/personal-data'
import { relationId } from '../../lib/relations'
import { eraseCitizen } from '../../plugins/privacy/erasure'
import { startTestApp, type TestApp } from '../helpers/app'
import { as, refusal } from '../helpers/as'
import {
  applicationInput,
  buildCareWork,
  type CareWorkFixtures,
  careRequestInput,
  sendApplication,
  sendCareRequest,
  WORKER,
} from '../helpers/care-work'
import { readAsSystem } from '../helpers/channels'
import { type Actor, buildFixtures, type Fixtures, PASSWORD, pdfFile } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'

/**
 * Tate Colf Badanti through the API, as each party would try it: the worker's application and
 * its states, the family's request, WeMi's matching and proposals, the anonymised CV, and the
 * privacy rules around the most sensitive data in the system.
 */
let app: TestApp
let fx: Fixtures
let care: CareWorkFixtures

beforeAll(async () => {
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  care = await buildCareWork(app.payload, app.rest, fx)
})
afterAll(async () => app?.close())

const HOUR = 60 * 60 * 1000

/** A worker of her own, signed in, with no application yet. */
const newWorker = async (names = { firstName: 'Olena', lastName: 'Shevchenko' }): Promise<Actor & { id: string }> => {
  const email = `${unique('worker')}@test.example`
  const doc = await app.payload.create({
    collection: 'citizens',
    data: { email, password: PASSWORD, ...names, _verified: true },
    disableVerificationEmail: true,
  })
  const { body } = await app.rest('POST', '/api/citizens/login', { body: { email, password: PASSWORD } })
  return { user: { ...doc, collection: 'citizens' }, token: body.token, id: String(doc.id) }
}

/** A suitable worker written by the system, as an import would: for filling a family's places. */
const suitableWorker = async (overrides: Record<string, unknown> = {}) => {
  const worker = await newWorker()
  const doc = await app.payload.create({
    collection: 'worker-applications',
    data: { ...applicationInput([fx.districts.d2], fx.districts.d1), citizen: worker.id, status: 'suitable', ...overrides } as never,
  })
  return String(doc.id)
}

const status = async (collection: 'worker-applications' | 'care-requests' | 'care-proposals', id: string) =>
  (await readAsSystem(app.payload, collection, id))?.status

const bookCareWorkInterview = async (actor: Actor) => {
  const slot = await app.payload.create({
    collection: 'desk-slots',
    data: {
      desk: fx.desks.open,
      startsAt: new Date(Date.now() + 48 * HOUR).toISOString(),
      endsAt: new Date(Date.now() + 49 * HOUR).toISOString(),
      capacity: 2,
    },
  })
  return app.payload.create({
    collection: 'appointments',
    data: { slot: slot.id, topic: 'care-work', name: 'Olena Shevchenko', email: 'olena@test.example' } as never,
    ...as(actor),
  })
}

const graphql = async (actor: Actor, query: string) =>
  (await app.rest('POST', '/api/graphql', { token: actor.token, body: { query } })).body as {
    data?: Record<string, { docs: Record<string, unknown>[] } | Record<string, unknown> | null>
    errors?: { message: string }[]
  }

const download = (token: string | undefined, path: string, language = 'it') =>
  app.fetch(
    new Request(`http://localhost${path}`, {
      headers: { ...(token ? { authorization: `JWT ${token}` } : {}), 'accept-language': language },
    }),
  )

describe('a worker’s application', () => {
  it('is sent only when complete, each missing field named, and nothing is written when it is not', async () => {
    const worker = await newWorker()
    const draft = await app.payload.create({
      collection: 'worker-applications',
      data: { jobs: ['colf'] } as never,
      depth: 0,
      ...as(worker),
    })
    expect(draft).toMatchObject({ status: 'draft', citizen: worker.id })
    expect(draft.reference).toMatch(/^LAV-[2-9A-Z]{6}$/)
    const refused = await refusal(
      app.payload.update({ collection: 'worker-applications', id: draft.id, data: { status: 'submitted' }, ...as(worker) }),
    )
    expect(refused.status).toBe(400)
    expect(refused.errors.map((error) => error.path).sort()).toEqual([
      'arrangements',
      'districts',
      'expectedHourlyCents',
      'languages',
      'slots',
    ])
    expect(await status('worker-applications', String(draft.id))).toBe('draft')
  })

  it('refuses an expected pay below the contract’s minimum for the job, saying the minimum, in the worker’s language', async () => {
    const worker = await newWorker()
    const input = { ...applicationInput([fx.districts.d1], fx.districts.d1), expectedHourlyCents: 450 }
    const before = (await app.payload.count({ collection: 'worker-applications' })).totalDocs
    const { status: code, body } = await app.rest('POST', '/api/worker-applications', { token: worker.token, body: input, language: 'en' })
    expect(code).toBe(400)
    expect(JSON.stringify(body)).toContain('below the national contract’s minimum for Carer (badante) (level CS): in 2026 it is €')
    const italian = await refusal(app.payload.create({ collection: 'worker-applications', data: input as never, ...as(worker) }))
    expect(italian.errors[0]).toMatchObject({ path: 'expectedHourlyCents' })
    expect(italian.errors[0]!.message).toMatch(
      /sotto il minimo del contratto nazionale per Badante .* \(livello CS\): nel 2026 sono [\d,]+ € l’ora/,
    )
    expect((await app.payload.count({ collection: 'worker-applications' })).totalDocs).toBe(before)
  })

  it('is marked by booking a care-work interview at a desk, and unmarked when the booking is cancelled', async () => {
    const worker = await newWorker()
    const application = { id: await sendApplication(app.payload, worker, applicationInput([fx.districts.d1], fx.districts.d1)) }
    // She cannot mark it herself without a booking.
    const early = await refusal(
      app.payload.update({ collection: 'worker-applications', id: application.id, data: { status: 'interview-booked' }, ...as(worker) }),
    )
    expect(early.errors[0]!.message).toContain('si prenota allo sportello')

    const appointment = await bookCareWorkInterview(worker)
    expect(await readAsSystem(app.payload, 'worker-applications', String(application.id))).toMatchObject({
      status: 'interview-booked',
      interview: appointment.id,
    })
    await app.payload.update({ collection: 'appointments', id: appointment.id, data: { status: 'cancelled' } as never, ...as(worker) })
    expect(await readAsSystem(app.payload, 'worker-applications', String(application.id))).toMatchObject({
      status: 'submitted',
      interview: null,
    })
  })

  it('is judged only by care staff: the worker, a plain WeMi admin and a desk operator are refused on every channel', async () => {
    const worker = await newWorker()
    const id = await sendApplication(app.payload, worker, applicationInput([fx.districts.d1], fx.districts.d1))
    const own = await app.rest('PATCH', `/api/worker-applications/${id}`, { token: worker.token, body: { status: 'suitable' } })
    expect(own.status).toBe(400)
    const { errors } = await graphql(worker, `mutation { updateWorkerApplication(id: "${id}", data: { status: suitable }) { id status } }`)
    expect(errors?.length).toBeGreaterThan(0)
    for (const stranger of [fx.actors.admin, fx.actors.operator, fx.extraActors.citizen2]) {
      const response = await app.rest('PATCH', `/api/worker-applications/${id}`, { token: stranger.token, body: { status: 'suitable' } })
      expect([403, 404]).toContain(response.status)
    }
    expect(await status('worker-applications', String(id))).toBe('submitted')

    const noReason = await refusal(
      app.payload.update({ collection: 'worker-applications', id, data: { status: 'not-suitable' }, ...as(care.careStaff) }),
    )
    expect(noReason.errors[0]!.message).toContain('motivo della decisione')
    await app.payload.update({
      collection: 'worker-applications',
      id,
      data: { status: 'not-suitable', staffNotes: 'Esperienza non verificabile.' },
      ...as(care.careStaff),
    })
    // Once judged, what she wrote is WeMi's to change; she is told whom to ask.
    const locked = await refusal(
      app.payload.update({ collection: 'worker-applications', id, data: { expectedHourlyCents: 1200 }, ...as(worker) }),
    )
    expect(locked.errors[0]!.message).toContain('sportello Tate Colf Badanti')
    const trail = await app.payload.find({
      collection: 'audit-log',
      where: { collection: { equals: 'worker-applications' }, documentId: { equals: String(id) }, action: { equals: 'transition' } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(trail.docs.map((entry) => (entry.changes as { status: { to: string } }).status.to)).toEqual([
      'draft',
      'submitted',
      'not-suitable',
    ])
  })
  it('can be filled in and sent by a desk operator for a worker at the desk, recorded as the operator acting for her', async () => {
    const worker = await newWorker({ firstName: 'Amina', lastName: 'Diallo' })
    const assistance = await app.payload.create({
      collection: 'assistances',
      data: { citizen: worker.id, reason: 'Compila la candidatura Tate Colf Badanti', citizenAgreed: true },
      ...as(fx.actors.operator),
    })
    const helped = (await assistedCitizen(app.payload, fx.actors.operator.user, assistanceKey(String(assistance.id))))!
    const id = await sendApplication(
      app.payload,
      { user: { ...helped, collection: 'citizens' } },
      applicationInput([fx.districts.d1], fx.districts.d1),
    )
    expect(await readAsSystem(app.payload, 'worker-applications', id)).toMatchObject({ citizen: worker.id, status: 'submitted' })
    const trail = await app.payload.find({
      collection: 'audit-log',
      where: { collection: { equals: 'worker-applications' }, documentId: { equals: id }, action: { equals: 'transition' } },
      depth: 0,
    })
    expect(trail.docs.map((entry) => [relationId(entry.actor?.value), entry.onBehalfOf])).toEqual([
      [fx.users.operator, worker.id],
      [fx.users.operator, worker.id],
    ])
    // The operator's own account, without the assistance, reads none of it.
    expect([403, 404]).toContain((await app.rest('GET', `/api/worker-applications/${id}`, { token: fx.actors.operator.token })).status)
  })
})

describe('a family’s request', () => {
  it('is sent only when complete, cancelled by the family, and no longer changed once WeMi searches', async () => {
    const draft = await app.payload.create({ collection: 'care-requests', data: { job: 'colf' } as never, ...as(fx.actors.citizen) })
    expect(draft.reference).toMatch(/^TCB-/)
    const refused = await refusal(
      app.payload.update({ collection: 'care-requests', id: draft.id, data: { status: 'submitted' }, ...as(fx.actors.citizen) }),
    )
    expect(refused.errors.map((error) => error.path).sort()).toEqual(['arrangement', 'caredFor', 'district', 'slots', 'startOn'])
    await app.payload.update({ collection: 'care-requests', id: draft.id, data: { status: 'cancelled' }, ...as(fx.actors.citizen) })
    expect(await status('care-requests', String(draft.id))).toBe('cancelled')

    // The fixture request is in progress since WeMi proposed Irina.
    expect(await status('care-requests', care.request)).toBe('in-progress')
    const locked = await refusal(
      app.payload.update({ collection: 'care-requests', id: care.request, data: { budgetHourlyCents: 2000 }, ...as(fx.actors.citizen) }),
    )
    expect(locked.errors[0]!.message).toContain('annullala e inviane una nuova')
    const closed = await refusal(
      app.payload.update({ collection: 'care-requests', id: care.request, data: { status: 'closed-hired' }, ...as(fx.actors.citizen) }),
    )
    expect(closed.errors[0]!.message).toContain('«assunzione fatta»')
  })
})

describe('matching and proposals', () => {
  it('ranks suitable workers for care staff with the reasons of each score, and for nobody else', async () => {
    const { status: code, body } = await app.rest('GET', `/api/care-requests/${care.request}/matches`, { token: care.careStaff.token })
    expect(code).toBe(200)
    const irina = body.matches.find((match: { application: string }) => match.application === care.application)
    expect(irina).toMatchObject({ name: 'Irina Kovalenko', proposed: true })
    expect(irina.score).toBe(irina.reasons.reduce((sum: number, reason: { points: number }) => sum + reason.points, 0))
    expect(irina.reasonTexts).toHaveLength(5)
    for (const actor of [fx.actors.admin, fx.actors.citizen, care.worker, fx.actors.operator]) {
      const response = await app.rest('GET', `/api/care-requests/${care.request}/matches`, { token: actor.token })
      expect([401, 403, 404]).toContain(response.status)
    }
  })

  it('proposes only suitable workers who pass every hard filter, once each, five at most even when staff propose at once', async () => {
    const request = { id: await sendCareRequest(app.payload, fx.extraActors.citizen2, careRequestInput(fx.districts.d2)) }
    const notSuitable = await suitableWorker({ status: 'submitted' })
    const elsewhere = await suitableWorker({ districts: [fx.districts.d3] })
    const colf = await suitableWorker({ jobs: ['colf'] })
    for (const application of [notSuitable, elsewhere, colf]) {
      const refused = await refusal(
        app.payload.create({
          collection: 'care-proposals',
          data: { careRequest: request.id, application } as never,
          ...as(care.careStaff),
        }),
      )
      expect(refused.status).toBe(400)
    }
    const eligible = await Promise.all(Array.from({ length: 8 }, () => suitableWorker()))
    const attempts = await Promise.allSettled(
      eligible.map((application) =>
        app.payload.create({
          collection: 'care-proposals',
          data: { careRequest: request.id, application } as never,
          ...as(care.careStaff),
        }),
      ),
    )
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(5)
    for (const attempt of attempts.filter((attempt) => attempt.status === 'rejected'))
      expect(String((attempt as PromiseRejectedResult).reason.message)).toMatch(/già proposte 5 persone|già stata proposta/)
    expect((await app.payload.count({ collection: 'care-proposals', where: { careRequest: { equals: request.id } } })).totalDocs).toBe(5)
    expect(await status('care-requests', String(request.id))).toBe('in-progress')
    // Nobody but care staff proposes.
    for (const actor of [fx.actors.admin, fx.extraActors.citizen2, fx.actors.operator]) {
      const response = await app.rest('POST', '/api/care-proposals', {
        token: actor.token,
        body: { careRequest: request.id, application: colf },
      })
      expect([401, 403]).toContain(response.status)
    }
  })

  it('gives the family the worker’s contacts only once she accepts to meet, and records the hire as a job', async () => {
    const read = async (actor: Actor) =>
      (await app.rest('GET', `/api/care-proposals/${care.proposal}?depth=1`, { token: actor.token })).body
    const family = await read(fx.actors.citizen)
    expect(family).toMatchObject({ candidateCode: expect.stringMatching(/^LAV-/), status: 'proposed' })
    for (const hidden of ['application', 'worker', 'score', 'reasons', 'contact']) expect(family).not.toHaveProperty(hidden)
    const worker = await read(care.worker)
    for (const hidden of ['family', 'careRequest', 'application', 'score', 'reasons']) expect(worker).not.toHaveProperty(hidden)
    // Neither reads the other's record, nor finds it by filtering on what they cannot see.
    expect((await app.rest('GET', `/api/worker-applications/${care.application}`, { token: fx.actors.citizen.token })).status).toBe(404)
    expect((await app.rest('GET', `/api/care-requests/${care.request}`, { token: care.worker.token })).status).toBe(404)
    for (const [actor, filter] of [
      [fx.actors.citizen, `where[worker][equals]=${care.workerId}`],
      [fx.actors.citizen, `where[application][equals]=${care.application}`],
      [care.worker, `where[family][equals]=${fx.citizens.citizen1}`],
    ] as const) {
      const response = await app.rest('GET', `/api/care-proposals?${filter}&depth=0`, { token: actor.token })
      if (response.status === 200) expect(response.body.docs).toEqual([])
      else expect([400, 403]).toContain(response.status)
    }

    // The worker cannot accept a meeting nobody asked for; the family cannot accept for her.
    const early = await app.rest('PATCH', `/api/care-proposals/${care.proposal}`, {
      token: care.worker.token,
      body: { status: 'meeting-accepted' },
    })
    expect(early.status).toBe(400)
    await app.payload.update({ collection: 'care-proposals', id: care.proposal, data: { status: 'to-meet' }, ...as(fx.actors.citizen) })
    const forHer = await app.rest('PATCH', `/api/care-proposals/${care.proposal}`, {
      token: fx.actors.citizen.token,
      body: { status: 'meeting-accepted' },
    })
    expect(forHer.status).toBe(400)
    expect((await read(fx.actors.citizen)).contact).toBeUndefined()

    await app.payload.update({ collection: 'care-proposals', id: care.proposal, data: { status: 'meeting-accepted' }, ...as(care.worker) })
    expect((await read(fx.actors.citizen)).contact).toEqual({
      name: 'Irina Kovalenko',
      email: care.worker.user!.email,
      phone: WORKER.phone,
    })
    // A stranger still reads nothing of it.
    expect((await app.rest('GET', `/api/care-proposals/${care.proposal}`, { token: fx.extraActors.citizen2.token })).status).toBe(404)

    // Each step was told to the party who acts next, and to nobody else.
    const notices = async (citizen: string) =>
      (await app.payload.find({ collection: 'notifications', where: { citizen: { equals: citizen } }, depth: 0, pagination: false })).docs
        .map((notice) => notice.kind)
        .filter((kind) => kind.startsWith('care-') || kind === 'worker-assessed')
        .sort()
    expect(await notices(fx.citizens.citizen1)).toEqual(['care-meeting-accepted', 'care-proposed'])
    expect(await notices(care.workerId)).toEqual(['care-meeting-asked', 'worker-assessed'])
    const asked = await app.payload.find({
      collection: 'notifications',
      where: { citizen: { equals: care.workerId }, kind: { equals: 'care-meeting-asked' } },
      depth: 0,
    })
    expect(asked.docs[0]).toMatchObject({ careRequest: null, subject: expect.stringMatching(/^LAV-/) })

    await app.payload.update({ collection: 'care-proposals', id: care.proposal, data: { status: 'hired' }, ...as(fx.actors.citizen) })
    expect(await status('care-requests', care.request)).toBe('closed-hired')
    const jobs = await app.payload.count({ collection: 'care-proposals', where: { status: { equals: 'hired' } } })
    expect(jobs.totalDocs).toBe(1)
  })
})

describe('the anonymised CV', () => {
  it('is a PDF for the family that names none of the worker’s identity, and nothing for strangers', async () => {
    const response = await download(fx.actors.citizen.token, `/api/care-proposals/${care.proposal}/cv`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const text = (await extractText(new Uint8Array(await response.arrayBuffer()), { mergePages: true })).text
    const { reference } = (await readAsSystem(app.payload, 'worker-applications', care.application))!
    expect(text).toContain(reference)
    for (const shown of ['Badante', 'Ucraino: Madrelingua', 'Italiano: B1', 'Anziani non autosufficienti: 10 anni', '50–59 anni'])
      expect(text).toContain(shown)
    const email = String(care.worker.user!.email)
    for (const secret of [
      WORKER.firstName,
      WORKER.lastName,
      email,
      email.split('@')[0]!,
      WORKER.phone,
      '5550199',
      WORKER.fiscalCode,
      'Via Padova',
      'Colombo',
    ])
      expect(text.toLowerCase()).not.toContain(secret.toLowerCase())

    const english = await download(fx.actors.citizen.token, `/api/care-proposals/${care.proposal}/cv`, 'en')
    expect((await extractText(new Uint8Array(await english.arrayBuffer()), { mergePages: true })).text).toContain(
      'Ukrainian: Mother tongue',
    )
    for (const actor of [fx.extraActors.citizen2, fx.actors.admin, fx.actors.anonymous]) {
      expect([401, 403, 404]).toContain((await download(actor.token, `/api/care-proposals/${care.proposal}/cv`)).status)
    }
  })
})

describe('privacy', () => {
  it('audits every care-staff read of a sensitive field or a document, and lets a plain admin read none', async () => {
    const document = await app.payload.create({
      collection: 'worker-documents',
      data: { application: care.application, kind: 'residence-permit' } as never,
      file: pdfFile('permesso.pdf'),
      ...as(care.worker),
    })
    const reads = async () =>
      (await app.payload.find({ collection: 'audit-log', where: { action: { equals: 'read' } }, limit: 0, depth: 0, sort: '-createdAt' }))
        .docs
    const before = (await reads()).length
    await app.rest('GET', `/api/worker-applications/${care.application}?depth=0`, { token: care.careStaff.token })
    const file = await download(care.careStaff.token, `/api/worker-documents/file/${document.filename}`)
    expect(file.status).toBe(200)
    const entries = (await reads()).slice(0, (await reads()).length - before)
    expect(entries.map((entry) => [entry.collection, entry.documentId]).sort()).toEqual(
      [
        ['worker-applications', care.application],
        ['worker-documents', document.filename],
      ].sort(),
    )
    for (const actor of [fx.actors.admin, fx.actors.editor, fx.actors.operator, fx.extraActors.citizen2, fx.actors.citizen]) {
      expect([401, 403, 404]).toContain((await download(actor.token, `/api/worker-documents/file/${document.filename}`)).status)
      expect([403, 404]).toContain((await app.rest('GET', `/api/worker-applications/${care.application}`, { token: actor.token })).status)
    }
    expect((await download(care.worker.token, `/api/worker-documents/file/${document.filename}`)).status).toBe(200)
  })

  it('exports a worker’s application and erases it with her documents, keeping the hire as a job that names nobody', async () => {
    const worker = await app.payload.findByID({ collection: 'citizens', id: care.workerId, depth: 0 })
    const copy = await exportPersonalData(app.payload, worker)
    const section = (collection: string) => copy.sections.find((entry) => entry.collection === collection)!.records
    expect(section('worker-applications')).toHaveLength(1)
    expect(section('worker-applications')[0]).toMatchObject({ street: 'Via Padova 120' })
    expect(section('worker-applications')[0]).not.toHaveProperty('staffNotes')
    expect(section('care-proposals')).toHaveLength(1)

    await eraseCitizen(app.payload, care.workerId)
    expect(await readAsSystem(app.payload, 'worker-applications', care.application)).toBeUndefined()
    expect((await app.payload.count({ collection: 'worker-documents', where: { citizen: { equals: care.workerId } } })).totalDocs).toBe(0)
    const proposal = await readAsSystem(app.payload, 'care-proposals', care.proposal)
    expect(proposal).toMatchObject({ status: 'hired', worker: null, contact: { name: null, email: null, phone: null } })
  })
})
