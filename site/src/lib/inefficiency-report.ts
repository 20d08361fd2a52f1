import { DESCRIPTION_LENGTH, INEFFICIENCY_CATEGORIES } from '../../../collections/InefficiencyReports'
import { fileInefficiencyReport, type ReportInput } from '../../../plugins/inefficiency-reports/file'
import { EMAIL, type FormErrors, fromThisSite, hasErrors, serverErrors, type Visit } from './forms'
import { type Lang, type StringKey, t } from './i18n'
import { payload } from './payload'
import { path } from './routes'
import { currentCitizen } from './session'

/** The prefix of the form's ids, so that the error summary's links reach each field. */
export const REPORT_FORM = 'problem'

/** Robots fill every field, including this one that people never see. */
export const HONEYPOT = 'website'

type Field = Exclude<keyof ReportInput, 'service'>

export type ReportEntry =
  | { name: Field; control: 'select'; label: StringKey; required: true }
  | { name: Field; control: 'textarea'; label: StringKey; hint: StringKey; maxlength: number; required: true }
  | {
      name: Field
      control: 'text' | 'email'
      label: StringKey
      hint?: StringKey
      maxlength: number
      autocomplete: string
      required: boolean
    }

/** The form, field by field in the order it is shown: the page, the checks and the error summary all read it. */
export const REPORT_FIELDS = [
  { name: 'category', control: 'select', label: 'problemCategory', required: true },
  {
    name: 'subject',
    control: 'text',
    label: 'problemSubject',
    hint: 'problemSubjectHint',
    maxlength: 200,
    autocomplete: 'off',
    required: false,
  },
  {
    name: 'description',
    control: 'textarea',
    label: 'problemDescription',
    hint: 'problemDescriptionHint',
    maxlength: DESCRIPTION_LENGTH.max,
    required: true,
  },
  { name: 'name', control: 'text', label: 'problemName', maxlength: 120, autocomplete: 'name', required: false },
  { name: 'email', control: 'email', label: 'email', hint: 'problemEmailHint', maxlength: 254, autocomplete: 'email', required: true },
] as const satisfies readonly ReportEntry[]

export type ReportValues = Record<Field, string> & { service: string }

/** Every field's label by its name, for the error summary. */
export const reportLabels = (lang: Lang): Record<string, string> =>
  Object.fromEntries(REPORT_FIELDS.map((entry) => [entry.name, t(lang, entry.label)]))

/** The categories the form offers, in the page's language. */
export const categoryOptions = (lang: Lang) => INEFFICIENCY_CATEGORIES.map((option) => ({ value: option.value, label: option.label[lang] }))

/** A text longer than the form allows is kept whole enough to be refused, never stored cut. */
const readText = (form: FormData, name: string, max: number) =>
  String(form.get(name) ?? '')
    .trim()
    .slice(0, max + 1)

export const readReport = (form: FormData): ReportValues => ({
  ...(Object.fromEntries(
    REPORT_FIELDS.map((entry) => [entry.name, readText(form, entry.name, 'maxlength' in entry ? entry.maxlength : 100)]),
  ) as Record<Field, string>),
  service: readText(form, 'service', 200),
})

export const checkReport = (values: ReportValues, lang: Lang): FormErrors => {
  const errors: FormErrors = {}
  if (!INEFFICIENCY_CATEGORIES.some((option) => option.value === values.category)) errors.category = 'errorChoice'
  if (values.subject.length > 200) errors.subject = { text: t(lang, 'problemErrorTooLong', { max: 200 }) }
  if (values.description.length < DESCRIPTION_LENGTH.min || values.description.length > DESCRIPTION_LENGTH.max)
    errors.description = { text: t(lang, 'problemErrorDescription', DESCRIPTION_LENGTH) }
  if (values.name.length > 120) errors.name = { text: t(lang, 'problemErrorTooLong', { max: 120 }) }
  if (!values.email) errors.email = 'errorRequired'
  else if (values.email.length > 254 || !EMAIL.test(values.email)) errors.email = 'errorEmail'
  return errors
}

/** The published service a report concerns, by the address of its page; nothing for any other. */
const serviceOf = async (slug: string): Promise<{ id: string; slug: string; title: string } | null> => {
  if (!slug) return null
  const api = await payload()
  const { docs } = await api.find({
    collection: 'services',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: null,
    select: { title: true, slug: true },
  })
  const service = docs[0]
  return service ? { id: String(service.id), slug, title: service.title } : null
}

/** A ticket number as the server writes it: only such a number is shown back from an address. */
const TICKET = /^D-\d{4}-\d{6}$/

/** What the page shows: the form (kept as posted, with its errors), or the confirmation of a report sent. */
export type ReportPage = {
  values: ReportValues
  errors: FormErrors
  /** The service the report concerns, named. */
  service: { slug: string; title: string } | null
  signedIn: boolean
  sent: boolean
  /** The ticket number of the report just sent. */
  number: string | null
  status: number
}

/**
 * The "report a problem" form: a GET shows it (with a signed-in citizen's name and e-mail
 * filled in), a POST from this site is checked and filed, then redirected to the confirmation
 * with the ticket number, so that a reload does not file it twice.
 */
export const handleReportForm = async (visit: Visit, lang: Lang): Promise<ReportPage | Response> => {
  const { request, url, clientAddress, redirect } = visit
  const here = path(lang, 'reportProblem')
  const citizen = await currentCitizen(request)
  const ticket = url.searchParams.get('ticket') ?? ''
  const service = await serviceOf((url.searchParams.get('service') ?? '').slice(0, 200))
  const page: ReportPage = {
    values: {
      category: '',
      subject: '',
      description: '',
      name: citizen ? [citizen.firstName, citizen.lastName].filter(Boolean).join(' ') : '',
      email: citizen?.email ?? '',
      service: service?.slug ?? '',
    },
    errors: {},
    service,
    signedIn: Boolean(citizen),
    sent: url.searchParams.get('sent') === '1',
    number: TICKET.test(ticket) ? ticket : null,
    status: 200,
  }
  if (request.method !== 'POST') return page
  const form = await request.formData()
  page.values = readReport(form)
  const posted = await serviceOf(page.values.service)
  page.service = posted
  if (!fromThisSite(visit)) return { ...page, errors: { form: 'errorOrigin' }, status: 403 }
  if (form.get(HONEYPOT)) return redirect(`${here}?sent=1`, 303)
  const errors = checkReport(page.values, lang)
  if (hasErrors(errors)) return { ...page, errors, status: 400 }
  try {
    const outcome = await fileInefficiencyReport(await payload(), {
      input: { ...page.values, service: posted?.id ?? null },
      language: lang,
      address: clientAddress,
      citizen: citizen ? String(citizen.id) : null,
    })
    if (outcome.outcome === 'too-many')
      return { ...page, errors: { form: { text: t(lang, 'errorRateLimited', { minutes: outcome.retryAfterMinutes }) } }, status: 429 }
    return redirect(`${here}?sent=1&ticket=${encodeURIComponent(outcome.number)}`, 303)
  } catch (error) {
    const fields = serverErrors(error)
    if (!fields) throw error
    return { ...page, errors: fields, status: 400 }
  }
}
