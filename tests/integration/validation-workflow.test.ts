import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runDueJobs } from '../../lib/jobs'
import { runSql } from '../../lib/sql'
import { CITY_PROFILE } from '../../seed/cities'
import { startTestApp, type TestApp } from '../helpers/app'
import { as, refusal } from '../helpers/as'
import { buildFixtures, type Actor, type Fixtures, lexical, serviceSections } from '../helpers/fixtures'
import { unique } from '../helpers/identifiers'
import { type Mailbox, sendMailTo, startMailbox } from '../helpers/mailbox'

/**
 * How an ente sends a service (and its accreditation) to WeMi and how WeMi decides: explicit
 * actions through one endpoint, the same workflow table for REST, GraphQL and the Local API,
 * the sections a resident needs checked before anything reaches WeMi, readable refusals and an
 * e-mail to the ente, in its language, for each decision.
 */
let mailbox: Mailbox
let app: TestApp
let fx: Fixtures
let restoreEnvironment = () => {}

beforeAll(async () => {
  mailbox = await startMailbox()
  restoreEnvironment = sendMailTo(mailbox)
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
})

afterAll(async () => {
  await app?.close()
  await mailbox?.close()
  restoreEnvironment()
})

const SECTIONS = serviceSections()

/** A draft of an ente's own (A's by default), with the sections given (none by default). */
const draft = async (
  sections: Partial<typeof SECTIONS> = {},
  owner = { actor: fx.actors.enteAdmin, organisation: fx.organisations.orgA },
) =>
  app.payload.create({
    collection: 'services',
    data: {
      title: unique('Servizio'),
      summary: 'Aiuto a casa.',
      organisation: owner.organisation,
      category: fx.categories.a1,
      districts: [fx.districts.d1],
      priceModel: 'per-hour',
      priceCents: 1800,
      ...sections,
    } as never,
    ...as(owner.actor),
  })

const workflow = (actor: Actor, collection: 'services' | 'organisations', id: string, body: Record<string, unknown>, language?: 'en') =>
  app.rest('POST', `/api/${collection}/${id}/workflow`, { token: actor.token, body, language })

/** The service's versions and the newest one's validation, as the database holds them. */
const serviceFootprint = async (id: string) => {
  const [row] = await runSql<Record<string, unknown>>(
    app.payload,
    sql`SELECT
      (SELECT count(*) FROM _services_v WHERE parent_id = ${id})::int AS versions,
      (SELECT row_to_json(s)::text FROM services s WHERE s.id = ${id}) AS live,
      (SELECT version_validation_status FROM _services_v WHERE parent_id = ${id} ORDER BY created_at DESC LIMIT 1) AS latest,
      (SELECT count(*) FROM payload_jobs WHERE task_slug = 'send-validation-decision-email')::int AS emails`,
  )
  return row
}

const latest = (id: string) => app.payload.findByID({ collection: 'services', id, draft: true, depth: 0 })

/** WeMi's e-mails are sent by the job queue once the decision is committed. */
const deliverEmails = async () => {
  await runDueJobs(app.payload)
}

describe('the required sections', () => {
  it('keeps a service with empty sections from WeMi, naming them, through every door, and changes nothing', async () => {
    const service = await draft({ description: SECTIONS.description, audience: SECTIONS.audience })
    const before = await serviceFootprint(service.id)

    const button = await workflow(fx.actors.enteAdmin, 'services', service.id, { action: 'submit' })
    expect(button.status).toBe(400)
    const expected = 'Prima di inviarlo a WeMi o di pubblicarlo, compila queste sezioni del servizio: Come fare, Cosa si ottiene, Costi.'
    expect(button.body.errors[0].message).toBe(expected)
    expect(button.body.errors[0].data.errors[0]).toEqual({ path: 'validation.status', message: expected })

    const english = await workflow(fx.actors.enteAdmin, 'services', service.id, { action: 'submit' }, 'en')
    expect(english.body.errors[0].message).toBe(
      'Before sending it to WeMi or publishing it, fill in these sections of the service: How to apply, What you get, Costs.',
    )

    const rest = await app.rest('PATCH', `/api/services/${service.id}?draft=true`, {
      token: fx.actors.enteAdmin.token,
      body: { validation: { status: 'submitted' } },
    })
    expect(rest.status).toBe(400)
    expect(rest.body.errors[0].message).toBe(expected)

    const graphql = await app.rest('POST', '/api/graphql', {
      token: fx.actors.enteAdmin.token,
      body: { query: `mutation { updateService(id: "${service.id}", draft: true, data: { validation: { status: submitted } }) { id } }` },
    })
    expect(graphql.body.data?.updateService ?? null).toBeNull()
    expect(graphql.body.errors[0].extensions.statusCode).toBe(400)

    const local = await refusal(
      app.payload.update({
        collection: 'services',
        id: service.id,
        data: { validation: { status: 'submitted' } },
        draft: true,
        ...as(fx.actors.enteAdmin),
      }),
    )
    expect(local.status).toBe(400)

    // WeMi cannot publish it either, which is how four empty sections once went live.
    const approve = await workflow(fx.actors.admin, 'services', service.id, { action: 'approve' })
    expect(approve.status).toBe(400)
    expect(approve.body.errors[0].message).toBe(expected)
    const publish = await refusal(
      app.payload.update({ collection: 'services', id: service.id, data: { _status: 'published' }, ...as(fx.actors.admin) }),
    )
    expect(publish.status).toBe(400)

    expect(await serviceFootprint(service.id)).toEqual(before)
  })

  it('takes rich text with nothing but blanks as empty', async () => {
    const service = await draft({ ...SECTIONS, description: lexical('   ') })
    const button = await workflow(fx.actors.enteAdmin, 'services', service.id, { action: 'submit' })
    expect(button.status).toBe(400)
    expect(button.body.errors[0].message).toContain(': Descrizione.')
  })
})

