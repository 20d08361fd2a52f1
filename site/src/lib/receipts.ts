import type { APIContext } from 'astro'

import { paymentReceipt, receiptResponse } from '../../../collections/Payments/receipt'
import { messages } from '../../../lib/i18n/messages'
import type { Lang } from './i18n'
import { payload } from './payload'
import { asCitizen, requireCitizen } from './session'

/**
 * The signed-in citizen's receipt of one payment, as a PDF. The payment is read as the
 * citizen, so a receipt of somebody else's payment does not exist for them.
 */
export const receiptDownload = async (context: APIContext, lang: Lang): Promise<Response> => {
  const citizen = await requireCitizen(context, lang)
  if (citizen instanceof Response) return citizen
  const receipt = await paymentReceipt(await payload(), context.params.id ?? '', asCitizen(citizen), lang)
  if (receipt) return receiptResponse(receipt)
  return new Response(messages.receiptUnavailable[lang], {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' },
  })
}
