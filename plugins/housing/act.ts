import { sql } from '@payloadcms/db-postgres/drizzle'
import { NotFound, type Payload, type PayloadRequest, type TypedUser } from 'payload'

import {
  HOUSING_ACTIONS,
  HOUSING_STATES,
  type HousingAction,
  type HousingParty,
  type HousingState,
  isHousingAction,
} from '../../collections/HousingApplications/states'
import { loadSettings } from '../../globals/City/settings'
import { addMonths, formatDate, isCalendarDate, today } from '../../lib/dates'
import { languageOf, message, type MessageKey } from '../../lib/i18n'
import { queueJob } from '../../lib/records'
import { isRecordId, relationId } from '../../lib/relations'
import { hasRole, isCitizen, organisationOf } from '../../lib/roles'
import { runSql } from '../../lib/sql'
import { inTransaction, localRequest } from '../../lib/transaction'
import type { HousingApplication } from '../../payload-types'
import { TransitionRefused } from '../requests/errors'
import { actionExistsFrom, OFFER_ANSWER_MS, ruleFor, timedRuleIn } from './lifecycle'
import { notifyHousing } from './notify'

export const HOUSING_TIMER_TASK = 'housing-timer'

export type HousingActor = { user: TypedUser } | { system: true }

type Patch = Partial<Record<keyof HousingApplication, unknown>>

type Step = {
  application: HousingApplication
  input: Record<string, unknown>
  req: PayloadRequest
  now: Date
  timeZone: string
}

const refuse = (req: PayloadRequest, reason: MessageKey, vars?: Record<string, string>, status = 409): never => {
  throw new TransitionRefused(message(req, reason, vars), reason, status)
}

/** A calendar date as the application stores it (midnight UTC), and back. */
const stored = (day: string) => `${day}T00:00:00.000Z`
const dayOf = (value: string | null | undefined) => (value ? value.slice(0, 10) : '')

/** Who the actor is to this application: its household (or an operator acting for it), its ente, the server. */
export const partyOf = (application: HousingApplication, actor: HousingActor): HousingParty | null => {
  if ('system' in actor) return 'system'
  const { user } = actor
  if (isCitizen(user)) return String(user.id) === relationId(application.citizen) ? 'citizen' : null
  return hasRole(user, 'ente-admin', 'ente-operator') && organisationOf(user) === relationId(application.organisation) ? 'ente' : null
}

const reasonOf = (req: PayloadRequest, input: Record<string, unknown>): string => {
  const reason = typeof input.reason === 'string' ? input.reason.trim() : ''
  return reason.length >= 10 && reason.length <= 1000 ? reason : refuse(req, 'housingReasonRequired', undefined, 400)
}

const RELEASE: Patch = { unit: null, startsOn: null, endsOn: null, offerExpiresAt: null, extensionUntil: null }

/**
 * What each action writes beyond the state, after checking its input and its moment. A check
 * that fails refuses the action with the reason in the actor's language; nothing is written.
 */
