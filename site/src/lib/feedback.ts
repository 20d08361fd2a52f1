import type { APIContext } from 'astro'

import { languageFrom } from '../../../lib/i18n/language'
import {
  answerFitsRating,
  FEEDBACK_ANSWER_OPTIONS,
  FEEDBACK_DETAILS_MAX,
  FEEDBACK_PARAM,
  FEEDBACK_PATH_MAX,
  FEEDBACK_RATINGS,
} from '../../../lib/page-feedback'
import { attempt } from '../../../lib/rate-limits'
import { localRequest } from '../../../lib/transaction'
import { fromThisSite, serverErrors } from './forms'
import { type Lang, type StringKey, t } from './i18n'
import { payload } from './payload'

export type FeedbackValues = {
  page: string
  title: string
  service: string
  rating: string
  answer: string
  details: string
  lang: Lang
}

type Field = 'page' | 'service' | 'rating' | 'answer' | 'details' | 'form'
export type FeedbackErrors = Partial<Record<Field, string>>

export const readFeedback = (form: FormData): FeedbackValues => {
  // Capped well above each limit, so that a value over it is refused rather than cut short.
  const text = (name: string, max: number) =>
    String(form.get(name) ?? '')
      .trim()
      .slice(0, max)
  return {
    page: text('page', 2 * FEEDBACK_PATH_MAX),
    title: text('title', FEEDBACK_PATH_MAX),
    service: text('service', 100),
    rating: text('rating', 10),
    answer: text('answer', 100),
    details: text('details', 10 * FEEDBACK_DETAILS_MAX),
    lang: languageFrom(String(form.get('lang') ?? '')),
  }
}

/**
 * The path of a page of this site, without its query, or null for anything else: another
 * site, the API or the admin, which are no pages of the public site.
 */
export const sitePathOf = (page: string, origin: string): string | null => {
  if (!page.startsWith('/') || page.startsWith('//')) return null
  let url: URL
  try {
    url = new URL(page, origin)
  } catch {
    return null
  }
  if (url.origin !== origin || /^\/(api|admin|_astro)(\/|$)/.test(url.pathname) || url.pathname.length > FEEDBACK_PATH_MAX) return null
  return url.pathname
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The service a rating is about, when it names one the public can see. */
const publishedService = async (id: string): Promise<string | null> => {
  if (!UUID.test(id)) return null
  const { docs } = await (
    await payload()
  ).find({ collection: 'services', where: { id: { equals: id } }, overrideAccess: false, user: null, depth: 0, limit: 1, select: {} })
  return docs[0] ? String(docs[0].id) : null
}

export type FeedbackOutcome =
  | { status: 'stored'; page: string }
  | { status: 'invalid'; errors: FeedbackErrors; page: string | null }
  | { status: 'too-many'; page: string }

/**
 * Checks a rating and stores it, unless the same connection has sent too many lately
 * (RATE_LIMITS.rateAPage). A server function: the collection takes no rating from the API.
 */
export const submitFeedback = async (
  values: FeedbackValues,
  { origin, address }: { origin: string; address: string },
): Promise<FeedbackOutcome> => {
  const { lang } = values
  const errors: FeedbackErrors = {}
  const say = (key: StringKey) => t(lang, key)
  const page = sitePathOf(values.page, origin)
  if (!page) errors.page = say('feedbackPageUnknown')
  const rating = Number(values.rating)
  const rated = (FEEDBACK_RATINGS as readonly number[]).includes(rating)
  if (!rated) errors.rating = say('feedbackChooseRating')
  const known = FEEDBACK_ANSWER_OPTIONS.some((option) => option.value === values.answer)
  if (values.answer && (!known || (rated && !answerFitsRating(values.answer, rating)))) errors.answer = say('feedbackAnswerMismatch')
  if (values.details.length > FEEDBACK_DETAILS_MAX) errors.details = say('feedbackDetailsTooLong')
  const service = values.service ? await publishedService(values.service) : null
  if (values.service && !service) errors.service = say('feedbackServiceUnknown')
  if (!page || Object.keys(errors).length > 0) return { status: 'invalid', errors, page }

  const api = await payload()
  if (!(await attempt(api, 'rateAPage', { address })).allowed) return { status: 'too-many', page }
  try {
    await api.create({
      collection: 'page-feedback',
      data: {
        page,
        pageTitle: values.title || undefined,
        service: service ?? undefined,
        rating,
        answer: (values.answer || undefined) as never,
        details: values.details || undefined,
        language: lang,
      },
      depth: 0,
      req: await localRequest(api, { language: lang, address }),
    })
  } catch (error) {
    const refused = serverErrors(error)
    if (!refused) throw error
    return {
      status: 'invalid',
      errors: Object.fromEntries(
        Object.entries(refused).map(([field, message]) => [field, message && typeof message === 'object' ? message.text : '']),
      ),
      page,
    }
  }
  return { status: 'stored', page }
}

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'private, no-store' },
  })

/**
 * The rating form's endpoint, for both languages (the form says which). The component's script
 * asks for JSON; a plain form post is sent back to its page, at the form, with the outcome.
 */
export const handleFeedbackPost = async ({
  request,
  url,
  clientAddress,
  redirect,
}: Pick<APIContext, 'request' | 'url' | 'clientAddress' | 'redirect'>) => {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json')
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return json({ errors: { form: t('it', 'feedbackFailed') } }, 400)
  }
  const values = readFeedback(form)
  if (!fromThisSite({ request, url })) return json({ errors: { form: t(values.lang, 'errorOrigin') } }, 403)
  const outcome = await submitFeedback(values, { origin: url.origin, address: clientAddress })
  if (wantsJson) {
    if (outcome.status === 'stored') return json({ sent: true, message: t(values.lang, 'feedbackThanks') }, 200)
    if (outcome.status === 'too-many') return json({ errors: { form: t(values.lang, 'feedbackTooMany') } }, 429)
    return json({ errors: outcome.errors }, 400)
  }
  if (!outcome.page) return json({ errors: outcome.status === 'invalid' ? outcome.errors : {} }, 400)
  // The page's own query comes back with the outcome, and the browser lands on the form.
  const back = new URL(values.page, url.origin)
  back.searchParams.set(FEEDBACK_PARAM, outcome.status === 'stored' ? 'sent' : 'error')
  return redirect(`${back.pathname}${back.search}#feedback`, 303)
}
