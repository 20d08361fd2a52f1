import type { APIRoute } from 'astro'

import { datasetResponse } from '../../../lib/open-data'

export const GET: APIRoute = ({ params }) => datasetResponse('en', params.dataset, 'json')
