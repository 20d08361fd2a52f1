import { attempt } from '../../../lib/rate-limits'
import { type Catalogue, catalogue } from './catalogue'
import { EMAIL, fromThisSite } from './forms'
import { type Lang, type StringKey, t } from './i18n'
import { payload } from './payload'

export type NeedValues = { description: string; email: string; category: string; district: string; terms: string }
export type NeedErrors = Partial<Record<keyof NeedValues | 'form', string>>

export const readNeed = (form: FormData): NeedValues => {
  const text = (name: string, max: number) =>
    String(form.get(name) ?? '')
      .trim()
      .slice(0, max)
  return {
    description: text('description', 2000),
    email: text('email', 254),
    category: text('category', 100),
    district: text('district', 100),
    terms: text('terms', 200),
  }
}

export const validateNeed = (values: NeedValues, lang: Lang): NeedErrors => {
  const errors: NeedErrors = {}
  const message = (key: StringKey) => t(lang, key)
  if (values.description.length < 10 || values.description.length > 1000) errors.description = message('errorDescriptionLength')
  if (values.email && !EMAIL.test(values.email)) errors.email = message('errorEmail')
  return errors
}

/**
 * Stores a reported need for the city, unless the same connection has sent too many lately
 * (RATE_LIMITS.reportNeed). This is a server function: residents have no account and no API access.
 */
export const storeNeed = async (
  values: NeedValues,
  { address, lang, cat }: { address: string; lang: Lang; cat: Catalogue },
): Promise<'stored' | 'too-many'> => {
  const api = await payload()
  if (!(await attempt(api, 'reportNeed', { address })).allowed) return 'too-many'
  await api.create({
    collection: 'reported-needs',
    data: {
      description: values.description,
      email: values.email || undefined,
      terms: values.terms || undefined,
      category: cat.bySlug(cat.categories, values.category)?.id,
      district: cat.bySlug(cat.districts, values.district)?.id,
      language: lang,
    },
  })
  return 'stored'
}

/** What the report-a-need page shows after a visit: the form again, or a redirect after sending. */
export type NeedPage = { values: NeedValues; errors: NeedErrors; sent: boolean; status: number }

/**
 * Handles the report-a-need form: a GET shows it (prefilled from the search it came from), a
 * POST from this site is validated and stored, then redirected (so a reload does not resend).
 */
export const handleNeedForm = async (
  {
    request,
    url,
    clientAddress,
    redirect,
  }: { request: Request; url: URL; clientAddress: string; redirect: (to: string, status: 303) => Response },
  lang: Lang,
  pagePath: string,
): Promise<NeedPage | Response> => {
  const params = url.searchParams
  const page: NeedPage = {
    values: {
      description: '',
      email: '',
      category: params.get('category') ?? '',
      district: params.get('district') ?? '',
      terms: params.get('q') ?? '',
    },
    errors: {},
    sent: params.get('sent') === '1',
    status: 200,
  }
  if (request.method !== 'POST') return page
  const form = await request.formData()
  page.values = readNeed(form)
  if (!fromThisSite({ request, url })) return { ...page, errors: { form: t(lang, 'errorOrigin') }, status: 403 }
  // Robots fill every field, including the one people never see: they get a thank-you and nothing is stored.
  if (form.get('website')) return redirect(`${pagePath}?sent=1`, 303)
  const errors = validateNeed(page.values, lang)
  if (Object.keys(errors).length > 0) return { ...page, errors, status: 400 }
  const outcome = await storeNeed(page.values, { address: clientAddress, lang, cat: await catalogue() })
  if (outcome === 'too-many') return { ...page, errors: { form: t(lang, 'errorTooMany') }, status: 429 }
  return redirect(`${pagePath}?sent=1`, 303)
}
