import { port } from './env'
import type { Language } from './i18n'

/**
 * Addresses the server puts in e-mails and payment pages, shared with the site's routes so
 * that a link always leads to the page that exists.
 */
export const CITIZEN_AREA: Record<Language, string> = { it: '/area-personale', en: '/en/personal-area' }

/** The sections of the citizen's area, as path segments under it ('' is the dashboard). */
export const AREA_SECTIONS = {
  dashboard: { it: '', en: '' },
  requests: { it: 'richieste', en: 'requests' },
  groups: { it: 'gruppi', en: 'groups' },
  payments: { it: 'pagamenti', en: 'payments' },
  vouchers: { it: 'voucher', en: 'vouchers' },
  notifications: { it: 'notifiche', en: 'notifications' },
  profile: { it: 'profilo', en: 'profile' },
  appointments: { it: 'appuntamenti', en: 'appointments' },
  deskHelp: { it: 'aiuto-allo-sportello', en: 'help-at-a-desk' },
  myData: { it: 'i-miei-dati', en: 'my-data' },
  careWork: { it: 'tate-colf-badanti', en: 'care-workers' },
  work: { it: 'candidatura-lavoro', en: 'work-application' },
  housing: { it: 'alloggi-temporanei', en: 'temporary-housing' },
} as const satisfies Record<string, Record<Language, string>>

export type AreaSection = keyof typeof AREA_SECTIONS

/** A page of the citizen's area, optionally a record in it. */
export const areaPath = (language: Language, section: AreaSection, id = ''): string =>
  [CITIZEN_AREA[language], AREA_SECTIONS[section][language], id].filter(Boolean).join('/')

/** A request, with all its threads, in the citizen's area. */
export const requestPath = (language: Language, requestId: string): string => areaPath(language, 'requests', requestId)

/** The public catalogue of temporary social housing, from which a household applies. */
export const HOUSING_PAGES = {
  housing: { it: '/alloggi-temporanei', en: '/en/temporary-housing' },
} as const satisfies Record<string, Record<Language, string>>

/** A housing application in the household's area, where its offer is answered. */
export const housingApplicationPath = (language: Language, applicationId: string): string => areaPath(language, 'housing', applicationId)

/** Where an employee takes up the welfare credit their company offers, with the invitation's key: beside their vouchers. */
export const companyInvitePath = (language: Language, token: string): string =>
  `${areaPath(language, 'vouchers')}?invito=${encodeURIComponent(token)}`

/** A shared group's public page, which is also the invitation to join it. */
export const GROUP_PAGES = {
  group: { it: '/gruppi/', en: '/en/groups/' },
} as const satisfies Record<string, Record<Language, string>>

export const groupPath = (language: Language, reference: string): string => `${GROUP_PAGES.group[language]}${encodeURIComponent(reference)}`

/** Opening a new group for a service, in the citizen's area. */
export const newGroupPath = (language: Language, serviceId: string): string =>
  `${areaPath(language, 'groups', language === 'it' ? 'nuovo' : 'new')}?service=${encodeURIComponent(serviceId)}`

/** A payment's receipt (PDF) in the citizen's area. */
export const receiptPath = (language: Language, paymentId: string): string =>
  areaPath(language, 'payments', `${language === 'it' ? 'ricevuta' : 'receipt'}/${paymentId}.pdf`)

/** Where the payment page sends the citizen back to after paying online. */
export const paymentReturnPath = (language: Language): string => areaPath(language, 'payments', language === 'it' ? 'esito' : 'outcome')

/** A thread in the ente's inbox, in the admin panel. */
export const inboxThreadPath = (threadId: string): string => `/admin/collections/threads/${threadId}`

/** The absolute address of a path on this site. */
export const publicUrl = (path: string): string => new URL(path, process.env.PUBLIC_URL || `http://localhost:${port()}`).href

/** A company's page in the admin, where its HR staff buy credit and come back after paying. */
export const companyAdminUrl = (company: string): string => publicUrl(`/admin/collections/companies/${company}`)

/** The citizen's account pages the server links to from e-mails. */
export const ACCOUNT_PAGES = {
  signIn: { it: '/accedi', en: '/en/sign-in' },
  signUp: { it: '/registrati', en: '/en/sign-up' },
  signOut: { it: '/esci', en: '/en/sign-out' },
  verifyEmail: { it: '/verifica-email', en: '/en/verify-email' },
  forgotPassword: { it: '/password-dimenticata', en: '/en/forgot-password' },
  resetPassword: { it: '/reimposta-password', en: '/en/reset-password' },
} as const satisfies Record<string, Record<Language, string>>

/** A link that carries a one-time token to an account page. */
export const tokenUrl = (page: 'verifyEmail' | 'resetPassword', language: Language, token: string): string =>
  publicUrl(`${ACCOUNT_PAGES[page][language]}?token=${encodeURIComponent(token)}`)

/** The link, sent to a new e-mail address, that confirms it; the verification page opens it. */
export const emailChangeUrl = (language: Language, token: string): string =>
  publicUrl(`${ACCOUNT_PAGES.verifyEmail[language]}?change=${encodeURIComponent(token)}`)

/** Booking an appointment at a desk, and the page a booking's own link opens to change it. */
export const BOOKING_PAGES = {
  book: { it: '/prenota-appuntamento', en: '/en/book-an-appointment' },
  manageAppointment: { it: '/prenota-appuntamento/gestisci', en: '/en/book-an-appointment/manage' },
} as const satisfies Record<string, Record<Language, string>>

/** Applying to become an ente erogatore, and the applicant's own page of their application. */
export const APPLICATION_PAGES = {
  apply: { it: '/diventa-ente', en: '/en/become-a-provider' },
  application: { it: '/diventa-ente/domanda', en: '/en/become-a-provider/application' },
} as const satisfies Record<string, Record<Language, string>>

/** The applicant's link to their application: its secret is the only key to it. */
export const applicationUrl = (language: Language, token: string): string =>
  publicUrl(`${APPLICATION_PAGES.application[language]}?token=${encodeURIComponent(token)}`)

/** Where residents report a disservice; the answer's e-mail leads back to it. */
export const REPORT_PROBLEM_PAGES = {
  reportProblem: { it: '/segnala-disservizio', en: '/en/report-a-problem' },
} as const satisfies Record<string, Record<Language, string>>

/** Where an invited staff member chooses a password, which accepts the invitation. */
export const invitationUrl = (token: string): string => publicUrl(`/admin/reset/${encodeURIComponent(token)}`)
