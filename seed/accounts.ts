import type { Permission, Role } from '../lib/roles'
import { CITY, deskSlugOf } from './cities'

/** The password of every demo account. Demo data is for trying WeMi out, never for production. */
export const DEMO_PASSWORD = 'Demo-WeMi-2026'

export type DemoAccount = {
  role: Role | 'citizen'
  email: string
  name: string
  /** The organisation (by slug) or desk (by slug) the account belongs to. */
  organisation?: string
  desk?: string
  /** The company (by its VAT number) an HR account buys welfare credit for. */
  company?: string
  permissions?: Permission[]
}

/** The demo company whose HR staff buy welfare credit for its employees. */
export const DEMO_COMPANY = {
  name: 'Logistica Lombarda S.r.l.',
  vatNumber: '09876543217',
  invoiceEmail: 'amministrazione@logistica-lombarda.example',
  /** Credit already bought, so that its HR can invite employees at once. */
  creditCents: 2_000_000,
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { role: 'admin', email: 'elena.admin@wemi.example', name: 'Elena Bianchi', permissions: ['care-work'] },
  { role: 'editor', email: 'chiara.redazione@wemi.example', name: 'Chiara Villa' },
  { role: 'operator', email: 'luca.sportello@wemi.example', name: 'Luca Ferri', desk: deskSlugOf(CITY.desks[0]!) },
  { role: 'ente-admin', email: 'paola@girasole.example', name: 'Paola Conti', organisation: 'cooperativa-sociale-il-girasole' },
  { role: 'ente-operator', email: 'marco@girasole.example', name: 'Marco Galli', organisation: 'cooperativa-sociale-il-girasole' },
  { role: 'company-hr', email: 'francesca.hr@logistica-lombarda.example', name: 'Francesca Riva', company: DEMO_COMPANY.vatNumber },
  { role: 'citizen', email: 'giulia.rossi@wemi.example', name: 'Giulia Rossi' },
]
