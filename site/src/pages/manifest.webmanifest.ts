import type { APIRoute } from 'astro'

import { webManifest } from '../lib/web-manifest'

export const GET: APIRoute = () => webManifest('it')