describe('sending a service to WeMi and WeMi’s decision', () => {
  it('goes from the ente’s button to WeMi’s request for corrections and approval, with an e-mail for each decision', async () => {
    const service = await draft(SECTIONS)

    const sent = await workflow(fx.actors.enteAdmin, 'services', service.id, { action: 'submit' })
    expect(sent.status).toBe(200)
    expect((await latest(service.id)).validation).toMatchObject({ status: 'submitted', submittedAt: expect.any(String) })

    // Pressing it again says what is going on instead of a field path.
    const again = await workflow(fx.actors.enteAdmin, 'services', service.id, { action: 'submit' })
    expect(again.status).toBe(400)
    expect(again.body.errors[0].message).toBe('Questo servizio è già in attesa di validazione.')

    // The ente cannot decide for WeMi, through the button or around it.
    const selfApproval = await workflow(fx.actors.enteAdmin, 'services', service.id, { action: 'approve' })
    expect(selfApproval.status).toBe(403)
    const sideways = await app.rest('PATCH', `/api/services/${service.id}?draft=true`, {
      token: fx.actors.enteAdmin.token,
      body: { validation: { status: 'to-correct', notes: 'Va bene così' } },
    })
    expect(sideways.status).toBe(400)
    expect(sideways.body.errors[0].message).toBe('Non puoi passare da «Inviato a WeMi per la validazione» a «Da correggere».')
    expect((await latest(service.id)).validation.status).toBe('submitted')

    const silent = await workflow(fx.actors.admin, 'services', service.id, { action: 'request-changes', comment: '  ' })
    expect(silent.status).toBe(400)
    expect(silent.body.errors[0].message).toBe('Scrivi che cosa va corretto: l’ente riceve il commento per e-mail.')

    const comment = 'Indicate le qualifiche del personale.'
    const back = await workflow(fx.actors.admin, 'services', service.id, { action: 'request-changes', comment })
    expect(back.status).toBe(200)
    expect((await latest(service.id)).validation).toMatchObject({ status: 'to-correct', notes: comment })
    await deliverEmails()
    const correction = await mailbox.waitFor('enteadmin@test.example', /Servizio da correggere/, 10_000)
    expect(correction.language).toBe('it')
    expect(correction.subject).toBe(`Servizio da correggere: «${service.title}»`)
    expect(correction.text).toContain(`Il commento di WeMi: ${comment}`)
    expect(correction.links).toEqual([expect.stringMatching(new RegExp(`/admin/collections/services/${service.id}$`))])

    expect((await workflow(fx.actors.enteAdmin, 'services', service.id, { action: 'submit' })).status).toBe(200)
    const approved = await workflow(fx.actors.admin, 'services', service.id, { action: 'approve' })
    expect(approved.status).toBe(200)
    const published = await app.payload.findByID({ collection: 'services', id: service.id, depth: 0 })
    expect(published).toMatchObject({ _status: 'published', validation: { status: 'published', notes: null } })
    await deliverEmails()
    const approval = await mailbox.waitFor('enteadmin@test.example', /Servizio pubblicato/, 10_000)
    expect(approval.subject).toBe(`Servizio pubblicato: «${service.title}»`)
    expect(approval.text).not.toContain('Il commento di WeMi')

    const twice = await workflow(fx.actors.admin, 'services', service.id, { action: 'approve' })
    expect(twice.body.errors[0].message).toBe('Questo servizio è già pubblicato.')
  })

  it('writes to the ente in its own language', async () => {
    await app.payload.update({ collection: 'users', id: fx.users.enteAdminB, data: { language: 'en' }, overrideAccess: true })
    const service = await draft(SECTIONS, { actor: fx.extraActors.enteAdminB, organisation: fx.organisations.orgB })
    expect((await workflow(fx.extraActors.enteAdminB, 'services', service.id, { action: 'submit' })).status).toBe(200)
    await workflow(fx.actors.admin, 'services', service.id, { action: 'request-changes', comment: 'Add the prices for weekends.' })
    await deliverEmails()
    const mail = await mailbox.waitFor('enteadminb@test.example', /Service to correct/, 10_000)
    expect(mail.language).toBe('en')
    expect(mail.subject).toBe(`Service to correct: “${service.title}”`)
    expect(mail.text).toContain('WeMi’s comment: Add the prices for weekends.')
  })

  it('refuses to approve a service emptied after it was sent, and sends nothing', async () => {
    const service = await draft(SECTIONS)
    await workflow(fx.actors.enteAdmin, 'services', service.id, { action: 'submit' })
    await app.payload.update({ collection: 'services', id: service.id, data: { costs: '' }, draft: true, ...as(fx.actors.enteAdmin) })
    expect((await latest(service.id)).validation.status).toBe('submitted')
    const before = await serviceFootprint(service.id)
    const refused = await workflow(fx.actors.admin, 'services', service.id, { action: 'approve' })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toContain('compila queste sezioni del servizio: Costi.')
    expect(await serviceFootprint(service.id)).toEqual(before)
  })

  it('refuses an unknown action and someone else’s service', async () => {
    const service = await draft(SECTIONS)
    const unknown = await workflow(fx.actors.enteAdmin, 'services', service.id, { action: 'publish-now' })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].message).toBe('Questa azione non esiste.')
    const stranger = await workflow(fx.extraActors.enteAdminB, 'services', service.id, { action: 'submit' })
    expect(stranger.status).toBe(404)
    const anonymous = await app.rest('POST', `/api/services/${service.id}/workflow`, { body: { action: 'submit' } })
    expect(anonymous.status).toBe(403)
    expect((await latest(service.id)).validation.status).toBe('draft')
  })
})

