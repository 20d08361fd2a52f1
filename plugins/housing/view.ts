import type { PayloadRequest } from 'payload'

import { HOUSING_ACTIONS, type HousingAction, type HousingState } from '../../collections/HousingApplications/states'
import { languageOf } from '../../lib/i18n'
import { relationId } from '../../lib/relations'
import { partyOf } from './act'
import { openActions, ruleFor } from './lifecycle'

/** A unit the ente may offer: enough to choose it and to know what the lifecycle will check. */
export type OfferableUnit = { id: string; name: string; places: number; maxMonths: number }

/** What the admin's panel of an application shows its reader: the actions open to them now, with what each asks for. */
export type HousingView = {
  party: 'citizen' | 'ente' | null
  actions: { action: HousingAction; label: string; input: 'offer' | 'reason' | 'until' | 'on' | null }[]
  units: OfferableUnit[]
}

/**
 * The actions the reader may take on an application now, read through the lifecycle's table,
 * and for an ente that may offer, its own units in the catalogue. The application is read as
 * the reader, so that someone who may not read it learns nothing (and the read is recorded).
 */
export const housingView = async (req: PayloadRequest, applicationId: string): Promise<HousingView> => {
  const application = await req.payload.findByID({
    collection: 'housing-applications',
    id: applicationId,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const party = req.user ? partyOf(application, { user: req.user }) : null
  if (party !== 'ente' && party !== 'citizen') return { party: null, actions: [], units: [] }
  const state = application.status as HousingState
  const language = languageOf(req)
  const actions = openActions(application, party).map((action) => ({
    action,
    label: HOUSING_ACTIONS.find((entry) => entry.value === action)!.label[language],
    input: ruleFor(action, state, party)?.input ?? null,
  }))
  const units =
    party === 'ente' && actions.some(({ action }) => action === 'offer')
      ? (
          await req.payload.find({
            collection: 'housing-units',
            where: { and: [{ organisation: { equals: relationId(application.organisation) } }, { published: { equals: true } }] },
            sort: 'name',
            depth: 0,
            pagination: false,
            overrideAccess: false,
            user: req.user,
            req,
            select: { name: true, places: true, maxMonths: true },
          })
        ).docs.map((unit) => ({ id: String(unit.id), name: unit.name, places: unit.places, maxMonths: unit.maxMonths }))
      : []
  return { party, actions, units }
}
