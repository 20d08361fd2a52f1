import type { Payload } from 'payload'

import { addDays, today } from '../../lib/dates'
import { CITY_TIME_ZONE } from '../../seed/cities'
import { as } from './as'
import type { Actor, Fixtures } from './fixtures'
import { unique } from './identifiers'

/** A calendar day some days from today in the city. */
export const housingDay = (days: number) => addDays(today(CITY_TIME_ZONE), days)

/** A unit of ente A in the catalogue, written by its administrator; its id. */
export const newHousingUnit = async (payload: Payload, fx: Fixtures, overrides: Record<string, unknown> = {}) =>
  String(
    (
      await payload.create({
        collection: 'housing-units',
        data: {
          name: unique('Bilocale via Padova'),
          kind: 'two-room',
          places: 4,
          district: fx.districts.d1,
          street: 'Via Padova 120',
          audiences: ['families'],
          monthlyContributionCents: 15_000,
          maxMonths: 6,
          published: true,
          ...overrides,
        } as never,
        ...as(fx.actors.enteAdmin),
      })
    ).id,
  )

/** A household of one adult and two children, whose home burned, applies to ente A for three months; the application's id. */
export const applyForHousing = async (payload: Payload, fx: Fixtures, citizen: Actor = fx.actors.citizen): Promise<string> =>
  String(
    (
      await payload.create({
        collection: 'housing-applications',
        data: {
          organisation: fx.organisations.orgA,
          reason: 'disaster',
          adults: 1,
          children: 2,
          situation: 'Incendio nel palazzo: io e i miei due figli non possiamo tornare a casa.',
          wantedFrom: housingDay(3),
          wantedMonths: 3,
        } as never,
        ...as(citizen),
      })
    ).id,
  )
