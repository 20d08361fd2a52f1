import type { Bilingual } from '../../lib/i18n/language'

/** One district as the seed writes it, with the places its demo records are given. */
export type DistrictSeed = {
  /** The district's order in the city's list, from 1; its official number where it has one. */
  number: number
  name: string
  neighbourhoods: readonly string[]
  streets: readonly string[]
  postcodes: readonly string[]
  centre: readonly [latitude: number, longitude: number]
  /** The numbers of the districts it borders. */
  adjacent: readonly number[]
}

/**
 * Everything that makes the demo one city rather than another: its profile, its districts and
 * desks, and the local details of its demo people. The rest of the seed (categories, enti's
 * names, prices, people) is the same for every city.
 */
export type CitySeed = {
  /** The city profile the seed saves: who runs this WeMi, where, and what it calls its districts. */
  profile: {
    name: string
    /** Other names people give the city, which a search leaves out like "in" or "near". */
    otherNames: readonly string[]
    ipaCode: string
    timeZone: string
    contacts: { email: string; pec: string; phone: string; address: string; website: string }
    primaryColor: string
    /** A simplified drawing of the city's coat of arms (SVG, without text), saved as the profile's logo. */
    coatOfArms: { svg: string; alt: Bilingual }
    /** The fields of the profile that are written in each language. */
    wording: Record<keyof Bilingual, { districtLabel: string; districtsLabel: string; branding: { tagline: string } }>
  }
  /** The city's name in each language, for sentences of the demo texts. */
  nameIn: Bilingual
  /** The cadastral code that a codice fiscale of someone born in the city carries. */
  placeCode: string
  /** The trunk prefix of the city's phone numbers. */
  phonePrefix: string
  districts: readonly DistrictSeed[]
  /** The neighbourhood desks (Spazi WeMi); the first is the demo desk operator's. */
  desks: readonly { district: number; neighbourhood: string; street: string }[]
  /** Where the demo resident lives. */
  resident: { street: string; postcode: string; district: number }
  /** The districts where an ente "mainly works", as its demo summary says, in each language. */
  worksMainlyIn: Record<keyof Bilingual, (districts: readonly DistrictSeed[]) => string>
}
