import type { PayloadHandler } from 'payload'

import { languageOf, message } from '../../../lib/i18n'
import { paymentReceipt, receiptResponse } from '../receipt'

/**
 * `GET /api/payments/:id/receipt.pdf`: the receipt for the ente paid and WeMi staff, from the
 * admin. Someone who may not read the payment learns only that there is no receipt for them.
 */
export const downloadReceipt: PayloadHandler = async (req) => {
  const receipt = await paymentReceipt(req.payload, String(req.routeParams?.id ?? ''), { user: req.user }, languageOf(req))
  if (receipt) return receiptResponse(receipt)
  return Response.json({ errors: [{ message: message(req, 'receiptUnavailable') }] }, { status: req.user ? 404 : 401 })
}
