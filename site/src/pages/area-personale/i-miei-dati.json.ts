import type { APIRoute } from 'astro'

import { myDataDownload } from '../../lib/privacy'
import { requireCitizen } from '../../lib/session'

/** The citizen's data as a JSON file, the same records as the "my data" page. */
export const GET: APIRoute = async (context) => {
  const citizen = await requireCitizen(context, 'it')
  return citizen instanceof Response ? citizen : myDataDownload(citizen, 'it')
}
