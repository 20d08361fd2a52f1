import { slugify } from '../../lib/slug'
import { BOLOGNA } from './bologna'
import { MILANO } from './milano'
import type { CitySeed, DistrictSeed } from './types'

export type { CitySeed, DistrictSeed }

/** The cities the seed can build, by the name `WEMI_CITY` gives. */
export const CITIES = { milano: MILANO, bologna: BOLOGNA } as const satisfies Record<string, CitySeed>
export type CityKey = keyof typeof CITIES

const isCityKey = (key: string): key is CityKey => Object.hasOwn(CITIES, key)

/** The city `WEMI_CITY` names (Milano when unset); a name the seed does not know stops the start. */
export const cityKey = (setting = process.env.WEMI_CITY): CityKey => {
  const key = (setting || 'milano').trim().toLowerCase()
  if (!isCityKey(key)) throw new Error(`WEMI_CITY="${setting}": the seed knows ${Object.keys(CITIES).join(' and ')}.`)
  return key
}

/** The city this process seeds and its tests expect. */
export const CITY: CitySeed = CITIES[cityKey()]
export const CITY_PROFILE = CITY.profile
/** The zone the city's days are counted in. */
export const CITY_TIME_ZONE = CITY.profile.timeZone

/** The city's district by number. */
export const districtOf = (number: number): DistrictSeed => {
  const district = CITY.districts.find((candidate) => candidate.number === number)
  if (!district) throw new Error(`${CITY.profile.name} has no district ${number}.`)
  return district
}

/**
 * The demo's people, needs and enti are written once, against nine districts: a city with fewer
 * has them in its own, counted round.
 */
export const demoDistrict = (number: number): number => ((number - 1) % CITY.districts.length) + 1

/** A desk's slug, from the neighbourhood it serves. */
export const deskSlugOf = (desk: { neighbourhood: string }): string => slugify(`spazio-wemi-${desk.neighbourhood}`)

/** A district's slug: its short name ("Municipio 8", "Quartiere Navile") as an address. */
export const districtSlugOf = (district: Pick<DistrictSeed, 'name'>): string => slugify(district.name.split(' – ')[0]!)
