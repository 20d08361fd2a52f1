import type { APIRoute } from 'astro'

import { datasetResponse } from '../../lib/open-data'

export const GET: APIRoute = ({ params }) => datasetResponse('it', params.dataset, 'csv')
