import { randomBytes } from 'node:crypto'

import type { AstroCookies } from 'astro'

import { ASSISTANCE_MINUTES, assistanceKey, assistedByOf, assistedCitizen } from '../../../lib/assistance'
import { recordConsent } from '../../../lib/consents'
import { servesHttps } from '../../../lib/env'
import { isValidPersonalFiscalCode, normaliseTaxCode } from '../../../lib/fiscal'
import { type ContactPreference, isContactPreference } from '../../../collections/Citizens/contact'
import { deskOf, hasRole } from '../../../lib/roles'
import { inTransaction, localRequest } from '../../../lib/transaction'
import type { User } from '../../../payload-types'
import {
  confirmAtDesk,
  confirmedCode,
  type DeskConfirmation,
  dropClaims,
  type IdentityDocument,
  isIdentityDocument,
} from '../../../plugins/identity/confirmation'
import { EMAIL, type FormErrors, fromThisSite, hasErrors, PHONE, serverErrors, textFields, type Visit } from './forms'
import { type Lang, t } from './i18n'
import { payload } from './payload'
import { listRequests } from './requests'
import { path } from './routes'
import { ASSISTANCE_COOKIE, actingCitizen, areaHome, assistanceKeyOf } from './session'

/** How many of the helped person's latest requests the console offers to print. */
const PRINTABLE_REQUESTS = 5

/** The help-desk operator of this request, if the signed-in staff member is one at a desk. */
const deskOperator = async (request: Request): Promise<(User & { collection: 'users' }) | null> => {
  const { user } = await (await payload()).auth({ headers: request.headers })
  return user?.collection === 'users' && hasRole(user, 'operator') && deskOf(user) ? (user as User & { collection: 'users' }) : null
}

/** Who the console shows a match as, before an assistance is open: enough to ask "is this you?", no more. */
const initials = (first?: string | null, last?: string | null) =>
  [first, last]
    .filter(Boolean)
    .map((name) => `${name!.trim().charAt(0).toUpperCase()}.`)
    .join(' ') || '—'

export type ConsoleMatch = { id: string; initials: string; birthYear: string }

export type ConsolePage = {
  forbidden: boolean
  operatorName: string
  query: string
  match: ConsoleMatch | null
  searched: boolean
  reason: string
  /** The open assistance of this operator, when they are helping someone now, and whether that person's code is confirmed. */
  helping: {
    name: string
    until: string
    confirmed: boolean
    /** Their latest requests, whose summary the operator can print for them. */
    requests: { id: string; reference: string; category: string; sentOn: string }[]
  } | null
  /** What the operator typed to confirm the helped person's codice fiscale. */
  confirmation: { fiscalCode: string; document: string }
  notice: 'closed' | 'confirmed' | null
  errors: FormErrors
  status: number
}

const setAssistanceCookie = (cookies: AstroCookies, assistanceId: string) =>
  cookies.set(ASSISTANCE_COOKIE, assistanceKey(assistanceId), {
    httpOnly: true,
    sameSite: 'lax',
    secure: servesHttps(),
    path: '/',
    maxAge: ASSISTANCE_MINUTES * 60,
  })

/**
 * Finds a citizen by confirmed codice fiscale or e-mail, as the console may: without reading
 * their data. A code someone merely typed in their profile finds nobody: it may not be theirs.
 */
const findCitizen = async (query: string): Promise<ConsoleMatch | null> => {
  const api = await payload()
  const byCode = isValidPersonalFiscalCode(query)
  const { docs } = await api.find({
    collection: 'citizens',
    where: byCode ? { confirmedFiscalCode: { equals: normaliseTaxCode(query) } } : { email: { equals: query.toLowerCase() } },
    limit: 1,
    depth: 0,
    select: { firstName: true, lastName: true, birthDate: true },
    overrideAccess: true,
  })
  const [citizen] = docs
  return citizen
    ? { id: citizen.id, initials: initials(citizen.firstName, citizen.lastName), birthYear: citizen.birthDate?.slice(0, 4) ?? '' }
    : null
}

/** Why a confirmation of the helped person's codice fiscale was refused, as the console's form shows it. */
const CONFIRMATION_ERRORS: Record<Exclude<DeskConfirmation, 'confirmed'>, FormErrors> = {
  invalidCode: { fiscalCode: 'errorFiscalCode' },
  invalidDocument: { document: 'errorIdentityDocument' },
  notHelping: { form: 'errorConfirmNotHelping' },
  alreadyConfirmed: { fiscalCode: 'errorFiscalCodeAlreadyConfirmed' },
  taken: { fiscalCode: 'errorFiscalCodeRegistered' },
}

