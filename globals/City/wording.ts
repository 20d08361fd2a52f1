import type { Payload, PayloadRequest } from 'payload'

import { personalCheckCharacter } from '../../lib/fiscal'
import { setCityWords, setDistrictNames } from '../../lib/i18n/language'
import { setPlaceNames } from '../../plugins/search/vocabulary'

type Localised = { it?: string | null; en?: string | null } | string | null | undefined

/** The profile's words that texts and search take from it, as `locale: 'all'` reads them. */
type Wording = {
  name?: string | null
  otherNames?: string[] | null
  ipaCode?: string | null
  districtLabel?: Localised
  districtsLabel?: Localised
}

/** Where no IPA code names the city's own place, an example born abroad (Albania's code). */
const ABROAD = 'Z100'

/**
 * A made-up codice fiscale of someone born in the city, for forms to show: the place in it is
 * the cadastral code inside the city's IPA code ("c_" and that code).
 */
const fiscalCodeExampleOf = (ipaCode: string | null | undefined): string => {
  const place = /^c_([a-z]\d{3})$/i.exec(ipaCode ?? '')?.[1]?.toUpperCase() ?? ABROAD
  const first15 = `RSSMRA80A01${place}`
  return first15 + personalCheckCharacter(first15)
}

const inLanguage = (value: Localised, language: 'it' | 'en') => (typeof value === 'object' && value ? value[language] : undefined)

/**
 * Gives this process what the city profile says of the city: the names people add to a search,
 * and for every text what it calls its districts and an example of a codice fiscale born there. The admin's screens are built once per
 * language and kept by Payload: a change of names forgets them, so the next screen shows the new ones.
 */
export const applyCityWording = (profile: Wording): void => {
  setPlaceNames([profile.name ?? '', ...(profile.otherNames ?? [])])
  setCityWords({ fiscalCodeExample: fiscalCodeExampleOf(profile.ipaCode) })
  const changed = setDistrictNames({
    it: { one: inLanguage(profile.districtLabel, 'it'), other: inLanguage(profile.districtsLabel, 'it') },
    en: { one: inLanguage(profile.districtLabel, 'en'), other: inLanguage(profile.districtsLabel, 'en') },
  })
  const adminScreens = (globalThis as { _payload_clientConfigs?: Record<string, unknown> })._payload_clientConfigs
  if (changed && adminScreens) for (const language of Object.keys(adminScreens)) delete adminScreens[language]
}

/** PostgreSQL's codes for a table or a column that does not exist (yet). */
const NOT_MIGRATED = new Set(['42P01', '42703'])

const isNotMigrated = (error: unknown): boolean => {
  const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code
  return code !== undefined && NOT_MIGRATED.has(code)
}

/**
 * Reads the city profile (as `req`'s transaction sees it) into this process. A database whose
 * migrations have not run yet has no profile of this shape: texts keep what they had until the
 * migrations have run (which read it again) or the profile is saved.
 */
export const loadCityWording = async (payload: Payload, req?: PayloadRequest): Promise<void> => {
  // Payload started without a database, to generate types or migrations.
  if (!(payload.db as { pool?: unknown }).pool) return
  try {
    const profile = await payload.findGlobal({
      slug: 'city',
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      select: { name: true, otherNames: true, ipaCode: true, districtLabel: true, districtsLabel: true },
      req,
    })
    applyCityWording(profile as Wording)
  } catch (error) {
    if (!isNotMigrated(error)) throw error
  }
}