describe('an ente’s accreditation', () => {
  it('is sent back with a comment, sent again and accredited, with an e-mail to the ente each time WeMi decides', async () => {
    const id = fx.organisations.orgPending
    const noScope = await workflow(fx.actors.admin, 'organisations', id, { action: 'approve' })
    expect(noScope.status).toBe(400)
    expect(noScope.body.errors[0].message).toBe(
      `Per accreditare un ente indica almeno una categoria e un ${CITY_PROFILE.wording.it.districtLabel.toLowerCase()}.`,
    )
    expect(JSON.stringify(noScope.body)).not.toContain('non valid')

    const back = await workflow(fx.actors.admin, 'organisations', id, { action: 'request-changes', comment: 'Allegate lo statuto.' })
    expect(back.status).toBe(200)
    await deliverEmails()
    const correction = await mailbox.waitFor('enteadminpending@test.example', /Accreditamento da correggere/, 10_000)
    expect(correction.text).toContain('Il commento di WeMi: Allegate lo statuto.')

    // Only WeMi accredits, whatever door the ente tries.
    const selfAccredit = await app.rest('PATCH', `/api/organisations/${id}`, {
      token: fx.extraActors.enteAdminPending.token,
      body: { accreditation: { status: 'accredited' } },
    })
    expect(selfAccredit.status).toBe(400)
    expect(selfAccredit.body.errors[0].message).toBe('Non puoi passare da «Da correggere» a «Accreditato».')
    expect(selfAccredit.body.errors[0].message).not.toContain('accreditation.status')
    const viaGraphql = await app.rest('POST', '/api/graphql', {
      token: fx.extraActors.enteAdminPending.token,
      body: { query: `mutation { updateOrganisation(id: "${id}", data: { accreditation: { status: accredited } }) { id } }` },
    })
    expect(viaGraphql.body.data?.updateOrganisation ?? null).toBeNull()
    expect(viaGraphql.body.errors[0].message).toBe('Non puoi passare da «Da correggere» a «Accreditato».')
    const stillWaiting = await app.payload.findByID({ collection: 'organisations', id, depth: 0 })
    expect(stillWaiting.accreditation?.status).toBe('to-correct')

    expect((await workflow(fx.extraActors.enteAdminPending, 'organisations', id, { action: 'submit' })).status).toBe(200)
    const waiting = await workflow(fx.extraActors.enteAdminPending, 'organisations', id, { action: 'submit' })
    expect(waiting.body.errors[0].message).toBe('Questo ente è già in attesa dell’accreditamento.')

    await app.payload.update({
      collection: 'organisations',
      id,
      data: { accreditation: { categories: [fx.categories.b1], districts: [fx.districts.d2] } },
      ...as(fx.actors.admin),
    })
    const accredited = await workflow(fx.actors.admin, 'organisations', id, { action: 'approve', comment: 'Benvenuti.' })
    expect(accredited.status).toBe(200)
    expect(accredited.body.doc.accreditation).toMatchObject({ status: 'accredited', notes: 'Benvenuti.' })
    await deliverEmails()
    const welcome = await mailbox.waitFor('enteadminpending@test.example', /Ente accreditato/, 10_000)
    expect(welcome.subject).toBe('Ente accreditato: Ente orgPending')
  })
})