/** Opens an assistance as the operator, with the reason and the consent; the key goes to the operator's browser. */
const openFor = async (
  operator: User & { collection: 'users' },
  citizen: string,
  reason: string,
  agreed: boolean,
  lang: Lang,
  cookies: AstroCookies,
) => {
  const api = await payload()
  const assistance = await api.create({
    collection: 'assistances',
    data: { citizen, reason, citizenAgreed: agreed },
    depth: 0,
    user: operator,
    overrideAccess: false,
    locale: lang,
  })
  setAssistanceCookie(cookies, assistance.id)
}

/**
 * The help-desk console: find a citizen by codice fiscale or e-mail, then open an assistance
 * with a reason and the citizen's consent, which lets the operator use the citizen's area for
 * them; or close the one in progress. Only operators at a desk get in.
 */
export const handleConsole = async (visit: Visit, lang: Lang): Promise<ConsolePage | Response> => {
  const { request, url, cookies, redirect } = visit
  const operator = await deskOperator(request)
  const page: ConsolePage = {
    forbidden: false,
    operatorName: operator?.name ?? '',
    query: '',
    match: null,
    searched: false,
    reason: '',
    helping: null,
    confirmation: { fiscalCode: '', document: '' },
    notice: url.searchParams.has('chiusa') ? 'closed' : url.searchParams.has('confermato') ? 'confirmed' : null,
    errors: {},
    status: 200,
  }
  if (!operator) {
    const { user } = await (await payload()).auth({ headers: request.headers })
    if (!user || user.collection !== 'users') return redirect(`/admin/login?redirect=${encodeURIComponent(url.pathname)}`, 303)
    return { ...page, forbidden: true, status: 403 }
  }
  const helped = await assistedCitizen(await payload(), operator, assistanceKeyOf(request))
  page.helping = helped
    ? {
        name: [helped.firstName, helped.lastName].filter(Boolean).join(' '),
        until: helped.assistedBy.expiresAt,
        confirmed: Boolean(helped.confirmedFiscalCode),
        requests: (await listRequests(helped, lang))
          .slice(0, PRINTABLE_REQUESTS)
          .map(({ id, reference, category, sentOn }) => ({ id, reference, category, sentOn })),
      }
    : null
  if (request.method !== 'POST') return page

  const form = await request.formData()
  if (!fromThisSite(visit)) return { ...page, errors: { form: 'errorOrigin' }, status: 403 }
  const fields = textFields(form, ['go', 'query', 'citizen', 'reason', 'fiscalCode', 'document'] as const, 500)
  const go = fields.go
  if (go === 'close') {
    if (helped) {
      const api = await payload()
      await api.update({
        collection: 'assistances',
        id: helped.assistedBy.assistance,
        data: { closedAt: new Date().toISOString() },
        depth: 0,
        user: operator,
        overrideAccess: false,
      })
    }
    cookies.delete(ASSISTANCE_COOKIE, { path: '/' })
    return redirect(`${path(lang, 'deskConsole')}?chiusa=1`, 303)
  }
  if (go === 'confirm') {
    const confirmation = { fiscalCode: fields.fiscalCode, document: fields.document }
    const outcome = await confirmAtDesk(await payload(), { operator, assistanceKey: assistanceKeyOf(request), ...confirmation })
    if (outcome === 'confirmed') return redirect(`${path(lang, 'deskConsole')}?confermato=1`, 303)
    return { ...page, confirmation, errors: CONFIRMATION_ERRORS[outcome], status: outcome === 'notHelping' ? 403 : 400 }
  }
  const query = fields.query.replace(/\s+/g, '')
  page.query = query
  if (!query || !(isValidPersonalFiscalCode(query) || EMAIL.test(query)))
    return { ...page, errors: { query: 'errorFindCitizen' }, status: 400 }
  page.match = await findCitizen(query)
  page.searched = true
  if (go !== 'open') return page
  if (!page.match || page.match.id !== fields.citizen) return { ...page, errors: { form: 'errorChoice' }, status: 400 }
  page.reason = fields.reason
  try {
    await openFor(operator, page.match.id, fields.reason, form.get('agreed') === 'yes', lang, cookies)
  } catch (error) {
    const errors = serverErrors(error)
    if (!errors) throw error
    // The consent box on this page is called `agreed`.
    const { citizenAgreed, ...others } = errors
    return { ...page, errors: { ...others, ...(citizenAgreed ? { agreed: citizenAgreed } : {}) }, status: 400 }
  }
  return redirect(areaHome(lang), 303)
}

export type RegisterValues = {
  firstName: string
  lastName: string
  fiscalCode: string
  document: string
  email: string
  phone: string
  contactPreference: ContactPreference | ''
  privacy: boolean
  agreed: boolean
}

export type RegisterPage = { forbidden: boolean; values: RegisterValues; errors: FormErrors; status: number }

/**
 * Registers a resident at the desk, in one transaction: the account (with the e-mail check that
 * lets them set their own password later, when they have an address; otherwise reached by phone
 * or at the desk, as agreed with them) with the codice fiscale confirmed by the document the
 * operator saw (the audit log names the operator), their consent to the privacy notice and to the
 * desk's help, each recorded with operator, desk and text version, and an open assistance, so
 * that the operator can go on with them straight away.
 */