const STEPS: Record<HousingAction, (step: Step) => Promise<Patch> | Patch> = {
  offer: async ({ application, input, req, now, timeZone }) => {
    const { unit: unitId, startsOn, endsOn } = input
    if (!isCalendarDate(startsOn) || !isCalendarDate(endsOn) || endsOn <= startsOn) refuse(req, 'housingDatesInvalid', undefined, 400)
    if ((startsOn as string) < today(timeZone, now)) refuse(req, 'housingStartPast', undefined, 400)
    const unit =
      typeof unitId === 'string' && isRecordId(unitId)
        ? await req.payload.findByID({ collection: 'housing-units', id: unitId, depth: 0, overrideAccess: true, disableErrors: true, req })
        : null
    if (!unit || relationId(unit.organisation) !== relationId(application.organisation))
      return refuse(req, 'housingUnitNotYours', undefined, 400)
    if ((endsOn as string) > addMonths(startsOn as string, unit.maxMonths))
      refuse(req, 'housingTooLong', { months: String(unit.maxMonths) }, 400)
    const people = application.adults + application.children
    if (unit.places < people) refuse(req, 'housingTooSmall', { places: String(unit.places), people: String(people) }, 400)
    return {
      unit: unit.id,
      startsOn: stored(startsOn as string),
      endsOn: stored(endsOn as string),
      offerExpiresAt: new Date(now.getTime() + OFFER_ANSWER_MS).toISOString(),
      enteReason: null,
    }
  },
  refuse: ({ input, req }) => ({ enteReason: reasonOf(req, input) }),
  withdraw: () => ({ offerExpiresAt: null }),
  accept: ({ application, req, now }) => {
    if (application.offerExpiresAt && now.getTime() >= Date.parse(application.offerExpiresAt)) refuse(req, 'housingOfferExpired')
    return { offerExpiresAt: null }
  },
  decline: () => RELEASE,
  'withdraw-offer': ({ input, req }) => ({ ...RELEASE, enteReason: reasonOf(req, input) }),
  'expire-offer': ({ application, req, now }) => {
    if (!application.offerExpiresAt || now.getTime() < Date.parse(application.offerExpiresAt)) refuse(req, 'notYetDue')
    return RELEASE
  },
  'move-in': ({ application, req, now, timeZone }) => {
    const start = dayOf(application.startsOn)
    if (today(timeZone, now) < start) refuse(req, 'housingMoveInBeforeStart', { start: formatDate(start, languageOf(req), 'UTC') })
    return {}
  },
  'request-extension': async ({ application, input, req }) => {
    if (application.extensionUntil) refuse(req, 'housingExtensionPending')
    const unit = await req.payload.findByID({
      collection: 'housing-units',
      id: relationId(application.unit)!,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const [end, latest] = [dayOf(application.endsOn), addMonths(dayOf(application.startsOn), unit.maxMonths)]
    const { until } = input
    if (!isCalendarDate(until) || until <= end || until > latest) {
      const language = languageOf(req)
      refuse(req, 'housingExtensionInvalid', { end: formatDate(end, language, 'UTC'), latest: formatDate(latest, language, 'UTC') }, 400)
    }
    return { extensionUntil: stored(until as string) }
  },
  'grant-extension': ({ application, req }) => {
    if (!application.extensionUntil) refuse(req, 'housingNoExtensionPending')
    return { endsOn: application.extensionUntil, extensionUntil: null, enteReason: null }
  },
  'refuse-extension': ({ application, input, req }) => {
    if (!application.extensionUntil) refuse(req, 'housingNoExtensionPending')
    return { extensionUntil: null, enteReason: reasonOf(req, input) }
  },
  depart: ({ application, input, req, now, timeZone }) => {
    const on = input.on ?? today(timeZone, now)
    if (!isCalendarDate(on) || on < dayOf(application.startsOn) || on > today(timeZone, now)) {
      refuse(req, 'housingDepartureInvalid', undefined, 400)
    }
    return { endsOn: stored(on as string), extensionUntil: null }
  },
}

/** The database's exclusion constraint refused the unit for those days (SQLSTATE 23P01). */
const isUnitTaken = (error: unknown): boolean => {
  for (let cause = error as { code?: string; cause?: unknown } | undefined; cause; cause = cause.cause as typeof cause) {
    if (cause.code === '23P01') return true
  }
  return false
}

const labelOf = (list: readonly { value: string; label: { it: string; en: string } }[], value: string, req: PayloadRequest) =>
  list.find((entry) => entry.value === value)?.label[languageOf(req)] ?? value

/**
 * Takes an action on an application as the household, its ente or the server, in one
 * transaction with the application's row locked: the table (lifecycle.ts) says whether the
 * party may take it from the current state, the action's step checks its input and its moment
 * and says what to write, the database refuses a unit held twice on one day, and the timer of
 * the new state is set. Every change an application undergoes after it is filed comes here.
 */
export const applyHousingAction = async (
  payload: Payload,
  {
    applicationId,
    action,
    as,
    input = {},
    req: outer,
  }: { applicationId: string; action: string; as: HousingActor; input?: Record<string, unknown>; req?: PayloadRequest },
) => {
  const req = outer ?? (await localRequest(payload, { user: 'user' in as ? as.user : null }))
  if (!isHousingAction(action)) return refuse(req, 'unknownAction', { action }, 400)
  const now = new Date()
  return inTransaction(req, async (req) => {
    const [row] = isRecordId(applicationId)
      ? await runSql(payload, sql`SELECT id FROM housing_applications WHERE id = ${applicationId} FOR UPDATE`, req)
      : []
    if (!row) throw new NotFound(req.t)
    const application = await payload.findByID({
      collection: 'housing-applications',
      id: applicationId,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const party = partyOf(application, as)
    // Someone who is neither the household nor its ente learns nothing of the application, not even that it exists.
    if (!party && !hasRole('user' in as ? as.user : null, 'admin')) throw new NotFound(req.t)
    const from = application.status as HousingState
    const rule = party ? ruleFor(action, from, party) : undefined
    if (!rule) {
      const vars = { action: labelOf(HOUSING_ACTIONS, action, req), state: labelOf(HOUSING_STATES, from, req) }
      return refuse(req, actionExistsFrom(action, from) ? 'housingActionNotYours' : 'housingActionNotNow', vars)
    }
    const { timeZone } = await loadSettings(payload, req)
    const patch = await STEPS[action]({ application, input, req, now, timeZone })
    const to = rule.to ?? from
    let updated: HousingApplication
    try {
      updated = await payload.update({
        collection: 'housing-applications',
        id: applicationId,
        data: { ...patch, status: to } as never,
        overrideAccess: true,
        depth: 0,
        req,
      })
    } catch (error) {
      if (isUnitTaken(error)) return refuse(req, 'housingUnitTaken')
      throw error
    }
    if (rule.notify) {
      // The unit as it was when the action was taken: declining or letting an offer lapse gives it back.
      const unitId = relationId(updated.unit) ?? relationId(application.unit)
      const unit = unitId
        ? await payload.findByID({ collection: 'housing-units', id: unitId, depth: 0, overrideAccess: true, req, select: { name: true } })
        : null
      await notifyHousing(req, rule.notify, updated, unit?.name ?? '')
    }
    const timed = to !== from ? timedRuleIn(to) : undefined
    if (timed && updated[timed.due]) {
      const at = new Date(updated[timed.due]!)
      await queueJob(req, HOUSING_TIMER_TASK, { application: applicationId, action: timed.action }, at)
    }
    return { application: updated, from, to }
  })
}
