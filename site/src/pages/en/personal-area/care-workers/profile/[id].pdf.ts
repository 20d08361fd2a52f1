import type { APIRoute } from 'astro'

import { cvDownload } from '../../../../../lib/care-work'

/** A proposed worker's anonymised CV, for the family it was proposed to (or the worker herself). */
export const GET: APIRoute = (context) => cvDownload(context, 'en')
