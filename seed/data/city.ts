/** The city profile the seed saves: who runs this WeMi, where, and what it calls its districts. */
export const CITY_PROFILE = {
  name: 'Milano',
  otherNames: ['Milan'],
  ipaCode: 'c_f205',
  timeZone: 'Europe/Rome',
  contacts: {
    email: 'wemi@comune.milano.example',
    pec: 'wemi@pec.comune.milano.example',
    phone: '02 0202',
    address: 'Via Larga 12, 20122 Milano',
    website: 'https://www.comune.milano.example',
  },
  primaryColor: '#0066cc',
  /** The fields of the profile that are written in each language. */
  wording: {
    it: { districtLabel: 'Municipio', districtsLabel: 'Municipi', branding: { tagline: 'Il welfare di tutti' } },
    en: { districtLabel: 'District', districtsLabel: 'Districts', branding: { tagline: 'Welfare for everyone' } },
  },
} as const

/** The zone the city's days are counted in. */
export const CITY_TIME_ZONE = CITY_PROFILE.timeZone
