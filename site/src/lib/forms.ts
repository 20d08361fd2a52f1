import { RELATIONSHIPS } from '../../../lib/fields'
import { type Lang, type StringKey, t } from './i18n'

/** What a form page needs from Astro's context to handle a submission. */
export type Visit = {
  request: Request
  url: URL
  /** The visitor's IP address, to limit how often one connection may try. */
  clientAddress: string
  cookies: import('astro').AstroCookies
  redirect: (to: string, status?: 301 | 302 | 303 | 307 | 308) => Response
}

/** An error: one of the site's texts, or a message the server already wrote in the reader's language. */
export type FormError = StringKey | { text: string }

/** Field errors by field name, plus `form` for the form as a whole. */
export type FormErrors = Partial<Record<string, FormError>>

export const errorText = (lang: Lang, error: FormError): string => (typeof error === 'string' ? t(lang, error) : error.text)

/** The field errors of a Payload validation error, keyed by field path, in the language it was raised in. */
export const serverErrors = (error: unknown): FormErrors | null => {
  if (!(error instanceof Error) || error.name !== 'ValidationError') return null
  const entries = (error as Error & { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []
  return Object.fromEntries(entries.map((entry) => [entry.path, { text: entry.message }]))
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
export const POSTCODE = /^\d{5}$/
export const PHONE = /^\+?[\d\s().-]{6,20}$/

/**
 * A form's text fields, trimmed and capped, so that nothing oversized reaches the database. A
 * prefix reads one row of a repeated group (`beneficiaries.0.name`) under the fields' own names.
 */
export const textFields = <Name extends string>(form: FormData, names: readonly Name[], max = 200, prefix = ''): Record<Name, string> =>
  Object.fromEntries(
    names.map((name) => [
      name,
      String(form.get(`${prefix}${name}`) ?? '')
        .trim()
        .slice(0, max),
    ]),
  ) as Record<Name, string>

/**
 * A form posted from another site is refused. Browsers say where a request comes from: Origin
 * on every POST, and Sec-Fetch-Site (its fetch metadata), which also tells a sibling
 * subdomain from this origin; session cookies are SameSite=Lax besides. A request with
 * neither header does not come from a browser, so it carries no visitor's cookies to abuse.
 */
export const fromThisSite = ({ request, url }: Pick<Visit, 'request' | 'url'>): boolean => {
  const origin = request.headers.get('origin')
  const publicOrigin = process.env.PUBLIC_URL ? new URL(process.env.PUBLIC_URL).origin : null
  if (origin) return origin === url.origin || origin === publicOrigin
  const fetchSite = request.headers.get('sec-fetch-site')
  return !fetchSite || fetchSite === 'same-origin' || fetchSite === 'none'
}

export const hasErrors = (errors: FormErrors): boolean => Object.keys(errors).length > 0

export const PERSON_FIELDS = ['name', 'relationship', 'birthYear'] as const

export type PersonValues = Record<(typeof PERSON_FIELDS)[number], string>

/**
 * Checks a person a form names (someone the citizen cares for), adding errors under the form's
 * own name for each field.
 */
export const checkPerson = (person: PersonValues, errors: FormErrors, fieldName: (field: keyof PersonValues) => string): void => {
  if (!person.name) errors[fieldName('name')] = 'errorRequired'
  if (!RELATIONSHIPS.some((option) => option.value === person.relationship)) errors[fieldName('relationship')] = 'errorChoice'
  const year = Number(person.birthYear)
  if (person.birthYear && !(Number.isInteger(year) && year >= 1900 && year <= new Date().getFullYear()))
    errors[fieldName('birthYear')] = 'errorBirthYear'
}
