import { sql } from '@payloadcms/db-postgres/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type LocalAppIo, startLocalAppIo } from '../../dev/app-io'
import { runDueJobs } from '../../lib/jobs'
import { housingApplicationPath, publicUrl } from '../../lib/links'
import { runSql } from '../../lib/sql'
import { applyHousingAction, type HousingActor } from '../../plugins/housing/act'
import { startTestApp, type TestApp } from '../helpers/app'
import { as } from '../helpers/as'
import { buildFixtures, type Fixtures, TAX_CODES } from '../helpers/fixtures'
import { applyForHousing, housingDay, newHousingUnit } from '../helpers/housing'
import { unique } from '../helpers/identifiers'
import { type Mailbox, sendMailTo, startMailbox } from '../helpers/mailbox'

/**
 * The household and its ente hear of each step of an application: by e-mail, in the household's
 * list of notifications, and, for a home offered, in App IO (here the stand-in on loopback). Each
 * notice names the unit it speaks of, even once an answer has given the unit back.
 */
let app: TestApp
let fx: Fixtures
let mailbox: Mailbox
let io: LocalAppIo
let restoreEnvironment: () => void
const API_KEY = 'chiave-del-servizio-wemi'
const CITIZEN = 'citizen1@test.example'
const ENTE = 'enteadmin@test.example'

beforeAll(async () => {
  mailbox = await startMailbox()
  restoreEnvironment = sendMailTo(mailbox)
  io = await startLocalAppIo({ apiKey: API_KEY })
  Object.assign(process.env, { APP_IO_API_KEY: API_KEY, APP_IO_API_URL: io.url })
  app = await startTestApp()
  fx = await buildFixtures(app.payload, app.rest)
  io.setProfile(TAX_CODES.citizen1, { senderAllowed: true })
})
afterAll(async () => {
  await app?.close()
  await io?.close()
  await mailbox?.close()
  delete process.env.APP_IO_API_KEY
  delete process.env.APP_IO_API_URL
  restoreEnvironment?.()
})

const day = housingDay
const asEnte = (): HousingActor => ({ user: fx.actors.enteAdmin.user as never })
const asCitizen = (): HousingActor => ({ user: fx.actors.citizen.user as never })
const newUnit = (name: string) => newHousingUnit(app.payload, fx, { name })
const apply = () => applyForHousing(app.payload, fx)

const notificationsOf = (application: string) =>
  runSql<{ kind: string; subject: string; citizen_id: string | null; organisation_id: string | null; email_status: string }>(
    app.payload,
    sql`SELECT kind, subject, citizen_id, organisation_id, email_status FROM notifications WHERE housing_application_id = ${application} ORDER BY created_at`,
  )

describe('housing notices', () => {
  // An ente takes applications once it shows a unit in the catalogue.
  beforeAll(() => newUnit(unique('Camera Glicine')))

  it('tells the ente of a new application, and the household of a home offered by e-mail and in App IO', async () => {
    const application = await apply()
    await runDueJobs(app.payload)
    const toEnte = await mailbox.waitFor(ENTE, /^Nuova domanda di alloggio temporaneo$/)
    expect(toEnte.text).toContain('Un nucleo di 3 persone chiede un alloggio dal')
    expect(toEnte.links).toContain(publicUrl(`/admin/collections/housing-applications/${application}`))

    const unit = unique('Bilocale Tigli')
    const ioBefore = io.messages.length
    await applyHousingAction(app.payload, {
      applicationId: application,
      action: 'offer',
      as: asEnte(),
      input: { unit: await newUnit(unit), startsOn: day(7), endsOn: day(97) },
    })
    await runDueJobs(app.payload)
    const offered = await mailbox.waitFor(CITIZEN, /^Ti è stato proposto un alloggio$/)
    expect(offered.text).toMatch(
      new RegExp(`Ente orgA ti propone «${unit}» dal \\d+ \\p{L}+ \\d{4} al \\d+ \\p{L}+ \\d{4}\\. Rispondi entro`, 'u'),
    )
    const area = publicUrl(housingApplicationPath('it', application))
    expect(offered.links).toContain(area)

    const fresh = io.messages.slice(ioBefore)
    expect(fresh).toHaveLength(1)
    expect(fresh[0]).toMatchObject({ fiscalCode: TAX_CODES.citizen1, subject: 'Ti è stato proposto un alloggio', delivered: true })
    expect(fresh[0]!.markdown).toContain(`(${area})`)
    expect(fresh[0]!.markdown).toContain(`ti propone «${unit}»`)
    const [record] = await runSql<{ notice: string; status: string }>(
      app.payload,
      sql`SELECT notice, status FROM io_messages WHERE citizen_id = ${fx.citizens.citizen1} ORDER BY created_at DESC LIMIT 1`,
    )
    expect(record).toEqual({ notice: 'stay-offered', status: 'sent' })

    // The household declines: the unit goes back, and the ente's notice still names it.
    await applyHousingAction(app.payload, { applicationId: application, action: 'decline', as: asCitizen() })
    await runDueJobs(app.payload)
    const declined = await mailbox.waitFor(ENTE, /^Una proposta di alloggio è stata rifiutata$/)
    expect(declined.text).toContain(`Il nucleo ha rifiutato «${unit}»`)
    // Only the offer goes to App IO.
    expect(io.messages.length).toBe(ioBefore + 1)

    await applyHousingAction(app.payload, {
      applicationId: application,
      action: 'refuse',
      as: asEnte(),
      input: { reason: 'Non abbiamo più alloggi per tre persone fino a marzo.' },
    })
    await runDueJobs(app.payload)
    const refused = await mailbox.waitFor(CITIZEN, /^La tua domanda di alloggio non è stata accolta$/)
    expect(refused.text).toContain('Ente orgA non può accoglierti: «Non abbiamo più alloggi per tre persone fino a marzo.»')

    expect(await notificationsOf(application)).toEqual([
      expect.objectContaining({
        kind: 'housing-new-application',
        organisation_id: fx.organisations.orgA,
        citizen_id: null,
        email_status: 'sent',
      }),
      expect.objectContaining({ kind: 'housing-offered', subject: unit, citizen_id: fx.citizens.citizen1, email_status: 'sent' }),
      expect.objectContaining({
        kind: 'housing-offer-declined',
        subject: unit,
        organisation_id: fx.organisations.orgA,
        email_status: 'sent',
      }),
      expect.objectContaining({ kind: 'housing-refused', citizen_id: fx.citizens.citizen1, email_status: 'sent' }),
    ])
  })

  it('lists the household’s notices in its area, each leading to the application', async () => {
    const { docs } = await app.payload.find({
      collection: 'notifications',
      where: { kind: { equals: 'housing-offered' } },
      depth: 0,
      ...as(fx.actors.citizen),
    })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs[0]!.housingApplication).toBeTruthy()
    // Another household reads none of them.
    const { totalDocs } = await app.payload.count({
      collection: 'notifications',
      where: { kind: { equals: 'housing-offered' } },
      ...as(fx.extraActors.citizen2),
    })
    expect(totalDocs).toBe(0)
  })
})
