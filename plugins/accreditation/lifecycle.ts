import { randomBytes } from 'node:crypto'

import type { CollectionAfterChangeHook, Payload, PayloadRequest, TaskConfig } from 'payload'

import { EXPIRY } from '../../collections/Organisations/accreditation'
import { DAY_MS } from '../../lib/dates'
import { enteAdministrators } from '../../lib/ente-administrators'
import { languageFrom } from '../../lib/i18n'
import { invitationUrl } from '../../lib/links'
import { queueJob } from '../../lib/records'
import type { Organisation } from '../../payload-types'
import { recordAudit } from '../audit'
import { newApplicationToken, tellApplicant } from './application'
import { expiryDay, organisationAdminUrl, sendAccreditationEmail } from './emails'

export const REMINDER_TASK = 'accreditation-reminder'
export const EXPIRY_TASK = 'accreditation-expiry'
export const INVITATION_TASK = 'accreditation-invitation'
export const CORRECTION_TASK = 'application-correction-email'

/** How long an invitation to choose a password stays valid. */
const INVITATION_DAYS = 7

/** The application's own fields, to write back with one changed (its documents are another collection's). */
const applicationOf = ({ application }: Organisation) => {
  const { documents: _documents, ...fields } = application ?? {}
  return fields
}

const statusOf = (doc: Partial<Organisation> | undefined) => doc?.accreditation?.status
const expiryOf = (doc: Partial<Organisation> | undefined) => doc?.accreditation?.expiresAt ?? null

/**
 * Queues, in the transaction that accredits or renews an organisation, the timers of its
 * accreditation: a reminder `EXPIRY.reminderDays` before the expiry date and the expiry itself.
 * Each carries the date it was set for, so a renewal leaves the old ones with nothing to do.
 */
const scheduleExpiry = async (req: PayloadRequest, organisation: Organisation) => {
  const expiresAt = expiryOf(organisation)
  if (!expiresAt) return
  const end = new Date(expiresAt)
  for (const days of EXPIRY.reminderDays) {
    const at = new Date(end.getTime() - days * DAY_MS)
    if (at.getTime() > Date.now()) await queueJob(req, REMINDER_TASK, { organisation: String(organisation.id), expiresAt, days }, at)
  }
  await queueJob(req, EXPIRY_TASK, { organisation: String(organisation.id), expiresAt }, end)
}

/**
 * Creates the ente's first administrator, from the application, when WeMi accredits it: an
 * account with no usable password, and an invitation to choose one. An organisation that
 * already has an administrator, or whose named person already works on WeMi, invites nobody.
 */
const inviteFirstAdministrator = async (req: PayloadRequest, organisation: Organisation) => {
  const { adminEmail, adminName, language } = organisation.application ?? {}
  if (!adminEmail || organisation.application?.invitedAt) return
  const id = String(organisation.id)
  if ((await enteAdministrators(req.payload, id, req)).length > 0) return
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { email: { equals: adminEmail } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) return
  const user = await req.payload.create({
    collection: 'users',
    data: {
      name: adminName || organisation.name,
      email: adminEmail,
      roles: ['ente-admin'],
      organisation: id,
      language: languageFrom(language),
      password: randomBytes(32).toString('base64url'),
    },
    overrideAccess: true,
    req,
  })
  await recordAudit(req, {
    action: 'create',
    collection: 'users',
    documentId: String(user.id),
    changes: { roles: { from: null, to: ['ente-admin'] }, invitedFor: id },
  })
  await req.payload.update({
    collection: 'organisations',
    id,
    data: { application: { ...applicationOf(organisation), invitedAt: new Date().toISOString() } },
    overrideAccess: true,
    depth: 0,
    req,
    context: { accreditationEffectsDone: true },
  })
  await queueJob(req, INVITATION_TASK, { organisation: id, user: String(user.id) })
}

/** Whether an organisation came in through the public application and has nobody who could sign in yet. */
const isApplicant = async (req: PayloadRequest, organisation: Organisation) =>
  Boolean(organisation.application?.adminEmail) && (await enteAdministrators(req.payload, String(organisation.id), req)).length === 0

/**
 * What follows a change of accreditation, in the change's transaction: the system's own
 * changes are audited as transitions (people's are audited as updates), an applicant is told
 * of corrections, an accreditation invites the first administrator and sets its timers.
 */
export const accreditationEffects: CollectionAfterChangeHook<Organisation> = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.accreditationEffectsDone) return doc
  const [from, to] = [operation === 'create' ? null : statusOf(previousDoc), statusOf(doc)]
  const moved = from !== to
  // A person's change is audited as their update; the applicant (who has no account) and the
  // timers say through the request's context what they did.
  if (moved && req.context.auditVia) {
    await recordAudit(req, {
      action: 'transition',
      collection: 'organisations',
      documentId: String(doc.id),
      changes: { accreditation: { status: { from, to } }, via: req.context.auditVia },
    })
  }
  if (moved && to === 'to-correct' && (await isApplicant(req, doc))) {
    await queueJob(req, CORRECTION_TASK, { organisation: String(doc.id) })
  }
  if (to === 'accredited' && (moved || expiryOf(doc) !== expiryOf(previousDoc))) {
    await scheduleExpiry(req, doc)
    if (moved) await inviteFirstAdministrator(req, doc)
  }
  return doc
}

