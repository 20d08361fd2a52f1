import { randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionBeforeValidateHook } from 'payload'

import { isCalendarDate, today } from '../../../lib/dates'
import type { MessageKey } from '../../../lib/i18n'
import { isRecordId, relationId } from '../../../lib/relations'
import { isCitizen } from '../../../lib/roles'
import { runSql, sqlArray } from '../../../lib/sql'
import { rejectInput } from '../../../lib/validation'
import { loadSettings } from '../../../globals/City/settings'

export const REQUEST_SERVICES = 'requestServices'

export const MAX_ENTI_PER_REQUEST = 5

/** Unambiguous letters and digits, so that a reference read out on the phone is understood. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

const newReference = (): string => `WM-${[...randomBytes(6)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('')}`

/**
 * Checks a new request and fills in what the server decides: who sends it (the signed-in
 * citizen), its reference, its category and the enti asked. The services must be in the
 * public catalogue, of one category, from different enti, one to five of them.
 */
export const prepareRequest: CollectionBeforeValidateHook = async ({ data, req, operation }) => {
  if (operation !== 'create' || !data) return data
  const { payload, user } = req
  if (isCitizen(user)) data.citizen = user!.id
  const wanted = Array.isArray(data.services) ? data.services : data.services ? [data.services] : []
  const ids = [...new Set(wanted.map(relationId).filter(isRecordId))]
  const errors: { path: string; key: MessageKey }[] = []
  if (ids.length === 0) errors.push({ path: 'services', key: 'requestNeedsServices' })
  if (ids.length > MAX_ENTI_PER_REQUEST) errors.push({ path: 'services', key: 'requestTooManyServices' })
  const services =
    ids.length > 0 && ids.length <= MAX_ENTI_PER_REQUEST
      ? await runSql<{ id: string; organisation: string; category: string }>(
          payload,
          sql`SELECT service_id AS id, organisation_id AS organisation, category_id AS category
              FROM service_search WHERE service_id = ANY(${sqlArray(ids, 'uuid')})`,
          req,
        )
      : []
  if (ids.length > 0 && services.length !== ids.length && ids.length <= MAX_ENTI_PER_REQUEST) {
    errors.push({ path: 'services', key: 'requestServiceUnavailable' })
  }
  if (new Set(services.map((service) => service.category)).size > 1) errors.push({ path: 'services', key: 'requestMixedCategories' })
  if (new Set(services.map((service) => service.organisation)).size < services.length)
    errors.push({ path: 'services', key: 'requestSameOrganisation' })

  const firstDay = today((await loadSettings(payload, req)).timeZone)
  const start = String(data.period?.start ?? '').slice(0, 10)
  const end = String(data.period?.end ?? '').slice(0, 10)
  if (!isCalendarDate(start) || start < firstDay) errors.push({ path: 'period.start', key: 'dateNotInFuture' })
  if (!isCalendarDate(end) || (isCalendarDate(start) && end < start)) errors.push({ path: 'period.end', key: 'periodEndBeforeStart' })
  // An ente cannot quote for a need without knowing on which days and at what time of day.
  if (!Array.isArray(data.period?.days) || data.period.days.length === 0) errors.push({ path: 'period.days', key: 'requestNeedsDays' })
  if (!Array.isArray(data.period?.timeBands) || data.period.timeBands.length === 0)
    errors.push({ path: 'period.timeBands', key: 'requestNeedsTimeBands' })
  rejectInput(req, 'requests', errors)

  data.services = ids
  data.category = services[0]!.category
  data.organisations = services.map((service) => service.organisation)
  data.reference = newReference()
  req.context[REQUEST_SERVICES] = services
  return data
}
