import { port } from './env'
import type { Language } from './i18n'

/**
 * Addresses the server puts in e-mails and payment pages, shared with the site's routes so
 * that a link always leads to the page that exists.
 */
export const CITIZEN_AREA: Record<Language, string> = { it: '/area-personale', en: '/en/personal-area' }

const REQUESTS: Record<Language, string> = { it: 'richieste', en: 'requests' }
const PAYMENTS: Record<Language, string> = { it: 'pagamenti', en: 'payments' }

/** A request, with all its threads, in the citizen's area. */
export const requestPath = (language: Language, requestId: string): string => `${CITIZEN_AREA[language]}/${REQUESTS[language]}/${requestId}`

/** Where the payment page sends the citizen back to after paying online. */
export const paymentReturnPath = (language: Language): string => `${CITIZEN_AREA[language]}/${PAYMENTS[language]}/esito`

/** A thread in the ente's inbox, in the admin panel. */
export const inboxThreadPath = (threadId: string): string => `/admin/collections/threads/${threadId}`

/** The absolute address of a path on this site. */
export const publicUrl = (path: string): string => new URL(path, process.env.PUBLIC_URL || `http://localhost:${port()}`).href
