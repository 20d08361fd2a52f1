import type { APIRoute } from 'astro'

import { catalogueResponse } from '../../lib/open-data'

export const GET: APIRoute = ({ url }) => catalogueResponse(url)
