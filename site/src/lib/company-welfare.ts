import { ValidationError } from 'payload'

import { messages } from '../../../lib/i18n'
import { areaPath } from '../../../lib/links'
import { formatCents } from '../../../lib/money'
import { localRequest } from '../../../lib/transaction'
import type { Citizen } from '../../../payload-types'
import { acceptCompanyInvite, previewCompanyInvite } from '../../../plugins/companies/invites'
import { vouchersOf } from './area'
import { type FormError, fromThisSite, textFields, type Visit } from './forms'
import type { Lang } from './i18n'
import { payload } from './payload'
import { asUser } from './session'

export type VouchersPage = {
  vouchers: Awaited<ReturnType<typeof vouchersOf>>
  /** The company's offer the e-mailed key brings, to take up with one button. */
  invite: { token: string; company: string; amount: string } | null
  error: FormError | null
  /** The company whose credit was just taken up. */
  takenUp: string | null
}

/**
 * The citizen's vouchers page, which is also where an employee arrives from their company's
 * invitation: the key in the address shows what the company offers, and the form takes it up
 * as the signed-in citizen. The server function decides; a refusal is shown with its reason.
 */
export const handleVouchersPage = async (visit: Visit, citizen: Citizen, lang: Lang): Promise<VouchersPage | Response> => {
  const { request, url, redirect } = visit
  const db = await payload()
  const page = async (token: string, error: FormError | null = null): Promise<VouchersPage> => {
    const offer = await previewCompanyInvite(db, token)
    return {
      vouchers: await vouchersOf(citizen, lang),
      invite: offer ? { token, company: offer.company, amount: formatCents(offer.allowanceCents, lang) } : null,
      error: error ?? (token && !offer ? { text: messages.inviteNotValid[lang] } : null),
      takenUp: url.searchParams.get('attivato'),
    }
  }
  if (request.method !== 'POST') return page(url.searchParams.get('invito') ?? '')
  const form = await request.formData()
  const { token } = textFields(form, ['token'] as const, 100)
  if (!fromThisSite(visit)) return page(token, 'errorOrigin')
  try {
    const voucher = await acceptCompanyInvite(db, {
      token,
      citizen,
      req: await localRequest(db, { user: asUser(citizen), language: lang }),
    })
    return redirect(`${areaPath(lang, 'vouchers')}?attivato=${encodeURIComponent(voucher.code)}`, 303)
  } catch (error) {
    if (error instanceof ValidationError) return page(token, { text: error.message })
    throw error
  }
}
