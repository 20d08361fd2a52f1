import type { APIRoute } from 'astro'

import { receiptDownload } from '../../../../../lib/receipts'

/** A payment's receipt as a PDF, for the citizen who paid it. */
export const GET: APIRoute = (context) => receiptDownload(context, 'en')