/** The organisation, if it is still accredited until the date a timer was set for. */
const stillDue = async (payload: Payload, { organisation, expiresAt }: { organisation: string; expiresAt: string }) => {
  const doc = await payload.findByID({ collection: 'organisations', id: organisation, depth: 0, overrideAccess: true, disableErrors: true })
  const same = doc && doc.accreditation.status === 'accredited' && new Date(expiryOf(doc) ?? 0).getTime() === new Date(expiresAt).getTime()
  return same ? doc : null
}

/** Tells each administrator (and the ente's own address) of a deadline or an expiry. */
const tellEnte = async (payload: Payload, organisation: Organisation, kind: 'reminder' | 'expired', days = 0) => {
  const recipients = await enteAdministrators(payload, String(organisation.id))
  const addresses = new Set(recipients.map((user) => user.email.toLowerCase()))
  const all =
    organisation.email && !addresses.has(organisation.email.toLowerCase())
      ? [...recipients, { email: organisation.email, language: 'it' }]
      : recipients
  for (const { email, language } of all) {
    await sendAccreditationEmail(payload, {
      to: email,
      language,
      kind,
      vars: { name: organisation.name, days: String(days), expiresOn: await expiryDay(payload, expiryOf(organisation), language) },
      url: organisationAdminUrl(String(organisation.id)),
    })
  }
  return all.length
}

type TimerInput = { organisation: string; expiresAt: string }

export const remindOfExpiry: TaskConfig<{ input: TimerInput & { days: number }; output: { outcome: string } }> = {
  slug: REMINDER_TASK,
  retries: 3,
  inputSchema: [
    { name: 'organisation', type: 'text', required: true },
    { name: 'expiresAt', type: 'text', required: true },
    { name: 'days', type: 'number', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const organisation = await stillDue(req.payload, input)
    // A reminder for this deadline or a nearer one already went out (a retry, or timers run late together).
    const last = organisation?.accreditation.lastReminderDays
    const passed = new Date(input.expiresAt).getTime() <= Date.now()
    if (!organisation || passed || (last != null && last <= input.days)) return { output: { outcome: 'nothing to remind' } }
    await req.payload.update({
      collection: 'organisations',
      id: organisation.id,
      data: { accreditation: { lastReminderDays: input.days } },
      overrideAccess: true,
      depth: 0,
      context: { accreditationEffectsDone: true },
    })
    await recordAudit(req, {
      action: 'update',
      collection: 'organisations',
      documentId: String(organisation.id),
      changes: { accreditation: { expiryReminder: { days: input.days, expiresAt: input.expiresAt } } },
    })
    return { output: { outcome: `reminded ${await tellEnte(req.payload, organisation, 'reminder', input.days)}` } }
  },
}

export const expireAccreditation: TaskConfig<{ input: TimerInput; output: { outcome: string } }> = {
  slug: EXPIRY_TASK,
  retries: 3,
  inputSchema: [
    { name: 'organisation', type: 'text', required: true },
    { name: 'expiresAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const organisation = await stillDue(req.payload, input)
    if (!organisation || new Date(input.expiresAt).getTime() > Date.now()) return { output: { outcome: 'nothing to expire' } }
    const suspended = await req.payload.update({
      collection: 'organisations',
      id: organisation.id,
      data: { accreditation: { status: EXPIRY.expiredTo } },
      overrideAccess: true,
      depth: 0,
      req,
      context: { auditVia: 'expiry' },
    })
    return { output: { outcome: `suspended, told ${await tellEnte(req.payload, suspended, 'expired')}` } }
  },
}

export const sendInvitation: TaskConfig<{ input: { organisation: string; user: string }; output: { outcome: string } }> = {
  slug: INVITATION_TASK,
  retries: 3,
  inputSchema: [
    { name: 'organisation', type: 'text', required: true },
    { name: 'user', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req: { payload } }) => {
    const [organisation, user] = await Promise.all([
      payload.findByID({ collection: 'organisations', id: input.organisation, depth: 0, overrideAccess: true }),
      payload.findByID({ collection: 'users', id: input.user, depth: 0, overrideAccess: true, disableErrors: true }),
    ])
    if (!user) return { output: { outcome: 'no such user' } }
    // The token is made when the e-mail goes out, so that no queue or log ever holds it.
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email: user.email },
      disableEmail: true,
      expiration: INVITATION_DAYS * DAY_MS,
    })
    if (!token) return { output: { outcome: 'no token' } }
    await sendAccreditationEmail(payload, {
      to: user.email,
      language: user.language,
      kind: 'invitation',
      vars: { name: organisation.name, expiresOn: await expiryDay(payload, expiryOf(organisation), user.language) },
      url: invitationUrl(token),
    })
    return { output: { outcome: 'invited' } }
  },
}

/** Sends the applicant WeMi's request for corrections, with a new link (the old ones stop working). */
export const sendCorrectionRequest: TaskConfig<{ input: { organisation: string }; output: { outcome: string } }> = {
  slug: CORRECTION_TASK,
  retries: 3,
  inputSchema: [{ name: 'organisation', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req: { payload } }) => {
    const organisation = await payload.findByID({ collection: 'organisations', id: input.organisation, depth: 0, overrideAccess: true })
    if (organisation.accreditation.status !== 'to-correct') return { output: { outcome: 'no longer to correct' } }
    const { token, tokenHash } = newApplicationToken()
    const updated = await payload.update({
      collection: 'organisations',
      id: organisation.id,
      data: { application: { ...applicationOf(organisation), tokenHash } },
      overrideAccess: true,
      depth: 0,
      context: { accreditationEffectsDone: true },
    })
    await tellApplicant(payload, updated, token, 'to-correct')
    return { output: { outcome: 'sent' } }
  },
}
