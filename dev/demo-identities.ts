import { personalCheckCharacter } from '../lib/fiscal'
import { CITY } from '../seed/cities'

export type DemoIdentity = {
  fiscalCode: string
  firstName: string
  lastName: string
  birthDate: string
  email: string
}

const withCheck = (first15: string) => first15 + personalCheckCharacter(first15)

/** The people the local test identity provider can vouch for. None of them exists. */
export const DEMO_IDENTITIES: DemoIdentity[] = [
  {
    fiscalCode: withCheck(`BNCMRA70C15${CITY.placeCode}`),
    firstName: 'Mario',
    lastName: 'Bianchi',
    birthDate: '1970-03-15',
    email: 'mario.bianchi@identita.example',
  },
  {
    fiscalCode: withCheck(`SPSNNA48E62${CITY.placeCode}`),
    firstName: 'Anna',
    lastName: 'Esposito',
    birthDate: '1948-05-22',
    email: 'anna.esposito@identita.example',
  },
  {
    fiscalCode: withCheck(`HDDKRM91S02${CITY.placeCode}`),
    firstName: 'Karim',
    lastName: 'Haddad',
    birthDate: '1991-11-02',
    email: 'karim.haddad@identita.example',
  },
  {
    fiscalCode: withCheck(`FRRLCU85T49${CITY.placeCode}`),
    firstName: 'Lucia',
    lastName: 'Ferrari',
    birthDate: '1985-12-09',
    email: 'lucia.ferrari@identita.example',
  },
]