export const handleRegister = async (visit: Visit, lang: Lang): Promise<RegisterPage | Response> => {
  const { request, url, cookies, redirect } = visit
  const operator = await deskOperator(request)
  const empty: RegisterValues = {
    firstName: '',
    lastName: '',
    fiscalCode: '',
    document: '',
    email: '',
    phone: '',
    contactPreference: '',
    privacy: false,
    agreed: false,
  }
  if (!operator) {
    const { user } = await (await payload()).auth({ headers: request.headers })
    if (!user || user.collection !== 'users') return redirect(`/admin/login?redirect=${encodeURIComponent(url.pathname)}`, 303)
    return { forbidden: true, values: empty, errors: {}, status: 403 }
  }
  if (request.method !== 'POST') return { forbidden: false, values: empty, errors: {}, status: 200 }

  const form = await request.formData()
  const fields = textFields(form, ['firstName', 'lastName', 'fiscalCode', 'document', 'email', 'phone', 'contactPreference'] as const, 100)
  const values: RegisterValues = {
    ...fields,
    fiscalCode: normaliseTaxCode(fields.fiscalCode),
    email: fields.email.toLowerCase(),
    // Someone who leaves an address is written to there unless they chose otherwise.
    contactPreference: isContactPreference(fields.contactPreference) ? fields.contactPreference : fields.email ? 'email' : '',
    privacy: form.get('privacy') === 'yes',
    agreed: form.get('agreed') === 'yes',
  }
  const page: RegisterPage = { forbidden: false, values, errors: {}, status: 400 }
  if (!fromThisSite(visit)) return { ...page, errors: { form: 'errorOrigin' }, status: 403 }
  const errors: FormErrors = {}
  if (!values.firstName) errors.firstName = 'errorRequired'
  if (!values.lastName) errors.lastName = 'errorRequired'
  if (!isValidPersonalFiscalCode(values.fiscalCode)) errors.fiscalCode = 'errorFiscalCode'
  if (!isIdentityDocument(values.document)) errors.document = 'errorIdentityDocument'
  if (!values.contactPreference) errors.contactPreference = 'errorContactPreference'
  if (values.email ? !EMAIL.test(values.email) : values.contactPreference === 'email') errors.email = 'errorEmail'
  if (values.phone ? !PHONE.test(values.phone) : values.contactPreference === 'phone') errors.phone = 'errorPhone'
  if (!values.privacy) errors.privacy = 'errorPrivacyAtDesk'
  if (!values.agreed) errors.agreed = 'errorAssistanceConsent'
  if (hasErrors(errors)) return { ...page, errors }
  if (await findCitizen(values.fiscalCode)) return { ...page, errors: { fiscalCode: 'errorFiscalCodeRegistered' } }
  if (values.email && (await findCitizen(values.email))) return { ...page, errors: { email: 'errorEmailTaken' } }

  const api = await payload()
  const desk = deskOf(operator)!
  try {
    const assistance = await inTransaction(await localRequest(api, { user: operator, language: lang }), async (req) => {
      const citizen = await api.create({
        collection: 'citizens',
        data: {
          firstName: values.firstName,
          lastName: values.lastName,
          ...confirmedCode(values.fiscalCode, 'desk', values.document as IdentityDocument),
          email: values.email || undefined,
          phone: values.phone || undefined,
          contactPreference: values.contactPreference || undefined,
          language: lang,
          // Nobody knows this password: the resident chooses their own from the e-mail, or signs in with SPID or CIE.
          password: randomBytes(32).toString('base64url'),
        },
        // Without an address there is nothing to confirm: the desk saw a document instead.
        disableVerificationEmail: !values.email,
        depth: 0,
        overrideAccess: true,
        req,
      })
      await dropClaims(api, values.fiscalCode, req, citizen.id)
      await recordConsent(api, { citizen: citizen.id, purpose: 'privacy', recordedBy: operator.id, desk, req })
      return api.create({
        collection: 'assistances',
        data: { citizen: citizen.id, reason: t(lang, 'deskRegistrationReason'), citizenAgreed: true },
        depth: 0,
        user: operator,
        overrideAccess: false,
        req,
      })
    })
    setAssistanceCookie(cookies, assistance.id)
  } catch (error) {
    const fields = serverErrors(error)
    if (!fields) throw error
    return { ...page, errors: fields }
  }
  return redirect(areaHome(lang), 303)
}

/** What the banner on every page says while an operator is helping someone. */
export const assistanceBanner = async (request: Request): Promise<{ citizen: string; desk: string } | null> => {
  if (!assistanceKeyOf(request)) return null
  const helped = await actingCitizen(request)
  const by = assistedByOf(helped)
  return helped && by ? { citizen: [helped.firstName, helped.lastName].filter(Boolean).join(' '), desk: by.deskName } : null
}
