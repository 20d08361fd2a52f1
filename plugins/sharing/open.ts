import { randomInt } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import { type Payload, type PayloadRequest, type TypedUser } from 'payload'

import { MAX_GROUP_DESCRIPTION_LENGTH } from '../../collections/Groups'
import { loadSettings } from '../../globals/City/settings'
import { isCalendarDate, today } from '../../lib/dates'
import { DAYS, TIME_BANDS } from '../../lib/fields'
import type { Language } from '../../lib/i18n'
import { enforceLimit } from '../../lib/rate-limits'
import { isRecordId, relationId } from '../../lib/relations'
import { hasRole, isCitizen, ORGANISATION_ROLES, organisationOf } from '../../lib/roles'
import { announceSiteContentChange } from '../../lib/site-content'
import { runSql } from '../../lib/sql'
import { inTransaction, localRequest } from '../../lib/transaction'
import { type FieldError, rejectInput } from '../../lib/validation'
import type { Group } from '../../payload-types'
import { recordAudit } from '../audit'
import { displayNameFor } from './members'
import { groupLimitProblems, priceForSize } from './price'
import { refuseGroup } from './refuse'
import { scheduleGroupTimer } from './timers'

/** What whoever opens a group says about it. */
export type OpenGroupInput = {
  service?: unknown
  district?: unknown
  days?: unknown
  timeBands?: unknown
  startDate?: unknown
  joinBy?: unknown
  minMembers?: unknown
  maxMembers?: unknown
  description?: unknown
  /** The organiser family's address, when a citizen opens it. */
  address?: { street?: unknown; postcode?: unknown } | null
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : [])
const whole = (value: unknown): number =>
  typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN
const choices = (values: string[], options: readonly { value: string }[]) =>
  values.every((value) => options.some((option) => option.value === value))

/** A reference people can read out: G-2026-048213. */
const newReference = async (req: PayloadRequest, year: string): Promise<string> => {
  for (;;) {
    const reference = `G-${year}-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`
    const [taken] = await runSql(req.payload, sql`SELECT 1 FROM groups WHERE reference = ${reference}`, req)
    if (!taken) return reference
  }
}

/**
 * Opens a shared group for a published service offered in shared form: a signed-in citizen,
 * who becomes its first member at the price for one family, or the service's own ente. Checked
 * whole (every problem at its field), limited per address and account, written in one transaction.
 */
export const openGroup = async (
  payload: Payload,
  {
    as: { user },
    input,
    language,
    req: outer,
  }: { as: { user: TypedUser }; input: OpenGroupInput; language?: Language; req?: PayloadRequest },
): Promise<Group> => {
  const req = outer ?? (await localRequest(payload, { user, language }))
  const citizen = isCitizen(user)
  if (!citizen && !hasRole(user, ...ORGANISATION_ROLES)) refuseGroup(req, 'groupOpenNotAllowed', undefined, 403)
  await enforceLimit(req, 'openGroup', user.id)
  return inTransaction(req, async () => {
    const settings = await loadSettings(payload, req)
    const errors: FieldError[] = []
    const serviceId = text(input.service)
    const [listed] = isRecordId(serviceId)
      ? await runSql(payload, sql`SELECT 1 FROM service_search WHERE service_id = ${serviceId}`, req)
      : []
    if (!listed) rejectInput(req, 'groups', [{ path: 'service', key: 'requestServiceUnavailable' }])
    const service = await payload.findByID({ collection: 'services', id: serviceId, depth: 0, locale: 'it', overrideAccess: true, req })
    if (!citizen && organisationOf(user) !== relationId(service.organisation)) refuseGroup(req, 'groupOpenNotAllowed', undefined, 403)
    if (service.deliveryMode !== 'shared' && service.deliveryMode !== 'both')
      rejectInput(req, 'groups', [{ path: 'service', key: 'groupServiceNotShared' }])

    const district = text(input.district)
    const served = (service.districts ?? []).map(relationId)
    if (!isRecordId(district) || !served.includes(district)) errors.push({ path: 'district', key: 'groupDistrictNotServed' })
    const days = list(input.days)
    const timeBands = list(input.timeBands)
    if (days.length === 0) errors.push({ path: 'days', key: 'requestNeedsDays' })
    else if (!choices(days, DAYS)) errors.push({ path: 'days', key: 'invalidChoice' })
    if (timeBands.length === 0) errors.push({ path: 'timeBands', key: 'requestNeedsTimeBands' })
    else if (!choices(timeBands, TIME_BANDS)) errors.push({ path: 'timeBands', key: 'invalidChoice' })
    const firstDay = today(settings.timeZone)
    const startDate = text(input.startDate)
    const joinBy = text(input.joinBy)
    if (!isCalendarDate(startDate) || startDate < firstDay) errors.push({ path: 'startDate', key: 'dateNotInFuture' })
    if (!isCalendarDate(joinBy) || joinBy < firstDay || (isCalendarDate(startDate) && joinBy > startDate))
      errors.push({ path: 'joinBy', key: 'groupJoinByOutOfRange' })
    const minMembers = whole(input.minMembers)
    const maxMembers = whole(input.maxMembers)
    errors.push(...groupLimitProblems(service, { minMembers, maxMembers }))
    const description = text(input.description)
    if (description.length > MAX_GROUP_DESCRIPTION_LENGTH)
      errors.push({ path: 'description', key: 'textTooLong', vars: { max: String(MAX_GROUP_DESCRIPTION_LENGTH) } })
    const street = text(input.address?.street)
    const postcode = text(input.address?.postcode)
    if (citizen && !street) errors.push({ path: 'address.street', key: 'groupAddressRequired' })
    if (street.length > 200) errors.push({ path: 'address.street', key: 'textTooLong', vars: { max: '200' } })
    if (postcode.length > 10) errors.push({ path: 'address.postcode', key: 'textTooLong', vars: { max: '10' } })
    rejectInput(req, 'groups', errors)

    const districtName = (await payload.findByID({ collection: 'districts', id: district, depth: 0, select: { name: true }, req })).name
    const now = new Date()
    const firstPrice = priceForSize(service, 1)
    const group = await payload.create({
      collection: 'groups',
      data: {
        reference: await newReference(req, firstDay.slice(0, 4)),
        title: `${service.title} — ${districtName}`,
        status: 'open',
        service: service.id,
        organisation: relationId(service.organisation)!,
        organiser: { relationTo: citizen ? 'citizens' : 'users', value: user.id },
        district,
        days: days as Group['days'],
        timeBands: timeBands as Group['timeBands'],
        minMembers,
        maxMembers,
        memberCount: citizen ? 1 : 0,
        priceCents: firstPrice,
        startDate,
        joinBy,
        description: description || null,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (citizen) {
      await payload.create({
        collection: 'group-members',
        data: {
          group: group.id,
          organisation: relationId(service.organisation)!,
          citizen: user.id,
          displayName: await displayNameFor(req, user.id),
          status: 'active',
          acceptedPriceCents: firstPrice ?? 0,
          goAhead: false,
          address: { street, postcode: postcode || null },
          joinedAt: now.toISOString(),
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
    await recordAudit(req, {
      action: 'transition',
      collection: 'groups',
      documentId: group.id,
      changes: { action: 'open', from: null, to: 'open' },
    })
    await scheduleGroupTimer(req, group, settings)
    await announceSiteContentChange(payload, req)
    return group
  })
}
